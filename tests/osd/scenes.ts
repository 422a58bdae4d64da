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
