/**
 * The temporary password of the date a recorder displays, computed synchronously (Node's HMAC) from the same pure
 * parts as the firmware's WebCrypto derivation, so the model can offer the right code and predict the check's
 * outcome while the graph is built. tests/firmware/domain/temporaryPassword.test.ts checks both agree.
 */
import { createHmac } from 'node:crypto';
import { formatDeviceDate } from '../../../firmware';
import type { RecorderContext } from '../../../firmware/machine/types';
import {
  normalizeTemporaryPassword,
  temporaryPasswordFromMac,
  temporaryPasswordMessage,
} from '../../../firmware/security/temporaryPassword';

/** Codes already derived (the derivation is pure; the graph asks for the same few dates thousands of times). */
const codes = new Map<string, string>();

export function temporaryCodeSync(secret: string, deviceId: string, date: string): string {
  const key = `${secret}|${deviceId}|${date}`;
  let code = codes.get(key);
  if (code === undefined) {
    const mac = createHmac('sha256', Buffer.from(secret, 'hex'))
      .update(temporaryPasswordMessage(deviceId, date))
      .digest();
    codes.set(key, (code = temporaryPasswordFromMac(new Uint8Array(mac))));
  }
  return code;
}

/** The code support would issue for the date `context`'s recorder displays now. */
export const temporaryCodeOf = (context: RecorderContext): string =>
  temporaryCodeSync(
    context.unit.secret,
    context.unit.deviceId,
    formatDeviceDate(context.now + context.flash.clockOffsetMs),
  );

/** Whether the firmware's check accepts `typed` as `context`'s code for `date`. */
export const isTemporaryCode = (typed: string, secret: string, deviceId: string, date: string): boolean =>
  normalizeTemporaryPassword(typed) === normalizeTemporaryPassword(temporaryCodeSync(secret, deviceId, date));

/** Text fields where a person may type the temporary password. */
export const TEMPORARY_CODE_FIELDS = new Set(['login.password', 'modifyUser.oldPassword']);
/**
 * Where the code is offered: at login for admin (other users are refused before the code is checked, like a wrong
 * password), and as Old Password in a session it opened (elsewhere it is just a wrong password). Keeps the graph small.
 */
export function isTemporaryCodeOffered(control: string, context: RecorderContext): boolean {
  // Offered on the Device Initialization family only: the default-accounts family takes the same transitions.
  if (context.profile.firstBoot !== 'deviceInitialization') return false;
  if (control === 'login.password') return (context.form.values['login.userName'] ?? '').trim() === 'admin';
  return control === 'modifyUser.oldPassword' && context.session?.viaTemporaryPassword === true;
}
