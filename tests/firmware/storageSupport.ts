/** Shared fixtures for the storage tests (P7, P12, P13): menu paths per model, a saved world, states. */
import {
  drive,
  newRecorderInput,
  type Flash,
  type HeadlessRecorderOptions,
  type RecorderDriver,
  type RecorderModelId,
  type UsbStick,
  rules,
} from '../../firmware';
import { FAST, SESSION_LOG_KINDS } from './support';

/** Where each page and the System branch (Default, Factory Default, Upgrade) are, per model. */
export const STORAGE_PATHS: Readonly<
  Record<RecorderModelId, { hdd: string[]; backup: string[]; system: string[]; users: string[] }>
> = {
  LNR6108: {
    hdd: ['Settings', 'Storage'],
    backup: ['Backup'],
    system: ['Settings', 'System'],
    users: ['Settings', 'System', 'Account', 'User'],
  },
  N841A81: {
    hdd: ['Storage', 'HDD'],
    backup: ['Storage', 'Backup'],
    system: ['System'],
    users: ['System', 'Account', 'User'],
  },
  D841A82B: {
    hdd: ['Storage', 'HDD'],
    backup: ['Storage', 'Backup'],
    system: ['System'],
    users: ['System', 'Account', 'User'],
  },
  N863A63B: { hdd: ['Storage', 'HDD'], backup: ['Storage', 'Backup'], system: ['System'], users: ['Users', 'User'] },
  N831A81: { hdd: ['Storage', 'HDD'], backup: ['Storage', 'Backup'], system: ['System'], users: ['System', 'User'] },
  LNR440: {
    hdd: ['Setting', 'System', 'HDD'],
    backup: ['Backup'],
    system: ['Setting', 'System'],
    users: ['Setting', 'Account'],
  },
};

export const STORAGE_STATE = {
  recoveryWaiting: { on: { recovery: 'waiting' } },
  recoveryFlashing: { on: { recovery: 'flashing' } },
  formatConfirm: { on: { running: { ready: { menu: { format: 'confirm' } } } } },
  formatRunning: { on: { running: { ready: { menu: { format: 'running' } } } } },
  backupRunning: { on: { running: { ready: { menu: { backup: 'running' } } } } },
  upgradeConfirm: { on: { running: { ready: { menu: { upgrade: 'confirm' } } } } },
  upgradeRunning: { on: { running: { ready: { menu: { upgrade: 'running' } } } } },
  defaultConfirm: { on: { running: { ready: { menu: { restoreDefault: 'confirm' } } } } },
  factoryDefaultConfirm: { on: { running: { ready: { menu: { factoryDefault: 'confirm' } } } } },
} as const;

/** Clicks through `labels` from the Main Menu, starting from wherever the menu is (Escape back to live view first). */
export function openMenu(driver: RecorderDriver, labels: readonly string[]): RecorderDriver {
  let result = driver.send({ type: 'BACK' }).send({ type: 'BACK' }).send({ type: 'BACK' }).send({ type: 'BACK' });
  result = result.rightClick().click('Main Menu');
  for (const label of labels) result = result.click(label);
  return result;
}

/** The flash of the driver's recorder now. */
export const flashOf = (driver: RecorderDriver): Flash => driver.recorder.snapshot().context.flash;

/** A recorder powered up from a saved flash (a world reopened), switched on. */
export function reopened(
  flash: Flash,
  options: HeadlessRecorderOptions = FAST,
  usbStick: UsbStick | null = null,
): RecorderDriver {
  const input = { ...newRecorderInput({ ...options, powerSwitchOn: true }), flash, usbStick };
  return drive({ ...options, input }).wait(rules.BOOT_DURATION_MS);
}

/** The flash's System Log without the entries every boot and session writes. */
export const eventLog = (flash: Flash) => flash.systemLog.filter((entry) => !SESSION_LOG_KINDS.has(entry.kind));

/** The flash with only the log entries a test's own events wrote, to check that an action changed nothing else. */
export const withoutSessionLog = (flash: Flash): Flash => ({ ...flash, systemLog: eventLog(flash) });
