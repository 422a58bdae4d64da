/**
 * Facts: the values a solution types, read from the world when the action runs, never written into the catalogue
 * (the temporary password exists only once support has issued it). A solution's text names them in braces:
 * `{temporaryPassword}`. FACT_NAMES is the closed list the catalogue's schema accepts.
 */
import {
  PRESET_PASSWORDS,
  PRESET_SECURITY_ANSWERS,
  PROFILES,
  RECORDER_MODELS,
  recorderDisplayedDate,
  SECOND_ADMIN_NAME,
} from '../firmware';
import { outsideRules, type EmailKind } from '../outside';
import { LESSON_NEW_ACCOUNT_PASSWORD, LESSON_NEW_PASSWORDS } from './lessonValues';
import type { WorldView } from './scenarioWorld';

export const FACT_NAMES = [
  'ownerPassword',
  'newPassword',
  'wrongPassword',
  'secondAdmin',
  'secondAdminPassword',
  'temporaryPassword',
  'verificationCode',
  'answer1',
  'answer2',
  'answer3',
  'customerEmail',
  'customerPassword',
  'newAccountPassword',
  'modelId',
  'deviceId',
  'serialNumber',
  'displayedDate',
  'purchaseDate',
] as const;

export type FactName = (typeof FACT_NAMES)[number];

export class MissingFactError extends Error {}

/** The value after `<label>: ` on a line of the newest e-mail of `kind`, or null. */
export function mailLine(view: WorldView, kind: EmailKind, label: string): string | null {
  const mails = view.outside.mailbox.filter((mail) => mail.kind === kind);
  const newest = mails.reduce<(typeof mails)[number] | null>(
    (latest, mail) => (latest === null || mail.receivedAt >= latest.receivedAt ? mail : latest),
    null,
  );
  const line = newest?.body.find((text) => text.startsWith(`${label}: `));
  return line ? line.slice(label.length + 2) : null;
}

function temporaryPassword(view: WorldView): string | null {
  const mailed = mailLine(view, 'temporary-password', 'Temporary password');
  if (mailed) return mailed;
  const issued = view.outside.tickets.filter((ticket) => ticket.temporaryPassword !== null);
  return issued.at(-1)?.temporaryPassword ?? null;
}

/** The value of one fact in this world now; null when the world does not have it yet. */
export function factValue(view: WorldView, name: FactName): string | null {
  const { context } = view.recorder;
  const passwords = PRESET_PASSWORDS[PROFILES[RECORDER_MODELS[context.model.id].profile].passwordRule];
  switch (name) {
    case 'ownerPassword':
      return passwords.known;
    case 'newPassword':
      return LESSON_NEW_PASSWORDS[context.profile.passwordRule];
    case 'wrongPassword':
      return passwords.wrong;
    case 'secondAdmin':
      return SECOND_ADMIN_NAME;
    case 'secondAdminPassword':
      return passwords.second;
    case 'temporaryPassword':
      return temporaryPassword(view);
    case 'verificationCode':
      return mailLine(view, 'verification-code', 'Verification code');
    case 'answer1':
    case 'answer2':
    case 'answer3':
      return PRESET_SECURITY_ANSWERS[Number(name.slice(-1)) - 1] ?? null;
    case 'customerEmail':
      return view.outside.account.email;
    case 'customerPassword':
      return outsideRules.CUSTOMER.password;
    case 'newAccountPassword':
      return LESSON_NEW_ACCOUNT_PASSWORD;
    case 'modelId':
      return context.model.id;
    case 'deviceId':
      return context.unit.deviceId;
    case 'serialNumber':
      return context.unit.serialNumber;
    case 'displayedDate':
      return recorderDisplayedDate(view.recorder);
    case 'purchaseDate':
      return mailLine(view, 'order-confirmation', 'Date of purchase');
  }
}

const PLACEHOLDER = /\{([a-zA-Z0-9]+)\}/g;

/** The fact names a text refers to. */
export const factsIn = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');

export const isFactName = (name: string): name is FactName => (FACT_NAMES as readonly string[]).includes(name);

/** The text with every `{fact}` replaced by its value; throws MissingFactError naming a fact the world lacks. */
export function resolveText(view: WorldView, text: string): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    if (!isFactName(name)) throw new MissingFactError(`Unknown fact {${name}}.`);
    const value = factValue(view, name);
    if (value === null) throw new MissingFactError(`The world has no ${name} yet.`);
    return value;
  });
}
