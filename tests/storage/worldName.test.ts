/** Names of stored worlds: checked when typed, unique defaults, and the list line that tells worlds apart. */
import { describe, expect, it } from 'vitest';
import {
  checkWorldName,
  defaultWorldName,
  uniqueWorldName,
  WORLD_NAME_MAX_CHARS,
  worldListing,
} from '../../src/storage/worldName';

describe('a typed world name', () => {
  it('is trimmed and accepted', () => {
    expect(checkWorldName('  Lockout drill  ')).toEqual({ ok: true, name: 'Lockout drill' });
    expect(checkWorldName('x'.repeat(WORLD_NAME_MAX_CHARS))).toMatchObject({ ok: true });
  });

  it.each([
    ['empty', '   ', /must not be empty/],
    ['too long', 'x'.repeat(WORLD_NAME_MAX_CHARS + 1), /at most 60 characters/],
    ['with a line break', 'a\nb', /control characters/],
    ['with a bidirectional override', 'gpj\u202e.exe', /control characters/],
  ])('is refused when %s, saying why', (_case, typed, why) => {
    const checked = checkWorldName(typed);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problem).toMatch(why);
  });
});

describe('default and unique names', () => {
  it('numbers new worlds of a model', () => {
    expect(defaultWorldName('LNR6108', [])).toBe('LNR6108 #1');
    expect(defaultWorldName('LNR6108', ['LNR6108 #1', 'N841A81 #2'])).toBe('LNR6108 #2');
  });

  it('gives an imported name a number when it is taken, within the length limit', () => {
    expect(uniqueWorldName('Drill', [])).toBe('Drill');
    expect(uniqueWorldName('Drill', ['Drill', 'Drill (2)'])).toBe('Drill (3)');
    const long = 'x'.repeat(WORLD_NAME_MAX_CHARS);
    expect(uniqueWorldName(long, [long])).toHaveLength(WORLD_NAME_MAX_CHARS);
    expect(checkWorldName(uniqueWorldName(long, [long])).ok).toBe(true);
  });

  it('lists a world by name, model, simulated time of the last save and creation time', () => {
    const world = {
      name: 'LNR6108 #2',
      createdAt: Date.UTC(2026, 11, 6, 1, 40),
      worldTime: Date.UTC(2026, 2, 3, 9, 5),
      recorder: { modelId: 'LNR6108' },
    };
    expect(worldListing(world)).toBe('LNR6108 #2 (LNR6108; simulated time 2026-03-03 09:05; created 2026-12-06 01:40)');
  });
});
