/**
 * The Main Menu of each recorder family, as data. The path to the user list follows SPEC §4 and its sources;
 * the other items are there so the menus look like a real recorder's and are greyed out ("unavailable") until
 * the simulator models them. Item lists beyond the documented path are *invented* (no source lists them all).
 */
import { action, branch, page, unavailable, type MenuBranch } from '../domain/menuTree';

const shutdown = action('shutdown', 'Shutdown', 'shutdown');

/** Lorex Cloud (LNR600 style). Path: Main Menu > Settings > System > Account > User. Source: seed 001, KB-Cloud. */
export const CLOUD_MENU: MenuBranch = branch('root', 'Main Menu', [
  unavailable('search', 'Search'),
  unavailable('backup', 'Backup'),
  unavailable('info', 'Info'),
  branch('settings', 'Settings', [
    unavailable('camera', 'Camera'),
    unavailable('network', 'Network'),
    unavailable('event', 'Event'),
    unavailable('storage', 'Storage'),
    branch('system', 'System', [
      unavailable('general', 'General'),
      unavailable('display', 'Display'),
      branch('account', 'Account', [page('user', 'User', 'userList'), unavailable('group', 'Group')]),
      unavailable('default', 'Default'),
      unavailable('upgrade', 'Upgrade'),
    ]),
  ]),
  shutdown,
]);

/** Lorex Home (N841 era). Path: Main Menu > System > Account > User. Source: KB-Home, MAN-N841. */
export const HOME_MENU: MenuBranch = branch('root', 'Main Menu', [
  unavailable('display', 'Display'),
  unavailable('camera', 'Camera'),
  unavailable('information', 'Information'),
  unavailable('network', 'Network'),
  unavailable('storage', 'Storage'),
  branch('system', 'System', [
    unavailable('general', 'General'),
    branch('account', 'Account', [page('user', 'User', 'userList'), unavailable('group', 'Group')]),
    unavailable('default', 'Default'),
    unavailable('upgrade', 'Upgrade'),
  ]),
  shutdown,
]);

/** Lorex App, new local UI. Path: Main Menu > Users > User. Source: KB-App-new, KB-App-chg. */
export const APP_MENU: MenuBranch = branch('root', 'Main Menu', [
  unavailable('display', 'Display'),
  unavailable('recording', 'Recording'),
  unavailable('network', 'Network'),
  branch('users', 'Users', [page('user', 'User', 'userList'), unavailable('group', 'Group')]),
  unavailable('system', 'System'),
  shutdown,
]);

/** Legacy LNR400 / NR800. Path: Main Menu > Setting > Account. Source: MAN-LNR400, MAN-NR800. */
export const LEGACY_MENU: MenuBranch = branch('root', 'Main Menu', [
  unavailable('search', 'Search'),
  unavailable('backup', 'Backup'),
  branch('setting', 'Setting', [
    unavailable('display', 'Display'),
    unavailable('recording', 'Recording'),
    unavailable('network', 'Network'),
    page('account', 'Account', 'userList'),
    unavailable('system', 'System'),
  ]),
  shutdown,
]);

/** Lorex Connect (N831). Path: Main Menu > System > User. *invented* (no source documents the path). */
export const CONNECT_MENU: MenuBranch = branch('root', 'Main Menu', [
  unavailable('display', 'Display'),
  unavailable('camera', 'Camera'),
  unavailable('network', 'Network'),
  branch('system', 'System', [unavailable('general', 'General'), page('user', 'User', 'userList')]),
  shutdown,
]);
