/**
 * The recorder as a graph for model-based testing (xstate/graph). For every snapshot this module says which events
 * a person (or the recorder's own async work) could produce next, and how to name the snapshot abstractly so the
 * graph stays finite:
 *
 * - screen input: every control on screen (ACTIVATE, including disabled ones, which must be ignored), a few fixture
 *   values per text field (SET_FIELD), right click, Escape, arrows, Enter, typing, the wheel on the System Log, the
 *   power switch, and time steps;
 * - async outcomes: in a busy state, the done event of the running actor with the output real crypto would give,
 *   and its error event. Hashes in the graph are transparent ("plain:<password>") so verifying is decidable; the
 *   replay (recorderPaths.test.ts) runs the same paths with real PBKDF2.
 */
import type { StateValue } from 'xstate';
import {
  BACKGROUND,
  KEYBOARD,
  keyboardKeyControl,
  liveControls,
  newRecorderInput,
  recorderMachine,
  rules,
  snapshotToOsdModel,
  type PasswordHash,
  type RecorderEvent,
  type RecorderInput,
  type RecorderModelId,
  type RecorderSnapshot,
} from '../../../firmware';
import type { HashRequest } from '../../../firmware/machine/features/flash/setup';
import { firstBootHashInputs } from '../../../firmware/machine/features/firstBoot/setup';
import { loginVerifyInput } from '../../../firmware/machine/features/login/setup';
import { modifyHashInput, modifyVerifyInput } from '../../../firmware/machine/features/modifyUser/setup';
import { temporaryPasswordInputs } from '../../../firmware/machine/features/temporaryPassword/setup';
import { openMenuPage } from '../../../firmware/machine/logic';
import type { RecorderContext } from '../../../firmware/machine/types';
import { STORAGE_BUSY_STATES, STORAGE_EVENTS, storageAbstractState } from './storageModel';
import { CAMERA_CASE_MODEL_ID, CAMERA_EVENTS, cameraClass, offersCameraEvents } from './cameraModel';
import { clockFieldValues } from '../../../firmware/machine/features/settings/setup';
import { parseClockEntry } from '../../../firmware/domain/clockSetting';
import { isTemporaryCode, isTemporaryCodeOffered, TEMPORARY_CODE_FIELDS, temporaryCodeOf } from './temporaryCode';
import { scopedToLoginRecovery } from './loginRecoveryScope';
import { addUsersAbstractState, appApprovals, usersBusyStates, usersFieldValues } from './usersModel';

export type InvokeId = 'verifyPassword' | 'hashPasswords' | 'writeFlash' | 'checkTemporaryPassword';

export type ModelEvent =
  | RecorderEvent
  | { type: `xstate.done.actor.${InvokeId}`; output: unknown }
  | { type: `xstate.error.actor.${InvokeId}`; error: unknown };

export interface Fixtures {
  /** A password that satisfies the family's rule (the one set first). */
  readonly good: string;
  /** Another acceptable password (the one changed to). */
  readonly next: string;
  /** A password that breaks the rule. */
  readonly bad: string;
  /** An acceptable-looking password nobody has. */
  readonly wrong: string;
  /** User names offered at login: the family's accounts, one unknown name, and none. */
  readonly userNames: readonly string[];
}

export const FIXTURES: Readonly<Record<'cloud' | 'legacy', Fixtures>> = {
  cloud: {
    good: 'Camera2026',
    next: 'Lorex#2027',
    bad: 'Ab1',
    wrong: 'Wrong#1234',
    userNames: ['admin', 'nobody', ''],
  },
  legacy: { good: '000000', next: '4a7b9c', bad: '12', wrong: '999999', userNames: ['admin', 'default', 'nobody', ''] },
};

/** The recorders the graph is built for: one family with Device Initialization, one with default accounts. */
export const MODEL_CASES = [
  { modelId: CAMERA_CASE_MODEL_ID, fixtures: FIXTURES.cloud, powerSwitchOn: false },
  { modelId: 'LNR440', fixtures: FIXTURES.legacy, powerSwitchOn: true },
  // The one model with a mainboard reset button (P7).
  { modelId: 'N863A63B', fixtures: FIXTURES.cloud, powerSwitchOn: true },
  // Model cases of users and rights: connect (security questions, Password Recovery)
  { modelId: 'N831A81', fixtures: FIXTURES.cloud, powerSwitchOn: false },
] as const satisfies ReadonlyArray<{ modelId: RecorderModelId; fixtures: Fixtures; powerSwitchOn: boolean }>;

export type ModelCase = (typeof MODEL_CASES)[number];

export function modelInput(modelCase: ModelCase): RecorderInput {
  return newRecorderInput({
    modelId: modelCase.modelId,
    seed: 2026,
    pbkdf2Iterations: 1_000,
    powerSwitchOn: modelCase.powerSwitchOn,
  });
}

/** Values offered for each text field. */
function fieldValues(control: string, fixtures: Fixtures): readonly string[] {
  switch (control) {
    case 'deviceInit.password':
      return [fixtures.good, fixtures.bad];
    case 'deviceInit.confirmPassword':
      return [fixtures.good];
    case 'login.userName':
      return fixtures.userNames;
    case 'login.password':
      return [fixtures.good, fixtures.next, fixtures.wrong];
    case 'modifyUser.oldPassword':
      return [fixtures.good, fixtures.wrong];
    case 'modifyUser.newPassword':
      return [fixtures.next, fixtures.bad];
    case 'modifyUser.confirmPassword':
      return [fixtures.next];
    // Field values of users and rights
    case 'addUser.userName':
    case 'addUser.password':
    case 'addUser.confirmPassword':
    case 'deviceInit.answer1':
    case 'deviceInit.answer2':
    case 'deviceInit.answer3':
    case 'passwordRecovery.answer':
    case 'passwordRecovery.newPassword':
    case 'passwordRecovery.confirmPassword':
      return usersFieldValues(control, fixtures);

    // Field values of temporary password, clock and log
    case 'dateTime.date':
      return ['2026-02-30'];
    case 'dateTime.time':
      return ['24:00:00'];

    // Field values of cameras
    default:
      throw new Error(`No fixture values for text field ${control}.`);
  }
}

/** The on-screen keyboard keys offered (all keys behave alike; these cover every kind). */
const KEYBOARD_KEYS = new Set([
  keyboardKeyControl('a'),
  keyboardKeyControl('!'),
  KEYBOARD.shift,
  KEYBOARD.symbols,
  KEYBOARD.space,
  KEYBOARD.backspace,
  KEYBOARD.enter,
]);

const fakeHash = (request: HashRequest): PasswordHash => ({
  algorithm: 'PBKDF2-SHA-256',
  iterations: 1,
  salt: request.salt,
  hash: `plain:${request.password}`,
});

/** What each busy state is waiting for, and the output the real actor would give. */
export const BUSY_STATES: ReadonlyArray<{
  state: StateValue;
  actor: InvokeId;
  output: (context: RecorderContext) => unknown;
}> = [
  {
    state: { on: { running: { provisioning: 'hashing' } } },
    actor: 'hashPasswords',
    output: (context) => firstBootHashInputs.defaultAccounts({ context }).requests.map(fakeHash),
  },
  { state: { on: { running: { provisioning: 'saving' } } }, actor: 'writeFlash', output: () => undefined },
  {
    state: { on: { running: { deviceInit: 'hashing' } } },
    actor: 'hashPasswords',
    output: (context) => firstBootHashInputs.deviceInit({ context }).requests.map(fakeHash),
  },
  { state: { on: { running: { deviceInit: 'saving' } } }, actor: 'writeFlash', output: () => undefined },
  {
    state: { on: { running: { ready: { login: 'verifying' } } } },
    actor: 'verifyPassword',
    output: (context) => {
      const { password, record } = loginVerifyInput({ context });
      return record?.hash === `plain:${password}`;
    },
  },
  {
    state: { on: { running: { ready: { menu: { modifyUser: 'verifyingOld' } } } } },
    actor: 'verifyPassword',
    output: (context) => {
      const { password, record } = modifyVerifyInput({ context });
      return record?.hash === `plain:${password}`;
    },
  },
  {
    state: { on: { running: { ready: { menu: { modifyUser: 'hashing' } } } } },
    actor: 'hashPasswords',
    output: (context) => modifyHashInput({ context }).requests.map(fakeHash),
  },
  {
    state: { on: { running: { ready: { menu: { modifyUser: 'saving' } } } } },
    actor: 'writeFlash',
    output: () => undefined,
  },
  // Busy states of users and rights
  ...usersBusyStates(fakeHash),

  // Busy states of temporary password, clock and log
  ...[
    'loggingBoot',
    'loggingOut',
    { login: 'loggingLogin' },
    { login: 'loggingTemporaryLogin' },
    { login: 'loggingFailure' },
    { menu: 'savingSetting' },
  ].map((state) => ({
    state: { on: { running: { ready: state } } },
    actor: 'writeFlash' as const,
    output: () => undefined,
  })),
  {
    state: { on: { running: { ready: { login: 'verifyingTemporary' } } } },
    actor: 'checkTemporaryPassword',
    output: (context) => {
      const { typed, secret, deviceId, date } = temporaryPasswordInputs.login({ context });
      return isTemporaryCode(typed, secret, deviceId, date);
    },
  },
  {
    state: { on: { running: { ready: { menu: { modifyUser: 'verifyingTemporaryOld' } } } } },
    actor: 'checkTemporaryPassword',
    output: (context) => {
      const { typed, secret, deviceId, date } = temporaryPasswordInputs.modifyUser({ context });
      return isTemporaryCode(typed, secret, deviceId, date);
    },
  },

  // Busy states of storage
  ...STORAGE_BUSY_STATES.map(({ state }) => ({ state, actor: 'writeFlash' as const, output: () => undefined })),

  // Busy states of cameras
  { state: { on: { running: { ready: 'addingCamera' } } }, actor: 'writeFlash', output: () => undefined },
  {
    state: { on: { running: { ready: { menu: { cameraSync: 'saving' } } } } },
    actor: 'writeFlash',
    output: () => undefined,
  },
];

const WHEEL_STEPS: readonly ModelEvent[] = [
  { type: 'SCROLL', delta: 1 },
  { type: 'SCROLL', delta: -1 },
];

const TIME_STEPS_MS = [1_000, rules.BOOT_DURATION_MS, rules.LOCK_DURATION_MS];

/** Every event worth trying from `snapshot`. */
export function eventsFor(snapshot: RecorderSnapshot, fixtures: Fixtures): ModelEvent[] {
  const busy = BUSY_STATES.find((entry) => snapshot.matches(entry.state as never));
  if (busy) {
    return [
      { type: `xstate.done.actor.${busy.actor}`, output: busy.output(snapshot.context) },
      { type: `xstate.error.actor.${busy.actor}`, error: new Error('injected failure') },
      { type: 'POWER_OFF' },
    ];
  }
  const events: ModelEvent[] = [
    { type: 'POWER_ON' },
    { type: 'POWER_OFF' },
    ...TIME_STEPS_MS.map((ms): ModelEvent => ({ type: 'TICK', now: snapshot.context.now + ms })),
    { type: 'CONTEXT_MENU', x: 640, y: 360 },
    { type: 'BACK' },
    { type: 'CONFIRM' },
    // Enter in a text field: the login dialog's OK; ignored elsewhere.
    { type: 'SUBMIT' },
    { type: 'MOVE_FOCUS', direction: 'next' },
    { type: 'MOVE_FOCUS', direction: 'previous' },
    { type: 'TYPE_TEXT', text: 'a' },
    { type: 'ERASE' },
    { type: 'ACTIVATE', control: BACKGROUND },
    // The USB stick and the reset button are explored on the model that has every piece of that hardware: their
    // states and transitions are the same for every family, so the other graphs keep their size.
    ...(snapshot.context.model.hasResetButton ? STORAGE_EVENTS : []),
    // Events of users and rights
    ...appApprovals(snapshot),
    // The front panel's Info button acts in live view and the Quick Menu; offered on Info too, where it is ignored.
    ...(INFO_BUTTON_STATES.some((state) => snapshot.matches(state as never)) ? [{ type: 'INFO_BUTTON' } as const] : []),
    // The wheel pages the System Log; offered there only (elsewhere it is ignored, see wheelScrolling.test.ts).
    ...(openMenuPage(snapshot.context)?.page === 'systemLog' ? WHEEL_STEPS : []),
  ];
  // Events of cameras
  if (offersCameraEvents(snapshot)) events.push(...CAMERA_EVENTS);
  for (const control of liveControls(snapshotToOsdModel(snapshot))) {
    if (control.id.startsWith('keyboard.') && !KEYBOARD_KEYS.has(control.id)) continue;
    events.push({ type: 'ACTIVATE', control: control.id });
    if (control.role === 'textbox') {
      for (const value of fieldValues(control.id, fixtures))
        events.push({ type: 'SET_FIELD', control: control.id, value });
      // temporary password, clock and log: the code support issues for the displayed date
      if (isTemporaryCodeOffered(control.id, snapshot.context))
        events.push({ type: 'SET_FIELD', control: control.id, value: temporaryCodeOf(snapshot.context) });
    }
  }
  return scopedToLoginRecovery(snapshot, events, fixtures);
}

/** A field value as a class: a fixture's name, empty, or other typed text. */
function valueClass(value: string, fixtures: Fixtures): string {
  if (value === '') return '';
  const named = Object.entries(fixtures).find(([, fixture]) => fixture === value);
  return named ? named[0] : fixtures.userNames.includes(value) ? value : 'typed';
}

/** Plain data with object keys sorted, so two equal states serialize equally. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, inner]) => [key, sorted(inner)]),
  );
}

/** Highlight and keyboard, as far as transitions care: typing needs a focused field; keys need the keyboard. */
function focusClass(context: RecorderContext): string {
  if (context.keyboard !== null) return 'keyboard';
  if (context.focus === null) return 'none';
  return context.focus in context.form.values || /Password|userName/.test(context.focus) ? 'field' : 'control';
}

/** Finds the password behind a stored hash: in the graph, hashes are transparent ("plain:<password>"). */
export type PasswordOf = (record: PasswordHash) => string;
export const plainPassword: PasswordOf = (record) => record.hash.replace(/^plain:/, '');

/** Which fixture a stored password is. */
function passwordClass(
  context: RecorderContext,
  userName: string,
  fixtures: Fixtures,
  passwordOf: PasswordOf,
): string | null {
  const user = context.flash.users.find((candidate) => candidate.name === userName);
  return user ? valueClass(passwordOf(user.password), fixtures) : null;
}

const IN_LOGIN = { on: { running: { ready: 'login' } } } as const;
// Model helpers of cameras
const INFO_BUTTON_STATES = ['liveView', 'quickMenu', 'info'].map((ready) => ({ on: { running: { ready } } }));
const IN_MODIFY = { on: { running: { ready: { menu: 'modifyUser' } } } } as const;
const IN_DEVICE_INIT = { on: { running: 'deviceInit' } } as const;
/**
 * The abstract state: what decides which transitions can be taken from here, and nothing else, so the graph stays
 * small enough to walk in seconds. Field values become fixture classes; the login's failure count, lock and the
 * typed user's password matter only in the login dialog; the operator's password only in the Modify dialog; what
 * only changes the picture (messages, the toast, which button is highlighted) is left out.
 *
 * The graph keeps the first concrete snapshot found for each abstract state and explores from it, so outcomes are
 * always those of a real snapshot; the abstraction only decides where exploration stops.
 */
export function abstractState(
  snapshot: RecorderSnapshot,
  fixtures: Fixtures,
  passwordOf: PasswordOf = plainPassword,
): string {
  const { context } = snapshot;
  const state: Record<string, unknown> = {
    value: snapshot.value,
    power: context.powerSwitchOn,
    initialized: context.flash.initialized,
    defaultPasswordInUse: context.flash.defaultPasswordInUse,
    session: context.session?.userName ?? null,
    menuPath: context.menuPath,
    modifyTarget: context.modifyTarget,
  };
  const inLogin = snapshot.matches(IN_LOGIN as never);
  const inModify = snapshot.matches(IN_MODIFY as never);
  if (inLogin || inModify || snapshot.matches(IN_DEVICE_INIT as never)) {
    state.values = Object.fromEntries(
      Object.entries(context.form.values).map(([control, value]) => [control, valueClass(value, fixtures)]),
    );
    state.checked = context.form.checked;
    state.focus = focusClass(context);
  }
  if (inLogin) {
    const userName = (context.form.values['login.userName'] ?? '').trim();
    const failures = context.loginFailures[userName] ?? 0;
    const last = context.profile.lockout.maxFailures - 1;
    state.failures = failures >= last ? 'last' : failures > 0 ? 'some' : 'none';
    state.locked = (context.lockedUntil[userName] ?? 0) > context.now;
    state.password = passwordClass(context, userName, fixtures, passwordOf);
  }
  if (inModify && context.session)
    state.password = passwordClass(context, context.session.userName, fixtures, passwordOf);
  // Abstract state of users and rights
  addUsersAbstractState(snapshot, state, {
    value: (value) => valueClass(value, fixtures),
    focus: focusClass,
  });

  // Abstract state of temporary password, clock and log
  if (context.session?.viaTemporaryPassword) state.temporarySession = true;
  if (state.values) {
    const code = temporaryCodeOf(context);
    const values = state.values as Record<string, string>;
    for (const control of TEMPORARY_CODE_FIELDS)
      if (context.form.values[control] === code) values[control] = 'temporary';
  }
  if (snapshot.matches({ on: { running: { ready: { menu: 'browsing' } } } } as never)) {
    // Typing on the Date & Time page needs its field focused; keys need the keyboard; Save needs a valid entry.
    const focus = context.focus;
    const clockFocus = focus === null ? 'none' : focus.startsWith('dateTime.') ? focus : 'other';
    if (context.keyboard !== null) state.keyboard = clockFocus;
    if (openMenuPage(context)?.page === 'dateTime') {
      const { date, time } = clockFieldValues(context);
      state.clock = { valid: parseClockEntry(date, time).ok, focus: clockFocus };
    }
  }

  // Abstract state of storage
  Object.assign(state, storageAbstractState(snapshot, rules.RESET_HOLD_MIN_MS));

  // Abstract state of cameras
  if (!inLogin) state.camera = cameraClass(snapshot);

  return JSON.stringify(sorted(state));
}

export { recorderMachine };
