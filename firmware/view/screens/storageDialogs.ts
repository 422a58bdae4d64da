/**
 * The storage feature's dialogs and screens: confirmations (Format HDD, Start Upgrade, Default, Factory Default),
 * task progress, recovery mode, and the mainboard reset. Texts are *invented* (domain research §4: no Lorex OSD
 * strings were found); what a restore keeps follows domain/defaults.ts.
 */
import type { FirstBoot } from '../../catalogue/profiles';
import type { RestoreKind } from '../../domain/defaults';
import { taskPercent, type StorageTaskKind } from '../../domain/storageTask';
import { selectedUpgradeFile } from '../../machine/features/storage/storageLogic';
import type { RecorderContext } from '../../machine/types';
import { STORAGE } from '../../controls/controlIds';
import type { OsdDialog, OsdDialogRow, OsdLayer } from '../osdModel';
import { button } from './controls';
import { alertText } from './dialogs';

const text = (line: string): OsdDialogRow => ({ kind: 'text', text: line });

/** Title, progress label and warning of each task. */
const TASKS: Readonly<Record<StorageTaskKind, { title: string; progress: string; note: string }>> = {
  format: { title: 'Format HDD', progress: 'Formatting', note: 'Recording is stopped until the format ends.' },
  backup: { title: 'Backup', progress: 'Backing up', note: 'Do not remove the USB stick. Recording is stopped.' },
  upgrade: { title: 'Upgrade', progress: 'Upgrading', note: 'Do not switch off the recorder. Recording is stopped.' },
  recovery: { title: 'Recovery Mode', progress: 'Re-flashing', note: 'Do not switch off the recorder.' },
};

/** What the recorder starts into after a factory default, by the family's first boot. */
const AFTER_FACTORY_DEFAULT: Readonly<Record<FirstBoot, string>> = {
  deviceInitialization: 'The recorder then restarts into Device Initialization.',
  defaultAccounts: 'The recorder then restarts with the default accounts and passwords.',
};

function confirmation(context: RecorderContext, id: string, title: string, lines: string[], busy: boolean): OsdDialog {
  return {
    kind: 'dialog',
    id,
    title,
    rows: lines.map(text),
    alert: alertText(context, context.form.message),
    busy,
    buttons: [
      button(context, STORAGE.confirmOk, 'OK', { enabled: !busy }),
      button(context, STORAGE.confirmCancel, 'Cancel', { enabled: !busy }),
    ],
  };
}

/** The progress of the running task, or null when none runs (its confirmation is on screen). */
function progressDialog(context: RecorderContext, busy: boolean): OsdDialog | null {
  const task = context.storageTask;
  if (!task) return null;
  const { title, progress, note } = TASKS[task.kind];
  return {
    kind: 'dialog',
    id: 'storageProgress',
    title,
    rows: [text(note), { kind: 'progress', label: progress, percent: taskPercent(task, context.now) }],
    alert: null,
    busy,
    buttons: [],
  };
}

export function formatConfirmDialog(context: RecorderContext, busy: boolean): OsdDialog {
  return (
    progressDialog(context, busy) ??
    confirmation(
      context,
      'formatConfirm',
      'Format HDD',
      ['Formatting erases all recordings on the HDD. This cannot be undone.', 'Settings and users are kept.'],
      busy,
    )
  );
}

/** The backup's progress (the backup starts at once: Start Backup is its confirmation). */
export const backupDialog = (context: RecorderContext, busy: boolean): OsdDialog =>
  progressDialog(context, busy) ?? confirmation(context, 'backup', 'Backup', ['Preparing the backup.'], busy);

export function upgradeConfirmDialog(context: RecorderContext, busy: boolean): OsdDialog {
  const file = selectedUpgradeFile(context);
  return (
    progressDialog(context, busy) ??
    confirmation(
      context,
      'upgradeConfirm',
      'Upgrade',
      [
        `Install ${file?.version ?? ''} from ${file?.name ?? ''}?`,
        'The upgrade takes about 3 minutes; the recorder then restarts.',
        'Do not switch off the recorder during the upgrade.',
      ],
      busy,
    )
  );
}

export function restoreConfirmDialog(context: RecorderContext, kind: RestoreKind, busy: boolean): OsdDialog {
  const lines =
    kind === 'default'
      ? ['Restore the default settings?', 'Users, passwords, network settings and recordings are kept.']
      : [
          'Erase all settings, users and passwords, security questions, network settings and camera passwords?',
          AFTER_FACTORY_DEFAULT[context.profile.firstBoot],
          'Recordings, the firmware and the System Log are kept.',
        ];
  return confirmation(context, kind, kind === 'default' ? 'Default' : 'Factory Default', lines, busy);
}

/** Recovery mode (P12): the whole screen. */
export function recoveryScreen(context: RecorderContext): [OsdLayer, OsdDialog] {
  const task = context.storageTask;
  const working = task !== null;
  const rows: OsdDialogRow[] = [
    text('The firmware is damaged: a firmware upgrade was interrupted.'),
    text(`Insert a USB stick with the firmware for ${context.model.id}, then click Recover.`),
    { kind: 'value', value: { label: 'USB Device', value: context.usbStick?.label ?? 'None' } },
  ];
  if (task) rows.push({ kind: 'progress', label: TASKS.recovery.progress, percent: taskPercent(task, context.now) });
  return [
    { kind: 'backdrop' },
    {
      kind: 'dialog',
      id: 'recovery',
      title: 'Recovery Mode',
      rows,
      alert: alertText(context, context.form.message),
      busy: context.pendingFlash !== null,
      buttons: [button(context, STORAGE.recover, 'Recover', { enabled: !working })],
    },
  ];
}

/** The mainboard reset (P7): the factory defaults are being written, or the write failed (nothing changed). */
export function hardwareResetScreen(context: RecorderContext): OsdLayer[] {
  const failed = context.form.message !== null;
  return [
    { kind: 'backdrop' },
    {
      kind: 'dialog',
      id: 'hardwareReset',
      title: 'Factory Default',
      rows: [
        text(
          failed
            ? 'Reset button: the factory defaults were not restored. Click OK to restart the recorder as it was.'
            : 'Reset button: restoring factory defaults. The recorder restarts when done.',
        ),
      ],
      alert: alertText(context, context.form.message),
      busy: !failed,
      buttons: failed ? [button(context, STORAGE.resetFailedOk, 'OK')] : [],
    },
  ];
}
