/**
 * The paths that happen on the recorder alone: P1 (change the password), P6 (a second admin), P7 (defaults and the
 * mainboard reset), P11 (lockout), P12 (an interrupted upgrade), P13 (backup and format). Sources: seeds 001-004
 * and domain research §2, §7, §10 (docs/reset-paths.md).
 */
import { rules, SECOND_ADMIN_NAME } from '../../firmware';
import { checks } from '../checks';
import { BACKUP_WAIT_MS, MAINBOARD_HOLD_MS } from '../lessonValues';
import type { ScenarioStep } from '../scenarioTypes';
import { toAction, toPage, type FamilyContext } from './family';
import type { PathScenario } from './pathScenario';
import { changeAdminPassword, logIn, menuControl, openLogin, openModifyAdmin, openUserList } from './steps';

const logInOwner = (source = 'seed 001') =>
  logIn(
    'admin',
    '{ownerPassword}',
    'Log in as admin with your password.',
    'User Name admin and the password you know.',
    source,
  );

export function p1(family: FamilyContext): PathScenario {
  return {
    path: 'P1',
    title: 'I want to change my recorder\u2019s password',
    problem: 'You know the admin password and want a new one.',
    start: { recorder: 'initialized', world: 'newWorld' },
    steps: [
      openLogin(),
      logInOwner(),
      openUserList(family),
      openModifyAdmin(),
      changeAdminPassword('{ownerPassword}', 'your current password'),
    ],
  };
}

export function p6(family: FamilyContext): PathScenario {
  return {
    path: 'P6',
    title: 'I forgot the admin password, but another admin account works',
    problem: 'A second account in the admin group can reset the forgotten admin password.',
    start: { recorder: 'secondAdmin', world: 'newWorld' },
    steps: [
      openLogin('seed 002'),
      logIn(
        SECOND_ADMIN_NAME,
        '{secondAdminPassword}',
        'Log in with the second admin account (User Name manager) and its password.',
        'Only a user of the Admin Group may change another user\u2019s password.',
        'seed 002',
      ),
      openUserList(family, 'seed 002'),
      openModifyAdmin('seed 002'),
      changeAdminPassword('{secondAdminPassword}', 'your own password (user manager)', 'seed 002'),
    ],
  };
}

function factoryDefaultSteps(family: FamilyContext): ScenarioStep[] {
  const labels = family.menuTo(toAction('factoryDefault'));
  const menu = labels.slice(0, -1);
  return [
    openLogin('seed 002'),
    logInOwner('seed 002'),
    {
      instruction: `Open Main Menu > ${menu.join(' > ')}, where Default and Factory Default are.`,
      source: 'seed 002',
      control: menuControl(menu),
      hint: 'Default keeps users and network; Factory Default erases every setting and the password. Recordings are kept.',
      check: checks.controlShown('Factory Default', 'Factory Default is on screen'),
      solution: menu.map((name) => ({ do: 'click', name })),
    },
    {
      instruction: 'Click Factory Default and confirm with OK. The recorder restarts with its factory settings.',
      source: 'seed 002',
      control: { place: 'recorder', name: 'Factory Default' },
      hint: 'Cameras keep their old password and show an authentication error until they are reset (P8).',
      check: checks.adminPasswordErased(),
      solution: [
        { do: 'click', name: 'Factory Default' },
        { do: 'click', name: 'OK' },
      ],
    },
  ];
}

/** After a factory default: Device Initialization (a new password), or the legacy factory accounts. */
function setUpAgain(family: FamilyContext, source: string): ScenarioStep {
  if (family.defaultAccounts) {
    return {
      instruction: 'Wait for the restart: the recorder is back on its factory account admin / 000000.',
      source,
      control: { place: 'recorder', name: 'Recorder screen' },
      hint: 'Use Advance 1 minute to skip the boot.',
      check: checks.factoryAccountsBack(),
      solution: [{ do: 'wait', ms: rules.BOOT_DURATION_MS }],
    };
  }
  const answers = family.profile.securityQuestions
    ? ([
        { do: 'fill', name: 'Answer 1', text: '{answer1}' },
        { do: 'fill', name: 'Answer 2', text: '{answer2}' },
        { do: 'fill', name: 'Answer 3', text: '{answer3}' },
        { do: 'click', name: 'Next' },
      ] as const)
    : [];
  return {
    instruction:
      'When the recorder has restarted, Device Initialization asks for a new admin password: enter it in Password and Confirm Password, click Next, then Finish.',
    source,
    control: { place: 'recorder', name: 'Password' },
    hint: 'The boot takes a few seconds (Advance 1 minute skips it).',
    check: checks.initializedAgain(),
    solution: [
      { do: 'wait', ms: rules.BOOT_DURATION_MS },
      { do: 'fill', name: 'Password', text: '{newPassword}' },
      { do: 'fill', name: 'Confirm Password', text: '{newPassword}' },
      { do: 'click', name: 'Next' },
      ...answers,
      { do: 'click', name: 'Finish' },
    ],
  };
}

export function p7(family: FamilyContext): PathScenario {
  if (family.models.some((model) => model.hasResetButton)) {
    return {
      path: 'P7',
      title: 'I forgot my password and my recorder has a reset button',
      problem: 'The mainboard Reset button restores the factory defaults without logging in.',
      start: { recorder: 'forgotPassword', world: 'newWorld' },
      steps: [
        {
          instruction:
            'With the recorder on, press and hold the Reset button on the mainboard for 10 to 15 seconds, until the LEDs flash, then let go.',
          source: 'domain research §7',
          control: { place: 'recorder', name: 'Reset button' },
          hint: 'Hold it at least 10 seconds; a shorter press does nothing.',
          check: checks.adminPasswordErased(),
          solution: [{ do: 'mainboardReset', holdMs: MAINBOARD_HOLD_MS }],
        },
        setUpAgain(family, 'domain research §7'),
      ],
    };
  }
  return {
    path: 'P7',
    title: 'I want to restore my recorder\u2019s factory defaults',
    problem: 'Factory Default erases the settings and the password; the recordings stay.',
    start: { recorder: 'initialized', world: 'newWorld' },
    steps: [...factoryDefaultSteps(family), setUpAgain(family, 'seed 002')],
  };
}

export function p11(family: FamilyContext): PathScenario {
  return {
    path: 'P11',
    title: 'My recorder says the account is locked',
    problem: `After ${family.profile.lockout.maxFailures} wrong passwords the login is locked for 30 minutes; even the right password is refused.`,
    start: { recorder: 'lockedOut', world: 'newWorld' },
    steps: [
      {
        instruction:
          'Switch the recorder off and on again with the Power switch on its rear panel, and wait for it to start.',
        source: 'domain research §2',
        control: { place: 'recorder', name: 'Power' },
        hint: 'A power cycle clears the lock; waiting 30 minutes does too.',
        check: checks.lockCleared(),
        solution: [
          { do: 'power', on: false },
          { do: 'power', on: true },
          { do: 'wait', ms: rules.BOOT_DURATION_MS },
        ],
      },
      openLogin('domain research §2'),
      logInOwner('domain research §2'),
    ],
  };
}

export function p12(): PathScenario {
  return {
    path: 'P12',
    title: 'The power went out while my recorder was upgrading',
    problem:
      'A power cut during a firmware upgrade leaves the recorder in recovery mode; it must be re-flashed from USB.',
    start: { recorder: 'upgradeInterrupted', world: 'newWorld' },
    steps: [
      {
        instruction: 'The recorder starts in Recovery Mode. Insert the USB stick with the firmware for your model.',
        source: 'seed 002',
        control: { place: 'recorder', name: 'USB' },
        hint: 'The stick beside the recorder holds the firmware downloaded from the support website.',
        check: checks.usbInserted(),
        solution: [{ do: 'usb', inserted: true }],
      },
      {
        instruction: 'Click Recover: the recorder writes the firmware from the stick again.',
        source: 'seed 002',
        control: { place: 'recorder', name: 'Recover' },
        hint: 'Do not switch the recorder off while it re-flashes.',
        check: checks.recoveryFlashing(),
        solution: [{ do: 'click', name: 'Recover' }],
      },
      {
        instruction: 'Wait until the firmware is written and the recorder has restarted.',
        source: 'seed 002',
        control: { place: 'recorder', name: 'Recorder screen' },
        hint: 'It takes about 3 minutes: Advance 10 minutes skips the wait.',
        check: checks.upgradeRecovered(),
        solution: [
          { do: 'wait', ms: rules.RECOVERY_DURATION_MS },
          { do: 'wait', ms: rules.BOOT_DURATION_MS },
        ],
      },
    ],
  };
}

export function p13(family: FamilyContext): PathScenario {
  const backup = family.menuTo(toPage('backup'));
  const hdd = family.menuTo(toPage('hdd'));
  return {
    path: 'P13',
    title: 'I want to back up my recordings before a reset',
    problem: 'Copy recordings to a USB stick first; formatting the drive erases them (admin only).',
    start: { recorder: 'initialized', world: 'newWorld' },
    steps: [
      {
        instruction: 'Insert a USB stick into the recorder\u2019s USB port.',
        source: 'seed 002',
        control: { place: 'recorder', name: 'USB' },
        hint: 'The backup is written to the stick beside the recorder.',
        check: checks.usbInserted(),
        solution: [{ do: 'usb', inserted: true }],
      },
      openLogin('seed 002'),
      logInOwner('seed 002'),
      {
        instruction: `Open Main Menu > ${backup.join(' > ')} and click Start Backup. Wait until it is done.`,
        source: 'domain research §10',
        control: menuControl(backup),
        hint: 'The backup copies the newest hour of every channel and takes several minutes: Advance 10 minutes skips the wait.',
        check: checks.backupOnStick(),
        solution: [
          ...backup.map((name) => ({ do: 'click', name }) as const),
          { do: 'click', name: 'Start Backup' },
          { do: 'wait', ms: BACKUP_WAIT_MS },
        ],
      },
      {
        instruction: `Go back to the Main Menu and open ${hdd.join(' > ')}, click Format HDD and confirm with OK. The recordings on the drive are erased.`,
        source: 'seed 002',
        control: { place: 'recorder', name: 'Format HDD' },
        hint: 'Only an admin can format the drive; recording stops while it formats.',
        check: checks.hddFormatted(),
        solution: [
          { do: 'escape', times: 4 },
          { do: 'rightClick' },
          { do: 'click', name: 'Main Menu' },
          ...hdd.map((name) => ({ do: 'click', name }) as const),
          { do: 'click', name: 'Format HDD' },
          { do: 'click', name: 'OK' },
          { do: 'wait', ms: rules.FORMAT_DURATION_MS },
        ],
      },
    ],
  };
}
