/**
 * The world's USB stick through a running session (docs/architecture.md#persistence, P12, P13): putting it in and pulling it out is stored,
 * the stick in the port at the next power-up is given to the recorder, and what a backup writes onto it is kept.
 */
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { MemoryFlashStore, RecorderDriver, snapshotToOsdModel, type HeadlessRecorder } from '../../firmware';
import { newWorldRecord } from '../../src/session/newWorld';
import type { WorldSession } from '../../src/session/worldSession';
import { useSessions } from './support/session';

const PASSWORD = 'Abc12345';
const { repository, start, storedWorld, eventually } = useSessions();

/** The firmware test driver on the session's own actor and clock. */
function driverOf(session: WorldSession): RecorderDriver {
  const recorder: HeadlessRecorder = {
    actor: session.actor,
    clock: session.clock,
    flashStore: new MemoryFlashStore(),
    send: (event) => session.send(event),
    advance: (ms) => session.clock.advance(ms),
    settle: () => waitFor(session.actor, (snapshot) => !snapshot.hasTag('busy'), { timeout: 30_000 }),
    snapshot: () => session.actor.getSnapshot(),
    osdModel: () => snapshotToOsdModel(session.actor.getSnapshot()),
    stop: () => session.dispose(),
  };
  return new RecorderDriver(recorder);
}

describe("the world's USB stick in a session", () => {
  it('starts out of the port; putting it in and pulling it out is stored and survives a power cut', async () => {
    const world = await newWorldRecord({
      id: 'w1',
      modelId: 'LNR6108',
      seed: 3,
      startTime: Date.UTC(2026, 2, 2),
      createdAt: 1,
    });
    await repository().create(world);
    const first = start(world);
    expect(first.actor.getSnapshot().context.usbStick).toBeNull();
    first.setUsbInserted(true);
    expect(first.actor.getSnapshot().context.usbStick).toEqual(world.usb.stick);
    await eventually('w1', (stored) => stored.usb.inserted);
    first.dispose();

    const second = start(await storedWorld('w1'));
    expect(second.actor.getSnapshot().context.usbStick).toEqual(world.usb.stick);
    second.setUsbInserted(false);
    expect(second.actor.getSnapshot().context.usbStick).toBeNull();
    await eventually('w1', (stored) => !stored.usb.inserted);
    second.dispose();

    const third = start(await storedWorld('w1'));
    expect(third.actor.getSnapshot().context.usbStick).toBeNull();
    expect(third.usb).toEqual({ inserted: false, stick: world.usb.stick });
  });

  it('keeps the backup file the recorder writes onto the stick, and the stick has it at the next power-up', async () => {
    const world = await newWorldRecord({
      id: 'w2',
      modelId: 'LNR6108',
      seed: 5,
      startTime: Date.UTC(2026, 2, 2),
      createdAt: 1,
    });
    await repository().create(world);
    const session = start(world);
    const driver = driverOf(session)
      .wait(session.actor.getSnapshot().context.bootDurationMs)
      .fill('Password', PASSWORD)
      .fill('Confirm Password', PASSWORD)
      .click('Next')
      .click('Finish')
      .wait(3_600_000) // an hour of recordings to back up
      .rightClick()
      .click('Main Menu')
      .fill('User Name', 'admin')
      .fill('Password', PASSWORD)
      .click('OK')
      .click('Backup');
    await driver;
    session.setUsbInserted(true);
    await driver.click('Start Backup');
    const task = session.actor.getSnapshot().context.storageTask;
    expect(task?.kind).toBe('backup');
    await driver.wait(task!.durationMs);
    const stored = await eventually('w2', (candidate) => candidate.usb.stick.files.length === 2);
    expect(stored.usb.inserted).toBe(true);
    expect(stored.usb.stick.files).toEqual([...world.usb.stick.files, task!.file]);
    expect(session.usb).toEqual(stored.usb);
    session.dispose();

    const next = start(await storedWorld('w2'));
    expect(next.actor.getSnapshot().context.usbStick?.files).toEqual(stored.usb.stick.files);
  });
});
