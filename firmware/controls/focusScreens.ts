/**
 * The screens whose controls the remote's arrows walk (MOVE_FOCUS). A state names its screen; the view knows which
 * controls that screen shows and in which order (view/focusOrders.ts), and firmware/recorder.ts gives that order to
 * the machine. So the machine needs no view code, and a screen added here without a focus order fails to compile.
 */
export type FocusScreen =
  | 'quickMenu'
  | 'info'
  | 'login'
  | 'defaultPasswordPrompt'
  | 'temporaryPasswordPrompt'
  | 'passwordRecovery'
  | 'deviceInitPassword'
  | 'deviceInitQuestions'
  | 'deviceInitSummary'
  | 'menu'
  | 'shutdown'
  | 'modifyUser'
  | 'addUser'
  | 'deleteUser'
  | 'cameraSync'
  | 'formatConfirm'
  | 'upgradeConfirm'
  | 'restoreDefaultConfirm'
  | 'factoryDefaultConfirm'
  | 'recovery';
