import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../firmware/security/passwordHash';

const SALT_HEX = Buffer.from('salt').toString('hex');

describe('PBKDF2-SHA-256 through WebCrypto', () => {
  it('matches the published test vectors', async () => {
    // PBKDF2-HMAC-SHA256 vectors (P="password", S="salt", dkLen=32), as in RFC 7914 §11's companion vectors.
    expect((await hashPassword('password', SALT_HEX, 1)).hash).toBe(
      '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b',
    );
    expect((await hashPassword('password', SALT_HEX, 2)).hash).toBe(
      'ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43',
    );
  });

  it('verifies the right password and refuses others', async () => {
    const record = await hashPassword('Camera2026', 'ab'.repeat(16), 1000);
    expect(record).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: 1000 });
    expect(await verifyPassword('Camera2026', record)).toBe(true);
    expect(await verifyPassword('camera2026', record)).toBe(false);
    expect(await verifyPassword('', record)).toBe(false);
  });

  it('refuses a non-positive work factor', async () => {
    await expect(hashPassword('x', 'ab', 0)).rejects.toThrow(/iterations/);
  });
});
