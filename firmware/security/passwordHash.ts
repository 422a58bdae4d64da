/**
 * Salted PBKDF2-SHA-256 password hashes through WebCrypto (docs/architecture.md#security-and-privacy). The recorder stores only these records,
 * never a password. Salts come from the firmware's seeded generator (see domain/random.ts), so hashing is
 * deterministic for a given world seed; the work factor is in the record, so a lower test cost still verifies.
 */
import { bytesToHex, hexToBytes, subtleCrypto, utf8 } from './webCrypto';

export interface PasswordHash {
  readonly algorithm: 'PBKDF2-SHA-256';
  readonly iterations: number;
  /** Hex-encoded salt. */
  readonly salt: string;
  /** Hex-encoded 256-bit derived key. */
  readonly hash: string;
}

const DERIVED_KEY_BITS = 256;

async function derive(password: string, saltHex: string, iterations: number): Promise<Uint8Array> {
  const subtle = subtleCrypto();
  const key = await subtle.importKey('raw', utf8(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: hexToBytes(saltHex), iterations },
    key,
    DERIVED_KEY_BITS,
  );
  return new Uint8Array(bits);
}

/** Hashes `password` with the given hex salt and work factor. */
export async function hashPassword(password: string, saltHex: string, iterations: number): Promise<PasswordHash> {
  if (!Number.isInteger(iterations) || iterations < 1) throw new Error('PBKDF2 iterations must be a positive integer.');
  const derived = await derive(password, saltHex, iterations);
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: saltHex, hash: bytesToHex(derived) };
}

/** Whether `password` matches `record`. Compares every byte, so the time taken does not depend on where they differ. */
export async function verifyPassword(password: string, record: PasswordHash): Promise<boolean> {
  const derived = await derive(password, record.salt, record.iterations);
  const expected = hexToBytes(record.hash);
  if (derived.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < derived.length; i++) difference |= (derived[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}
