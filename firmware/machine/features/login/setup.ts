/**
 * Login, sessions and the lockout (P11): who is logged in, the per-account failure count and lock, and the log
 * entries of logins, failures and logouts. The lock runs on world time (logic.ts isLocked).
 */
import { findUser } from '../../../domain/users';
import { LOGIN } from '../../../controls/controlIds';
import { guard, update } from '../../kit';
import { fieldValue, isLocked, loginUserName } from '../../logic';
import type { RecorderContext } from '../../types';
import { textMessage } from '../forms/setup';
import { pendingLogEntry } from '../systemLog/setup';

/** Input of the verifying actor for the login dialog: the typed password against the user's stored hash. */
export const loginVerifyInput = ({ context }: { context: RecorderContext }) => ({
  password: fieldValue(context, LOGIN.password),
  record: findUser(context.flash, loginUserName(context))?.password,
});

export const loginGuards = {
  hasSession: guard(({ context }) => context.session !== null),
  isLoginUserNameEmpty: guard(({ context }) => loginUserName(context) === ''),
  isLoginUserLocked: guard(({ context }) => isLocked(context, loginUserName(context))),
  isDefaultPasswordPromptDue: guard(
    ({ context }) => context.flash.defaultPasswordInUse && context.session?.userName === 'admin',
  ),
};

export const loginActions = {
  startSession: update(({ context }) => {
    const userName = loginUserName(context);
    const { [userName]: _cleared, ...otherFailures } = context.loginFailures;
    return { session: { userName }, loginFailures: otherFailures, menuPath: [] };
  }),
  endSession: update(() => ({ session: null, menuPath: [] })),
  /**
   * A refused login. For an existing account the failure counts, and the account locks when the profile's limit
   * is reached; an unknown user name is refused the same way but not counted (there is no account to lock).
   */
  recordLoginFailure: update(({ context }) => {
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
  showLockedMessage: update(({ context }) => ({
    form: {
      ...context.form,
      values: { ...context.form.values, [LOGIN.password]: '' },
      message: {
        kind: 'locked',
        until: context.lockedUntil[loginUserName(context)] ?? context.now + context.profile.lockout.lockDurationMs,
      },
    },
  })),
  prepareLoginLog: update<{ temporary: boolean }>(({ context }, params) =>
    params.temporary
      ? pendingLogEntry(
          context,
          'temporaryPasswordLogin',
          loginUserName(context),
          'Logged in with a temporary password',
        )
      : pendingLogEntry(context, 'login', loginUserName(context), 'Logged in'),
  ),
  /** After recordLoginFailure: a failure, or the lock it caused. */
  prepareLoginFailureLog: update(({ context }) => {
    // Only an existing account is named: a typed name that is no account is often a password typed in the wrong
    // field, and must never reach the flash.
    const userName = findUser(context.flash, loginUserName(context)) ? loginUserName(context) : null;
    return context.form.message?.kind === 'locked'
      ? pendingLogEntry(context, 'accountLocked', userName, 'Too many wrong passwords: login locked')
      : pendingLogEntry(context, 'loginFailure', userName, 'Wrong user name or password');
  }),
  prepareLogoutLog: update(({ context }) =>
    pendingLogEntry(context, 'logout', context.session?.userName ?? null, 'Logged out'),
  ),
};
