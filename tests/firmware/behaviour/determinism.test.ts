/** Same events and seed, same snapshots (the brief's determinism rule), and a different seed, a different unit. */
import { expect, it } from 'vitest';
import { drive } from '../../../firmware';
import { FAST } from '../support';

async function run(seed: number) {
  const driver = drive({ ...FAST, seed })
    .boot()
    .fill('Password', 'Camera2026')
    .fill('Confirm Password', 'Camera2026')
    .click('Next')
    .click('Finish')
    .rightClick({ x: 10, y: 10 })
    .click('Info')
    .wait(90_000);
  await driver;
  return { snapshot: driver.recorder.actor.getPersistedSnapshot(), model: driver.recorder.osdModel() };
}

it('gives identical snapshots and OSD models for the same seed and events', async () => {
  const [first, second] = await Promise.all([run(7), run(7)]);
  expect(JSON.stringify(second.snapshot)).toBe(JSON.stringify(first.snapshot));
  expect(second.model).toEqual(first.model);
});

it('makes a different unit (and salt) from a different seed', async () => {
  const [a, b] = await Promise.all([run(7), run(8)]);
  expect(JSON.stringify(a.model)).not.toBe(JSON.stringify(b.model));
});
