/**
 * Restoring a stored flash (docs/architecture.md#persistence): key by key; a current-version flash that lacks a key, or an initialized one
 * without its admin account, is refused naming the key (never repaired into a locked or blank recorder); a present
 * but invalid key refuses the whole flash naming the key; migrations bring a version 1 flash to version 2, giving
 * the keys version 2 added their defaults.
 */
import { describe, expect, it } from 'vitest';
import {
  emptyFlash,
  FLASH_SCHEMA_VERSION,
  formatDeviceDateTime,
  migrateFlash,
  restoreFlash,
  rules,
  type Flash,
} from '../../../firmware';
import { deviceTime } from '../../../firmware/domain/deviceTime';
import { FLASH_KEYS, fullFlash } from './fullFlash';

const { CLOCK_OFFSET_MAX_MS } = rules;

const FIRMWARE = 'V4.0.21.LX.250912';

/** The keys of a version 1 flash, and those version 2 added. */
const VERSION_1_KEYS = ['initialized', 'users', 'clockOffsetMs', 'defaultPasswordInUse', 'randomSeed'] as const;
const VERSION_2_KEYS = FLASH_KEYS.filter((key) => !(VERSION_1_KEYS as readonly string[]).includes(key));

/** A value of the wrong shape for each key. */
const INVALID: Readonly<Record<(typeof FLASH_KEYS)[number], unknown>> = {
  initialized: 'yes',
  users: [{ name: 'admin', group: 'root', password: null }],
  clockOffsetMs: 1.5,
  defaultPasswordInUse: 0,
  randomSeed: 'seed',
  securityQuestions: [{ question: 'Pet?', answer: 'Rex' }],
  systemLog: [{ at: 'yesterday', kind: 'login', user: null, detail: '' }],
  settings: { resolution: '640x480', recording: true },
  network: { dhcp: false, ipAddress: 'localhost' },
  channels: [{ name: 'CH1', credential: 'plain-password', cameraSerial: null }],
  firmware: { version: 'V1', upgradeInProgress: 'maybe' },
  disk: { recordingSince: null, gaps: [{ from: 0 }] },
};

describe('restoring onto the defaults, key by key', () => {
  it('restores a full flash exactly', async () => {
    const flash = await fullFlash();
    expect(restoreFlash(JSON.parse(JSON.stringify(flash)), FIRMWARE)).toEqual({ ok: true, flash });
  });

  it.each(FLASH_KEYS)('a current-version flash without %s is refused naming it, and left as it was', async (key) => {
    const stored: Record<string, unknown> = JSON.parse(JSON.stringify(await fullFlash()));
    delete stored[key];
    const before = JSON.stringify(stored);
    expect(restoreFlash(stored, FIRMWARE)).toEqual({
      ok: false,
      problem: expect.stringMatching(new RegExp(`^flash\\.${key}: missing`)),
    });
    expect(JSON.stringify(stored)).toBe(before);
  });

  it.each(VERSION_2_KEYS)('a version 1 flash without %s (version 2 added it) takes its default', async (key) => {
    const flash = await fullFlash();
    const stored: Record<string, unknown> = { ...JSON.parse(JSON.stringify(flash)), schemaVersion: 1 };
    delete stored[key];
    const result = restoreFlash(stored, FIRMWARE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.flash[key]).toEqual(emptyFlash(FIRMWARE)[key]);
    for (const other of FLASH_KEYS.filter((k) => k !== key)) expect(result.flash[other]).toEqual(flash[other]);
  });

  it.each(VERSION_1_KEYS)('a version 1 flash without %s (version 1 had it) is refused naming it', async (key) => {
    const stored: Record<string, unknown> = { ...JSON.parse(JSON.stringify(await fullFlash())), schemaVersion: 1 };
    delete stored[key];
    expect(restoreFlash(stored, FIRMWARE)).toEqual({
      ok: false,
      problem: expect.stringMatching(new RegExp(`^flash\\.${key}: missing`)),
    });
  });

  it.each([
    ['no users', () => []],
    ['only a user-group account', (users: Flash['users']) => users.map((user) => ({ ...user, group: 'user' }))],
    ['no account named admin', (users: Flash['users']) => users.map((user) => ({ ...user, name: 'owner' }))],
  ])('an initialized flash with %s is refused naming the users', async (_name, change) => {
    const flash = await fullFlash();
    const result = restoreFlash({ ...flash, users: change(flash.users) }, FIRMWARE);
    expect(result).toEqual({ ok: false, problem: expect.stringMatching(/^flash\.users: .*no admin account/) });
  });

  it('a blank (not initialized) flash without users is valid', () => {
    expect(restoreFlash(emptyFlash(FIRMWARE), FIRMWARE)).toEqual({ ok: true, flash: emptyFlash(FIRMWARE) });
  });

  it.each(FLASH_KEYS)('an invalid %s refuses the whole flash with a message naming it', async (key) => {
    const flash = await fullFlash();
    const result = restoreFlash({ ...flash, [key]: INVALID[key] }, FIRMWARE);
    expect(result).toEqual({ ok: false, problem: expect.stringMatching(new RegExp(`^flash\\.${key}\\b`)) });
    // The message says why in words, never zod's bare "Invalid input".
    expect(result.ok ? '' : result.problem).not.toMatch(/Invalid input/);
  });

  it.each([
    ['initialized', 'yes', 'flash.initialized: must be true or false, not text'],
    ['clockOffsetMs', 1.5, 'flash.clockOffsetMs: must be a whole number, not 1.5'],
    ['users', [{ name: 'ad min', group: 'admin' }], 'flash.users.0.name: only letters, digits, _, @ and .'],
    ['users', [{ name: 'admin', group: 'root' }], 'flash.users.0.group: must be one of "admin", "user"'],
    ['network', { dhcp: true }, 'flash.network.ipAddress: missing'],
    ['settings', { resolution: '640x480', recording: true }, 'flash.settings.resolution: must be one of'],
    [
      'channels',
      [{ name: 'Front\ndoor', credential: null, cameraSerial: null }],
      'flash.channels.0.name: must not hold control characters',
    ],
    [
      'systemLog',
      [{ at: 8.64e15, kind: 'boot', user: null, detail: '' }],
      'flash.systemLog.0.at: must be a time between 1900-01-01 and 2200-01-01',
    ],
  ])('says why a %s of %j is refused', async (key, value, problem) => {
    const result = restoreFlash({ ...(await fullFlash()), [key]: value }, FIRMWARE);
    expect(result.ok ? '' : result.problem).toContain(problem);
  });

  it.each([
    ['a string', 'flash', /flash: not an object/],
    ['null', null, /flash: not an object/],
    ['an array', [], /flash: not an object/],
    ['no version', { initialized: true }, /schemaVersion: missing or invalid/],
    ['version 0', { schemaVersion: 0 }, /schemaVersion: missing or invalid/],
    ['a fractional version', { schemaVersion: 1.5 }, /schemaVersion: missing or invalid/],
    ['a newer version', { schemaVersion: FLASH_SCHEMA_VERSION + 1 }, /newer than this firmware reads/],
  ])('refuses %s', (_name, raw, problem) => {
    const result = restoreFlash(raw, FIRMWARE);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toMatch(problem);
  });

  it.each([
    ['a clock offset of 8.64e15 ms', { clockOffsetMs: 8.64e15 }, /^flash\.clockOffsetMs\b/],
    ['a clock offset of -8.64e15 ms', { clockOffsetMs: -8.64e15 }, /^flash\.clockOffsetMs\b/],
    ['a clock offset past the limit', { clockOffsetMs: CLOCK_OFFSET_MAX_MS + 1 }, /^flash\.clockOffsetMs\b/],
  ])('refuses %s (the System Date would read NaN)', async (_name, change, problem) => {
    const result = restoreFlash({ ...(await fullFlash()), ...change }, FIRMWARE);
    expect(result.ok ? '' : result.problem).toMatch(problem);
  });

  it('keeps a clock offset at the limit, and the System Date it gives is a date', async () => {
    const result = restoreFlash({ ...(await fullFlash()), clockOffsetMs: -CLOCK_OFFSET_MAX_MS }, FIRMWARE);
    expect(result.ok).toBe(true);
    expect(formatDeviceDateTime(deviceTime(rules.STORED_TIME_MAX_MS, -CLOCK_OFFSET_MAX_MS))).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/,
    );
  });

  it('refuses a log entry dated 8.64e15 ms', async () => {
    const flash = await fullFlash();
    const systemLog = [...flash.systemLog, { at: 8.64e15, kind: 'login', user: null, detail: '' }];
    const result = restoreFlash({ ...flash, systemLog }, FIRMWARE);
    expect(result.ok ? '' : result.problem).toMatch(new RegExp(`^flash\\.systemLog\\.${flash.systemLog.length}\\.at`));
  });

  it('refuses a log entry of a kind the firmware does not know', async () => {
    const flash = await fullFlash();
    const systemLog = [...flash.systemLog, { at: 0, kind: 'selfDestruct', user: null, detail: '' }];
    const result = restoreFlash({ ...flash, systemLog }, FIRMWARE);
    expect(result.ok ? '' : result.problem).toMatch(
      new RegExp(`^flash\\.systemLog\\.${flash.systemLog.length}\\.kind`),
    );
  });

  it('does not change the stored object it reads', async () => {
    const stored = JSON.parse(JSON.stringify(await fullFlash())) as Record<string, unknown>;
    const before = JSON.stringify(stored);
    restoreFlash({ ...stored, network: INVALID.network }, FIRMWARE);
    restoreFlash(stored, FIRMWARE);
    expect(JSON.stringify(stored)).toBe(before);
  });
});

describe('migrations', () => {
  it('a version 1 flash (users, clock offset, salt state) becomes version 2 with blank new keys', async () => {
    const current = await fullFlash();
    const version1 = {
      schemaVersion: 1,
      initialized: true,
      users: current.users,
      clockOffsetMs: -7_200_000,
      defaultPasswordInUse: false,
      randomSeed: 12345,
    };
    const result = restoreFlash(version1, FIRMWARE);
    expect(result).toEqual({
      ok: true,
      flash: { ...emptyFlash(FIRMWARE), ...version1, schemaVersion: FLASH_SCHEMA_VERSION },
    });
  });

  it('a version 1 flash with an invalid user is refused after migrating, naming the key', () => {
    const result = restoreFlash({ schemaVersion: 1, initialized: true, users: [{ name: '' }] }, FIRMWARE);
    expect(result.ok ? '' : result.problem).toMatch(/^flash\.users/);
  });

  it('runs each step in order and stamps each version', () => {
    const seen: number[] = [];
    const steps = {
      1: (flash: Record<string, unknown>) => (seen.push(flash.schemaVersion as number), { ...flash, a: 1 }),
      2: (flash: Record<string, unknown>) => (seen.push(flash.schemaVersion as number), { ...flash, b: flash.a }),
    };
    expect(migrateFlash({ schemaVersion: 1 }, steps, 3)).toEqual({ schemaVersion: 3, a: 1, b: 1 });
    expect(seen).toEqual([1, 2]);
  });

  it('refuses a version it has no step for', () => {
    expect(() => migrateFlash({ schemaVersion: 1 }, {}, 2)).toThrow('flash.schemaVersion: no migration from 1');
  });

  it('has a step for every version below the current one', () => {
    for (let version = 1; version < FLASH_SCHEMA_VERSION; version++) {
      expect(migrateFlash({ schemaVersion: version }).schemaVersion).toBe(FLASH_SCHEMA_VERSION);
    }
  });
});
