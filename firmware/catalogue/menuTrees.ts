/**
 * The Main Menu of each recorder family, as data. The path to the user list follows docs/reset-paths.md#families and its sources;
 * the other items are there so the menus look like a real recorder's and are greyed out ("unavailable") until
 * the simulator models them. Item lists beyond the documented path are *invented* (no source lists them all).
 */
import { action, branch, page, unavailable, type MenuBranch } from '../domain/menuTree';

const shutdown = action('shutdown', 'Shutdown', 'shutdown');
const restoreDefault = action('default', 'Default', 'default');
const factoryDefault = action('factoryDefault', 'Factory Default', 'factoryDefault');
const upgrade = page('upgrade', 'Upgrade', 'upgrade');
const systemInfo = page('systemInfo', 'System Info', 'systemInfo');
const log = page('log', 'Log', 'systemLog');

/**
 * Page buttons never repeat a menu item's label (the Upgrade page's button is "Start Upgrade"), so every accessible
 * name on screen names one control.
 */

/** Lorex Cloud (LNR600 style). Path: Main Menu > Settings > System > Account > User. Source: seed 001, KB-Cloud. */
export const CLOUD_MENU: MenuBranch = branch('root', 'Main Menu', [
  unavailable('search', 'Search'),
  page('backup', 'Backup', 'backup'),
  branch('info', 'Info', [systemInfo, log]),
  branch('settings', 'Settings', [
    page('camera', 'Camera', 'cameras'),
    unavailable('network', 'Network'),
    unavailable('event', 'Event'),
    page('storage', 'Storage', 'hdd'),
    branch('system', 'System', [
      page('general', 'General', 'dateTime'),
      page('display', 'Display', 'display'),
      branch('account', 'Account', [page('user', 'User', 'userList'), unavailable('group', 'Group')]),
      restoreDefault,
      factoryDefault,
      upgrade,
    ]),
  ]),
  shutdown,
]);

/** Lorex Home (N841 era). Path: Main Menu > System > Account > User. Source: KB-Home, MAN-N841. */
export const HOME_MENU: MenuBranch = branch('root', 'Main Menu', [
  page('display', 'Display', 'display'),
  page('camera', 'Camera', 'cameras'),
  branch('information', 'Information', [systemInfo, log]),
  unavailable('network', 'Network'),
  branch('storage', 'Storage', [page('hdd', 'HDD', 'hdd'), page('backup', 'Backup', 'backup')]),
  branch('system', 'System', [
    page('general', 'General', 'dateTime'),
    branch('account', 'Account', [page('user', 'User', 'userList'), unavailable('group', 'Group')]),
    restoreDefault,
    factoryDefault,
    upgrade,
  ]),
  shutdown,
]);

/** Lorex App, new local UI. Path: Main Menu > Users > User. Source: KB-App-new, KB-App-chg. */
export const APP_MENU: MenuBranch = branch('root', 'Main Menu', [
  page('display', 'Display', 'display'),
  page('camera', 'Camera', 'cameras'),
  unavailable('recording', 'Recording'),
  unavailable('network', 'Network'),
  branch('users', 'Users', [page('user', 'User', 'userList'), unavailable('group', 'Group')]),
  branch('storage', 'Storage', [page('hdd', 'HDD', 'hdd'), page('backup', 'Backup', 'backup')]),
  branch('system', 'System', [
    systemInfo,
    log,
    page('dateTime', 'Date & Time', 'dateTime'),
    restoreDefault,
    factoryDefault,
    upgrade,
  ]),
  shutdown,
]);

/** Legacy LNR400 / NR800. Path: Main Menu > Setting > Account. Source: MAN-LNR400, MAN-NR800. */
export const LEGACY_MENU: MenuBranch = branch('root', 'Main Menu', [
  unavailable('search', 'Search'),
  page('backup', 'Backup', 'backup'),
  branch('setting', 'Setting', [
    page('display', 'Display', 'display'),
    page('camera', 'Camera', 'cameras'),
    unavailable('recording', 'Recording'),
    unavailable('network', 'Network'),
    page('account', 'Account', 'userList'),
    branch('system', 'System', [
      page('dateTime', 'Date/Time', 'dateTime'),
      page('hdd', 'HDD', 'hdd'),
      systemInfo,
      log,
      restoreDefault,
      factoryDefault,
      upgrade,
    ]),
  ]),
  shutdown,
]);

/** Lorex Connect (N831). Path: Main Menu > System > User. *invented* (no source documents the path). */
export const CONNECT_MENU: MenuBranch = branch('root', 'Main Menu', [
  page('display', 'Display', 'display'),
  page('camera', 'Camera', 'cameras'),
  unavailable('network', 'Network'),
  branch('storage', 'Storage', [page('hdd', 'HDD', 'hdd'), page('backup', 'Backup', 'backup')]),
  branch('system', 'System', [
    page('general', 'General', 'dateTime'),
    page('user', 'User', 'userList'),
    systemInfo,
    log,
    restoreDefault,
    factoryDefault,
    upgrade,
  ]),
  shutdown,
]);
