/** Fixtures for the temporary-password, clock and System Log tests: the support desk's side, the clock page. */
import { formatDeviceDate, issueTemporaryPassword, type RecorderDriver } from '../../../firmware';

/** The date the recorder displays now. */
export function displayedDate(driver: RecorderDriver): string {
  const { context } = driver.recorder.snapshot();
  return formatDeviceDate(context.now + context.flash.clockOffsetMs);
}

/** What the support desk issues for this unit and `date` (default: the date the recorder displays). */
export async function supportCode(driver: RecorderDriver, date = displayedDate(driver)): Promise<string> {
  await driver;
  const { unit } = driver.recorder.snapshot().context;
  return issueTemporaryPassword({ secret: unit.secret, deviceId: unit.deviceId, date });
}

/** Device ms left until `hh:mm:ss` of the displayed day. */
export function untilTimeOfDay(driver: RecorderDriver, hours: number, minutes: number, seconds: number): number {
  const { context } = driver.recorder.snapshot();
  const device = context.now + context.flash.clockOffsetMs;
  const midnight = device - (device % 86_400_000);
  return midnight + ((hours * 60 + minutes) * 60 + seconds) * 1000 - device;
}

/** Cloud path to the Date & Time page, from the Main Menu. */
export const openCloudClockPage = (driver: RecorderDriver): RecorderDriver =>
  driver.click('Settings').click('System').click('General');

/** From the Main Menu: Shutdown > Logout. */
export const logOut = (driver: RecorderDriver): RecorderDriver => driver.click('Shutdown').click('Logout');
