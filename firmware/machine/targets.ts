/** Absolute targets used across regions, so a move of a state is one edit. */
export const TARGET = {
  booting: '#recorder.on.booting',
  halted: '#recorder.on.halted',
  ready: '#recorder.on.running.ready',
  liveView: '#recorder.on.running.ready.liveView',
  menu: '#recorder.on.running.ready.menu',
  menuBrowsing: '#recorder.on.running.ready.menu.browsing',
  modifyUser: '#recorder.on.running.ready.menu.modifyUser',
  defaultPasswordPrompt: '#recorder.on.running.ready.defaultPasswordPrompt',
  temporaryPasswordPrompt: '#recorder.on.running.ready.temporaryPasswordPrompt',
} as const;
