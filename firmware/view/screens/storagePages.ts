/**
 * The menu pages of the storage feature: HDD (recordings, Format HDD), Backup (to a USB stick) and Upgrade
 * (firmware files on the stick). Field names are *invented* in the style of Dahua-made menus.
 */
import { formatDeviceDateTime } from '../../domain/deviceTime';
import { firmwareFiles, freeMb } from '../../domain/usbStick';
import { backupFile, currentDisk } from '../../machine/features/storage/storageLogic';
import { isAdminGroupSession } from '../../machine/logic';
import type { RecorderContext } from '../../machine/types';
import { STORAGE, upgradeFileControl } from '../../controls/controlIds';
import type { OsdDialogRow, OsdMenuPage } from '../osdModel';
import { button } from './controls';

const value = (label: string, text: string): OsdDialogRow => ({ kind: 'value', value: { label, value: text } });

/** "1.84 TB", "12.5 GB", "640 MB" (decimal units, as drive makers count). */
export function formatMb(mb: number): string {
  if (mb >= 1_000_000) return `${(mb / 1_000_000).toFixed(2)} TB`;
  if (mb >= 1_000) return `${(mb / 1_000).toFixed(1)} GB`;
  return `${Math.round(mb)} MB`;
}

/** The storage feature's notice for the page open now, if it was given on this page. */
const pageNotice = (context: RecorderContext): string | null =>
  context.pageNotice && context.pageNotice.path === context.menuPath.join('/') ? context.pageNotice.text : null;

const timeOrNone = (time: number | null): string => (time === null ? 'None' : formatDeviceDateTime(time));

export function hddPage(context: RecorderContext): OsdMenuPage {
  const disk = currentDisk(context);
  const stopped = context.storageTask !== null;
  return {
    id: 'hdd',
    rows: [
      value('HDD Capacity', formatMb(disk.capacityMb)),
      value('Used Space', formatMb(disk.usedMb)),
      value('Free Space', formatMb(disk.capacityMb - disk.usedMb)),
      value('HDD Status', context.storageTask?.kind === 'format' ? 'Formatting' : 'Normal'),
      value('Recording', stopped ? 'Stopped' : `On, ${disk.channels.length} channels`),
      value('Recording Rate', `${formatMb(disk.channels.reduce((sum, channel) => sum + channel.mbPerHour, 0))}/h`),
      value('Oldest Recording', timeOrNone(disk.oldest)),
      value('Newest Recording', timeOrNone(disk.newest)),
    ],
    table: null,
    // Admin group only (the firmware refuses others): disabled for a view-only user.
    buttons: [button(context, STORAGE.formatHdd, 'Format HDD', { enabled: isAdminGroupSession(context) })],
    alert: pageNotice(context),
  };
}

export function backupPage(context: RecorderContext): OsdMenuPage {
  const stick = context.usbStick;
  return {
    id: 'backup',
    rows: [
      value('USB Device', stick?.label ?? 'None'),
      value('USB Free Space', stick ? formatMb(freeMb(stick)) : '-'),
      value('Backup Size', formatMb(backupFile(context).sizeMb)),
      { kind: 'text', text: 'Copies the newest hour of recordings of every channel to the USB stick.' },
    ],
    table: stick
      ? {
          columns: [
            { title: 'File', width: 460 },
            { title: 'Size', width: 160 },
          ],
          rows: stick.files.map((file) => ({ cells: [file.name, formatMb(file.sizeMb)], controls: [] })),
        }
      : null,
    buttons: [button(context, STORAGE.startBackup, 'Start Backup')],
    alert: pageNotice(context),
  };
}

export function upgradePage(context: RecorderContext): OsdMenuPage {
  const stick = context.usbStick;
  return {
    id: 'upgrade',
    rows: [value('System Version', context.flash.firmware.version), value('USB Device', stick?.label ?? 'None')],
    table: {
      columns: [
        { title: 'File', width: 300 },
        { title: 'Model', width: 140 },
        { title: 'Version', width: 200 },
        { title: 'Select', width: 110 },
      ],
      rows: firmwareFiles(stick).map((file) => ({
        cells: [file.name, file.modelId ?? '', file.version ?? ''],
        controls: [
          button(context, upgradeFileControl(file.name), `Select ${file.name}`, {
            selected: context.upgradeFile === file.name,
          }),
        ],
      })),
    },
    buttons: [button(context, STORAGE.startUpgrade, 'Start Upgrade', { enabled: isAdminGroupSession(context) })],
    alert: pageNotice(context),
  };
}
