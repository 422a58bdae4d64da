/** Which world opens at start-up, from the query parameters and what is stored. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { buildPreset } from '../../firmware';
import { chooseWorld, readParameters } from '../../src/bootstrap';
import { DB_NAME, DB_VERSION } from '../../src/storage/worldDb';
import { WorldRepository } from '../../src/storage/worldRepository';
import type { WorldSources } from '../../src/session/worldHost';

let counter = 0;
const sources: WorldSources = {
  newId: () => `world-${++counter}`,
  newSeed: () => 1234,
  wallClock: () => Date.UTC(2026, 10, 21, 12, 30, 15, 500),
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  counter = 0;
});

describe('the query parameters', () => {
  it('reads model, start time and speed', () => {
    expect(readParameters('?model=N841A81&start=2026-03-02T09:00:00Z&speed=0')).toEqual({
      modelId: 'N841A81',
      startTime: Date.UTC(2026, 2, 2, 9),
      speed: 0,
      notices: [],
      scenario: null,
      embed: false,
    });
  });

  it('reads a scenario link (step 1-based, mode), and names the nearest ids for an unknown one', () => {
    const opened = readParameters('?scenario=p11-cloud&step=3&mode=assess&embed');
    expect(opened.scenario).toMatchObject({ step: 2, mode: 'assess', scenario: { id: 'p11-cloud' } });
    expect(opened.embed).toBe(true);
    const unknown = readParameters('?scenario=p2-clod');
    expect(unknown.scenario).toBeNull();
    expect(unknown.notices[0]).toMatch(/^Unknown scenario "p2-clod". Nearest: p2-cloud/);
    const badStep = readParameters('?scenario=p11-cloud&step=9');
    expect(badStep.scenario?.step).toBe(0);
    expect(badStep.notices[0]).toBe(
      'Scenario p11-cloud has steps 1 to 3: step "9" does not exist, so it opens at step 1.',
    );
  });

  it('ignores bad values with a notice naming what is accepted', () => {
    const parameters = readParameters('?model=<script>&start=yesterday&speed=-1');
    expect(parameters).toMatchObject({ modelId: null, startTime: null, speed: 1 });
    expect(parameters.notices.join('\n')).toMatch(/Unknown recorder model "<script>". Available: LNR6108/);
    expect(parameters.notices.join('\n')).toMatch(/Ignored start time/);
    expect(parameters.notices.join('\n')).toMatch(/Ignored speed/);
  });
});

describe('choosing the world at start-up', () => {
  it('creates an LNR6108 world at the current time, to the second, when nothing is stored', async () => {
    const repository = await WorldRepository.open();
    const world = await chooseWorld(repository, readParameters(''), sources, []);
    expect(world).toMatchObject({
      id: 'world-1',
      worldTime: Date.UTC(2026, 10, 21, 12, 30, 15),
      recorder: { modelId: 'LNR6108', powerSwitchOn: true },
    });
    expect(await repository.currentWorldId()).toBe('world-1');
  });

  it('reopens the current world on reload (a reload is a power cut, not a new recorder)', async () => {
    const repository = await WorldRepository.open();
    const first = await chooseWorld(repository, readParameters('?model=LNR6108'), sources, []);
    const again = await chooseWorld(repository, readParameters('?model=LNR6108'), sources, []);
    expect(again.id).toBe(first.id);
  });

  it('opens a world of the requested model, creating one when none exists, and returns to earlier ones', async () => {
    const repository = await WorldRepository.open();
    const cloud = await chooseWorld(repository, readParameters(''), sources, []);
    const home = await chooseWorld(repository, readParameters('?model=N841A81'), sources, []);
    expect(home.recorder.modelId).toBe('N841A81');
    expect(home.id).not.toBe(cloud.id);
    const back = await chooseWorld(repository, readParameters('?model=LNR6108'), sources, []);
    expect(back.id).toBe(cloud.id);
    expect(await repository.currentWorldId()).toBe(cloud.id);
  });

  it('opens a new world for a link with ?start=, even when a world of that model is stored', async () => {
    const repository = await WorldRepository.open();
    const link = readParameters('?model=N841A81&start=2026-03-02T09:00:00Z');
    const first = await chooseWorld(repository, link, sources, []);
    const second = await chooseWorld(repository, link, sources, []);
    expect(second.id).not.toBe(first.id);
    expect(second).toMatchObject({ worldTime: Date.UTC(2026, 2, 2, 9), recorder: { modelId: 'N841A81' } });
    expect(await repository.currentWorldId()).toBe(second.id);
  });

  it('says so when a ?model= link reopens a stored world', async () => {
    const repository = await WorldRepository.open();
    const first = await chooseWorld(repository, readParameters('?model=N841A81'), sources, []);
    const notices: string[] = [];
    const again = await chooseWorld(repository, readParameters('?model=N841A81'), sources, notices);
    expect(again.id).toBe(first.id);
    expect(notices).toEqual([
      expect.stringMatching(/^Reopened your stored N841A81 simulation \(created .*New simulation starts a fresh one/),
    ]);
  });

  it('uses ?start= for a new world', async () => {
    const repository = await WorldRepository.open();
    const world = await chooseWorld(repository, readParameters('?start=2026-03-02T09:00:00Z'), sources, []);
    expect(world.worldTime).toBe(Date.UTC(2026, 2, 2, 9));
  });
});

describe('a stored world whose flash was damaged by hand', () => {
  it('is not opened: the notice names what is damaged and the record stays exactly as it was', async () => {
    const repository = await WorldRepository.open();
    const first = await chooseWorld(repository, readParameters(''), sources, []);
    const { flash } = await buildPreset('initialized', { modelId: 'LNR6108', seed: 3, pbkdf2Iterations: 10 });
    const db = await openDB(DB_NAME, DB_VERSION);
    const raw = (await db.get('worlds', first.id)) as { recorder: { flash: unknown } };
    const { users: _users, ...withoutUsers } = flash;
    await db.put('worlds', { ...raw, recorder: { ...raw.recorder, flash: withoutUsers } });
    const stored = JSON.stringify(await db.get('worlds', first.id));

    const notices: string[] = [];
    const opened = await chooseWorld(repository, readParameters(''), sources, notices);
    expect(opened.id).not.toBe(first.id);
    expect(notices.join('\n')).toMatch(/could not be read and were left as they are.*recorder\.flash\.users: missing/);
    expect(JSON.stringify(await db.get('worlds', first.id))).toBe(stored);
    db.close();
  });
});
