/**
 * The recorder's dialogs: Device Initialization, login, Modify user, Shutdown, Info and the default-password
 * prompt, as rows and buttons. Texts not taken from a source are *invented* (domain research §4: no Lorex OSD
 * strings were found).
 */
import { buildDateOf } from '../../catalogue/firmwareReleases';
import { PASSWORD_RULES } from '../../domain/passwordRules';
import { formatTimeLeft } from '../../domain/deviceTime';
import { ADMIN_USER_NAME, findUser } from '../../domain/users';
import type { DialogMessage, RecorderContext } from '../../machine/types';
import { DEFAULT_PASSWORD_PROMPT, DEVICE_INIT, INFO, LOGIN, MODIFY_USER, SHUTDOWN } from '../../controls/controlIds';
// Imports of users and rights
import { PASSWORD_RECOVERY } from '../../controls/controlIds';
import { otherUsersOperator } from '../../machine/features/modifyUser/setup';
import type { OsdDialog, OsdDialogRow } from '../osdModel';
import { button, checkbox, textbox } from './controls';

/** The alert text of a dialog message; a lock shows the time left, so it changes as time passes. */
export function alertText(context: RecorderContext, message: DialogMessage | null): string | null {
  if (!message) return null;
  if (message.kind === 'text') return message.text;
  return `The account is locked. Try again in ${formatTimeLeft(message.until - context.now)}.`;
}

const ruleHint = (context: RecorderContext): OsdDialogRow => ({
  kind: 'text',
  text: PASSWORD_RULES[context.profile.passwordRule].hint,
});

export function deviceInitDialog(context: RecorderContext, page: 'password' | 'summary', busy: boolean): OsdDialog {
  const rows: OsdDialogRow[] =
    page === 'password'
      ? [
          { kind: 'value', value: { label: 'User Name', value: ADMIN_USER_NAME } },
          { kind: 'field', control: textbox(context, DEVICE_INIT.password, 'Password', { masked: true }) },
          {
            kind: 'field',
            control: textbox(context, DEVICE_INIT.confirmPassword, 'Confirm Password', { masked: true }),
          },
          ruleHint(context),
        ]
      : [
          { kind: 'text', text: 'The admin password is ready. Keep it somewhere safe:' },
          { kind: 'text', text: 'it is needed to open the Main Menu and to connect the apps.' },
          { kind: 'text', text: 'Click Finish to save it and start the recorder.' },
        ];
  const buttons =
    page === 'password'
      ? [button(context, DEVICE_INIT.next, 'Next', { enabled: !busy })]
      : [button(context, DEVICE_INIT.finish, 'Finish', { enabled: !busy })];
  return {
    kind: 'dialog',
    id: 'deviceInit',
    title: 'Device Initialization',
    rows,
    alert: alertText(context, context.form.message),
    busy,
    buttons,
  };
}

export function loginDialog(context: RecorderContext, busy: boolean): OsdDialog {
  return {
    kind: 'dialog',
    id: 'login',
    title: 'Login',
    rows: [
      { kind: 'field', control: textbox(context, LOGIN.userName, 'User Name', { enabled: !busy }) },
      { kind: 'field', control: textbox(context, LOGIN.password, 'Password', { masked: true, enabled: !busy }) },
    ],
    alert: alertText(context, context.form.message),
    busy,
    buttons: [
      button(context, LOGIN.ok, 'OK', { enabled: !busy }),
      button(context, LOGIN.cancel, 'Cancel', { enabled: !busy }),
      // Login buttons of users and rights (P5: families with login recovery)
      ...(context.profile.loginRecovery === null
        ? []
        : [button(context, PASSWORD_RECOVERY.forgotPassword, 'Forgot Password', { enabled: !busy })]),
    ],
  };
}

export function modifyUserDialog(context: RecorderContext, busy: boolean): OsdDialog {
  const target = context.modifyTarget ?? '';
  const operator = otherUsersOperator(context);
  const passwordsEnabled = !busy && context.form.checked[MODIFY_USER.modifyPassword] === true;
  const password = (id: string, label: string): OsdDialogRow => ({
    kind: 'field',
    control: textbox(context, id, label, { masked: true, enabled: passwordsEnabled }),
  });
  return {
    kind: 'dialog',
    id: 'modifyUser',
    title: 'Modify User',
    rows: [
      { kind: 'value', value: { label: 'User Name', value: target } },
      { kind: 'value', value: { label: 'Group', value: findUser(context.flash, target)?.group ?? '' } },
      {
        kind: 'field',
        control: { ...checkbox(context, MODIFY_USER.modifyPassword, 'Modify Password'), enabled: !busy },
      },
      password(MODIFY_USER.oldPassword, 'Old Password'),
      // Modify rows of users and rights (P6: Old Password is the operator's own when changing another user)
      ...(operator === null
        ? []
        : [{ kind: 'text', text: `Enter your own password (user ${operator}) as Old Password.` } as const]),
      password(MODIFY_USER.newPassword, 'New Password'),
      password(MODIFY_USER.confirmPassword, 'Confirm Password'),
      ruleHint(context),
    ],
    alert: alertText(context, context.form.message),
    busy,
    buttons: [
      button(context, MODIFY_USER.ok, 'OK', { enabled: !busy }),
      button(context, MODIFY_USER.cancel, 'Cancel', { enabled: !busy }),
    ],
  };
}

export function shutdownDialog(context: RecorderContext): OsdDialog {
  return {
    kind: 'dialog',
    id: 'shutdown',
    title: 'Shutdown',
    rows: [{ kind: 'text', text: 'Log out, restart the recorder, or shut it down.' }],
    alert: null,
    busy: false,
    buttons: [
      button(context, SHUTDOWN.logout, 'Logout'),
      button(context, SHUTDOWN.reboot, 'Reboot'),
      button(context, SHUTDOWN.shutdown, 'Shutdown'),
      button(context, SHUTDOWN.cancel, 'Cancel'),
    ],
  };
}

/** Device Name shown on Info. *invented* (the Dahua-style default is the device type). */
const deviceName = (context: RecorderContext): string => context.model.kind;

/** The Info data (docs/architecture.md#the-osd), shared by the Info dialog and the System Info page. */
export function infoRows(context: RecorderContext): OsdDialogRow[] {
  const { model, unit } = context;
  // The installed image (an upgrade or a recovery re-flash changes it); its build date follows it.
  const version = context.flash.firmware.version || model.firmwareVersion;
  const value = (label: string, text: string): OsdDialogRow => ({ kind: 'value', value: { label, value: text } });
  return [
    value('Device Name', deviceName(context)),
    value('Model', model.id),
    value('Device ID', unit.deviceId),
    value('Serial No.', unit.serialNumber),
    value('System Version', version),
    value('Build Date', buildDateOf(model, version)),
    value('MAC Address', unit.macAddress),
    value('HDD', `${model.hdd}, Normal`),
    { kind: 'qr', value: { label: 'Device ID QR code', value: unit.deviceId } },
  ];
}

export function infoDialog(context: RecorderContext): OsdDialog {
  return {
    kind: 'dialog',
    id: 'info',
    title: 'Info',
    rows: infoRows(context),
    alert: null,
    busy: false,
    buttons: [button(context, INFO.close, 'Close')],
  };
}

export function defaultPasswordPromptDialog(context: RecorderContext): OsdDialog {
  return {
    kind: 'dialog',
    id: 'defaultPasswordPrompt',
    title: 'Change Password',
    rows: [
      { kind: 'text', text: 'The admin account still uses the default password.' },
      { kind: 'text', text: 'Change it now to keep the recorder safe.' },
    ],
    alert: null,
    busy: false,
    buttons: [
      button(context, DEFAULT_PASSWORD_PROMPT.ok, 'OK'),
      button(context, DEFAULT_PASSWORD_PROMPT.later, 'Later'),
    ],
  };
}
