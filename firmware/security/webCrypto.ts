/**
 * The part of WebCrypto the firmware uses. WebCrypto is a global in browsers and in Node 20+, but the firmware's
 * tsconfig has no DOM lib (so that window and document fail to compile), so it declares just what it needs.
 */

export interface CryptoKeyHandle {
  readonly type: string;
}

export interface SubtleCryptoSubset {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: 'PBKDF2' | { name: 'HMAC'; hash: 'SHA-256' },
    extractable: false,
    usages: readonly ('deriveBits' | 'sign' | 'verify')[],
  ): Promise<CryptoKeyHandle>;
  deriveBits(
    algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number },
    key: CryptoKeyHandle,
    length: number,
  ): Promise<ArrayBuffer>;
  sign(algorithm: 'HMAC', key: CryptoKeyHandle, data: Uint8Array): Promise<ArrayBuffer>;
}

interface PlatformGlobals {
  crypto: { subtle: SubtleCryptoSubset };
  TextEncoder: new () => { encode(text: string): Uint8Array };
}

const platform = globalThis as unknown as PlatformGlobals;

/** WebCrypto's SubtleCrypto, looked up when first used so a missing implementation fails loudly there. */
export function subtleCrypto(): SubtleCryptoSubset {
  const subtle = platform.crypto?.subtle;
  if (!subtle) throw new Error('WebCrypto (crypto.subtle) is not available in this environment.');
  return subtle;
}

/** UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array {
  return new platform.TextEncoder().encode(text);
}

export function hexToBytes(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) throw new Error('Invalid hex string.');
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
