/**
 * Ids of the OSD's controls. The firmware handles ACTIVATE/SET_FIELD events by these ids, the projection puts them
 * in the OsdModel, the OSD lays them out and reports hits with them, and the accessible overlay sends them back.
 */

/** A click on the screen where there is no control (closes the Quick Menu). */
export const BACKGROUND = 'screen.background';

export const QUICK_MENU = {
  mainMenu: 'quickMenu.mainMenu',
  search: 'quickMenu.search',
  sequence: 'quickMenu.sequence',
  info: 'quickMenu.info',
} as const;

export const DEVICE_INIT = {
  password: 'deviceInit.password',
  confirmPassword: 'deviceInit.confirmPassword',
  next: 'deviceInit.next',
  finish: 'deviceInit.finish',
} as const;

export const LOGIN = {
  userName: 'login.userName',
  password: 'login.password',
  ok: 'login.ok',
  cancel: 'login.cancel',
} as const;

export const MODIFY_USER = {
  modifyPassword: 'modifyUser.modifyPassword',
  oldPassword: 'modifyUser.oldPassword',
  newPassword: 'modifyUser.newPassword',
  confirmPassword: 'modifyUser.confirmPassword',
  ok: 'modifyUser.ok',
  cancel: 'modifyUser.cancel',
} as const;

export const SHUTDOWN = {
  logout: 'shutdown.logout',
  reboot: 'shutdown.reboot',
  shutdown: 'shutdown.shutdown',
  cancel: 'shutdown.cancel',
} as const;

export const INFO = { close: 'info.close' } as const;

export const DEFAULT_PASSWORD_PROMPT = {
  ok: 'defaultPasswordPrompt.ok',
  later: 'defaultPasswordPrompt.later',
} as const;

export const USER_LIST = { addUser: 'userList.addUser' } as const;

/** The Modify (pencil) button of a user's row. */
export const modifyUserControl = (userName: string): string => `userList.modify.${userName}`;

const MENU_NODE_PREFIX = 'menu.node.';
/** A Main Menu tile or a menu item, by menu node id. */
export const menuNodeControl = (nodeId: string): string => `${MENU_NODE_PREFIX}${nodeId}`;
/** The menu node id of a menu control, or null when `control` is not one. */
export const menuNodeOf = (control: string): string | null =>
  control.startsWith(MENU_NODE_PREFIX) ? control.slice(MENU_NODE_PREFIX.length) : null;

const MODIFY_PREFIX = 'userList.modify.';
/** The user name of a Modify button, or null when `control` is not one. */
export const modifyTargetOf = (control: string): string | null =>
  control.startsWith(MODIFY_PREFIX) ? control.slice(MODIFY_PREFIX.length) : null;

const KEY_PREFIX = 'keyboard.key.';
export const KEYBOARD = {
  shift: 'keyboard.shift',
  symbols: 'keyboard.symbols',
  backspace: 'keyboard.backspace',
  space: 'keyboard.space',
  enter: 'keyboard.enter',
} as const;
/** The on-screen keyboard key that types `character`. */
export const keyboardKeyControl = (character: string): string => `${KEY_PREFIX}${character}`;
/** The character a keyboard key types, or null when `control` is not a character key. */
export const keyboardCharacterOf = (control: string): string | null =>
  control.startsWith(KEY_PREFIX) && control.length === KEY_PREFIX.length + 1 ? control.slice(KEY_PREFIX.length) : null;

// Control ids of users and rights
export const ADD_USER = {
  userName: 'addUser.userName',
  password: 'addUser.password',
  confirmPassword: 'addUser.confirmPassword',
  adminGroup: 'addUser.adminGroup',
  ok: 'addUser.ok',
  cancel: 'addUser.cancel',
} as const;

export const DELETE_USER = { ok: 'deleteUser.ok', cancel: 'deleteUser.cancel' } as const;

const DELETE_PREFIX = 'userList.delete.';
/** The Delete (trash) button of a user's row. */
export const deleteUserControl = (userName: string): string => `${DELETE_PREFIX}${userName}`;
/** The user name of a Delete button, or null when `control` is not one. */
export const deleteTargetOf = (control: string): string | null =>
  control.startsWith(DELETE_PREFIX) ? control.slice(DELETE_PREFIX.length) : null;

/** Device Initialization's security-question answers (connect family), one per question. */
export const SECURITY_ANSWERS = ['deviceInit.answer1', 'deviceInit.answer2', 'deviceInit.answer3'] as const;

export const PASSWORD_RECOVERY = {
  forgotPassword: 'login.forgotPassword',
  answer: 'passwordRecovery.answer',
  ok: 'passwordRecovery.ok',
  useApp: 'passwordRecovery.useApp',
  cancel: 'passwordRecovery.cancel',
  newPassword: 'passwordRecovery.newPassword',
  confirmPassword: 'passwordRecovery.confirmPassword',
} as const;

// Control ids of temporary password, clock and log
export const CLOCK = { date: 'dateTime.date', time: 'dateTime.time', save: 'dateTime.save' } as const;
export const SYSTEM_LOG = { previousPage: 'systemLog.previousPage', nextPage: 'systemLog.nextPage' } as const;
export const DISPLAY = { hd720: 'display.resolution.1280x720', hd1080: 'display.resolution.1920x1080' } as const;
export const TEMPORARY_PASSWORD_PROMPT = {
  ok: 'temporaryPasswordPrompt.ok',
  later: 'temporaryPasswordPrompt.later',
} as const;

// Control ids of storage, upgrade and defaults
export const STORAGE = {
  formatHdd: 'hdd.format',
  startBackup: 'backup.start',
  startUpgrade: 'upgrade.start',
  /** OK and Cancel of the confirmations (format, upgrade, Default, Factory Default). */
  confirmOk: 'storage.confirm.ok',
  confirmCancel: 'storage.confirm.cancel',
  recover: 'recovery.recover',
  resetFailedOk: 'hardwareReset.ok',
} as const;

const UPGRADE_FILE_PREFIX = 'upgrade.file.';
/** The Select button of a firmware file's row on the Upgrade page. */
export const upgradeFileControl = (fileName: string): string => `${UPGRADE_FILE_PREFIX}${fileName}`;
/** The file name of a Select button, or null when `control` is not one. */
export const upgradeFileOf = (control: string): string | null =>
  control.startsWith(UPGRADE_FILE_PREFIX) ? control.slice(UPGRADE_FILE_PREFIX.length) : null;

// Control ids of cameras
export const CAMERA_SYNC = { ok: 'cameraSync.ok', cancel: 'cameraSync.cancel' } as const;
const CAMERA_READD_PREFIX = 'cameras.readd.';
/** The Cameras page's Re-add button of channel `port`. */
export const cameraReaddControl = (port: number): string => `${CAMERA_READD_PREFIX}${port}`;
/** The port of a Re-add button, or null when `control` is not one. */
export const cameraReaddPortOf = (control: string): number | null =>
  control.startsWith(CAMERA_READD_PREFIX) ? Number(control.slice(CAMERA_READD_PREFIX.length)) : null;
