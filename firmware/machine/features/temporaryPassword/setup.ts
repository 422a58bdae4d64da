/**
 * The temporary password (P2-P4): the code support issues for one recorder and one date, accepted for `admin` in
 * place of the password, and as Old Password in a session it opened.
 *
 * Which families accept a temporary password is data: a profile whose reset paths include a support path (P2 web
 * form, P3 phone, P4 app e-mail) accepts the code support issues. Legacy recorders list P3 only: domain research §6a
 * ("call our Technical Support and request for a temporary password", which applies to "all older models of
 * recorders"), so the legacy support desk issues a temporary password too; there is no web or app path for them.
 */
import { fromPromise } from 'xstate';
import { formatDeviceDate } from '../../../domain/clockSetting';
import { ADMIN_USER_NAME } from '../../../domain/users';
import type { ResetPathId } from '../../../catalogue/profiles';
import { checkTemporaryPassword, type TemporaryPasswordRequest } from '../../../security/temporaryPassword';
import { LOGIN, MODIFY_USER } from '../../../controls/controlIds';
import { guard, update } from '../../kit';
import { deviceNow, fieldValue, loginUserName } from '../../logic';
import type { RecorderContext } from '../../types';

/** The reset paths in which support issues a temporary password. */
const TEMPORARY_PASSWORD_PATHS: readonly ResetPathId[] = ['P2', 'P3', 'P4'];

/** Whether this recorder's family accepts a temporary password (for `admin` only). */
export const acceptsTemporaryPassword = (context: RecorderContext): boolean =>
  context.profile.resetPaths.some((path) => TEMPORARY_PASSWORD_PATHS.includes(path));

/** The date the recorder's clock displays now, YYYY-MM-DD: the only date whose temporary password it accepts. */
export const displayedDate = (context: RecorderContext): string => formatDeviceDate(deviceNow(context));

function temporaryRequest(context: RecorderContext, typed: string): TemporaryPasswordRequest & { typed: string } {
  return { secret: context.unit.secret, deviceId: context.unit.deviceId, date: displayedDate(context), typed };
}

/** Inputs of the temporary-password check: the login's password, or the Modify dialog's Old Password. */
export const temporaryPasswordInputs = {
  login: ({ context }: { context: RecorderContext }) => temporaryRequest(context, fieldValue(context, LOGIN.password)),
  modifyUser: ({ context }: { context: RecorderContext }) =>
    temporaryRequest(context, fieldValue(context, MODIFY_USER.oldPassword)),
};

export const temporaryPasswordActors = {
  /** Whether a typed code is this unit's temporary password for the date its clock displays. */
  checkTemporaryPassword: fromPromise<boolean, TemporaryPasswordRequest & { typed: string }>(async ({ input }) =>
    checkTemporaryPassword(input),
  ),
};

export const temporaryPasswordGuards = {
  /** The login's user may try a temporary password: `admin`, on a family whose support issues one. */
  canUseTemporaryPassword: guard(
    ({ context }) => acceptsTemporaryPassword(context) && loginUserName(context) === ADMIN_USER_NAME,
  ),
  isTemporarySession: guard(({ context }) => context.session?.viaTemporaryPassword === true),
};

export const temporaryPasswordActions = {
  startTemporarySession: update(({ context }) => {
    const userName = loginUserName(context);
    const { [userName]: _cleared, ...otherFailures } = context.loginFailures;
    return { session: { userName, viaTemporaryPassword: true }, loginFailures: otherFailures, menuPath: [] };
  }),
};
