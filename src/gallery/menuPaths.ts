/**
 * Paths through a family's menu tree (data from firmware/catalogue/menuTrees.ts) as the labels a person clicks, so
 * one scene list walks every family's tree: the same screen is reached by Settings > System > Account > User on one
 * recorder and by Users > User on another.
 */
import type { Profile } from '../../firmware';

type MenuBranch = Profile['menu'];
type MenuNode = MenuBranch['children'][number];

/** A page (by its page id) or an action item (by its action id). */
export type MenuTarget = { readonly page: string } | { readonly action: string };

const matches = (node: MenuNode, target: MenuTarget): boolean =>
  'page' in target
    ? node.kind === 'page' && node.page === target.page
    : node.kind === 'action' && node.action === target.action;

/** The labels from the Main Menu to the first node that is `target`, depth first; throws when the tree has none. */
export function menuLabelPath(root: MenuBranch, target: MenuTarget): string[] {
  const search = (branch: MenuBranch): string[] | null => {
    for (const child of branch.children) {
      if (matches(child, target)) return [child.label];
      if (child.kind === 'branch') {
        const rest = search(child);
        if (rest) return [child.label, ...rest];
      }
    }
    return null;
  };
  const path = search(root);
  if (!path) throw new Error(`The menu "${root.label}" has no ${JSON.stringify(target)}.`);
  return path;
}

/** The label paths of every branch below the Main Menu (each opens a menu window listing its items). */
export function menuBranchPaths(root: MenuBranch): string[][] {
  const paths: string[][] = [];
  const walk = (branch: MenuBranch, above: string[]) => {
    for (const child of branch.children) {
      if (child.kind !== 'branch') continue;
      const path = [...above, child.label];
      paths.push(path);
      walk(child, path);
    }
  };
  walk(root, []);
  return paths;
}
