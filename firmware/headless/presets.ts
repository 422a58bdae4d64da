/**
 * Presets: the common starting points of a practice session, as data. A preset is a flash (built with real salted
 * PBKDF2 hashes at the injected cost, salts from a seeded generator) plus, where the state lives only in RAM (a
 * lockout), the events to replay once the recorder has booted. Presets never branch on a model id: what differs
 * (password rule, lockout rule, default accounts, camera inputs) is read from the catalogue.
 *
 * Credentials a preset uses are listed in PRESET_PASSWORDS (*invented* practice values, not any vendor's default);
 * docs/node-api.md describes each preset.
 */
import { isRecorderModelId, RECORDER_MODELS, type RecorderModel, type RecorderModelId } from '../catalogue/models';
import { PROFILES, type Profile } from '../catalogue/profiles';
import { DEFAULT_WORLD_START_MS, PASSWORD_SALT_BYTES, PBKDF2_ITERATIONS } from '../catalogue/rules';
import { deviceTime } from '../domain/deviceTime';
import { PASSWORD_RULES, type PasswordRuleId } from '../domain/passwordRules';
import { SeededRandom } from '../domain/random';
import { withLogEntry } from '../domain/systemLog';
import { normalizeAnswer, withSecurityAnswers } from '../domain/securityAnswers';
import { SECURITY_QUESTIONS } from '../catalogue/securityQuestions';
import { ADMIN_USER_NAME } from '../domain/users';
import type { RecorderEvent } from '../machine/types';
import { emptyFlash, type Flash, type StoredUser } from '../persistence/flash';
import { hashPassword, type PasswordHash } from '../security/passwordHash';
import { LOGIN, QUICK_MENU } from '../controls/controlIds';
import { firmwareSeedFor } from './newRecorder';

export type PresetId =
  | 'fresh'
  | 'initialized'
  | 'forgotPassword'
  | 'lockedOut'
  | 'secondAdmin'
  | 'wrongClock'
  | 'cameraAuthError'
  | 'upgradeInterrupted';

export const PRESET_IDS: readonly PresetId[] = [
  'fresh',
  'initialized',
  'forgotPassword',
  'lockedOut',
  'secondAdmin',
  'wrongClock',
  'cameraAuthError',
  'upgradeInterrupted',
];

export const isPresetId = (value: unknown): value is PresetId => PRESET_IDS.includes(value as PresetId);

/** A user name and the password the person practising knows for it. */
export interface PresetCredential {
  readonly user: string;
  readonly password: string;
}

/**
 * Practice passwords, one per password rule so each satisfies its family's rule. *invented*
 * `known` is the owner's password; `old` an earlier admin password (what cameras still hold); `second` the second
 * admin's; `wrong` what a forgetful owner keeps typing.
 */
export const PRESET_PASSWORDS: Readonly<
  Record<PasswordRuleId, { known: string; old: string; second: string; wrong: string }>
> = {
  eightToThirtyTwoTwoTypes: { known: 'Camera2026', old: 'Garage2019', second: 'Manager2026', wrong: 'Camera2025' },
  sixCharacters: { known: '482913', old: '731946', second: '260511', wrong: '482914' },
};

/**
 * The answers to the three security questions (SECURITY_QUESTIONS) of every initialized preset of a family that asks
 * them at Device Initialization (`connect`, P5): the owner remembers them. *invented* practice answers.
 */
export const PRESET_SECURITY_ANSWERS: readonly [string, string, string] = ['Rex', 'Springfield', 'Maple'];

/** The second admin account of the `secondAdmin` preset (P6). *invented* */
export const SECOND_ADMIN_NAME = 'manager';

/** How far the `wrongClock` preset's device clock is behind the world: 3 days 4 hours. *invented* */
export const WRONG_CLOCK_OFFSET_MS = -((3 * 24 + 4) * 3_600_000);

/** Which channel the `cameraAuthError` preset has a camera on (channel 1). */
export const AUTH_ERROR_CHANNEL_INDEX = 0;

export interface PresetOptions {
  readonly modelId: RecorderModelId;
  readonly seed: number;
  readonly pbkdf2Iterations?: number;
  /** World time at the start (the log entries a preset writes are stamped with its device time). */
  readonly now?: number;
}

export interface BuiltPreset {
  readonly id: PresetId;
  readonly flash: Flash;
  /** Events to send, one by one, each after the previous one's busy work, once the recorder has booted. */
  readonly afterBoot: readonly RecorderEvent[];
  /** Credentials that work on this recorder (empty: none known, e.g. the forgotten password). */
  readonly credentials: readonly PresetCredential[];
}

interface PresetBuildContext {
  readonly model: RecorderModel;
  readonly profile: Profile;
  readonly passwords: (typeof PRESET_PASSWORDS)[PasswordRuleId];
  readonly random: SeededRandom;
  readonly deviceNow: number;
  hash(password: string): Promise<PasswordHash>;
}

interface PresetDefinition {
  readonly title: string;
  /** What it is for (the reset paths it starts). */
  readonly purpose: string;
  build(context: PresetBuildContext): Promise<Omit<BuiltPreset, 'id'>>;
}

/** A password the owner does not know: drawn from the seed, satisfying the family's rule. */
function forgottenPassword(profile: Profile, random: SeededRandom): string {
  const rule = PASSWORD_RULES[profile.passwordRule];
  const digits = random.string('0123456789', rule.minLength);
  if (rule.minCharacterTypes <= 1) return digits;
  return random.string('ABCDEFGHJKLMNPQRSTUVWXYZ', 1) + random.string('abcdefghijkmnopqrstuvwxyz', 3) + digits;
}

/** The users of an initialized recorder whose admin password is `adminPassword`: the family's other factory
 * accounts keep their documented default password. */
async function initializedUsers(context: PresetBuildContext, adminPassword: string): Promise<StoredUser[]> {
  const users: StoredUser[] = [{ name: ADMIN_USER_NAME, group: 'admin', password: await context.hash(adminPassword) }];
  for (const account of context.profile.defaultAccounts) {
    if (account.name === ADMIN_USER_NAME) continue;
    users.push({ name: account.name, group: account.group, password: await context.hash(account.password) });
  }
  return users;
}

async function initializedFlash(context: PresetBuildContext, adminPassword: string): Promise<Flash> {
  const users = await initializedUsers(context, adminPassword);
  const answers = context.profile.securityQuestions
    ? await Promise.all(PRESET_SECURITY_ANSWERS.map((answer) => context.hash(normalizeAnswer(answer))))
    : [];
  const flash = withSecurityAnswers(
    { ...emptyFlash(context.model.firmwareVersion), initialized: true, users },
    answers.length > 0 ? SECURITY_QUESTIONS : [],
    answers,
  );
  return withLogEntry(flash, context.deviceNow, 'passwordChanged', ADMIN_USER_NAME, 'Admin password set');
}

const owner = (context: PresetBuildContext): PresetCredential[] => [
  { user: ADMIN_USER_NAME, password: context.passwords.known },
];

/** Wrong logins until the profile's lockout rule locks the admin account (RAM only: replayed after boot). */
function lockoutEvents(context: PresetBuildContext): RecorderEvent[] {
  const attempt: RecorderEvent[] = [
    { type: 'SET_FIELD', control: LOGIN.userName, value: ADMIN_USER_NAME },
    { type: 'SET_FIELD', control: LOGIN.password, value: context.passwords.wrong },
    { type: 'ACTIVATE', control: LOGIN.ok },
  ];
  const open: RecorderEvent[] = [
    { type: 'CONTEXT_MENU', x: 640, y: 360 },
    { type: 'ACTIVATE', control: QUICK_MENU.mainMenu },
  ];
  return [...open, ...Array.from({ length: context.profile.lockout.maxFailures }, () => attempt).flat()];
}

export const PRESETS: Readonly<Record<PresetId, PresetDefinition>> = {
  fresh: {
    title: 'Fresh from the box',
    purpose: 'First boot: Device Initialization, or the default accounts of older families.',
    build: async (context) => ({
      flash: emptyFlash(context.model.firmwareVersion),
      afterBoot: [],
      credentials: context.profile.defaultAccounts.map((a) => ({ user: a.name, password: a.password })),
    }),
  },
  initialized: {
    title: 'Initialized',
    purpose: 'P1: the owner knows the admin password and changes it.',
    build: async (context) => ({
      flash: await initializedFlash(context, context.passwords.known),
      afterBoot: [],
      credentials: owner(context),
    }),
  },
  forgotPassword: {
    title: 'Forgot password',
    purpose: 'P2-P5, P7: initialized with an admin password the owner does not know.',
    build: async (context) => ({
      flash: await initializedFlash(context, forgottenPassword(context.profile, context.random)),
      afterBoot: [],
      credentials: [],
    }),
  },
  lockedOut: {
    title: 'Locked out',
    purpose: 'P11: too many wrong passwords; the login is locked until the lock expires or a power cycle.',
    build: async (context) => ({
      flash: await initializedFlash(context, context.passwords.known),
      afterBoot: lockoutEvents(context),
      credentials: owner(context),
    }),
  },
  secondAdmin: {
    title: 'Second admin',
    purpose: 'P6: the admin password is forgotten; a second admin-group account resets it.',
    build: async (context) => {
      const flash = await initializedFlash(context, forgottenPassword(context.profile, context.random));
      const second: StoredUser = {
        name: SECOND_ADMIN_NAME,
        group: 'admin',
        password: await context.hash(context.passwords.second),
      };
      return {
        flash: withLogEntry(
          { ...flash, users: [...flash.users, second] },
          context.deviceNow,
          'userAdded',
          SECOND_ADMIN_NAME,
          `User ${SECOND_ADMIN_NAME} added`,
        ),
        afterBoot: [],
        credentials: [{ user: SECOND_ADMIN_NAME, password: context.passwords.second }],
      };
    },
  },
  wrongClock: {
    title: 'Wrong clock',
    purpose: 'P2/P3: the displayed date differs from the real one; support must use the date shown on the device.',
    build: async (context) => ({
      flash: {
        ...(await initializedFlash(context, forgottenPassword(context.profile, context.random))),
        clockOffsetMs: WRONG_CLOCK_OFFSET_MS,
      },
      afterBoot: [],
      credentials: [],
    }),
  },
  cameraAuthError: {
    title: 'Camera authentication error',
    purpose: 'P7/P8: a camera still holds the old admin password: the channel shows an authentication error.',
    build: async (context) => {
      if (context.model.cameraInputs !== 'poe') {
        throw new Error(`${context.model.id} has analog (BNC) cameras: they have no password to get out of sync.`);
      }
      const flash = await initializedFlash(context, context.passwords.known);
      const old = await context.hash(context.passwords.old);
      const channels = Array.from({ length: context.model.channels }, (_, index) => ({
        name: `CH${index + 1}`,
        credential: index === AUTH_ERROR_CHANNEL_INDEX ? old.hash : null,
        cameraSerial: index === AUTH_ERROR_CHANNEL_INDEX ? `E893AB${context.random.string('0123456789', 8)}` : null,
      }));
      return { flash: { ...flash, channels }, afterBoot: [], credentials: owner(context) };
    },
  },
  upgradeInterrupted: {
    title: 'Upgrade interrupted',
    purpose: 'P12: power was lost while a firmware image was being written; the next boot goes to recovery.',
    build: async (context) => {
      const flash = await initializedFlash(context, context.passwords.known);
      return {
        flash: withLogEntry(
          { ...flash, firmware: { ...flash.firmware, upgradeInProgress: true } },
          context.deviceNow,
          'upgrade',
          ADMIN_USER_NAME,
          'Firmware upgrade started',
        ),
        afterBoot: [],
        credentials: owner(context),
      };
    },
  },
};

/** The preset's flash and steps for a recorder of `modelId` in the world of `seed`. */
export async function buildPreset(id: PresetId, options: PresetOptions): Promise<BuiltPreset> {
  if (!isPresetId(id)) throw new Error(`Unknown preset "${String(id)}". Presets: ${PRESET_IDS.join(', ')}.`);
  if (!isRecorderModelId(options.modelId)) throw new Error(`Unknown recorder model "${String(options.modelId)}".`);
  const definition = PRESETS[id];
  const model = RECORDER_MODELS[options.modelId];
  const profile = PROFILES[model.profile];
  const iterations = options.pbkdf2Iterations ?? PBKDF2_ITERATIONS;
  // A draw of its own: neither the unit's identity nor the firmware's salts.
  const random = new SeededRandom(firmwareSeedFor(options.seed) ^ 0x7e5e7);
  const context: PresetBuildContext = {
    model,
    profile,
    passwords: PRESET_PASSWORDS[profile.passwordRule],
    random,
    deviceNow: deviceTime(options.now ?? DEFAULT_WORLD_START_MS, 0),
    hash: (password) => hashPassword(password, random.hex(PASSWORD_SALT_BYTES), iterations),
  };
  const built = await definition.build(context);
  const flash = id === 'fresh' ? built.flash : { ...built.flash, randomSeed: random.currentState };
  return { id, ...built, flash };
}
