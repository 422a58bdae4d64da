/**
 * The Quick Menu (right click in live view), the Main Menu and the menu windows below it, with their pages.
 */
import { canChangePassword } from '../../domain/users';
import { displayedMenuItems, menuPathLabels, openMenuPage } from '../../machine/logic';
import type { RecorderContext } from '../../machine/types';
import { menuNodeControl, modifyUserControl, QUICK_MENU, USER_LIST } from '../controlIds';
import type { OsdControl, OsdIcon, OsdLayer, OsdMenuPage } from '../osdModel';
import { button, menuItem } from './controls';

export function quickMenuLayer(context: RecorderContext): OsdLayer {
  return {
    kind: 'quickMenu',
    origin: context.quickMenuOrigin,
    items: [
      menuItem(context, QUICK_MENU.mainMenu, 'Main Menu', true),
      // Real quick menus list more; these are not part of the simulation yet.
      menuItem(context, QUICK_MENU.search, 'Search', false),
      menuItem(context, QUICK_MENU.sequence, 'Sequence', false),
      menuItem(context, QUICK_MENU.info, 'Info', true),
    ],
  };
}

/** Icons for Main Menu tiles, by node id; other tiles get a folder. */
const TILE_ICONS: Readonly<Record<string, OsdIcon>> = {
  search: 'search',
  backup: 'backup',
  info: 'info',
  information: 'info',
  settings: 'settings',
  setting: 'settings',
  system: 'settings',
  shutdown: 'shutdown',
  camera: 'camera',
  users: 'user',
};

function menuItemControls(context: RecorderContext): OsdControl[] {
  const selected = context.menuPath[context.menuPath.length - 1];
  return displayedMenuItems(context).map((node) =>
    button(context, menuNodeControl(node.id), node.label, {
      enabled: node.kind !== 'unavailable',
      selected: node.id === selected,
      icon: TILE_ICONS[node.id] ?? 'folder',
    }),
  );
}

function userListPage(context: RecorderContext): OsdMenuPage {
  const operator = context.session?.userName ?? '';
  return {
    kind: 'userList',
    rows: context.flash.users.map((user, index) => ({
      number: index + 1,
      name: user.name,
      group: user.group,
      modify: button(context, modifyUserControl(user.name), `Modify ${user.name}`, {
        enabled: canChangePassword(context.flash, operator, user.name),
        icon: 'pencil',
      }),
    })),
    // Adding users is not part of the simulation yet (P6 will need it).
    addUser: button(context, USER_LIST.addUser, 'Add User', { enabled: false }),
  };
}

/** The Main Menu tiles at the root; a menu window with its items and open page below it. */
export function menuLayer(context: RecorderContext): OsdLayer {
  if (context.menuPath.length === 0) {
    return { kind: 'mainMenu', title: context.profile.menu.label, items: menuItemControls(context) };
  }
  const page = openMenuPage(context);
  return {
    kind: 'menuWindow',
    breadcrumb: menuPathLabels(context.profile.menu, context.menuPath),
    items: menuItemControls(context),
    page: page?.page === 'userList' ? userListPage(context) : null,
  };
}
