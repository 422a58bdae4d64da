/**
 * Steps that several paths share (opening the login, logging in, the user list, the Modify dialog, the temporary
 * password), worded from the seeds and written once; each path file composes them with its own.
 */
import { MODIFY_USER } from '../../firmware';
import { checks } from '../checks';
import type { ScenarioControl, ScenarioStep, StepCheck } from '../scenarioTypes';
import { toPage, type FamilyContext } from './family';

const both = (says: string, ...all: StepCheck[]): StepCheck => ({
  says,
  holds: (view, baseline) => all.every((one) => one.holds(view, baseline)),
});

export function openLogin(source = 'seed 001'): ScenarioStep {
  return {
    instruction: 'Right-click the live view and choose Main Menu. The recorder asks you to log in.',
    source,
    control: { place: 'recorder', name: 'Main Menu', via: ['Recorder screen'] },
    hint: 'A right click on the recorder\u2019s screen opens the Quick Menu; Main Menu is its first item.',
    check: checks.dialogOpen('login', 'the login dialog is open'),
    solution: [{ do: 'rightClick' }, { do: 'click', name: 'Main Menu' }],
  };
}

/** Logs `user` in with the password fact `password` (e.g. `{ownerPassword}`). */
export function logIn(user: string, password: string, instruction: string, hint: string, source = 'seed 001') {
  const step: ScenarioStep = {
    instruction,
    source,
    control: { place: 'recorder', name: 'Password' },
    hint,
    check: checks.loggedInAs(user),
    solution: [
      { do: 'fill', name: 'User Name', text: user },
      { do: 'fill', name: 'Password', text: password },
      { do: 'click', name: 'OK' },
    ],
  };
  return step;
}

/** A menu path's step is about its last item, reached through the ones before it (Show me outlines the next one). */
export function menuControl(labels: readonly string[]): ScenarioControl {
  const name = labels.at(-1) ?? 'Main Menu';
  return { place: 'recorder', name, via: labels.slice(0, -1) };
}

export function openUserList(family: FamilyContext, source = 'seed 001'): ScenarioStep {
  const labels = family.menuTo(toPage('userList'));
  return {
    instruction: `Open Main Menu > ${labels.join(' > ')}: the list of the recorder\u2019s users.`,
    source,
    control: menuControl(labels),
    hint: `On a ${family.profile.family} recorder the users are under ${labels.join(' > ')}.`,
    check: checks.pageOpen('userList', 'the user list is open'),
    solution: labels.map((name) => ({ do: 'click', name })),
  };
}

export function openModifyAdmin(source = 'seed 001'): ScenarioStep {
  return {
    instruction: 'Click the pencil of the admin row (Modify admin) and tick Modify Password.',
    source,
    control: { place: 'recorder', name: 'Modify admin' },
    hint: 'The pencil icon at the end of the admin row opens the Modify dialog; the password fields open once Modify Password is ticked.',
    check: both(
      'the Modify dialog of admin is open with Modify Password ticked',
      checks.dialogOpen('modifyUser', 'the Modify dialog is open'),
      {
        says: 'Modify Password is ticked',
        holds: (view) => view.recorder.context.form.checked[MODIFY_USER.modifyPassword] === true,
      },
    ),
    solution: [
      { do: 'click', name: 'Modify admin' },
      { do: 'click', name: 'Modify Password' },
    ],
  };
}

/** Old Password (the fact `old`), New Password and Confirm Password, then OK. */
export function changeAdminPassword(old: string, oldWords: string, source = 'seed 001'): ScenarioStep {
  return {
    instruction: `Enter ${oldWords} as Old Password, then a new password in New Password and Confirm Password, and click OK.`,
    source,
    control: { place: 'recorder', name: 'New Password' },
    hint: 'The new password must follow the recorder\u2019s password rule; the alert says which rule a refused one breaks. On an NVR the recorder then offers to send the new password to its cameras.',
    check: checks.adminPasswordChanged(),
    solution: [
      { do: 'fill', name: 'Old Password', text: old },
      { do: 'fill', name: 'New Password', text: '{newPassword}' },
      { do: 'fill', name: 'Confirm Password', text: '{newPassword}' },
      { do: 'click', name: 'OK' },
    ],
  };
}

/** P2-P4 on the recorder: log in as admin with the temporary password, then change it. */
export function useTemporaryPassword(source: string): ScenarioStep[] {
  return [
    openLogin(source),
    {
      instruction: 'Log in as admin with the temporary password from the e-mail (User Name admin).',
      source,
      control: { place: 'recorder', name: 'Password' },
      hint: 'The temporary password is in the e-mail "Temporary password: \u2026". It works only on the date the recorder displays.',
      check: checks.loggedInWithTemporaryPassword(),
      solution: [
        { do: 'fill', name: 'User Name', text: 'admin' },
        { do: 'fill', name: 'Password', text: '{temporaryPassword}' },
        { do: 'click', name: 'OK' },
      ],
    },
    {
      instruction:
        'Change the password now: click OK on Change Password, enter the temporary password as Old Password, then your new password twice, and click OK.',
      source,
      control: { place: 'recorder', name: 'OK' },
      hint: 'The temporary password stops working at midnight (device time): set a password of your own before then.',
      check: checks.adminPasswordChanged(),
      solution: [
        { do: 'click', name: 'OK' },
        { do: 'fill', name: 'Old Password', text: '{temporaryPassword}' },
        { do: 'fill', name: 'New Password', text: '{newPassword}' },
        { do: 'fill', name: 'Confirm Password', text: '{newPassword}' },
        { do: 'click', name: 'OK' },
      ],
    },
  ];
}

/** P2, P3: what support needs, seen on the Info screen and photographed. */
export function gatherDeviceFacts(source: string): ScenarioStep[] {
  return [
    {
      instruction:
        'Press the Info button on the recorder\u2019s front panel (or right-click the live view and choose Info). Note the Model, the Device ID, the Serial No. and the date the recorder displays.',
      source,
      control: { place: 'recorder', name: 'Info' },
      hint: 'The Device ID is not the serial number: it has 15 letters and digits and a QR code beside it.',
      check: checks.dialogOpen('info', 'the Info screen is open'),
      solution: [{ do: 'rightClick' }, { do: 'click', name: 'Info' }],
    },
    {
      instruction: 'Take a photo of the Info screen: support asks for a picture of it.',
      source,
      control: { place: 'recorder', name: 'Take photo of the screen' },
      hint: 'The button is under the recorder; the photo goes to the photo roll, which the forms can upload.',
      check: checks.photoTaken('info-screen', 'a photo of the Info screen is in the photo roll'),
      solution: [{ do: 'photo', subject: 'info-screen' }],
    },
    {
      instruction: 'Take a photo of the information sticker on the recorder (model, serial number, Device ID).',
      source,
      control: { place: 'recorder', name: 'Take photo of the sticker' },
      hint: 'The sticker is drawn beside the recorder\u2019s rear panel.',
      check: checks.photoTaken('sticker', 'a photo of the sticker is in the photo roll'),
      solution: [
        { do: 'photo', subject: 'sticker' },
        { do: 'click', name: 'Close' },
      ],
    },
  ];
}
