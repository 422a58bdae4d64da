/**
 * The recorder families ("profiles", docs/reset-paths.md#families) as one data table. Adding a family means adding a row here and a
 * menu tree in menuTrees.ts; the firmware machine reads these values and never branches on a profile id.
 *
 * `sources` names where each value comes from; *invented* marks a simulator choice no source supports.
 */
import type { MenuBranch } from '../domain/menuTree';
import type { PasswordRuleId } from '../domain/passwordRules';
import { LOCK_DURATION_MS } from './rules';
import { APP_MENU, CLOUD_MENU, CONNECT_MENU, HOME_MENU, LEGACY_MENU } from './menuTrees';

export type ProfileId = 'legacy' | 'cloud' | 'home' | 'app' | 'connect';

/** User groups. Only an admin-group user may change another user's password (docs/reset-paths.md#families). */
export type UserGroup = 'admin' | 'user';

/** What the recorder does the first time it boots with an empty flash. */
export type FirstBoot =
  /** Device Initialization: the owner creates the admin password (Dahua-style new firmware). */
  | 'deviceInitialization'
  /** Factory accounts with a documented default password are active at once (older recorders). */
  | 'defaultAccounts';

/**
 * What the login dialog offers a user who forgot the admin password: nothing (support only), or Forgot Password
 * leading to the security questions with the app-account verification as fallback (P5, KB-N831).
 */
export type LoginRecovery = 'securityQuestions' | null;

/** A reset path id from docs/reset-paths.md. */
export type ResetPathId = 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7' | 'P8' | 'P9' | 'P10' | 'P11' | 'P12' | 'P13';

export interface LockoutRule {
  /** Wrong passwords in a row, for one account, that lock it. */
  readonly maxFailures: number;
  readonly lockDurationMs: number;
}

export interface DefaultAccount {
  readonly name: string;
  readonly group: UserGroup;
  /** The documented factory password (public knowledge from the manuals), hashed at first boot. */
  readonly password: string;
}

export interface Profile {
  readonly id: ProfileId;
  /** The app family the recorder belongs to, as the support articles name it. */
  readonly family: string;
  readonly menu: MenuBranch;
  readonly passwordRule: PasswordRuleId;
  readonly lockout: LockoutRule;
  readonly firstBoot: FirstBoot;
  /** Accounts that exist before anyone initializes the recorder (only for `defaultAccounts`). */
  readonly defaultAccounts: readonly DefaultAccount[];
  /** Whether Device Initialization also asks for three security questions (P5). */
  readonly securityQuestions: boolean;
  /** What the login dialog's Forgot Password offers, if the family has it (P5). */
  readonly loginRecovery: LoginRecovery;
  /** The reset paths a customer of this family can take. */
  readonly resetPaths: readonly ResetPathId[];
  readonly sources: Readonly<
    Record<'menu' | 'passwordRule' | 'lockout' | 'firstBoot' | 'resetPaths' | 'loginRecovery', string>
  >;
}

const CLOUD_LIKE_LOCKOUT: LockoutRule = { maxFailures: 5, lockDurationMs: LOCK_DURATION_MS };

export const PROFILES: Readonly<Record<ProfileId, Profile>> = {
  legacy: {
    id: 'legacy',
    family: 'Legacy (LNR400 / NR800)',
    menu: LEGACY_MENU,
    passwordRule: 'sixCharacters',
    lockout: { maxFailures: 3, lockDurationMs: LOCK_DURATION_MS },
    firstBoot: 'defaultAccounts',
    defaultAccounts: [
      { name: 'admin', group: 'admin', password: '000000' },
      // The view-only account; the manuals give no password for it. *invented*: the same documented default.
      { name: 'default', group: 'user', password: '000000' },
    ],
    securityQuestions: false,
    loginRecovery: null,
    resetPaths: ['P1', 'P3', 'P6', 'P7', 'P11', 'P12', 'P13'],
    sources: {
      menu: 'MAN-LNR400, MAN-NR800',
      passwordRule: 'MAN-LNR400: "enter a new 6 character password"',
      lockout: 'MAN-LNR400: 3 or more wrong tries, reset after 30 minutes or a power cycle',
      firstBoot: 'MAN-LNR400: admin / 000000 plus a view-only default user',
      resetPaths: 'KB-old-tech (support only)',
      loginRecovery: 'KB-old-tech: none on the recorder (support only)',
    },
  },
  cloud: {
    id: 'cloud',
    family: 'Lorex Cloud',
    menu: CLOUD_MENU,
    passwordRule: 'eightToThirtyTwoTwoTypes',
    lockout: CLOUD_LIKE_LOCKOUT,
    firstBoot: 'deviceInitialization',
    defaultAccounts: [],
    securityQuestions: false,
    loginRecovery: null,
    resetPaths: ['P1', 'P2', 'P3', 'P6', 'P7', 'P11', 'P12', 'P13'],
    sources: {
      menu: 'seed 001 / KB-Cloud: Settings > System > Account > User, pencil "Modify"',
      passwordRule: 'seed 001: minimum 8, 2 of 4 types; maximum 32 from KB-App',
      lockout: '*invented*: 5 tries (Dahua OEM figure), 30 min',
      firstBoot: 'DH-init, QSG-N843: create a secure password at first boot',
      resetPaths: 'seed 000, seed 001',
      loginRecovery: 'seed 001: none on the recorder (temporary password from support)',
    },
  },
  home: {
    id: 'home',
    family: 'Lorex Home',
    menu: HOME_MENU,
    passwordRule: 'eightToThirtyTwoTwoTypes',
    lockout: CLOUD_LIKE_LOCKOUT,
    firstBoot: 'deviceInitialization',
    defaultAccounts: [],
    securityQuestions: false,
    loginRecovery: null,
    resetPaths: ['P1', 'P2', 'P3', 'P4', 'P6', 'P7', 'P11', 'P12', 'P13'],
    sources: {
      menu: 'MAN-N841: SYSTEM > ACCOUNT > User',
      passwordRule: 'KB-Home: minimum 8, 2 of 4 types',
      lockout: '*invented*: as cloud',
      firstBoot: 'QSG-N843: the Setup Wizard creates a secure password',
      resetPaths: 'KB-Home (app Forgot device password), KB-old-tech (phone)',
      loginRecovery: 'KB-Home: recovery is in the app, not on the recorder',
    },
  },
  app: {
    id: 'app',
    family: 'Lorex App',
    menu: APP_MENU,
    passwordRule: 'eightToThirtyTwoTwoTypes',
    lockout: CLOUD_LIKE_LOCKOUT,
    firstBoot: 'deviceInitialization',
    defaultAccounts: [],
    securityQuestions: false,
    loginRecovery: null,
    resetPaths: ['P1', 'P2', 'P3', 'P4', 'P6', 'P7', 'P11', 'P12', 'P13'],
    sources: {
      menu: 'KB-App-new: Main Menu > Users > User, Edit icon',
      passwordRule: 'KB-App-new: 8 to 32 characters, at least 2 types',
      lockout: '*invented*: as cloud',
      firstBoot: '*invented*: as cloud',
      resetPaths: 'KB-App-new (app email), seed 000 (website form)',
      loginRecovery: 'KB-App-new: recovery is in the app, not on the recorder',
    },
  },
  connect: {
    id: 'connect',
    family: 'Lorex Connect',
    menu: CONNECT_MENU,
    passwordRule: 'eightToThirtyTwoTwoTypes',
    lockout: CLOUD_LIKE_LOCKOUT,
    firstBoot: 'deviceInitialization',
    defaultAccounts: [],
    securityQuestions: true,
    loginRecovery: 'securityQuestions',
    resetPaths: ['P1', 'P3', 'P5', 'P6', 'P7', 'P11', 'P12', 'P13'],
    sources: {
      menu: '*invented*: Main Menu > System > User',
      passwordRule: '*invented*: as cloud',
      lockout: '*invented*: as cloud',
      firstBoot: 'KB-N831: security questions set up during the Lorex Setup Wizard',
      resetPaths: 'KB-N831',
      loginRecovery: 'KB-N831: Forgot Password > Password Recovery (questions), then Lorex Connect app verification',
    },
  },
};
