/**
 * Determinism over a long scripted session (initialization, logins, failures, a lockout, a password change, power
 * cycles, time passing): the same seed and events give, step by step, identical snapshots (state value and the
 * whole context) and identical bytes written to flash, in two independent runs.
 */
import { expect, it } from 'vitest';
import { createHeadlessRecorder, type Flash, type FlashStore } from '../../../firmware';
import { RecorderDriver } from '../../../firmware/headless/recorderDriver';
import { STATE } from '../support';
import { fillAdminPasswordChange } from '../api/walks';

const FIRST = 'Camera2026';
const SECOND = 'Lorex#2027';
const WRONG = 'Wrong#Pass1';
const LOCK_MS = 30 * 60_000;

interface Trace {
  /** Every snapshot the actor emitted, serialized (value + context). */
  readonly snapshots: string[];
  /** Every flash write, as the bytes stored. */
  readonly writes: string[];
}

function login(driver: RecorderDriver, password: string): RecorderDriver {
  return driver.rightClick().click('Main Menu').fill('User Name', 'admin').fill('Password', password).click('OK');
}

async function session(seed: number): Promise<Trace> {
  const trace: Trace = { snapshots: [], writes: [] };
  const flashStore: FlashStore = {
    write: async (flash: Flash) => void trace.writes.push(JSON.stringify(flash)),
  };
  const recorder = createHeadlessRecorder({ modelId: 'LNR6108', seed, pbkdf2Iterations: 1_000, flashStore });
  recorder.actor.subscribe((snapshot) =>
    trace.snapshots.push(JSON.stringify({ value: snapshot.value, context: snapshot.context })),
  );
  let driver = new RecorderDriver(recorder)
    .boot()
    .fill('Password', FIRST)
    .fill('Confirm Password', FIRST)
    .click('Next')
    .click('Finish')
    .expectIn(STATE.liveView);
  driver = login(driver, WRONG)
    .expectAlert(/./)
    .fill('Password', WRONG)
    .click('OK')
    .fill('Password', FIRST)
    .click('OK');
  driver = fillAdminPasswordChange(driver.expectIn(STATE.menu), FIRST, SECOND)
    .click('OK')
    .expectAlert(null)
    .powerOff()
    .wait(3_600_000)
    .boot();
  driver = login(driver, WRONG);
  for (let attempt = 1; attempt < 5; attempt++) driver = driver.fill('Password', WRONG).click('OK');
  driver = driver
    .expectAlert(/locked/)
    .fill('Password', SECOND)
    .click('OK')
    .expectAlert(/locked/)
    .wait(LOCK_MS + 60_000)
    .fill('Password', SECOND)
    .click('OK')
    .expectIn(STATE.menu)
    .powerOff()
    .boot()
    .rightClick({ x: 10, y: 10 })
    .click('Info')
    .wait(90_000);
  await driver;
  recorder.stop();
  return trace;
}

it('gives identical snapshots and flash bytes, step by step, for the same seed and events', async () => {
  const first = await session(2026);
  const second = await session(2026);
  expect(first.writes.length).toBeGreaterThanOrEqual(2);
  expect(first.snapshots.length).toBeGreaterThan(50);
  expect(second.writes).toEqual(first.writes);
  expect(second.snapshots.length).toBe(first.snapshots.length);
  second.snapshots.forEach((snapshot, index) =>
    expect({ index, snapshot }).toEqual({ index, snapshot: first.snapshots[index] }),
  );
});

it('another seed writes other salts (the comparison above can fail)', async () => {
  const [a, b] = [await session(2026), await session(2027)];
  expect(b.writes.at(-1)).not.toBe(a.writes.at(-1));
});
