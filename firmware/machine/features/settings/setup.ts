/**
 * Guards, actions and actors of the temporary password, the device clock, the System Log and the Display page
 * (P2-P4, P11). Registered in setup.ts.
 *
 * Which families accept a temporary password is data: a profile whose reset paths include a support path (P2 web
 * form, P3 phone, P4 app e-mail) accepts the code support issues. Legacy recorders list P3 only: domain research §6a
 * ("call our Technical Support and request for a temporary password", which applies to "all older models of
 * recorders"), so the legacy support desk issues a temporary password too; there is no web or app path for them.
 */
import { fromPromise } from 'xstate';
import { parseClockEntry, formatDeviceDate } from '../../../domain/clockSetting';
import { withLogEntry } from '../../../domain/systemLog';
import { ADMIN_USER_NAME, findUser } from '../../../domain/users';
import type { ResetPathId } from '../../../catalogue/profiles';
import type { Flash, LogEventKind, Resolution } from '../../../persistence/flash';
import { checkTemporaryPassword, type TemporaryPasswordRequest } from '../../../security/temporaryPassword';
import { CLOCK, DISPLAY, LOGIN, MODIFY_USER } from '../../../controls/controlIds';
import { guard, update } from '../../kit';
import { deviceNow, fieldValue, isAdminGroupSession, loginUserName, openMenuPage } from '../../logic';
import type { MenuPageId } from '../../../domain/menuTree';
import type { RecorderContext } from '../../types';

/** The reset paths in which support issues a temporary password. */
const TEMPORARY_PASSWORD_PATHS: readonly ResetPathId[] = ['P2', 'P3', 'P4'];
/** System Log rows per page. *invented* */
export const LOG_ROWS_PER_PAGE = 10;

/** Whether this recorder's family accepts a temporary password (for `admin` only). */
export const acceptsTemporaryPassword = (context: RecorderContext): boolean =>
  context.profile.resetPaths.some((path) => TEMPORARY_PASSWORD_PATHS.includes(path));

/** The date the recorder's clock displays now, YYYY-MM-DD: the only date whose temporary password it accepts. */
export const displayedDate = (context: RecorderContext): string => formatDeviceDate(deviceNow(context));

export { isAdminGroupSession };

/** The Date and Time fields: what was typed, or the device time while untouched. */
export const clockFieldValues = (context: RecorderContext): { date: string; time: string } => {
  const now = new Date(deviceNow(context)).toISOString();
  return {
    date: context.form.values[CLOCK.date] ?? now.slice(0, 10),
    time: context.form.values[CLOCK.time] ?? now.slice(11, 19),
  };
};

/** The number of System Log pages (at least one, empty). */
export const logPageCount = (context: RecorderContext): number =>
  Math.max(1, Math.ceil(context.flash.systemLog.length / LOG_ROWS_PER_PAGE));

const clockEntry = (context: RecorderContext) => {
  const { date, time } = clockFieldValues(context);
  return parseClockEntry(date, time);
};

const RESOLUTIONS: Readonly<Record<string, Resolution>> = {
  [DISPLAY.hd720]: '1280x720',
  [DISPLAY.hd1080]: '1920x1080',
};

/** Inputs of the temporary-password check: the login's password, or the Modify dialog's Old Password. */
export const temporaryPasswordInputs = {
  login: ({ context }: { context: RecorderContext }) => temporaryRequest(context, fieldValue(context, LOGIN.password)),
  modifyUser: ({ context }: { context: RecorderContext }) =>
    temporaryRequest(context, fieldValue(context, MODIFY_USER.oldPassword)),
};

function temporaryRequest(context: RecorderContext, typed: string): TemporaryPasswordRequest & { typed: string } {
  return { secret: context.unit.secret, deviceId: context.unit.deviceId, date: displayedDate(context), typed };
}

/** A log entry at the current device time, added to the flash to be written. */
function logged(context: RecorderContext, kind: LogEventKind, user: string | null, detail: string) {
  return { pendingFlash: withLogEntry(context.pendingFlash ?? context.flash, deviceNow(context), kind, user, detail) };
}

/** The first boot's flash (Device Initialization or default accounts) with the boot in the System Log. */
export const withFirstBootLog = (context: RecorderContext, flash: Flash): Flash =>
  withLogEntry(flash, deviceNow(context), 'boot', null, `System started for the first time (${context.model.id})`);

/** The password change's log entry, by the logged-in operator; it names the operator when it was another user (P6). */
export function withPasswordChangeLog(context: RecorderContext, flash: Flash): Flash {
  const operator = context.session?.userName ?? null;
  const target = context.modifyTarget ?? '';
  const by = operator !== null && operator !== target ? ` by ${operator}` : '';
  return withLogEntry(flash, deviceNow(context), 'passwordChanged', operator, `Password of ${target} changed${by}.`);
}

export const accessActors = {
  /** Whether a typed code is this unit's temporary password for the date its clock displays. */
  checkTemporaryPassword: fromPromise<boolean, TemporaryPasswordRequest & { typed: string }>(async ({ input }) =>
    checkTemporaryPassword(input),
  ),
};

export const accessGuards = {
  /** The login's user may try a temporary password: `admin`, on a family whose support issues one. */
  canUseTemporaryPassword: guard(
    ({ context }) => acceptsTemporaryPassword(context) && loginUserName(context) === ADMIN_USER_NAME,
  ),
  isTemporarySession: guard(({ context }) => context.session?.viaTemporaryPassword === true),
  /** The menu page `page` is open (its controls are on screen). */
  isPageOpen: guard<{ page: MenuPageId }>(({ context }, params) => openMenuPage(context)?.page === params.page),
  isClockEntryValid: guard(({ context }) => clockEntry(context).ok),
  isAdminGroupSession: guard(({ context }) => isAdminGroupSession(context)),
  isResolutionControl: guard(({ event }) => event.type === 'ACTIVATE' && event.control in RESOLUTIONS),
};

export const accessActions = {
  startTemporarySession: update(({ context }) => {
    const userName = loginUserName(context);
    const { [userName]: _cleared, ...otherFailures } = context.loginFailures;
    return { session: { userName, viaTemporaryPassword: true }, loginFailures: otherFailures, menuPath: [] };
  }),
  prepareLoginLog: update<{ temporary: boolean }>(({ context }, params) =>
    params.temporary
      ? logged(context, 'temporaryPasswordLogin', loginUserName(context), 'Logged in with a temporary password')
      : logged(context, 'login', loginUserName(context), 'Logged in'),
  ),
  /** After recordLoginFailure: a failure, or the lock it caused. */
  prepareLoginFailureLog: update(({ context }) => {
    // Only an existing account is named: a typed name that is no account is often a password typed in the wrong
    // field, and must never reach the flash.
    const userName = findUser(context.flash, loginUserName(context)) ? loginUserName(context) : null;
    return context.form.message?.kind === 'locked'
      ? logged(context, 'accountLocked', userName, 'Too many wrong passwords: login locked')
      : logged(context, 'loginFailure', userName, 'Wrong user name or password');
  }),
  prepareLogoutLog: update(({ context }) => logged(context, 'logout', context.session?.userName ?? null, 'Logged out')),
  prepareBootLog: update(({ context }) => logged(context, 'boot', null, `System started (${context.model.id})`)),
  prepareClockFlash: update(({ context }) => {
    const entry = clockEntry(context);
    if (!entry.ok) return {};
    const flash = { ...context.flash, clockOffsetMs: entry.deviceMs - context.now };
    const detail = `Clock set from ${formatDeviceDate(deviceNow(context))} to ${formatDeviceDate(entry.deviceMs)}`;
    return {
      pendingFlash: withLogEntry(flash, entry.deviceMs, 'clockChanged', context.session?.userName ?? null, detail),
    };
  }),
  prepareResolutionFlash: update(({ context, event }) => {
    const resolution = event.type === 'ACTIVATE' ? RESOLUTIONS[event.control] : undefined;
    if (!resolution) return {};
    return { pendingFlash: { ...context.flash, settings: { ...context.flash.settings, resolution } } };
  }),
  showClockProblem: update(({ context }) => {
    const entry = clockEntry(context);
    return entry.ok ? {} : { form: { ...context.form, message: { kind: 'text', text: entry.message } } };
  }),
  /** The typed Date and Time are dropped: the fields show the (new) device time again. */
  clearClockFields: update(({ context }) => {
    const { [CLOCK.date]: _date, [CLOCK.time]: _time, ...values } = context.form.values;
    return { form: { ...context.form, values, message: null }, focus: null, keyboard: null };
  }),
  /** A page opens fresh: no typed Date/Time, no alert left from another page, the newest System Log entries. */
  resetPageEntries: update(({ context }) => {
    const { [CLOCK.date]: _date, [CLOCK.time]: _time, ...values } = context.form.values;
    return { form: { ...context.form, values, message: null }, logPage: 0 };
  }),
  showPreviousLogPage: update(({ context }) => ({
    logPage: Math.max(0, Math.min(context.logPage, logPageCount(context) - 1) - 1),
  })),
  showNextLogPage: update(({ context }) => ({ logPage: Math.min(logPageCount(context) - 1, context.logPage + 1) })),
  /** The wheel: one page per step, within the pages there are (positive = older entries). */
  scrollLogPage: update(({ context, event }) => {
    const steps = event.type === 'SCROLL' && Number.isFinite(event.delta) ? Math.trunc(event.delta) : 0;
    const last = logPageCount(context) - 1;
    return { logPage: Math.max(0, Math.min(last, Math.min(context.logPage, last) + steps)) };
  }),
};
