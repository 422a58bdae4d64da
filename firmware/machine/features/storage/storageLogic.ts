/**
 * Pure helpers behind the storage feature's guards and actions (setup.ts beside this file): who may do what, why a
 * backup or upgrade cannot start, how long each task takes, and the flash each completed task writes.
 */
import {
  BACKUP_RATE_MB_PER_S,
  BACKUP_SPAN_MS,
  FORMAT_DURATION_MS,
  RECOVERY_DURATION_MS,
  UPGRADE_DURATION_MS,
} from '../../../catalogue/rules';
import { restoredFlash } from '../../../domain/defaults';
import { formatDeviceDateTime } from '../../../domain/deviceTime';
import { diskSummary, formattedDisk, newestRecordingsMb, withGap, type DiskSummary } from '../../../domain/recordings';
import type { StorageTask, StorageTaskKind } from '../../../domain/storageTask';
import { withLogEntry } from '../../../domain/systemLog';
import { findUsbFile, firstFirmwareFor, freeMb, isFirmwareFor, type UsbFile } from '../../../domain/usbStick';
import type { Flash } from '../../../persistence/flash';
import { deviceNow, isAdminGroupSession } from '../../logic';
import type { RecorderContext } from '../../types';

export const adminOnlyMessage = (what: string): string => `Only a user of the admin group can ${what}.`;

/** Device time recording stopped for the running task, or null while the recorder records. */
function stoppedSince(context: RecorderContext): number | null {
  const task = context.storageTask;
  return task ? task.startedAt + context.flash.clockOffsetMs : null;
}

/** What the disk holds now. */
export function currentDisk(context: RecorderContext): DiskSummary {
  return diskSummary({
    unit: context.unit,
    channels: context.model.channels,
    hddSize: context.model.hdd,
    disk: context.flash.disk,
    now: deviceNow(context),
    stoppedSince: stoppedSince(context),
  });
}

/** The file a backup started now writes: the newest BACKUP_SPAN_MS of every channel. *invented* name pattern. */
export function backupFile(context: RecorderContext): UsbFile {
  const stamp = formatDeviceDateTime(deviceNow(context)).replace(/[-: ]/g, '');
  return {
    name: `backup_${context.unit.serialNumber}_${stamp}.dav`,
    kind: 'backup',
    sizeMb: newestRecordingsMb(currentDisk(context), BACKUP_SPAN_MS),
  };
}

/** Why a backup cannot start now, or null. */
export function backupProblem(context: RecorderContext): string | null {
  if (!context.usbStick) return 'Insert a USB stick to back up recordings.';
  const file = backupFile(context);
  if (file.sizeMb <= 0) return 'There are no recordings to back up.';
  const free = freeMb(context.usbStick);
  if (file.sizeMb > free)
    return `Not enough space on the USB stick: the backup needs ${file.sizeMb} MB, ${free} MB free.`;
  return null;
}

/** The firmware file selected on the Upgrade page, if it is still on the stick. */
export const selectedUpgradeFile = (context: RecorderContext): UsbFile | undefined =>
  findUsbFile(context.usbStick, context.upgradeFile);

/** Why Start Upgrade cannot go on to its confirmation, or null. */
export function upgradeProblem(context: RecorderContext): string | null {
  if (!isAdminGroupSession(context)) return adminOnlyMessage('upgrade the firmware');
  if (!context.usbStick) return 'Insert a USB stick with the firmware file.';
  const file = selectedUpgradeFile(context);
  if (!file) return 'Select a firmware file.';
  if (!isFirmwareFor(file, context.model))
    return `${file.name} is not a firmware for ${context.model.id}. Nothing was changed.`;
  return null;
}

/** A task of `kind` starting now. */
export function newTask(context: RecorderContext, kind: StorageTaskKind): StorageTask {
  switch (kind) {
    case 'format':
      return { kind, startedAt: context.now, durationMs: FORMAT_DURATION_MS, file: null };
    case 'backup': {
      const file = backupFile(context);
      const durationMs = Math.ceil((file.sizeMb / BACKUP_RATE_MB_PER_S) * 1_000);
      return { kind, startedAt: context.now, durationMs, file };
    }
    case 'upgrade':
      return {
        kind,
        startedAt: context.now,
        durationMs: UPGRADE_DURATION_MS,
        file: selectedUpgradeFile(context) ?? null,
      };
    case 'recovery':
      return {
        kind,
        startedAt: context.now,
        durationMs: RECOVERY_DURATION_MS,
        file: firstFirmwareFor(context.usbStick, context.model) ?? null,
      };
  }
}

/** The flash changes the storage feature writes. */
export type StorageFlashChange =
  'format' | 'backup' | 'upgradeStarted' | 'upgraded' | 'recovered' | 'default' | 'factoryDefault' | 'hardwareReset';

/** The flash after `change`, with its System Log entry. */
export function storageFlash(context: RecorderContext, change: StorageFlashChange): Flash {
  const flash = context.flash;
  // A task ends when its time is over, even if the TICK that tells came later.
  const task = context.storageTask;
  const now = deviceNow(context);
  const at = task ? Math.min(now, task.startedAt + flash.clockOffsetMs + task.durationMs) : now;
  const user = context.session?.userName ?? null;
  const taskStart = task ? task.startedAt + flash.clockOffsetMs : at;
  const version = task?.file?.version ?? flash.firmware.version;
  switch (change) {
    case 'format':
      return withLogEntry(
        { ...flash, disk: formattedDisk(at) },
        at,
        'format',
        user,
        'HDD formatted: recordings erased.',
      );
    case 'backup':
      return withLogEntry(
        { ...flash, disk: withGap(flash.disk, taskStart, at) },
        at,
        'backup',
        user,
        `Backup to USB: ${task?.file?.name ?? ''}`,
      );
    case 'upgradeStarted':
      return { ...flash, firmware: { ...flash.firmware, upgradeInProgress: true } };
    case 'upgraded':
      return withLogEntry(
        { ...flash, firmware: { version, upgradeInProgress: false }, disk: withGap(flash.disk, taskStart, at) },
        at,
        'upgrade',
        user,
        `Firmware upgraded from ${flash.firmware.version} to ${version}.`,
      );
    case 'recovered': {
      const failed = withLogEntry(flash, taskStart, 'upgradeFailed', null, 'The firmware upgrade was interrupted.');
      return withLogEntry(
        { ...failed, firmware: { version, upgradeInProgress: false }, disk: withGap(flash.disk, taskStart, at) },
        at,
        'recovery',
        null,
        `Firmware ${version} re-flashed from USB in recovery mode.`,
      );
    }
    case 'default':
      return withLogEntry(restoredFlash(flash, 'default'), at, 'default', user, 'Default settings restored.');
    case 'factoryDefault':
      return withLogEntry(
        restoredFlash(flash, 'factoryDefault'),
        at,
        'factoryDefault',
        user,
        'Factory defaults restored.',
      );
    case 'hardwareReset':
      return withLogEntry(
        restoredFlash(flash, 'factoryDefault'),
        at,
        'hardwareReset',
        null,
        'Mainboard reset button: factory defaults restored.',
      );
  }
}
