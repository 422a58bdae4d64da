/** Walks shared by the users-and-rights tests: each family's way to its user list, and the connect first boot. */
import { drive, type HeadlessRecorderOptions, type RecorderDriver, type RecorderModelId } from '../../../firmware';
import { ADMIN_PASSWORD, FAST, initializedRecorder, SECURITY_ANSWERS, STATE } from '../support';

/** Answers the connect family's Device Initialization is given (note the case and spaces: they are normalised). */
export const ANSWERS = SECURITY_ANSWERS;

export interface Family {
  readonly family: string;
  readonly modelId: RecorderModelId;
  readonly path: readonly string[];
  /** The admin password once the recorder is up. */
  readonly adminPassword: string;
  /** A password the family's rule accepts, and one it refuses. */
  readonly good: string;
  readonly bad: string;
}

const modern = (family: string, modelId: RecorderModelId, path: readonly string[]): Family => ({
  family,
  modelId,
  path,
  adminPassword: ADMIN_PASSWORD,
  good: 'Second#2026',
  bad: 'short',
});

export const CLOUD = modern('cloud', 'LNR6108', ['Settings', 'System', 'Account', 'User']);
export const CONNECT = modern('connect', 'N831A81', ['System', 'User']);
export const LEGACY: Family = {
  family: 'legacy',
  modelId: 'LNR440',
  path: ['Setting', 'Account'],
  adminPassword: '000000',
  good: '2nd#ad',
  bad: '12345',
};

export const FAMILIES: readonly Family[] = [
  CLOUD,
  modern('home', 'N841A81', ['System', 'Account', 'User']),
  modern('app', 'N863A63B', ['Users', 'User']),
  CONNECT,
  LEGACY,
];

/** Device Initialization of the connect family: password, the three security answers, Finish. */
export const initializedConnectRecorder = (options: HeadlessRecorderOptions = { ...FAST, modelId: 'N831A81' }) =>
  initializedRecorder(options);

/** A family's recorder, up and showing live view (legacy: its default accounts). */
export function upAndRunning(family: Family, extra: Partial<HeadlessRecorderOptions> = {}): RecorderDriver {
  const options = { ...FAST, ...extra, modelId: family.modelId };
  if (family.modelId === 'N831A81') return initializedConnectRecorder(options);
  if (family.modelId === 'LNR440') return drive(options).boot().expectIn(STATE.liveView);
  return initializedRecorder(options);
}

/**
 * From live view: log in as `user` and open the family's user list. A legacy recorder still on its default password
 * asks the admin to change it first: "Later" dismisses the prompt.
 */
export function toUserList(driver: RecorderDriver, family: Family, user: string, password: string): RecorderDriver {
  const loggedIn = driver
    .rightClick()
    .click('Main Menu')
    .fill('User Name', user)
    .fill('Password', password)
    .click('OK');
  const prompted = family.modelId === 'LNR440' && user === 'admin' && password === '000000';
  return family.path.reduce((walk, label) => walk.click(label), prompted ? loggedIn.click('Later') : loggedIn);
}

/** Adds a user through the Add User dialog of the open user list. */
export function addUser(driver: RecorderDriver, name: string, password: string, admin: boolean): RecorderDriver {
  const filled = driver
    .click('Add User')
    .fill('User Name', name)
    .fill('Password', password)
    .fill('Confirm Password', password);
  return (admin ? filled.click('Admin Group') : filled).click('OK');
}
