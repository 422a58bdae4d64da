/**
 * Menu trees as data (docs/reset-paths.md#families: "a profile is data, not code"). One generic menu state in the firmware walks any
 * tree; a family with a different path to the user list is a different tree, not a different machine.
 *
 * Glossary: a *path* is the list of node ids from the Main Menu (the root, not included) to the open node.
 */

/**
 * The pages the firmware can show inside a menu (as the open node of a menu path). Each is projected by a function
 * registered in view/screens/menus.ts (PAGES); a page with none yet shows an empty page area.
 */
export type MenuPageId =
  'userList' | 'systemInfo' | 'systemLog' | 'dateTime' | 'display' | 'cameras' | 'hdd' | 'backup' | 'upgrade';

/** What an action item does instead of opening something: each opens its confirmation dialog. */
export type MenuActionId = 'shutdown' | 'default' | 'factoryDefault';

export type MenuNode =
  | { readonly kind: 'branch'; readonly id: string; readonly label: string; readonly children: readonly MenuNode[] }
  | { readonly kind: 'page'; readonly id: string; readonly label: string; readonly page: MenuPageId }
  | { readonly kind: 'action'; readonly id: string; readonly label: string; readonly action: MenuActionId }
  /** Shown greyed out: part of a real recorder's menu, not (yet) part of this simulation. */
  | { readonly kind: 'unavailable'; readonly id: string; readonly label: string };

export type MenuBranch = Extract<MenuNode, { kind: 'branch' }>;

export const branch = (id: string, label: string, children: readonly MenuNode[]): MenuBranch => ({
  kind: 'branch',
  id,
  label,
  children,
});
export const page = (id: string, label: string, pageId: MenuPageId): MenuNode => ({
  kind: 'page',
  id,
  label,
  page: pageId,
});
export const action = (id: string, label: string, actionId: MenuActionId): MenuNode => ({
  kind: 'action',
  id,
  label,
  action: actionId,
});
export const unavailable = (id: string, label: string): MenuNode => ({ kind: 'unavailable', id, label });

/** The nodes along `path`, starting below the root; null when the path does not exist in the tree. */
export function nodesAlongPath(root: MenuBranch, path: readonly string[]): MenuNode[] | null {
  const nodes: MenuNode[] = [];
  let current: MenuNode = root;
  for (const id of path) {
    if (current.kind !== 'branch') return null;
    const next: MenuNode | undefined = current.children.find((child) => child.id === id);
    if (!next) return null;
    nodes.push(next);
    current = next;
  }
  return nodes;
}

/** The node at the end of `path` (the root for an empty path), or null when the path does not exist. */
export function nodeAtPath(root: MenuBranch, path: readonly string[]): MenuNode | null {
  const nodes = nodesAlongPath(root, path);
  if (!nodes) return null;
  return nodes.length === 0 ? root : (nodes[nodes.length - 1] ?? null);
}

/** The path to the first page with id `pageId`, depth first; null when the tree has none. */
export function findPathToPage(root: MenuBranch, pageId: MenuPageId): string[] | null {
  for (const child of root.children) {
    if (child.kind === 'page' && child.page === pageId) return [child.id];
    if (child.kind === 'branch') {
      const rest = findPathToPage(child, pageId);
      if (rest) return [child.id, ...rest];
    }
  }
  return null;
}

/** Every node id in the tree must be unique among its siblings, so a path names one node. */
export function hasUniqueSiblingIds(root: MenuBranch): boolean {
  const ids = root.children.map((child) => child.id);
  if (new Set(ids).size !== ids.length) return false;
  return root.children.every((child) => child.kind !== 'branch' || hasUniqueSiblingIds(child));
}
