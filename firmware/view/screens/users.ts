/**
 * Screens of users and rights: Add User, the Delete confirmation, Device Initialization's security questions
 * (connect) and Password Recovery (P5). Texts are *invented* (domain research §4: no Lorex OSD strings were found),
 * except the names KB-N831 gives: Forgot Password, Password Recovery, the app-account verification.
 */
import { SECURITY_QUESTIONS } from '../../catalogue/securityQuestions';
import { PASSWORD_RULES } from '../../domain/passwordRules';
import { ADMIN_USER_NAME } from '../../domain/users';
import { formatTimeLeft } from '../../domain/deviceTime';
import { currentRecoveryQuestion } from '../../machine/features/passwordRecovery/setup';
import type { RecorderContext } from '../../machine/types';
import { ADD_USER, DELETE_USER, DEVICE_INIT, PASSWORD_RECOVERY, SECURITY_ANSWERS } from '../../controls/controlIds';
import type { OsdDialog, OsdDialogRow } from '../osdModel';
import { button, checkbox, textbox } from './controls';
import { alertText } from './dialogs';

const ruleHint = (context: RecorderContext): OsdDialogRow => ({
  kind: 'text',
  text: PASSWORD_RULES[context.profile.passwordRule].hint,
});

const field = (context: RecorderContext, id: string, label: string, masked: boolean, enabled: boolean) =>
  ({ kind: 'field', control: textbox(context, id, label, { masked, enabled }) }) as const;

function dialog(context: RecorderContext, id: string, title: string, rows: OsdDialogRow[], busy: boolean) {
  return { kind: 'dialog', id, title, rows, alert: alertText(context, context.form.message), busy } as const;
}

export function addUserDialog(context: RecorderContext, busy: boolean): OsdDialog {
  return {
    ...dialog(
      context,
      'addUser',
      'Add User',
      [
        field(context, ADD_USER.userName, 'User Name', false, !busy),
        field(context, ADD_USER.password, 'Password', true, !busy),
        field(context, ADD_USER.confirmPassword, 'Confirm Password', true, !busy),
        { kind: 'field', control: { ...checkbox(context, ADD_USER.adminGroup, 'Admin Group'), enabled: !busy } },
        { kind: 'text', text: 'User names: 1 to 31 letters, numbers, _ @ or .' },
        ruleHint(context),
      ],
      busy,
    ),
    buttons: [
      button(context, ADD_USER.ok, 'OK', { enabled: !busy }),
      button(context, ADD_USER.cancel, 'Cancel', { enabled: !busy }),
    ],
  };
}

export function deleteUserDialog(context: RecorderContext, busy = false): OsdDialog {
  const target = context.deleteTarget ?? '';
  return {
    ...dialog(
      context,
      'deleteUser',
      'Delete User',
      [
        { kind: 'value', value: { label: 'User Name', value: target } },
        { kind: 'text', text: `Delete the user ${target}? This cannot be undone.` },
      ],
      busy,
    ),
    buttons: [
      button(context, DELETE_USER.ok, 'OK', { enabled: !busy }),
      button(context, DELETE_USER.cancel, 'Cancel', { enabled: !busy }),
    ],
  };
}

/** Device Initialization's second page on families that ask security questions (KB-N831). */
export function securityQuestionsDialog(context: RecorderContext, busy: boolean): OsdDialog {
  const rows = SECURITY_QUESTIONS.flatMap((question, index): OsdDialogRow[] => [
    { kind: 'text', text: `${index + 1}. ${question}` },
    field(context, SECURITY_ANSWERS[index] ?? '', `Answer ${index + 1}`, false, !busy),
  ]);
  return {
    ...dialog(
      context,
      'deviceInit',
      'Device Initialization',
      [
        { kind: 'text', text: 'Security questions: they let you reset the admin password if you forget it.' },
        ...rows,
        { kind: 'text', text: 'Answers are not case-sensitive; extra spaces are ignored.' },
      ],
      busy,
    ),
    buttons: [button(context, DEVICE_INIT.next, 'Next', { enabled: !busy })],
  };
}

/** Password Recovery: which screen is derived from what has been proven so far. */
export function passwordRecoveryDialog(context: RecorderContext, busy: boolean): OsdDialog {
  const cancel = button(context, PASSWORD_RECOVERY.cancel, 'Cancel', { enabled: !busy });
  const ok = button(context, PASSWORD_RECOVERY.ok, 'OK', { enabled: !busy });
  if (context.recoveryVerifiedBy !== null) {
    const rows: OsdDialogRow[] = [
      { kind: 'value', value: { label: 'User Name', value: ADMIN_USER_NAME } },
      field(context, PASSWORD_RECOVERY.newPassword, 'New Password', true, !busy),
      field(context, PASSWORD_RECOVERY.confirmPassword, 'Confirm Password', true, !busy),
      ruleHint(context),
    ];
    return { ...dialog(context, 'passwordRecovery', 'Password Recovery', rows, busy), buttons: [ok, cancel] };
  }
  const app = context.appVerification;
  if (app !== null) {
    const left = app.until - context.now;
    const rows: OsdDialogRow[] = [
      { kind: 'text', text: 'Account Verification Using Lorex Connect App:' },
      { kind: 'text', text: 'in the app, open Recorder Settings > Help > Reset Device Password and scan this code.' },
      { kind: 'qr', value: { label: 'Verification QR code', value: `${context.unit.deviceId}:${app.code}` } },
      { kind: 'value', value: { label: 'Verification Code', value: app.code } },
      {
        kind: 'text',
        text: left > 0 ? `The code is valid for ${formatTimeLeft(left)}.` : 'The code has expired.',
      },
    ];
    return { ...dialog(context, 'passwordRecovery', 'Password Recovery', rows, busy), buttons: [cancel] };
  }
  const question = currentRecoveryQuestion(context)?.question ?? '';
  const rows: OsdDialogRow[] = [
    { kind: 'value', value: { label: 'Security Question', value: question } },
    field(context, PASSWORD_RECOVERY.answer, 'Answer', false, !busy),
  ];
  return {
    ...dialog(context, 'passwordRecovery', 'Password Recovery', rows, busy),
    buttons: [ok, button(context, PASSWORD_RECOVERY.useApp, 'Use App Verification', { enabled: !busy }), cancel],
  };
}
