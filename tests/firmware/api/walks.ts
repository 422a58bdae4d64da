/** Walks shared by the API, persistence and property tests (cloud menu path, docs/reset-paths.md#families). */
import type { RecorderDriver } from '../../../firmware';

/** From the Main Menu (logged in as admin): Settings > System > Account > User > Modify admin, Modify Password. */
export function openModifyAdmin(driver: RecorderDriver): RecorderDriver {
  return driver
    .click('Settings')
    .click('System')
    .click('Account')
    .click('User')
    .click('Modify admin')
    .click('Modify Password');
}

/** From the Main Menu: changes admin's password from `old` to `next` in the Modify dialog (not yet confirmed). */
export function fillAdminPasswordChange(driver: RecorderDriver, old: string, next: string): RecorderDriver {
  return openModifyAdmin(driver).fill('Old Password', old).fill('New Password', next).fill('Confirm Password', next);
}
