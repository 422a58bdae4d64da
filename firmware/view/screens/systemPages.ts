/**
 * The menu pages of the device clock, the System Log, System Info and Display, and the prompt shown after a login
 * with the temporary password. Texts are *invented* (domain research §4: no Lorex OSD strings were found).
 */
import { formatDeviceDateTime } from '../../domain/deviceTime';
import { isAdminGroupSession } from '../../machine/logic';
import { clockFieldValues } from '../../machine/features/settings/setup';
import { LOG_ROWS_PER_PAGE, logPageCount } from '../../machine/features/systemLog/setup';
import type { RecorderContext } from '../../machine/types';
import { CLOCK, DISPLAY, SYSTEM_LOG, TEMPORARY_PASSWORD_PROMPT } from '../../controls/controlIds';
import type { OsdControl, OsdDialog, OsdMenuPage } from '../osdModel';
import { button } from './controls';
import { alertText, infoRows } from './dialogs';

/** A textbox showing `value` (the typed text, or the device time while untouched). */
const valueBox = (context: RecorderContext, id: string, label: string, value: string): OsdControl => ({
  id,
  role: 'textbox',
  label,
  enabled: true,
  focused: context.focus === id,
  value,
  masked: false,
});

export function dateTimePage(context: RecorderContext): OsdMenuPage {
  const { date, time } = clockFieldValues(context);
  return {
    id: 'dateTime',
    rows: [
      { kind: 'field', control: valueBox(context, CLOCK.date, 'Date', date) },
      { kind: 'field', control: valueBox(context, CLOCK.time, 'Time', time) },
      { kind: 'text', text: 'Date as YYYY-MM-DD, time as HH:MM:SS (24 hours).' },
    ],
    table: null,
    buttons: [button(context, CLOCK.save, 'Save', { enabled: isAdminGroupSession(context) })],
    alert: alertText(context, context.form.message),
  };
}

export function systemLogPage(context: RecorderContext): OsdMenuPage {
  const pages = logPageCount(context);
  const pageIndex = Math.min(context.logPage, pages - 1);
  const newestFirst = [...context.flash.systemLog].reverse();
  const shown = newestFirst.slice(pageIndex * LOG_ROWS_PER_PAGE, (pageIndex + 1) * LOG_ROWS_PER_PAGE);
  return {
    id: 'systemLog',
    rows: [{ kind: 'value', value: { label: 'Page', value: `${pageIndex + 1} / ${pages}` } }],
    table: {
      columns: [
        { title: 'Time', width: 230 },
        { title: 'Event', width: 200 },
        { title: 'User', width: 120 },
        { title: 'Detail', width: 400 },
      ],
      rows: shown.map((entry) => ({
        cells: [formatDeviceDateTime(entry.at), LOG_EVENT_NAMES[entry.kind], entry.user ?? '', entry.detail],
        controls: [],
      })),
      scroll: { first: pageIndex * LOG_ROWS_PER_PAGE, visible: LOG_ROWS_PER_PAGE, total: newestFirst.length },
    },
    buttons: [
      button(context, SYSTEM_LOG.previousPage, 'Previous Page', { enabled: pageIndex > 0 }),
      button(context, SYSTEM_LOG.nextPage, 'Next Page', { enabled: pageIndex < pages - 1 }),
    ],
    alert: null,
  };
}

/** How the System Log names each kind of event. *invented* */
const LOG_EVENT_NAMES: Readonly<Record<RecorderContext['flash']['systemLog'][number]['kind'], string>> = {
  boot: 'Boot',
  loginFailure: 'Login Failed',
  login: 'Login',
  logout: 'Logout',
  accountLocked: 'Account Locked',
  passwordChanged: 'Password Changed',
  temporaryPasswordLogin: 'Temporary Password Login',
  userAdded: 'User Added',
  userDeleted: 'User Deleted',
  securityQuestionsReset: 'Security Questions Reset',
  clockChanged: 'Clock Changed',
  default: 'Default',
  factoryDefault: 'Factory Default',
  hardwareReset: 'Hardware Reset',
  upgrade: 'Upgrade',
  upgradeFailed: 'Upgrade Failed',
  recovery: 'Recovery',
  format: 'HDD Format',
  backup: 'Backup',
  cameraAdded: 'Camera Added',
  cameraSynced: 'Camera Synced',
};

export function systemInfoPage(context: RecorderContext): OsdMenuPage {
  return { id: 'systemInfo', rows: infoRows(context), table: null, buttons: [], alert: null };
}

export function displayPage(context: RecorderContext): OsdMenuPage {
  const current = context.flash.settings.resolution;
  const admin = isAdminGroupSession(context);
  return {
    id: 'display',
    rows: [{ kind: 'value', value: { label: 'Resolution', value: current } }],
    table: null,
    buttons: [
      button(context, DISPLAY.hd720, '1280x720', { enabled: admin, selected: current === '1280x720' }),
      button(context, DISPLAY.hd1080, '1920x1080', { enabled: admin, selected: current === '1920x1080' }),
    ],
    alert: alertText(context, context.form.message),
  };
}

export function temporaryPasswordPromptDialog(context: RecorderContext): OsdDialog {
  return {
    kind: 'dialog',
    id: 'temporaryPasswordPrompt',
    title: 'Change Password',
    rows: [
      { kind: 'text', text: 'You logged in with a temporary password.' },
      { kind: 'text', text: 'Change the password now: the temporary password stops working at midnight.' },
    ],
    alert: null,
    busy: false,
    buttons: [
      button(context, TEMPORARY_PASSWORD_PROMPT.ok, 'OK'),
      button(context, TEMPORARY_PASSWORD_PROMPT.later, 'Later'),
    ],
  };
}
