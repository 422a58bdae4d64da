/**
 * The Quick Menu (right click in live view), the Main Menu and the menu windows below it, with their pages.
 */
import type { MenuPageId } from '../../domain/menuTree';
import { canAddUsers, canChangePassword, canDeleteUser } from '../../domain/users';
import { displayedMenuItems, isMenuItemUsable, menuPathLabels, openMenuPage } from '../../machine/logic';
import type { RecorderContext } from '../../machine/types';
import {
  deleteUserControl,
  menuNodeControl,
  modifyUserControl,
  QUICK_MENU,
  USER_LIST,
} from '../../controls/controlIds';
import type { OsdControl, OsdIcon, OsdLayer, OsdMenuPage } from '../osdModel';
import { button, menuItem } from './controls';
import { camerasPage } from './cameraPages';
import { backupPage, hddPage, upgradePage } from './storagePages';
import { dateTimePage, displayPage, systemInfoPage, systemLogPage } from './systemPages';

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
      enabled: isMenuItemUsable(context, node),
      selected: node.id === selected,
      icon: TILE_ICONS[node.id] ?? 'folder',
    }),
  );
}

function userListPage(context: RecorderContext): OsdMenuPage {
  const operator = context.session?.userName ?? '';
  return {
    id: 'userList',
    rows: [],
    table: {
      columns: [
        { title: 'No.', width: 70 },
        { title: 'User Name', width: 280 },
        { title: 'Group', width: 200 },
        { title: 'Modify / Delete', width: 110 },
      ],
      rows: context.flash.users.map((user, index) => ({
        cells: [String(index + 1), user.name, user.group],
        controls: [
          button(context, modifyUserControl(user.name), `Modify ${user.name}`, {
            enabled: canChangePassword(context.flash, operator, user.name),
            icon: 'pencil',
          }),
          button(context, deleteUserControl(user.name), `Delete ${user.name}`, {
            enabled: canDeleteUser(context.flash, operator, user.name),
            icon: 'trash',
          }),
        ],
      })),
    },
    buttons: [button(context, USER_LIST.addUser, 'Add User', { enabled: canAddUsers(context.flash, operator) })],
    alert: null,
  };
}

/**
 * The page each menu page id shows. Features register their page here (one line each), keeping page projection
 * in their own file under view/screens/.
 */
const PAGES: Readonly<Partial<Record<MenuPageId, (context: RecorderContext) => OsdMenuPage>>> = {
  userList: userListPage,
  // Pages of clock and log
  dateTime: dateTimePage,
  systemLog: systemLogPage,
  systemInfo: systemInfoPage,
  display: displayPage,
  // Pages of storage, upgrade and defaults
  hdd: hddPage,
  backup: backupPage,
  upgrade: upgradePage,
  // Pages of cameras
  cameras: camerasPage,
};

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
    page: page ? (PAGES[page.page]?.(context) ?? null) : null,
  };
}
