/**
 * OSD scenes: the real firmware driven to each screen with a fixed seed and time, so the models (and therefore the
 * pixels) are the same on every run. Used by the layout tests in Node and by the screenshot harness in the browser
 * (tests/visual), which draws each scene with the real renderer.
 */
import {
  drive,
  KEYBOARD,
  keyboardKeyControl,
  MODIFY_USER,
  newRecorderInput,
  type OsdModel,
  type RecorderDriver,
  type RecorderModelId,
} from '../../firmware';

const START = Date.UTC(2026, 2, 2, 9, 41, 0);
const PASSWORD = 'Camera2026';

const recorder = (modelId: RecorderModelId = 'LNR6108') =>
  drive({ modelId, seed: 20260302, now: START, pbkdf2Iterations: 1_000 });

const initialized = (modelId: RecorderModelId = 'LNR6108') =>
  recorder(modelId).boot().fill('Password', PASSWORD).fill('Confirm Password', PASSWORD).click('Next').click('Finish');

const loggedIn = () => initialized().rightClick().click('Main Menu').fill('Password', PASSWORD).click('OK');

const userList = () => loggedIn().click('Settings').click('System').click('Account').click('User');

const SECOND = 'Second#2026';

/** A connect recorder (N831A81) initialized with its security answers. */
const connectInitialized = () =>
  recorder('N831A81')
    .boot()
    .fill('Password', PASSWORD)
    .fill('Confirm Password', PASSWORD)
    .click('Next')
    .fill('Answer 1', 'Rex')
    .fill('Answer 2', 'Springfield')
    .fill('Answer 3', 'Maple Elementary')
    .click('Next')
    .click('Finish');

/** A recorder whose last firmware upgrade lost power: it boots into recovery mode. */
const interruptedUpgrade = () => {
  const input = newRecorderInput({ modelId: 'LNR6108', seed: 20260302, now: START, pbkdf2Iterations: 1_000 });
  const flash = { ...input.flash, firmware: { ...input.flash.firmware, upgradeInProgress: true } };
  return drive({ input: { ...input, flash } }).boot();
};

export interface Scene {
  readonly name: string;
  readonly build: () => RecorderDriver;
}

export const SCENES: readonly Scene[] = [
  { name: 'no-signal', build: () => recorder() },
  { name: 'boot-splash', build: () => recorder().powerOn().wait(2_000) },
  {
    name: 'device-initialization',
    build: () => recorder().boot().fill('Password', 'Camera').fill('Confirm Password', 'Camera').click('Next'),
  },
  {
    name: 'device-initialization-keyboard',
    build: () =>
      recorder()
        .boot()
        .send({ type: 'ACTIVATE', control: 'deviceInit.password' })
        .send({ type: 'TYPE_TEXT', text: 'Cam' }),
  },
  {
    name: 'device-initialization-finish',
    build: () => recorder().boot().fill('Password', PASSWORD).fill('Confirm Password', PASSWORD).click('Next'),
  },
  { name: 'live-view', build: () => initialized().wait(7_000) },
  { name: 'live-view-16-channels', build: () => initialized('N863A63B') },
  { name: 'live-view-4-channels', build: () => recorder('LNR440').boot() },
  { name: 'quick-menu', build: () => initialized().rightClick({ x: 420, y: 260 }) },
  { name: 'info', build: () => initialized().rightClick().click('Info') },
  {
    name: 'login-wrong-password',
    build: () => initialized().rightClick().click('Main Menu').fill('Password', 'Wrong#1234').click('OK'),
  },
  {
    name: 'login-locked',
    build: () => {
      let driver = initialized().rightClick().click('Main Menu');
      for (let i = 0; i < 5; i++) driver = driver.fill('Password', `Wrong#${i}xyz`).click('OK');
      return driver.wait(61_000);
    },
  },
  { name: 'main-menu', build: () => loggedIn() },
  { name: 'menu-settings', build: () => loggedIn().click('Settings') },
  { name: 'user-list', build: () => userList() },
  {
    name: 'modify-user',
    build: () =>
      userList()
        .click('Modify admin')
        .click('Modify Password')
        .fill('Old Password', PASSWORD)
        .fill('New Password', 'lowercase')
        .fill('Confirm Password', 'lowercase')
        .click('OK'),
  },
  {
    name: 'modify-user-keyboard',
    build: () =>
      userList()
        .click('Modify admin')
        .click('Modify Password')
        .send({ type: 'ACTIVATE', control: MODIFY_USER.newPassword })
        .send({ type: 'ACTIVATE', control: KEYBOARD.symbols })
        .send({ type: 'ACTIVATE', control: keyboardKeyControl('#') }),
  },
  {
    name: 'saved-toast',
    build: () =>
      userList()
        .click('Modify admin')
        .click('Modify Password')
        .fill('Old Password', PASSWORD)
        .fill('New Password', 'Lorex#2027')
        .fill('Confirm Password', 'Lorex#2027')
        .click('OK'),
  },
  { name: 'shutdown-dialog', build: () => loggedIn().click('Shutdown') },
  {
    name: 'add-user',
    build: () =>
      userList()
        .click('Add User')
        .fill('User Name', 'second')
        .fill('Password', SECOND)
        .fill('Confirm Password', 'Second#2025')
        .click('OK'),
  },
  {
    name: 'delete-user',
    build: () =>
      userList()
        .click('Add User')
        .fill('User Name', 'second')
        .fill('Password', SECOND)
        .fill('Confirm Password', SECOND)
        .click('OK')
        .click('Delete second'),
  },
  {
    name: 'security-questions',
    build: () =>
      recorder('N831A81')
        .boot()
        .fill('Password', PASSWORD)
        .fill('Confirm Password', PASSWORD)
        .click('Next')
        .fill('Answer 1', 'Rex'),
  },
  {
    name: 'password-recovery-question',
    build: () => connectInitialized().rightClick().click('Main Menu').click('Forgot Password'),
  },
  { name: 'cameras-page', build: () => loggedIn().click('Settings').click('Camera') },
  { name: 'hdd-page', build: () => loggedIn().click('Settings').click('Storage') },
  { name: 'date-time-page', build: () => loggedIn().click('Settings').click('System').click('General') },
  { name: 'upgrade-page', build: () => loggedIn().click('Settings').click('System').click('Upgrade') },
  {
    name: 'factory-default-confirm',
    build: () => loggedIn().click('Settings').click('System').click('Factory Default'),
  },
  { name: 'system-log', build: () => loggedIn().click('Info').click('Log') },
  { name: 'recovery-mode', build: () => interruptedUpgrade() },
  {
    name: 'legacy-default-password-prompt',
    build: () => recorder('LNR440').boot().rightClick().click('Main Menu').fill('Password', '000000').click('OK'),
  },
];

/** The OSD model of a scene. */
export async function sceneModel(scene: Scene): Promise<OsdModel> {
  const driver = scene.build();
  await driver;
  const model = driver.recorder.osdModel();
  driver.recorder.stop();
  return model;
}
