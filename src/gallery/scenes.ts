/**
 * The screens of docs/architecture.md#the-osd for every recorder family, as fixture models made by driving the real firmware (the
 * headless driver, a fixed seed and start time, low PBKDF2 cost), so the gallery, the layout tests in Node and the
 * screenshot tests all draw the same models. Nothing here is hand-written model data.
 *
 * A scene is built in the browser when the gallery asks for it (each takes a few milliseconds to a few hundred: a
 * fresh recorder driven from power-on); the 1920x1080 variant of a screen is its model with `resolution` set to
 * 1920x1080, which is the only thing Display > Resolution changes in a model (the `display-1080` scene switches
 * it through the Display page, to prove it).
 */
import {
  createHeadlessSite,
  drive,
  firmwareStick,
  KEYBOARD,
  keyboardKeyControl,
  MODIFY_USER,
  newRecorderInput,
  PROFILES,
  RECORDER_MODELS,
  RecorderDriver,
  type ProfileId,
} from '../../firmware';
import { menuLabelPath, menuBranchPaths, type MenuTarget } from './menuPaths';
import {
  BACKUP_STICK_MB,
  FAST,
  LEGACY_DEFAULT_PASSWORD,
  modelOf,
  PASSWORDS,
  PROFILE_MODELS,
  PROFILE_ORDER,
  type Scene,
} from './sceneKit';

export { PROFILE_MODELS, PROFILE_ORDER, SCENE_START_MS, type Scene } from './sceneKit';

/** Scene builders for one family: every path is its own menu tree and password rule. */
function profileScenes(profile: ProfileId): Scene[] {
  const modelId = PROFILE_MODELS[profile];
  const family = PROFILES[profile];
  const passwords = PASSWORDS[family.passwordRule];
  const legacy = family.firstBoot === 'defaultAccounts';
  const recorder = () => drive({ modelId, ...FAST });
  const fillInit = (driver: RecorderDriver, password: string, confirm = password) =>
    driver.boot().fill('Password', password).fill('Confirm Password', confirm).click('Next');
  const answers = (driver: RecorderDriver) =>
    driver.fill('Answer 1', 'Rex').fill('Answer 2', 'Springfield').fill('Answer 3', 'Maple Elementary').click('Next');
  /** Booted, with a known admin password, in live view. */
  const initialized = (): RecorderDriver => {
    if (legacy)
      return (
        recorder()
          .boot()
          .rightClick()
          .click('Main Menu')
          .fill('Password', LEGACY_DEFAULT_PASSWORD)
          .click('OK')
          // The prompt's OK opens Modify User for admin; a power cycle afterwards ends the session (flash keeps it).
          .click('OK')
          .fill('Old Password', LEGACY_DEFAULT_PASSWORD)
          .fill('New Password', passwords.known)
          .fill('Confirm Password', passwords.known)
          .click('OK')
          .powerOff()
          .boot()
      );
    const base = fillInit(recorder(), passwords.known);
    return (family.securityQuestions ? answers(base) : base).click('Finish');
  };
  const loggedIn = () => initialized().rightClick().click('Main Menu').fill('Password', passwords.known).click('OK');
  const open = (target: MenuTarget) => {
    let driver = loggedIn();
    for (const label of menuLabelPath(family.menu, target)) driver = driver.click(label);
    return driver;
  };
  const userList = () => open({ page: 'userList' });
  // A driver is itself a thenable (awaiting it runs its steps), so builders return it unawaited.
  const scene = (screen: string, build: () => RecorderDriver): Scene => ({
    id: `${profile}/${screen}`,
    profile,
    screen,
    build: () => modelOf(build()),
  });
  const wrongLogins = (count: number) => {
    let driver = initialized().rightClick().click('Main Menu');
    for (let i = 0; i < count; i++) driver = driver.fill('Password', `${passwords.wrong.slice(0, -1)}${i}`).click('OK');
    return driver;
  };
  /**
   * Live view with cameras: IP cameras on the first ports (added by the recorder itself), then one camera that holds
   * an old password (authentication error), the rest empty (video loss).
   */
  const withCameras = () => {
    const channels = RECORDER_MODELS[modelId].channels;
    const online = channels <= 4 ? 2 : 6;
    const cameras = Array.from({ length: online }, (_, index) => ({ model: 'E893AB' as const, port: index + 1 }));
    const site = createHeadlessSite({ modelId, ...FAST, cameras });
    const driver = new RecorderDriver(site.recorder);
    const ready = legacy
      ? driver.boot()
      : (family.securityQuestions
          ? answers(fillInit(driver, passwords.known))
          : fillInit(driver, passwords.known)
        ).click('Finish');
    const refused = { model: 'E893AB', serial: 'E893AB-OLD', credential: 'old-credential', online: true };
    return ready.send({ type: 'CAMERA_STATUS', port: online + 1, camera: refused });
  };

  const scenes: Scene[] = [
    scene('boot-splash', () => recorder().powerOn().wait(2_000)),
    scene('live-view', () => initialized().wait(7_000)),
    scene('live-view-cameras', () => withCameras().wait(76_000)),
    scene('quick-menu', () => initialized().rightClick({ x: 420, y: 260 })),
    scene('info', () => initialized().rightClick().click('Info')),
    scene('login', () => initialized().rightClick().click('Main Menu').fill('Password', passwords.wrong).click('OK')),
    scene('login-locked', () => wrongLogins(family.lockout.maxFailures).wait(61_000)),
    scene('main-menu', () => loggedIn()),
    ...menuBranchPaths(family.menu).map((path) =>
      scene(
        `menu-${path
          .join('-')
          .toLowerCase()
          .replace(/[^a-z0-9-]+/g, '')}`,
        () => path.reduce((driver, label) => driver.click(label), loggedIn()),
      ),
    ),
    scene('user-list', () => userList()),
    scene('modify-user-rejected', () =>
      userList()
        .click('Modify admin')
        .click('Modify Password')
        .fill('Old Password', passwords.known)
        .fill('New Password', legacy ? '12' : 'lowercase')
        .fill('Confirm Password', legacy ? '12' : 'lowercase')
        .click('OK'),
    ),
    scene('modify-user-keyboard', () =>
      userList()
        .click('Modify admin')
        .click('Modify Password')
        .send({ type: 'ACTIVATE', control: MODIFY_USER.newPassword })
        .send({ type: 'ACTIVATE', control: KEYBOARD.symbols })
        .send({ type: 'ACTIVATE', control: keyboardKeyControl('#') }),
    ),
    scene('saved-toast', () =>
      userList()
        .click('Modify admin')
        .click('Modify Password')
        .fill('Old Password', passwords.known)
        .fill('New Password', passwords.next)
        .fill('Confirm Password', passwords.next)
        .click('OK'),
    ),
    scene('add-user', () =>
      userList()
        .click('Add User')
        .fill('User Name', 'second')
        .fill('Password', passwords.second)
        .fill('Confirm Password', passwords.known)
        .click('OK'),
    ),
    scene('system-info', () => open({ page: 'systemInfo' })),
    scene('system-log', () => {
      // Ten clock saves fill more than a page, so the log's scroll bar shows where the page is.
      let driver = open({ page: 'dateTime' });
      for (let i = 0; i < 10; i++) driver = driver.click('Save').wait(1_000);
      driver = driver.wait(5_000); // the last "Saved" toast is gone
      // Back to the Main Menu: one right click per level (the open page is one).
      const depth = menuLabelPath(family.menu, { page: 'dateTime' }).length;
      for (let i = 0; i < depth; i++) driver = driver.rightClick();
      return menuLabelPath(family.menu, { page: 'systemLog' }).reduce((next, label) => next.click(label), driver);
    }),
    scene('date-time', () => open({ page: 'dateTime' })),
    scene('display', () => open({ page: 'display' })),
    scene('cameras', () => open({ page: 'cameras' })),
    scene('hdd', () => open({ page: 'hdd' })),
    scene('format-confirm', () => open({ page: 'hdd' }).click('Format HDD')),
    scene('backup', () =>
      open({ page: 'backup' }).send({ type: 'USB_INSERT', stick: firmwareStick('OTHER', 'V1', BACKUP_STICK_MB) }),
    ),
    scene('backup-progress', () =>
      open({ page: 'backup' })
        .send({ type: 'USB_INSERT', stick: firmwareStick('OTHER', 'V1', BACKUP_STICK_MB) })
        .click('Start Backup')
        .wait(20_000),
    ),
    scene('upgrade', () =>
      open({ page: 'upgrade' }).send({ type: 'USB_INSERT', stick: firmwareStick(modelId, 'V9.0.0') }),
    ),
    scene('upgrade-progress', () =>
      open({ page: 'upgrade' })
        .send({ type: 'USB_INSERT', stick: firmwareStick(modelId, 'V9.0.0') })
        .click(`Select ${modelId}_V9.0.0.bin`)
        .click('Start Upgrade')
        .click('OK')
        .wait(60_000),
    ),
    scene('default-confirm', () => open({ action: 'default' })),
    scene('factory-default-confirm', () => open({ action: 'factoryDefault' })),
    scene('shutdown', () => open({ action: 'shutdown' })),
    scene('recovery-mode', () => {
      const input = newRecorderInput({ modelId, ...FAST });
      const flash = { ...input.flash, firmware: { ...input.flash.firmware, upgradeInProgress: true } };
      return drive({ input: { ...input, flash } }).boot();
    }),
  ];
  if (legacy) {
    scenes.unshift(
      scene('default-password-prompt', () =>
        recorder().boot().rightClick().click('Main Menu').fill('Password', LEGACY_DEFAULT_PASSWORD).click('OK'),
      ),
    );
  } else {
    scenes.unshift(
      scene('device-initialization', () => fillInit(recorder(), 'Camera', 'Camera')),
      scene('device-initialization-keyboard', () =>
        recorder()
          .boot()
          .send({ type: 'ACTIVATE', control: 'deviceInit.password' })
          .send({ type: 'TYPE_TEXT', text: 'Cam' }),
      ),
      scene('device-initialization-finish', () => {
        const base = fillInit(recorder(), passwords.known);
        return family.securityQuestions ? answers(base) : base;
      }),
    );
  }
  if (family.securityQuestions) {
    scenes.push(
      scene('security-questions', () => fillInit(recorder(), passwords.known).fill('Answer 1', 'Rex')),
      scene('password-recovery', () => initialized().rightClick().click('Main Menu').click('Forgot Password')),
    );
  }
  return scenes;
}

/** No Signal is the same for every family: shown once. */
const NO_SIGNAL: Scene = {
  id: 'all/no-signal',
  profile: 'cloud',
  screen: 'no-signal',
  build: () => modelOf(drive({ modelId: 'LNR6108', ...FAST })),
};

/** Display > Resolution switched to 1920x1080 on the recorder itself. */
const DISPLAY_1080: Scene = {
  id: 'cloud/display-1080',
  profile: 'cloud',
  screen: 'display-1080',
  build: () => {
    const password = PASSWORDS.eightToThirtyTwoTwoTypes.known;
    return modelOf(
      drive({ modelId: 'LNR6108', ...FAST })
        .boot()
        .fill('Password', password)
        .fill('Confirm Password', password)
        .click('Next')
        .click('Finish')
        .rightClick()
        .click('Main Menu')
        .fill('Password', password)
        .click('OK')
        .click('Settings')
        .click('System')
        .click('Display')
        .click('1920x1080'),
    );
  },
};

/** Every scene: the shared ones, then each family's in PROFILE_ORDER. */
export const SCENES: readonly Scene[] = [NO_SIGNAL, DISPLAY_1080, ...PROFILE_ORDER.flatMap(profileScenes)];

export const findScene = (id: string): Scene | undefined => SCENES.find((scene) => scene.id === id);
