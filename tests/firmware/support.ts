/** Shared fixtures for firmware behaviour tests: fast hashing, state paths, and common walks. */
import {
  DEFAULT_MODEL_ID,
  drive,
  PROFILES,
  RECORDER_MODELS,
  type Flash,
  type HeadlessRecorderOptions,
  type RecorderDriver,
} from '../../firmware';

export const FAST: HeadlessRecorderOptions = { modelId: 'LNR6108', seed: 42, pbkdf2Iterations: 1_000 };
export const ADMIN_PASSWORD = 'Camera2026';

export const STATE = {
  off: 'off',
  booting: { on: 'booting' },
  halted: { on: 'halted' },
  deviceInitPassword: { on: { running: { deviceInit: 'passwordPage' } } },
  deviceInitSummary: { on: { running: { deviceInit: 'summaryPage' } } },
  liveView: { on: { running: { ready: 'liveView' } } },
  quickMenu: { on: { running: { ready: 'quickMenu' } } },
  info: { on: { running: { ready: 'info' } } },
  login: { on: { running: { ready: { login: 'editing' } } } },
  menu: { on: { running: { ready: { menu: 'browsing' } } } },
  shutdownDialog: { on: { running: { ready: { menu: 'shutdownDialog' } } } },
  modifyUser: { on: { running: { ready: { menu: { modifyUser: 'editing' } } } } },
  defaultPasswordPrompt: { on: { running: { ready: 'defaultPasswordPrompt' } } },
} as const;

/** Answers a `connect` recorder's Device Initialization is given (note the case and spaces: they are normalised). */
export const SECURITY_ANSWERS = ['Rex', 'Springfield', '  Maple   Elementary '] as const;

/**
 * A recorder switched on and initialized with ADMIN_PASSWORD, showing live view. A family whose Device Initialization
 * asks security questions (profile table) is given SECURITY_ANSWERS.
 */
export function initializedRecorder(options: HeadlessRecorderOptions = FAST): RecorderDriver {
  const profile = PROFILES[RECORDER_MODELS[options.modelId ?? DEFAULT_MODEL_ID].profile];
  let driver = drive(options)
    .boot()
    .fill('Password', ADMIN_PASSWORD)
    .fill('Confirm Password', ADMIN_PASSWORD)
    .click('Next');
  if (profile.securityQuestions) {
    driver = driver
      .fill('Answer 1', SECURITY_ANSWERS[0])
      .fill('Answer 2', SECURITY_ANSWERS[1])
      .fill('Answer 3', SECURITY_ANSWERS[2])
      .click('Next');
  }
  return driver.click('Finish').expectIn(STATE.liveView);
}

/** From live view: right click > Main Menu > log in. */
export function logIn(driver: RecorderDriver, password = ADMIN_PASSWORD, user = 'admin'): RecorderDriver {
  return driver.rightClick().click('Main Menu').fill('User Name', user).fill('Password', password).click('OK');
}

/** System Log kinds that every boot and session writes (the access feature logs boots, logins and logouts). */
export const SESSION_LOG_KINDS: ReadonlySet<string> = new Set(['boot', 'login', 'loginFailure', 'logout']);

/**
 * `actual` is `expected` plus, at most, log entries that boots and sessions appended: for checks that a power cut,
 * a reload or an import kept everything.
 */
export function keptWithSessionLog(actual: Flash, expected: Flash): boolean {
  const appended = actual.systemLog.slice(expected.systemLog.length);
  const same =
    JSON.stringify({ ...actual, systemLog: actual.systemLog.slice(0, expected.systemLog.length) }) ===
    JSON.stringify(expected);
  return same && appended.every((entry) => SESSION_LOG_KINDS.has(entry.kind));
}
