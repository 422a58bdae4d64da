/**
 * The one setup() of the recorder firmware: every guard, action and actor the chart uses, by name. State files
 * build typed fragments with `recorderSetup.createStateConfig`; recorderMachine.ts assembles them into the chart.
 *
 * Naming: guards start with is, has or can; actions are verbs; actors are nouns. Effects leave only through actors the
 * host may replace with `recorderMachine.provide({ actors })` (writeFlash: where the flash is stored).
 */
import { assign, fromPromise, raise, setup } from 'xstate';
import { PASSWORD_SALT_BYTES, TOAST_DURATION_MS } from '../catalogue/rules';
import { findUser, initializedFlash, provisionedFlash, withChangedPassword } from '../domain/users';
import { nextUint32 } from '../domain/random';
import { checkTextInput } from '../domain/textInput';
import type { Flash } from '../persistence/flash';
import { hashPassword, verifyPassword, type PasswordHash } from '../security/passwordHash';
import {
  DEVICE_INIT,
  KEYBOARD,
  keyboardCharacterOf,
  LOGIN,
  MODIFY_USER,
  menuNodeOf,
  modifyTargetOf,
} from '../controls/controlIds';
import { EMPTY_FORM, freshRam } from './context';
import { focusActions, focusGuards } from './features/forms/focus';
import { securityAnswerRequests, userActions, userGuards } from './features/users/setup';
import { accessActions, accessActors, accessGuards, withFirstBootLog, withPasswordChangeLog } from './features/settings/setup';
import { storageActions, storageGuards } from './features/storage/setup';
import { cameraActions, cameraGuards } from './features/cameras/setup';
import {
  canModify,
  displayedBranchPath,
  displayedMenuItem,
  fieldValue,
  initPasswordProblem,
  isLocked,
  loginUserName,
  modifyPasswordProblem,
  operatorPasswordRecord,
} from './logic';
import type { DialogMessage, FormState, RecorderContext, RecorderEvent, RecorderInput } from './types';

export interface HashRequest {
  readonly password: string;
  /** Hex salt. */
  readonly salt: string;
}

const textMessage = (text: string): DialogMessage => ({ kind: 'text', text });

/** The form with one field set; the message line is cleared because the user is correcting the entry. */
const withValue = (form: FormState, control: string, value: string): FormState => ({
  ...form,
  values: { ...form.values, [control]: value },
  message: null,
});

/** Applies a new value to the focused field if the field accepts it; otherwise explains why and keeps the old one. */
function editField(context: RecorderContext, control: string, value: string): Partial<RecorderContext> {
  const check = checkTextInput(value);
  if (!check.ok) return { form: { ...context.form, message: textMessage(check.message) } };
  return { form: withValue(context.form, control, value) };
}

/** Draws `count` salts of PASSWORD_SALT_BYTES from the seeded generator (32 bits per draw). */
function drawSalts(rngState: number, count: number): { salts: string[]; rngState: number } {
  let state = rngState;
  const salts: string[] = [];
  for (let i = 0; i < count; i++) {
    let salt = '';
    for (let word = 0; word < PASSWORD_SALT_BYTES / 4; word++) {
      const [value, next] = nextUint32(state);
      state = next;
      salt += value.toString(16).padStart(8, '0');
    }
    salts.push(salt);
  }
  return { salts, rngState: state };
}

export const recorderSetup = setup({
  types: {
    context: {} as RecorderContext,
    events: {} as RecorderEvent,
    input: {} as RecorderInput,
    tags: {} as 'busy',
  },
  actors: {
    /** PBKDF2 hashes of new passwords, in request order. */
    hashPasswords: fromPromise<PasswordHash[], { requests: readonly HashRequest[]; iterations: number }>(
      async ({ input }) => {
        const hashes: PasswordHash[] = [];
        for (const request of input.requests) {
          hashes.push(await hashPassword(request.password, request.salt, input.iterations));
        }
        return hashes;
      },
    ),
    /** Whether a typed password matches a stored hash (false when there is no such user). */
    verifyPassword: fromPromise<boolean, { password: string; record: PasswordHash | undefined }>(async ({ input }) =>
      input.record ? verifyPassword(input.password, input.record) : false,
    ),
    /**
     * Makes `flash` durable. The host provides the real store (IndexedDB in the browser, memory in Node); this
     * default keeps the flash only in the actor, like a recorder without storage.
     */
    writeFlash: fromPromise<void, { flash: Flash }>(async () => {}),
    ...accessActors,
  },
  guards: {
    ...focusGuards,
    ...userGuards,
    ...accessGuards,
    ...storageGuards,
    ...cameraGuards,
    isPowerSwitchOn: ({ context }) => context.powerSwitchOn,
    isBootDone: ({ context, event }) =>
      event.type === 'TICK' && event.now >= context.bootStartedAt + context.bootDurationMs,
    needsDefaultAccounts: ({ context }) =>
      !context.flash.initialized && context.profile.firstBoot === 'defaultAccounts',
    needsDeviceInitialization: ({ context }) =>
      !context.flash.initialized && context.profile.firstBoot === 'deviceInitialization',
    isControl: ({ event }, params: { control: string }) =>
      event.type === 'ACTIVATE' && event.control === params.control,
    isEditableField: ({ event }, params: { fields: readonly string[] }) =>
      event.type === 'SET_FIELD' && params.fields.includes(event.control),
    isFieldControl: ({ event }, params: { fields: readonly string[] }) =>
      event.type === 'ACTIVATE' && params.fields.includes(event.control),
    isFocusOnField: ({ context }, params: { fields: readonly string[] }) =>
      context.focus !== null && params.fields.includes(context.focus),
    isKeyboardKey: ({ context, event }) =>
      context.keyboard !== null && event.type === 'ACTIVATE' && event.control.startsWith('keyboard.'),
    hasSession: ({ context }) => context.session !== null,
    isInitPasswordAcceptable: ({ context }) => initPasswordProblem(context) === null,
    isLoginUserNameEmpty: ({ context }) => loginUserName(context) === '',
    isLoginUserLocked: ({ context }) => isLocked(context, loginUserName(context)),
    isPasswordCorrect: (_, params: { output: boolean }) => params.output,
    isLockThresholdReached: ({ context }) =>
      (context.loginFailures[loginUserName(context)] ?? 0) + 1 >= context.profile.lockout.maxFailures,
    isDefaultPasswordPromptDue: ({ context }) =>
      context.flash.defaultPasswordInUse && context.session?.userName === 'admin',
    isOpenableMenuItem: ({ context, event }) => {
      if (event.type !== 'ACTIVATE') return false;
      const nodeId = menuNodeOf(event.control);
      const node = nodeId === null ? undefined : displayedMenuItem(context, nodeId);
      return node?.kind === 'branch' || node?.kind === 'page';
    },
    isShutdownMenuItem: ({ context, event }) => {
      if (event.type !== 'ACTIVATE') return false;
      const nodeId = menuNodeOf(event.control);
      const node = nodeId === null ? undefined : displayedMenuItem(context, nodeId);
      return node?.kind === 'action' && node.action === 'shutdown';
    },
    isAtMainMenu: ({ context }) => context.menuPath.length === 0,
    canModifyUser: ({ context, event }) => {
      if (event.type !== 'ACTIVATE') return false;
      const target = modifyTargetOf(event.control);
      return target !== null && canModify(context, target);
    },
    isModifyPasswordChecked: ({ context }) => context.form.checked[MODIFY_USER.modifyPassword] === true,
    isModifyEntryAcceptable: ({ context }) => modifyPasswordProblem(context) === null,
  },
  actions: {
    ...focusActions,
    ...userActions,
    ...accessActions,
    ...storageActions,
    ...cameraActions,
    updateTime: assign(({ event }) => (event.type === 'TICK' ? { now: event.now } : {})),
    startBoot: assign(({ context }) => ({ bootStartedAt: context.now })),
    switchPowerOn: assign({ powerSwitchOn: true }),
    switchPowerOff: assign({ powerSwitchOn: false }),
    /** A power cut or restart: RAM is gone, flash stays. */
    wipeRam: assign(() => freshRam()),
    clearFocus: assign({ focus: null }),
    resetMenuPath: assign({ menuPath: [] }),
    resetForm: assign((_, params: { values?: Record<string, string>; checked?: Record<string, boolean> }) => ({
      form: { ...EMPTY_FORM, values: params.values ?? {}, checked: params.checked ?? {} },
      focus: null,
      keyboard: null,
    })),
    showMessage: assign(({ context }, params: { text: string }) => ({
      form: { ...context.form, message: textMessage(params.text) },
    })),
    showInitPasswordProblem: assign(({ context }) => ({
      form: { ...context.form, message: textMessage(initPasswordProblem(context) ?? '') },
    })),
    showModifyProblem: assign(({ context }) => ({
      form: { ...context.form, message: textMessage(modifyPasswordProblem(context) ?? '') },
    })),
    setField: assign(({ context, event }) =>
      event.type === 'SET_FIELD' ? editField(context, event.control, event.value) : {},
    ),
    typeIntoFocus: assign(({ context, event }) => {
      if (event.type !== 'TYPE_TEXT' || context.focus === null) return {};
      return editField(context, context.focus, fieldValue(context, context.focus) + event.text);
    }),
    eraseInFocus: assign(({ context }) =>
      context.focus === null ? {} : editField(context, context.focus, fieldValue(context, context.focus).slice(0, -1)),
    ),
    focusFieldAndOpenKeyboard: assign(({ context, event }) =>
      event.type === 'ACTIVATE'
        ? { focus: event.control, keyboard: context.keyboard ?? { shift: false, symbols: false } }
        : {},
    ),
    /** A key on the on-screen keyboard: types into the focused field, or changes the keyboard's page. */
    pressKeyboardKey: assign(({ context, event }) => {
      const keyboard = context.keyboard;
      if (event.type !== 'ACTIVATE' || !keyboard) return {};
      const character = keyboardCharacterOf(event.control);
      const focus = context.focus;
      if (character !== null && focus !== null) {
        return { ...editField(context, focus, fieldValue(context, focus) + character) };
      }
      switch (event.control) {
        case KEYBOARD.shift:
          return { keyboard: { ...keyboard, shift: !keyboard.shift } };
        case KEYBOARD.symbols:
          return { keyboard: { ...keyboard, symbols: !keyboard.symbols } };
        case KEYBOARD.space:
          return focus === null ? {} : editField(context, focus, fieldValue(context, focus) + ' ');
        case KEYBOARD.backspace:
          return focus === null ? {} : editField(context, focus, fieldValue(context, focus).slice(0, -1));
        case KEYBOARD.enter:
          return { keyboard: null };
        default:
          return {};
      }
    }),
    /** Enter on the remote: activates the highlighted control as a click would. */
    activateFocus: raise(({ context }) => ({ type: 'ACTIVATE' as const, control: context.focus ?? '' })),
    drawSalts: assign(({ context }, params: { count: number }) => {
      const { salts, rngState } = drawSalts(context.rngState, params.count);
      return { pendingSalts: salts, rngState };
    }),
    prepareInitializedFlash: assign(({ context }, params: { hashes: readonly PasswordHash[] }) => {
      const [admin] = params.hashes;
      if (!admin) throw new Error('Device Initialization produced no hash.');
      return {
        pendingFlash: withFirstBootLog(context, {
          ...initializedFlash(context.flash, admin),
          randomSeed: context.rngState,
        }),
      };
    }),
    prepareProvisionedFlash: assign(({ context }, params: { hashes: readonly PasswordHash[] }) => ({
      pendingFlash: withFirstBootLog(context, {
        ...provisionedFlash(context.flash, context.profile.defaultAccounts, params.hashes),
        randomSeed: context.rngState,
      }),
    })),
    prepareChangedPasswordFlash: assign(({ context }, params: { hashes: readonly PasswordHash[] }) => {
      const [hash] = params.hashes;
      if (!hash || context.modifyTarget === null) throw new Error('Nothing to change.');
      return {
        pendingFlash: withPasswordChangeLog(context, {
          ...withChangedPassword(context.flash, context.modifyTarget, hash),
          randomSeed: context.rngState,
        }),
      };
    }),
    /** The write completed: what was pending is now what is on flash. */
    commitFlash: assign(({ context }) => ({
      flash: context.pendingFlash ?? context.flash,
      pendingFlash: null,
      pendingSalts: [],
    })),
    discardPendingFlash: assign({ pendingFlash: null, pendingSalts: [] }),
    forgetTypedPasswords: assign({ form: EMPTY_FORM, focus: null, keyboard: null }),
    showToast: assign(({ context }, params: { text: string }) => ({
      toast: { text: params.text, until: context.now + TOAST_DURATION_MS },
    })),
    expireToast: assign(({ context }) => (context.toast && context.toast.until <= context.now ? { toast: null } : {})),
    openQuickMenu: assign(({ event }) =>
      event.type === 'CONTEXT_MENU' ? { quickMenuOrigin: { x: event.x, y: event.y } } : {},
    ),
    startSession: assign(({ context }) => {
      const userName = loginUserName(context);
      const { [userName]: _cleared, ...otherFailures } = context.loginFailures;
      return { session: { userName }, loginFailures: otherFailures, menuPath: [] };
    }),
    endSession: assign({ session: null, menuPath: [] }),
    /**
     * A refused login. For an existing account the failure counts, and the account locks when the profile's limit
     * is reached; an unknown user name is refused the same way but not counted (there is no account to lock).
     */
    recordLoginFailure: assign(({ context }) => {
      const userName = loginUserName(context);
      const values = { ...context.form.values, [LOGIN.password]: '' };
      if (!findUser(context.flash, userName)) {
        return { form: { ...context.form, values, message: textMessage('Wrong user name or password.') } };
      }
      const failures = (context.loginFailures[userName] ?? 0) + 1;
      if (failures < context.profile.lockout.maxFailures) {
        const left = context.profile.lockout.maxFailures - failures;
        return {
          loginFailures: { ...context.loginFailures, [userName]: failures },
          form: {
            ...context.form,
            values,
            message: textMessage(`Wrong user name or password. ${left} ${left === 1 ? 'attempt' : 'attempts'} left.`),
          },
        };
      }
      const until = context.now + context.profile.lockout.lockDurationMs;
      const { [userName]: _reset, ...otherFailures } = context.loginFailures;
      return {
        loginFailures: otherFailures,
        lockedUntil: { ...context.lockedUntil, [userName]: until },
        form: { ...context.form, values, message: { kind: 'locked', until } },
      };
    }),
    showLockedMessage: assign(({ context }) => ({
      form: {
        ...context.form,
        values: { ...context.form.values, [LOGIN.password]: '' },
        message: {
          kind: 'locked',
          until: context.lockedUntil[loginUserName(context)] ?? context.now + context.profile.lockout.lockDurationMs,
        },
      },
    })),
    openMenuItem: assign(({ context, event }) => {
      const nodeId = event.type === 'ACTIVATE' ? menuNodeOf(event.control) : null;
      return nodeId === null ? {} : { menuPath: [...displayedBranchPath(context), nodeId], focus: null };
    }),
    closeMenuLevel: assign(({ context }) => ({ menuPath: context.menuPath.slice(0, -1), focus: null })),
    openModifyDialog: assign(({ event }) => {
      const target = event.type === 'ACTIVATE' ? modifyTargetOf(event.control) : null;
      return { modifyTarget: target, form: EMPTY_FORM, focus: null, keyboard: null };
    }),
    openOwnModifyDialog: assign(({ context }) => ({
      modifyTarget: context.session?.userName ?? null,
      form: { ...EMPTY_FORM, checked: { [MODIFY_USER.modifyPassword]: true } },
      focus: null,
      keyboard: null,
    })),
    closeModifyDialog: assign({ modifyTarget: null, form: EMPTY_FORM, focus: null, keyboard: null }),
    /** Ticking Modify Password enables the password fields; unticking empties them. */
    toggleModifyPassword: assign(({ context }) => {
      const checked = context.form.checked[MODIFY_USER.modifyPassword] !== true;
      return {
        form: {
          values: {},
          checked: { ...context.form.checked, [MODIFY_USER.modifyPassword]: checked },
          message: null,
        },
        focus: null,
        keyboard: null,
      };
    }),
  },
});

/** Inputs of the hashing actor for each flow, built from the fields typed. */
export const hashInputs = {
  deviceInit: ({ context }: { context: RecorderContext }) => ({
    requests: [
      { password: fieldValue(context, DEVICE_INIT.password), salt: context.pendingSalts[0] ?? '' },
      ...securityAnswerRequests(context),
    ],
    iterations: context.pbkdf2Iterations,
  }),
  defaultAccounts: ({ context }: { context: RecorderContext }) => ({
    requests: context.profile.defaultAccounts.map((account, index) => ({
      password: account.password,
      salt: context.pendingSalts[index] ?? '',
    })),
    iterations: context.pbkdf2Iterations,
  }),
  modifyUser: ({ context }: { context: RecorderContext }) => ({
    requests: [{ password: fieldValue(context, MODIFY_USER.newPassword), salt: context.pendingSalts[0] ?? '' }],
    iterations: context.pbkdf2Iterations,
  }),
};

/** Inputs of the verifying actor: the login's user, or the Modify dialog's operator. */
export const verifyInputs = {
  login: ({ context }: { context: RecorderContext }) => ({
    password: fieldValue(context, LOGIN.password),
    record: findUser(context.flash, loginUserName(context))?.password,
  }),
  modifyUser: ({ context }: { context: RecorderContext }) => ({
    password: fieldValue(context, MODIFY_USER.oldPassword),
    record: operatorPasswordRecord(context),
  }),
};
