/** The temporary password's derivation (docs/invented-values.md): HMAC-SHA-256 of the unit's secret, Device ID and date. */
import { describe, expect, it } from 'vitest';
import { checkTemporaryPassword, issueTemporaryPassword } from '../../../firmware';
import { TEMPORARY_PASSWORD_ALPHABET, temporaryPasswordFromMac } from '../../../firmware/security/temporaryPassword';
import { temporaryCodeSync } from '../model/temporaryCode';

const UNIT = {
  secret: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  deviceId: 'K7QM2XTA9PLDHWE',
};
const FORMAT = new RegExp(
  `^[${TEMPORARY_PASSWORD_ALPHABET}]{4}-[${TEMPORARY_PASSWORD_ALPHABET}]{4}-[${TEMPORARY_PASSWORD_ALPHABET}]{4}$`,
);

describe('issueTemporaryPassword', () => {
  it('is deterministic and typeable: three groups of four from an alphabet without I, O, 0 and 1', async () => {
    const first = await issueTemporaryPassword({ ...UNIT, date: '2026-03-02' });
    expect(first).toMatch(FORMAT);
    expect(await issueTemporaryPassword({ ...UNIT, date: '2026-03-02' })).toBe(first);
    expect(TEMPORARY_PASSWORD_ALPHABET).not.toMatch(/[IO01]/);
  });

  it('differs per date, per Device ID and per secret', async () => {
    const base = await issueTemporaryPassword({ ...UNIT, date: '2026-03-02' });
    const others = await Promise.all([
      issueTemporaryPassword({ ...UNIT, date: '2026-03-03' }),
      issueTemporaryPassword({ ...UNIT, deviceId: 'K7QM2XTA9PLDHWF', date: '2026-03-02' }),
      issueTemporaryPassword({ ...UNIT, secret: `${UNIT.secret.slice(0, -1)}9`, date: '2026-03-02' }),
    ]);
    for (const other of others) expect(other).not.toBe(base);
  });

  it('is the HMAC-SHA-256 the model computes with Node (the same bytes, the same format)', async () => {
    for (const date of ['2026-03-02', '2030-12-31']) {
      expect(await issueTemporaryPassword({ ...UNIT, date })).toBe(temporaryCodeSync(UNIT.secret, UNIT.deviceId, date));
    }
  });

  it('maps each byte modulo 32 into the alphabet', () => {
    const mac = Uint8Array.from({ length: 32 }, (_, i) => i * 33);
    expect(temporaryPasswordFromMac(mac)).toBe('ABCD-EFGH-JKLM');
    expect(() => temporaryPasswordFromMac(new Uint8Array(8))).toThrow();
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    await expect(issueTemporaryPassword({ ...UNIT, date: '2/3/2026' })).rejects.toThrow(/YYYY-MM-DD/);
  });
});

describe('checkTemporaryPassword (the recorder, offline)', () => {
  it('accepts the code of the date, whatever the case, spaces or hyphens', async () => {
    const code = await issueTemporaryPassword({ ...UNIT, date: '2026-03-02' });
    for (const typed of [code, code.toLowerCase(), code.replace(/-/g, ' '), code.replace(/-/g, '')]) {
      expect(await checkTemporaryPassword({ ...UNIT, date: '2026-03-02', typed })).toBe(true);
    }
  });

  it('refuses it on another date, for another unit, or changed in one character', async () => {
    const code = await issueTemporaryPassword({ ...UNIT, date: '2026-03-02' });
    const changed = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
    expect(await checkTemporaryPassword({ ...UNIT, date: '2026-03-03', typed: code })).toBe(false);
    expect(await checkTemporaryPassword({ ...UNIT, deviceId: 'OTHER', date: '2026-03-02', typed: code })).toBe(false);
    expect(await checkTemporaryPassword({ ...UNIT, date: '2026-03-02', typed: changed })).toBe(false);
    expect(await checkTemporaryPassword({ ...UNIT, date: '2026-03-02', typed: '' })).toBe(false);
    expect(await checkTemporaryPassword({ ...UNIT, date: 'today', typed: code })).toBe(false);
  });
});
