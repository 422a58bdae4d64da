/**
 * Exporting and importing world files through the world host (docs/architecture.md#persistence): a good file becomes a new world and opens;
 * a bad one (not JSON, a newer or missing schema version, an invalid field, too large) is refused whole with a
 * message naming the problem, and nothing changes: no world is stored, the open world stays open.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorldRepository } from '../../src/storage/worldRepository';
import { WORLD_SCHEMA_VERSION } from '../../src/storage/worldRecord';
import { newWorldRecord } from '../../src/session/newWorld';
import { WORLD_FILE_MAX_BYTES } from '../../src/session/worldFile';
import { WorldHost, type WorldSources } from '../../src/session/worldHost';
import { WorldSession } from '../../src/session/worldSession';

let repository: WorldRepository;
let host: WorldHost;
let counter = 0;
const sources: WorldSources = {
  newId: () => `imported-${++counter}`,
  newSeed: () => 77,
  wallClock: () => Date.UTC(2026, 5, 1, 12),
};
const options = { pbkdf2Iterations: 10, speed: 0 };

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  counter = 0;
  repository = await WorldRepository.open();
  const world = await newWorldRecord({
    id: 'original',
    modelId: 'N841A81',
    seed: 5,
    startTime: Date.UTC(2026, 2, 2, 9),
    createdAt: 1_000,
    pbkdf2Iterations: 10,
  });
  await repository.create(world);
  host = new WorldHost(new WorldSession(world, repository, options), repository, sources, options);
});
afterEach(() => {
  host.getSession().dispose();
  repository.close();
});

const size = (text: string) => new TextEncoder().encode(text).length;

describe('exporting and importing a world', () => {
  it('exports what is stored, and the file imports as a new world with the same contents, opened', async () => {
    const session = host.getSession();
    await session.outside.signIn({ email: 'alex@example.com', password: 'Welcome#2026' });
    session.advance(60_000);
    const file = await host.exportWorld();
    expect(file.name).toBe('recorder-simulator-N841A81-2026-03-02.json');
    const exported = JSON.parse(file.text);
    expect(exported).toMatchObject({ id: 'original', schemaVersion: WORLD_SCHEMA_VERSION });
    expect(exported.outside.websiteSession).toEqual({ email: 'alex@example.com' });
    expect(exported.worldTime).toBe(Date.UTC(2026, 2, 2, 9, 1));

    await host.importWorld(file.text, size(file.text));
    const opened = host.getSession().world;
    expect(opened.id).toBe('imported-1');
    // Its name is the file's, made unique among the stored worlds.
    expect(exported.name).toBe('N841A81');
    expect(opened.name).toBe('N841A81 (2)');
    expect({ ...opened, id: 'original', createdAt: 1_000, name: exported.name }).toEqual(exported);
    expect((await host.storedWorlds()).map((world) => world.id)).toEqual(['imported-1', 'original']);
    expect(await repository.currentWorldId()).toBe('imported-1');
    expect(host.getSession().outside.state.websiteSession).toEqual({ email: 'alex@example.com' });
  });

  it('switches between stored worlds with Open simulation', async () => {
    const file = await host.exportWorld();
    await host.importWorld(file.text, size(file.text));
    await host.openWorld('original');
    expect(host.getSession().world.id).toBe('original');
    expect(await repository.currentWorldId()).toBe('original');
  });
});

/** The world file with its recorder's flash changed (undefined values vanish from the JSON: a deleted key). */
const withFlash = (world: Record<string, unknown>, change: (flash: Record<string, unknown>) => unknown) => {
  const recorder = world.recorder as { flash: Record<string, unknown> };
  return { ...world, recorder: { ...recorder, flash: change(recorder.flash) } };
};

/** The world file with one photo in its photo roll. */
const withPhoto = (world: Record<string, unknown>, photo: Record<string, unknown>) => ({
  ...world,
  outside: {
    ...(world.outside as object),
    photos: [
      {
        id: 'photo-1',
        mimeType: 'image/png',
        sizeBytes: 8,
        name: 'photo.png',
        subject: 'other',
        takenAt: Date.UTC(2026, 2, 2, 9),
        dataUrl: 'data:image/png;base64,iVBORw0KGgo=',
        ...photo,
      },
    ],
  },
});
const SCRIPTED_SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';

describe('a bad world file', () => {
  const damaged = async (damage: (world: Record<string, unknown>) => unknown): Promise<string> =>
    JSON.stringify(damage(JSON.parse((await host.exportWorld()).text)));

  it.each<[string, (world: Record<string, unknown>) => unknown, RegExp]>([
    [
      'a newer schema version',
      (w) => ({ ...w, schemaVersion: WORLD_SCHEMA_VERSION + 1 }),
      /newer version of Recorder Simulator/,
    ],
    ['no schema version', (w) => ({ ...w, schemaVersion: undefined }), /no valid schema version/],
    [
      'a bad recorder field',
      (w) => ({ ...w, recorder: { ...(w.recorder as object), modelId: 'XYZ' } }),
      /recorder.modelId/,
    ],
    [
      'a corrupt outside world',
      (w) => ({ ...w, outside: { ...(w.outside as object), mailbox: [{ id: 3 }] } }),
      /outside.mailbox.0/,
    ],
    ['not an object', () => [1, 2, 3], /not an object/],
    [
      'an initialized recorder without users (it could never be opened)',
      (w) => withFlash(w, (flash) => ({ ...flash, initialized: true, users: [] })),
      /recorder\.flash\.users: .*no admin account/,
    ],
    [
      'a flash without its users',
      (w) => withFlash(w, (flash) => ({ ...flash, users: undefined })),
      /flash\.users: missing/,
    ],
    [
      'a flash without initialized',
      (w) => withFlash(w, (flash) => ({ ...flash, initialized: undefined })),
      /recorder\.flash\.initialized: missing/,
    ],
    [
      'a flash without its System Log',
      (w) => withFlash(w, (flash) => ({ ...flash, systemLog: undefined })),
      /recorder\.flash\.systemLog: missing/,
    ],
    ['a world time of 8.64e15 ms', (w) => ({ ...w, worldTime: 8.64e15 }), /worldTime: must be a time between/],
    ['a world time written as text', (w) => ({ ...w, worldTime: 'noon' }), /worldTime: must be a number, not text/],
    ['a world without its seed', (w) => ({ ...w, seed: undefined }), /seed: missing/],
    [
      'a Device ID of the wrong form',
      (w) => ({ ...w, recorder: { ...(w.recorder as { unit: object }), unit: { deviceId: 'abc' } } }),
      /recorder\.unit\.deviceId: must be 15 capital letters and digits/,
    ],
    [
      'a USB stick label with a line break',
      (w) => ({
        ...w,
        usb: { ...(w.usb as { stick: object }), stick: { label: 'USB\nDISK', capacityMb: 8, files: [] } },
      }),
      /usb\.stick\.label: must not hold control characters/,
    ],
    [
      'a photo whose PNG data is a web page',
      (w) => withPhoto(w, { dataUrl: `data:image/png;base64,${Buffer.from('<html><script>').toString('base64')}` }),
      /outside\.photos\.0\.dataUrl: The file is not a PNG image/,
    ],
    [
      'a photo that is an SVG with a script',
      (w) =>
        withPhoto(w, {
          mimeType: 'image/svg+xml',
          dataUrl: `data:image/svg+xml,${encodeURIComponent(SCRIPTED_SVG)}`,
        }),
      /outside\.photos\.0\.dataUrl: This SVG image holds more than shapes and text/,
    ],
    [
      'a photo name with a right-to-left override',
      (w) => withPhoto(w, { name: 'gpj.\u202eexe' }),
      /outside\.photos\.0\.name: must not hold control characters/,
    ],
    ['a world time before 1900', (w) => ({ ...w, worldTime: Date.UTC(1899, 11, 31) }), /worldTime/],
    [
      'a clock offset of 8.64e15 ms (System Date would read NaN)',
      (w) => withFlash(w, (flash) => ({ ...flash, clockOffsetMs: 8.64e15 })),
      /recorder\.flash\.clockOffsetMs/,
    ],
    [
      'a ticket dated 8.64e15 ms',
      (w) => ({ ...w, outside: { ...(w.outside as object), tickets: [{ submittedAt: 8.64e15 }] } }),
      /outside\.tickets/,
    ],
  ])('is refused for %s, changing nothing', async (_case, damage, message) => {
    const text = await damaged(damage);
    const refusal = await host.importWorld(text, size(text)).then(
      () => new Error('imported'),
      (error: unknown) => error as Error,
    );
    expect(refusal.message).toMatch(message);
    // Every refusal says why in words, never zod's bare "Invalid input".
    expect(refusal.message).not.toMatch(/Invalid input/);
    expect(host.getSession().world.id).toBe('original');
    expect((await host.storedWorlds()).map((world) => world.id)).toEqual(['original']);
  });

  it('imports a photo that is a working PNG (the photo refusals above are about the content, not about photos)', async () => {
    const text = await damaged((w) => withPhoto(w, {}));
    await host.importWorld(text, size(text));
    expect(host.getSession().outside.state.photos.map((photo) => photo.name)).toEqual(['photo.png']);
  });

  it('is refused when it is not JSON', async () => {
    await expect(host.importWorld('{"schemaVersion": 3,', 20)).rejects.toThrow(
      'The file is not a simulation file (it is not valid JSON).',
    );
    expect((await host.storedWorlds()).map((world) => world.id)).toEqual(['original']);
  });

  it('is refused when it is too large, before it is read', async () => {
    const file = await host.exportWorld();
    await expect(host.importWorld(file.text, WORLD_FILE_MAX_BYTES + 1)).rejects.toThrow(
      'The file is larger than 64 MB.',
    );
    expect((await host.storedWorlds()).map((world) => world.id)).toEqual(['original']);
  });
});
