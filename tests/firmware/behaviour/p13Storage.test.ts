/**
 * P13: back up recordings to a USB stick before a reset (progress; recording stops; the stick gets the file), and
 * formatting the HDD (admin only) erases recordings. Recordings are generated from the unit and the disk's history.
 */
import { describe, expect, it } from 'vitest';
import {
  drive,
  isUsbStickWritten,
  liveControls,
  MemoryFlashStore,
  rules,
  STORAGE,
  type RecorderEmitted,
  type UsbStick,
} from '../../../firmware';
import { FAST, initializedRecorder, logIn, STATE } from '../support';
import { flashOf, openMenu, STORAGE_PATHS, STORAGE_STATE, eventLog, withoutSessionLog } from '../storageSupport';

const EMPTY_STICK: UsbStick = { label: 'KINGSTON', capacityMb: 64_000, files: [] };
const TINY_STICK: UsbStick = { label: 'TINY', capacityMb: 100, files: [] };

const valueOn = (model: unknown, label: string): string | undefined =>
  new RegExp(`"label":"${label}","value":"([^"]*)"`).exec(JSON.stringify(model))?.[1];

describe('P13: back up recordings to USB', () => {
  it('asks for a stick, refuses a stick that is too small, then backs up with progress and writes the stick', async () => {
    const emitted: RecorderEmitted[] = [];
    let driver = openMenu(logIn(initializedRecorder()), STORAGE_PATHS.LNR6108.backup)
      .click('Start Backup')
      .expectAlert('Insert a USB stick to back up recordings.')
      .send({ type: 'USB_INSERT', stick: TINY_STICK })
      .click('Start Backup')
      .expectAlert(/^Not enough space on the USB stick: the backup needs \d+ MB, 100 MB free\.$/)
      .send({ type: 'USB_INSERT', stick: EMPTY_STICK })
      .expectValue('USB Device', 'KINGSTON');
    await driver;
    driver.recorder.actor.on('usbStickWritten', (event) => {
      if (isUsbStickWritten(event)) emitted.push(event);
    });
    const sizeText = valueOn(driver.recorder.osdModel(), 'Backup Size');
    driver = driver
      .click('Start Backup')
      .expectIn(STORAGE_STATE.backupRunning)
      .expectAlert(null)
      .wait(60_000)
      .check((model) => expect(JSON.stringify(model)).toMatch(/"label":"Backing up","percent":([1-9]\d?)\b/));
    await driver;
    const task = driver.recorder.snapshot().context.storageTask!;
    expect(emitted).toEqual([]);
    driver = driver.wait(task.durationMs).expectIn(STATE.menu);
    await driver;
    expect(emitted).toHaveLength(1);
    const written = emitted[0]!.stick;
    expect(written.label).toBe('KINGSTON');
    expect(written.files).toEqual([task.file]);
    expect(task.file!.kind).toBe('backup');
    expect(sizeText).toMatch(/GB$/);
    // Duration follows the size at the invented USB rate.
    expect(task.durationMs).toBe(Math.ceil((task.file!.sizeMb / rules.BACKUP_RATE_MB_PER_S) * 1_000));
    const flash = flashOf(driver);
    expect(eventLog(flash).map((entry) => entry.kind)).toEqual(['backup']);
    expect(flash.disk.gaps).toEqual([{ from: task.startedAt, to: task.startedAt + task.durationMs }]);
    expect(driver.recorder.snapshot().context.usbStick).toEqual(written);
  });

  it('pulling the stick out mid-backup fails it with a message and changes nothing', async () => {
    const emitted: RecorderEmitted[] = [];
    const driver = openMenu(logIn(initializedRecorder()), STORAGE_PATHS.LNR6108.backup).send({
      type: 'USB_INSERT',
      stick: EMPTY_STICK,
    });
    await driver;
    driver.recorder.actor.on('usbStickWritten', (event) => {
      if (isUsbStickWritten(event)) emitted.push(event);
    });
    const before = flashOf(driver);
    await driver
      .click('Start Backup')
      .wait(30_000)
      .send({ type: 'USB_REMOVE' })
      .expectIn(STATE.menu)
      .expectAlert('The USB stick was removed: the backup failed. Nothing was saved.')
      .expectValue('USB Device', 'None')
      .wait(3_600_000);
    expect(emitted).toEqual([]);
    expect(withoutSessionLog(flashOf(driver))).toEqual(withoutSessionLog(before));
  });
});

describe('P13: notices on the storage pages', () => {
  it('a refusal stays on its page: another page shows none, and a new stick clears it', async () => {
    await openMenu(logIn(initializedRecorder()), STORAGE_PATHS.LNR6108.backup)
      .click('Start Backup')
      .expectAlert('Insert a USB stick to back up recordings.')
      .click('Settings')
      .click('Storage')
      .expectAlert(null)
      .click('Format HDD')
      .click('Cancel')
      .expectAlert(null)
      .send({ type: 'BACK' })
      .send({ type: 'BACK' })
      .click('Backup')
      .expectAlert('Insert a USB stick to back up recordings.')
      .send({ type: 'USB_INSERT', stick: EMPTY_STICK })
      .expectAlert(null);
  });

  it('another stick put in mid-backup fails the backup like pulling the stick', async () => {
    const driver = openMenu(logIn(initializedRecorder()), STORAGE_PATHS.LNR6108.backup)
      .send({ type: 'USB_INSERT', stick: EMPTY_STICK })
      .click('Start Backup')
      .wait(10_000)
      .send({ type: 'USB_INSERT', stick: TINY_STICK })
      .expectIn(STATE.menu)
      .expectAlert('The USB stick was removed: the backup failed. Nothing was saved.')
      .expectValue('USB Device', 'TINY');
    await driver;
    expect(eventLog(flashOf(driver))).toEqual([]);
  });
});

describe('P13: format the HDD (admin only)', () => {
  it('the admin formats with a confirmation and progress: recordings are erased, settings and users kept', async () => {
    const flashStore = new MemoryFlashStore();
    const driver = openMenu(logIn(initializedRecorder({ ...FAST, flashStore })), STORAGE_PATHS.LNR6108.hdd)
      .expectValue('HDD Capacity', '2.00 TB')
      .expectValue('Oldest Recording', '2026-02-24 07:22:00') // made 2025-12: the 2 TB disk has begun to overwrite
      .click('Format HDD')
      .expectIn(STORAGE_STATE.formatConfirm)
      .click('OK')
      .expectIn(STORAGE_STATE.formatRunning)
      .wait(rules.FORMAT_DURATION_MS / 2)
      .expectIn(STORAGE_STATE.formatRunning)
      .wait(rules.FORMAT_DURATION_MS / 2)
      .expectIn(STATE.menu)
      .expectValue('Used Space', '0 MB')
      .expectValue('Oldest Recording', 'None')
      .wait(3_600_000)
      .expectValue('Oldest Recording', '2026-03-02 09:00:35')
      .expectValue('Recording', 'On, 8 channels');
    await driver;
    const flash = flashOf(driver);
    expect(flash.disk).toEqual({ recordingSince: Date.UTC(2026, 2, 2, 9, 0, 35), gaps: [] });
    expect(eventLog(flash).map((entry) => [entry.kind, entry.user])).toEqual([['format', 'admin']]);
    expect(flash.users).toHaveLength(1);
    expect(flashStore.written).toEqual(flash);
  });

  it('shows Format HDD disabled outside the admin group, and refuses a click arriving anyway', async () => {
    const driver = openMenu(logIn(drive({ ...FAST, modelId: 'LNR440' }).boot(), '000000', 'default'), [
      'Setting',
      'System',
      'HDD',
    ])
      .check((model) => expect(liveControls(model).find((c) => c.label === 'Format HDD')?.enabled).toBe(false))
      .send({ type: 'ACTIVATE', control: STORAGE.formatHdd })
      .expectIn(STATE.menu)
      .expectAlert('Only a user of the admin group can format the HDD.');
    await driver;
    expect(flashOf(driver).disk.recordingSince).toBeNull();
  });

  it('a power cut during the format changes nothing; Cancel changes nothing', async () => {
    const driver = openMenu(logIn(initializedRecorder()), STORAGE_PATHS.LNR6108.hdd)
      .click('Format HDD')
      .click('Cancel')
      .expectIn(STATE.menu)
      .click('Format HDD')
      .click('OK')
      .wait(10_000);
    await driver;
    const before = flashOf(driver);
    await driver.powerOff().boot().expectIn(STATE.liveView);
    expect(withoutSessionLog(flashOf(driver))).toEqual(withoutSessionLog(before));
    expect(before.disk.recordingSince).toBeNull();
  });
});
