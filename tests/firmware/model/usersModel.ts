/**
 * The model of users and rights (Add User, Delete, security questions, Password Recovery) for the recorder graph:
 * fixture values of its text fields, its busy states, the app's approvals from the outside world, and what of its
 * context the abstract state keeps. recorderModel.ts calls these under its "users and rights" markers.
 */
import type { StateValue } from 'xstate';
import type { PasswordHash, RecorderSnapshot } from '../../../firmware';
import type { HashRequest } from '../../../firmware/machine/features/flash/setup';
import { recoveryAnswerInput, recoveryHashInput } from '../../../firmware/machine/features/passwordRecovery/setup';
import { addUserHashInput } from '../../../firmware/machine/features/users/setup';
import { openMenuPage } from '../../../firmware/machine/logic';
import type { RecorderContext } from '../../../firmware/machine/types';

const SECOND_USER = 'second';
/** Device Initialization stores this answer for all three questions; Password Recovery offers it and a wrong one. */
const RIGHT_ANSWER = 'Rex';
const WRONG_ANSWER = 'Tiger';
/** Values kept as they are in the abstract state (right and wrong answers lead to different places). */
const USERS_FIXTURE_VALUES: readonly string[] = [SECOND_USER, RIGHT_ANSWER, WRONG_ANSWER];
/** Accounts a recorder is born with (any family); every other account is one added through Add User. */
const FAMILY_ACCOUNTS: readonly string[] = ['admin', 'default'];

const IN_USER_DIALOG = { on: { running: { ready: { menu: 'addUser' } } } } as const;
const IN_RECOVERY = { on: { running: { ready: 'passwordRecovery' } } } as const;
const IN_MENU = { on: { running: { ready: 'menu' } } } as const;

/**
 * Values offered for this feature's text fields. Empty fields already take the refusals; one acceptable value per
 * field takes the rest.
 */
export function usersFieldValues(control: string, passwords: { good: string; next: string }): readonly string[] {
  switch (control) {
    case 'addUser.userName':
      return [SECOND_USER];
    case 'addUser.password':
    case 'addUser.confirmPassword':
      return [passwords.good];
    case 'deviceInit.answer1':
    case 'deviceInit.answer2':
    case 'deviceInit.answer3':
      return [RIGHT_ANSWER];
    case 'passwordRecovery.answer':
      return [RIGHT_ANSWER, WRONG_ANSWER];
    case 'passwordRecovery.newPassword':
    case 'passwordRecovery.confirmPassword':
      return [passwords.next];
    default:
      throw new Error(`Not a field of users and rights: ${control}.`);
  }
}

const written = () => undefined;

/** This feature's busy states, with the output the real actor would give (hashes made by `fakeHash`). */
export function usersBusyStates(fakeHash: (request: HashRequest) => PasswordHash) {
  return [
    {
      state: { on: { running: { ready: { menu: { addUser: 'hashing' } } } } },
      actor: 'hashPasswords',
      output: (context: RecorderContext) => addUserHashInput({ context }).requests.map(fakeHash),
    },
    { state: { on: { running: { ready: { menu: { addUser: 'saving' } } } } }, actor: 'writeFlash', output: written },
    { state: { on: { running: { ready: { menu: { deleteUser: 'saving' } } } } }, actor: 'writeFlash', output: written },
    {
      state: { on: { running: { ready: { passwordRecovery: 'verifyingAnswer' } } } },
      actor: 'verifyPassword',
      output: (context: RecorderContext) => {
        const { password, record } = recoveryAnswerInput({ context });
        return record?.hash === `plain:${password}`;
      },
    },
    {
      state: { on: { running: { ready: { passwordRecovery: 'hashing' } } } },
      actor: 'hashPasswords',
      output: (context: RecorderContext) => recoveryHashInput({ context }).requests.map(fakeHash),
    },
    { state: { on: { running: { ready: { passwordRecovery: 'saving' } } } }, actor: 'writeFlash', output: written },
  ] as const satisfies ReadonlyArray<{
    state: StateValue;
    actor: string;
    output: (context: RecorderContext) => unknown;
  }>;
}

/** On the app-verification screen: the app's approval with the right code, a wrong code, and another recorder's. */
export function appApprovals(snapshot: RecorderSnapshot) {
  const shown = snapshot.context.appVerification;
  if (shown === null) return [];
  const deviceId = snapshot.context.unit.deviceId;
  const type = 'APP_VERIFICATION_APPROVED' as const;
  return [
    { type, deviceId, code: shown.code },
    { type, deviceId, code: shown.code === '000000' ? '000001' : '000000' },
    { type, deviceId: 'ANOTHERRECORDER', code: shown.code },
  ];
}

/** How recorderModel.ts names a field value and the highlight as classes. */
export interface Classes {
  readonly value: (value: string) => string;
  readonly focus: (context: RecorderContext) => string;
}

/** Adds to `state` what of this feature decides transitions from `snapshot`. */
export function addUsersAbstractState(snapshot: RecorderSnapshot, state: Record<string, unknown>, classes: Classes) {
  const { context } = snapshot;
  const inLogin = snapshot.matches({ on: { running: { ready: 'login' } } });
  const inRecovery = snapshot.matches(IN_RECOVERY as never);
  // Added accounts matter on the user list and its dialogs only, and there only as "some account can be deleted";
  // elsewhere they are left out, so adding a user does not copy the rest of the graph.
  if (snapshot.matches(IN_MENU as never) && openMenuPage(context)?.page === 'userList')
    state.addedUsers = context.flash.users.some((user) => !FAMILY_ACCOUNTS.includes(user.name));
  // Wrong answers and the admin's lock decide where Forgot Password leads: they matter at login and in recovery.
  if (inLogin || inRecovery) {
    state.wrongAnswers = context.recoveryWrongAnswers;
    state.adminLocked = (context.lockedUntil.admin ?? 0) > context.now;
  }
  // A family with login recovery refuses Forgot Password while admin is locked: count every failure there, so the
  // graph reaches the lock of a 5-try family too (the coarse none/some/last stops before it).
  if (inLogin && context.profile.loginRecovery !== null) {
    state.failures = context.loginFailures[(context.form.values['login.userName'] ?? '').trim()] ?? 0;
  }
  if (inRecovery) {
    state.app = context.appVerification === null ? null : context.appVerification.until > context.now;
    state.verifiedBy = context.recoveryVerifiedBy;
  }
  if (inRecovery || snapshot.matches(IN_USER_DIALOG as never)) {
    state.values = Object.fromEntries(
      Object.entries(context.form.values).map(([control, value]) => [
        control,
        USERS_FIXTURE_VALUES.includes(value) ? value : classes.value(value),
      ]),
    );
    state.focus = classes.focus(context);
  }
}
