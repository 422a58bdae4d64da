/**
 * The temporary password (docs/invented-values.md, reset paths P2, P3, P4): what the simulated support desk issues to a customer who
 * proved ownership, and what the recorder accepts for `admin` on the day it was issued for.
 *
 * Derivation (*invented* for this simulator; it does not imitate any vendor's reset-code or master-password scheme,
 * and a code from it opens nothing but this simulator):
 *
 *   mac  = HMAC-SHA-256(key = the unit's secret (32 random bytes), message = DOMAIN | Device ID | date YYYY-MM-DD)
 *   code = the first 12 bytes of mac, each taken modulo 32 into TEMPORARY_PASSWORD_ALPHABET (unbiased: 256 = 8 × 32),
 *          written as three groups of four joined by '-' (e.g. "K7QM-2XTA-9PLD", 60 bits)
 *
 * Only the support desk knows the secret (it "manufactured" the unit); the recorder checks a typed code offline by
 * deriving the code of the date its clock displays. The check ignores case, spaces and hyphens, because people read
 * codes out over the phone.
 */
import { hexToBytes, subtleCrypto, utf8 } from './webCrypto';

/** Letters and digits without the look-alikes I, O, 0 and 1 (as the Device ID). *invented* */
export const TEMPORARY_PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const TEMPORARY_PASSWORD_GROUPS = 3;
export const TEMPORARY_PASSWORD_GROUP_LENGTH = 4;
/** Domain separation: the HMAC of this simulator's temporary passwords, version 1. *invented* */
const DOMAIN = 'recorder-simulator/temporary-password/v1';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export interface TemporaryPasswordRequest {
  /** The unit's secret, hex (UnitIdentity.secret). */
  readonly secret: string;
  readonly deviceId: string;
  /** The date the recorder displays, YYYY-MM-DD, as written on the request. */
  readonly date: string;
}

/** The HMAC message for a Device ID and date. */
export function temporaryPasswordMessage(deviceId: string, date: string): string {
  if (!DATE_PATTERN.test(date)) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  return `${DOMAIN}|${deviceId}|${date}`;
}

/** The typeable code for an HMAC output (at least 12 bytes). */
export function temporaryPasswordFromMac(mac: Uint8Array): string {
  const length = TEMPORARY_PASSWORD_GROUPS * TEMPORARY_PASSWORD_GROUP_LENGTH;
  if (mac.length < length) throw new Error('HMAC output too short.');
  const characters = Array.from(mac.slice(0, length), (byte) => TEMPORARY_PASSWORD_ALPHABET[byte % 32] ?? '');
  const groups: string[] = [];
  for (let i = 0; i < length; i += TEMPORARY_PASSWORD_GROUP_LENGTH) {
    groups.push(characters.slice(i, i + TEMPORARY_PASSWORD_GROUP_LENGTH).join(''));
  }
  return groups.join('-');
}

/** The issuing side (the simulated support desk): the temporary password of a unit for one displayed date. */
export async function issueTemporaryPassword(request: TemporaryPasswordRequest): Promise<string> {
  const subtle = subtleCrypto();
  const key = await subtle.importKey('raw', hexToBytes(request.secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = await subtle.sign('HMAC', key, utf8(temporaryPasswordMessage(request.deviceId, request.date)));
  return temporaryPasswordFromMac(new Uint8Array(mac));
}

/** A typed code as compared: upper case, without spaces and hyphens. */
export const normalizeTemporaryPassword = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

/**
 * The recorder's offline check: whether `typed` is the temporary password of this unit for `date` (the date its
 * clock displays now). Compares every character, so the time taken does not depend on where they differ.
 */
export async function checkTemporaryPassword(request: TemporaryPasswordRequest & { typed: string }): Promise<boolean> {
  if (!DATE_PATTERN.test(request.date)) return false;
  const expected = normalizeTemporaryPassword(await issueTemporaryPassword(request));
  const typed = normalizeTemporaryPassword(request.typed);
  if (typed.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= expected.charCodeAt(i) ^ typed.charCodeAt(i);
  return difference === 0;
}
