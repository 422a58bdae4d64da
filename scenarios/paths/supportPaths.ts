/**
 * The paths where the owner gets help to reset a forgotten recorder password: P2 (the support website, seeds 000
 * and 003), P3 (by phone, seeds 001 and 004), P4 (the mobile app, domain research §6a) and P5 (security questions
 * and app verification, domain research §6b).
 */
import { outsideRules } from '../../outside';
import { checks } from '../checks';
import type { PathScenario } from './pathScenario';
import { gatherDeviceFacts, openLogin, useTemporaryPassword } from './steps';

export function p2(): PathScenario {
  return {
    path: 'P2',
    title: 'I forgot my recorder\u2019s password',
    problem: 'Ask support for a temporary password on the support website, then set a new password.',
    start: { recorder: 'forgotPassword', world: 'newWorld' },
    gather: true,
    steps: [
      ...gatherDeviceFacts('seed 003'),
      {
        instruction: 'On the Support Website, sign in to My Account (Sign In, with your e-mail and password).',
        source: 'seed 000',
        control: { place: 'website', name: 'Sign In', via: ['My Account'] },
        hint: 'Your account is on the Support Desk\u2019s customer card: alex@example.com.',
        check: checks.websiteSignedIn(),
        solution: [{ do: 'world', command: 'website.signIn' }],
      },
      {
        instruction:
          'Register the warranty: Warranty > Activate Warranty with the model, serial number, date of purchase and the bill of sale from your order e-mail, then Save Warranty.',
        source: 'seed 000',
        control: { place: 'website', name: 'Activate Warranty', via: ['Warranty'] },
        hint: 'The order confirmation e-mail has the date of purchase and the receipt to upload.',
        check: checks.warrantyRegistered(),
        solution: [{ do: 'world', command: 'website.activateWarranty' }],
      },
      {
        instruction:
          'Open Reset Device Password, fill in your name, phone, the model, Device ID, serial number and the date displayed on the recorder, upload the receipt and both photos, and Submit.',
        source: 'seed 003',
        control: { place: 'website', name: 'Reset Device Password' },
        hint: 'Use the date the recorder displays, even if its clock is wrong: the temporary password is for that date.',
        check: checks.ticketSubmitted('website'),
        solution: [{ do: 'world', command: 'website.submitResetRequest' }],
      },
      {
        instruction:
          'A ticket e-mail arrives at once; the temporary password follows after support\u2019s review. Wait for it in Email.',
        source: 'seed 003',
        control: { place: 'email', name: 'Advance 10 minutes' },
        hint: 'The review takes about 5 minutes: Advance 10 minutes skips the wait.',
        check: checks.mailArrived('temporary-password', 'the temporary-password e-mail arrived'),
        solution: [{ do: 'wait', ms: outsideRules.TICKET_REVIEW_DELAY_MS }],
      },
      ...useTemporaryPassword('seed 003'),
    ],
  };
}

export function p3(): PathScenario {
  return {
    path: 'P3',
    title: 'I forgot my recorder\u2019s password and want to call support',
    problem: 'The support desk takes the recorder\u2019s details by phone and issues a temporary password.',
    start: { recorder: 'forgotPassword', world: 'newWorld' },
    gather: true,
    steps: [
      ...gatherDeviceFacts('seed 001'),
      {
        instruction:
          'Call support: at the Support Desk, the agent types your Device ID, model, serial number and the displayed date into Phone call, attaches the two photos you sent, and clicks Issue temporary password.',
        source: 'seed 004',
        control: { place: 'desk', name: 'Phone call' },
        hint: 'Support asks for the pictures of the Device Info screen and the sticker before assisting you.',
        check: checks.ticketSubmitted('phone'),
        solution: [{ do: 'world', command: 'desk.phoneCall' }],
      },
      ...useTemporaryPassword('seed 001'),
    ],
  };
}

export function p4(): PathScenario {
  return {
    path: 'P4',
    title: 'I forgot my recorder\u2019s password and use the mobile app',
    problem: 'The owner\u2019s app e-mails a temporary password for the date the recorder displays.',
    start: { recorder: 'forgotPassword', world: 'appSignedIn' },
    steps: [
      {
        instruction:
          'In the Mobile App, open the recorder\u2019s Device Info > Device Password > Forgot device password, and click Send Reset Instructions.',
        source: 'domain research §6a',
        control: { place: 'app', name: 'Device Info' },
        hint: 'Only the owner of the device can do this; shared users cannot.',
        check: checks.mailArrived('temporary-password', 'the temporary-password e-mail arrived'),
        solution: [{ do: 'world', command: 'app.sendDevicePasswordReset' }],
      },
      ...useTemporaryPassword('domain research §6a'),
    ],
  };
}

const newRecoveryPassword = {
  instruction: 'Enter a new admin password in New Password and Confirm Password, and click OK.',
  source: 'domain research §6b',
  control: { place: 'recorder', name: 'New Password' },
  hint: 'The new password must follow the recorder\u2019s password rule.',
  check: checks.adminPasswordChanged(),
  solution: [
    { do: 'fill', name: 'New Password', text: '{newPassword}' },
    { do: 'fill', name: 'Confirm Password', text: '{newPassword}' },
    { do: 'click', name: 'OK' },
  ],
} as const;

const forgotPassword = {
  instruction: 'Click Forgot Password on the login dialog: Password Recovery opens.',
  source: 'domain research §6b',
  control: { place: 'recorder', name: 'Forgot Password' },
  hint: 'Password Recovery asks the security questions set up when the recorder was first started.',
  check: {
    says: 'Password Recovery is open',
    holds: (view) => view.recorder.matches({ on: { running: { ready: 'passwordRecovery' } } }),
  },
  solution: [{ do: 'click', name: 'Forgot Password' }],
} as const satisfies PathScenario['steps'][number];

export function p5(): PathScenario {
  return {
    path: 'P5',
    title: 'I forgot my recorder\u2019s password but know my security answers',
    problem: 'Answer a security question on the recorder, then set a new password.',
    start: { recorder: 'forgotPassword', world: 'newWorld' },
    steps: [
      openLogin('domain research §6b'),
      forgotPassword,
      {
        instruction: 'Type the answer to the Security Question shown in Answer, and click OK.',
        source: 'domain research §6b',
        control: { place: 'recorder', name: 'Answer' },
        hint: 'The first question is the name of your first pet (in this practice world: Rex). Case and spaces do not matter.',
        check: checks.inPasswordRecovery('newPassword', 'the recorder asks for a new password'),
        solution: [
          { do: 'fill', name: 'Answer', text: '{answer1}' },
          { do: 'click', name: 'OK' },
        ],
      },
      newRecoveryPassword,
    ],
  };
}

export function p5App(): PathScenario {
  return {
    path: 'P5',
    variant: 'app',
    title: 'I forgot my recorder\u2019s password and my security answers',
    problem: 'Verify through the app account instead: the app approves the code the recorder shows.',
    start: { recorder: 'forgotPassword', world: 'appSignedIn' },
    steps: [
      openLogin('domain research §6b'),
      forgotPassword,
      {
        instruction: 'Click Use App Verification: the recorder shows a 6-digit Verification Code and a QR code.',
        source: 'domain research §6b',
        control: { place: 'recorder', name: 'Use App Verification' },
        hint: 'Three wrong answers lead here too.',
        check: checks.inPasswordRecovery('appVerification', 'the recorder shows a verification code'),
        solution: [{ do: 'click', name: 'Use App Verification' }],
      },
      {
        instruction:
          'In the Mobile App, open the recorder\u2019s Device Info > Device Password, and type the code the recorder shows in Account verification.',
        source: 'domain research §6b',
        control: { place: 'app', name: 'Device Info' },
        hint: 'The code is valid for 10 minutes.',
        check: checks.inPasswordRecovery('newPassword', 'the recorder asks for a new password'),
        solution: [{ do: 'world', command: 'app.verifyRecorder' }],
      },
      newRecoveryPassword,
    ],
  };
}
