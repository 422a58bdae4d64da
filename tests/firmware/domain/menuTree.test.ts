import { describe, expect, it } from 'vitest';
import { PROFILES, type ProfileId } from '../../../firmware';
import { findPathToPage, hasUniqueSiblingIds, nodeAtPath, nodesAlongPath } from '../../../firmware/domain/menuTree';

/** docs/reset-paths.md#families: the path to the admin password, per family (below the Main Menu). */
const SPEC_PATHS: Record<ProfileId, string[]> = {
  legacy: ['Setting', 'Account'],
  cloud: ['Settings', 'System', 'Account', 'User'],
  home: ['System', 'Account', 'User'],
  app: ['Users', 'User'],
  connect: ['System', 'User'],
};

describe.each(Object.values(PROFILES))('the $id menu tree', (profile) => {
  it('leads to the user list along the path of docs/reset-paths.md#families', () => {
    const path = findPathToPage(profile.menu, 'userList');
    expect(path).not.toBeNull();
    expect(nodesAlongPath(profile.menu, path ?? [])?.map((node) => node.label)).toEqual(SPEC_PATHS[profile.id]);
  });

  it('names every node uniquely among its siblings and offers Shutdown at the top', () => {
    expect(hasUniqueSiblingIds(profile.menu)).toBe(true);
    expect(profile.menu.children.some((node) => node.kind === 'action' && node.label === 'Shutdown')).toBe(true);
  });
});

it('returns null for a path that leaves the tree', () => {
  const menu = PROFILES.cloud.menu;
  expect(nodeAtPath(menu, ['settings', 'nowhere'])).toBeNull();
  expect(nodeAtPath(menu, ['shutdown', 'below'])).toBeNull();
  expect(nodeAtPath(menu, [])).toBe(menu);
});
