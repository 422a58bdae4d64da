/**
 * Every absolute state target of the chart, in one table, so a move of a state is one edit. stateIds.ts checks at
 * compile time that each names a state of the chart: renaming a state without this table fails to compile.
 */
export const TARGET = {
  booting: '#recorder.on.booting',
  halted: '#recorder.on.halted',
  recovery: '#recorder.on.recovery',
  hardwareReset: '#recorder.on.hardwareReset',
  ready: '#recorder.on.running.ready',
  liveView: '#recorder.on.running.ready.liveView',
  login: '#recorder.on.running.ready.login',
  passwordRecovery: '#recorder.on.running.ready.passwordRecovery',
  loggingOut: '#recorder.on.running.ready.loggingOut',
  defaultPasswordPrompt: '#recorder.on.running.ready.defaultPasswordPrompt',
  temporaryPasswordPrompt: '#recorder.on.running.ready.temporaryPasswordPrompt',
  menu: '#recorder.on.running.ready.menu',
  menuBrowsing: '#recorder.on.running.ready.menu.browsing',
  modifyUser: '#recorder.on.running.ready.menu.modifyUser',
  cameraSync: '#recorder.on.running.ready.menu.cameraSync',
  cameraSyncPrompt: '#recorder.on.running.ready.menu.cameraSync.prompt',
} as const;
