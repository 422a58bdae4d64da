/**
 * The Quick Menu and the Main Menu's navigation: the open node is data (context.menuPath) walked through the
 * profile's menu tree, so every family shares these rules.
 */
import type { MenuPageId } from '../../../domain/menuTree';
import { menuNodeOf, QUICK_MENU } from '../../../controls/controlIds';
import { guard, update, type MachineArgs } from '../../kit';
import { displayedBranchPath, displayedMenuItem, openMenuPage } from '../../logic';

/** The menu item an ACTIVATE is for, if it is one of the items on screen. */
function activatedMenuItem({ context, event }: MachineArgs) {
  if (event.type !== 'ACTIVATE') return undefined;
  const nodeId = menuNodeOf(event.control);
  return nodeId === null ? undefined : displayedMenuItem(context, nodeId);
}

export const menuGuards = {
  isOpenableMenuItem: guard((args) => {
    const node = activatedMenuItem(args);
    return node?.kind === 'branch' || node?.kind === 'page';
  }),
  isShutdownMenuItem: guard((args) => {
    const node = activatedMenuItem(args);
    return node?.kind === 'action' && node.action === 'shutdown';
  }),
  isAtMainMenu: guard(({ context }) => context.menuPath.length === 0),
  /** The menu page `page` is open (its controls are on screen). */
  isPageOpen: guard<{ page: MenuPageId }>(({ context }, params) => openMenuPage(context)?.page === params.page),
};

export const menuActions = {
  /** From the keyboard's context-menu key, the first item is highlighted (Enter opens it); from the mouse, none. */
  openQuickMenu: update(({ event }) =>
    event.type === 'CONTEXT_MENU'
      ? { quickMenuOrigin: { x: event.x, y: event.y }, ...(event.keyboard ? { focus: QUICK_MENU.mainMenu } : {}) }
      : {},
  ),
  resetMenuPath: update(() => ({ menuPath: [] })),
  openMenuItem: update(({ context, event }) => {
    const nodeId = event.type === 'ACTIVATE' ? menuNodeOf(event.control) : null;
    return nodeId === null ? {} : { menuPath: [...displayedBranchPath(context), nodeId], focus: null };
  }),
  closeMenuLevel: update(({ context }) => ({ menuPath: context.menuPath.slice(0, -1), focus: null })),
};
