/**
 * The world as data: a new world's contents (docs/accessible-names.md), durability (a change is persisted before its command
 * resolves; a failed write changes nothing), determinism (same commands, same state), and the schema that refuses
 * corrupt stored or imported states.
 */
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../firmware/security/passwordHash';
import { createOutsideWorld } from '../../outside/outsideWorld';
import { OUTSIDE_LIMITS, parseOutsideWorldState } from '../../outside/outsideWorldSchema';
import type { OutsideWorldState } from '../../outside/outsideTypes';
import { mailLine, MINUTE, resetForm, START, testWorld, withWarranty, type TestWorld } from './outsideSupport';

describe('a new world', () => {
  it('has the customer, the registered devices, no warranty and the order confirmation with its receipt', async () => {
    const { world, unit } = await testWorld();
    const state = world.state;
    expect(state.account).toMatchObject({
      email: 'alex@example.com',
      firstName: 'Alex',
      lastName: 'Morgan',
      phone: '555-0142',
    });
    expect(JSON.stringify(state)).not.toContain('Welcome#2026');
    expect(await verifyPassword('Welcome#2026', state.account.password)).toBe(true);
    expect(state.appDevices.map((device) => [device.kind, device.owner])).toEqual([
      ['recorder', true],
      ['ip-camera', true],
      ['wifi-camera', true],
    ]);
    expect(state.appDevices[0]).toMatchObject({ deviceId: unit.deviceId, serialNumber: unit.serialNumber });
    expect(state.warranties).toEqual([]);
    const [order] = state.mailbox;
    expect(order).toMatchObject({ kind: 'order-confirmation', receivedAt: Date.UTC(2026, 0, 16, 14, 12) });
    const receipt = order?.attachments[0]?.image;
    expect(receipt?.mimeType).toBe('image/svg+xml');
    const svg = decodeURIComponent(receipt?.dataUrl.replace('data:image/svg+xml,', '') ?? '');
    expect(svg).toContain(`Serial number: ${unit.serialNumber}`);
    expect(svg).toContain('Date of purchase: 2026-01-16');
    expect(receipt?.sizeBytes).toBe(Buffer.byteLength(svg));
    expect(parseOutsideWorldState(state)).toEqual({ ok: true, state });
  });
});

describe('durability', () => {
  it('resolves a command only after its state is persisted, and notifies listeners after', async () => {
    const test = await testWorld();
    const events: string[] = [];
    let release = () => {};
    const world = createOutsideWorld({
      state: test.world.state,
      now: START,
      pbkdf2Iterations: 10,
      persist: (state) => {
        events.push(`persist ${state.websiteSession?.email ?? 'none'}`);
        return new Promise((resolve) => (release = resolve));
      },
    });
    world.subscribe(() => events.push('notified'));
    const signingIn = world
      .signIn({ email: 'alex@example.com', password: 'Welcome#2026' })
      .then(() => events.push('resolved'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(['persist alex@example.com']);
    expect(world.state.websiteSession).toBeNull();
    release();
    await signingIn;
    expect(events).toEqual(['persist alex@example.com', 'notified', 'resolved']);
  });

  it('keeps the state when persisting fails, and goes on with the next command', async () => {
    const test = await testWorld();
    let fail = true;
    const world = createOutsideWorld({
      state: test.world.state,
      now: START,
      persist: async () => {
        if (fail) throw new Error('disk full');
      },
    });
    await expect(world.markRead('email-1')).rejects.toThrow('disk full');
    expect(world.state.mailbox[0]?.read).toBe(false);
    fail = false;
    await world.markRead('email-1');
    expect(world.state.mailbox[0]?.read).toBe(true);
  });

  it('does not persist a command that changes nothing', async () => {
    const test = await testWorld();
    await test.world.signOut();
    await test.world.signIn({ email: 'alex@example.com', password: 'wrong password' });
    await test.advance(MINUTE);
    expect(test.stored).toEqual([]);
  });
});

async function script(): Promise<{ test: TestWorld; log: unknown[] }> {
  const test = await withWarranty(await testWorld('N841A81', 7));
  const log: unknown[] = [];
  log.push(await test.world.submitResetRequest(resetForm(test)));
  await test.advance(6 * MINUTE);
  log.push(await test.world.requestAppPasswordCode({ email: 'alex@example.com', newPassword: 'Garden#2027' }));
  log.push(mailLine(test.world.state, 'verification-code', 'Verification code: '));
  await test.world.addPhoto({
    subject: 'sticker',
    dataUrl: 'data:image/png;base64,iVBORw0KGgo=',
    mimeType: 'image/png',
    sizeBytes: 2,
    name: 's.png',
  });
  return { test, log };
}

describe('determinism', () => {
  it('gives the same state for the same commands', async () => {
    const first = await script();
    const second = await script();
    expect(second.test.world.state).toEqual(first.test.world.state);
    expect(second.log).toEqual(first.log);
  });

  it('gives another code in a world of another seed', async () => {
    const a = await testWorld('LNR6108', 1);
    const b = await testWorld('LNR6108', 2);
    for (const test of [a, b]) await test.world.requestWebsitePasswordCode({ email: 'alex@example.com' });
    expect(a.world.state.randomState).not.toBe(b.world.state.randomState);
  });
});

describe('the schema', () => {
  const corrupt: [string, (state: OutsideWorldState) => unknown, RegExp][] = [
    ['not an object', () => 'hello', /outside/],
    ['no account', (s) => ({ ...s, account: undefined }), /^account/],
    [
      'a plain-text password',
      (s) => ({ ...s, account: { ...s.account, password: 'Welcome#2026' } }),
      /^account\.password/,
    ],
    [
      'an unknown recorder model',
      (s) => ({ ...s, recorders: [{ ...s.recorders[0], modelId: 'X1' }] }),
      /^recorders\.0\.modelId/,
    ],
    ['no recorder', (s) => ({ ...s, recorders: [] }), /^recorders/],
    ['a bad ticket status', (s) => ({ ...s, tickets: [{ ...ticketOf(s), status: 'lost' }] }), /^tickets\.0\.status/],
    ['a duplicate e-mail id', (s) => ({ ...s, mailbox: [...s.mailbox, ...s.mailbox] }), /duplicate e-mail id/],
    [
      'a ticket number not below the next one',
      (s) => ({ ...s, tickets: [ticketOf(s)], nextTicketNumber: 1 }),
      /nextTicketNumber/,
    ],
    ['a session of another account', (s) => ({ ...s, appSession: { email: 'eve@example.com' } }), /session/],
    [
      'an oversized image',
      (s) => ({ ...s, photos: [{ ...photo, dataUrl: `data:image/png;base64,${'A'.repeat(14_000_001)}` }] }),
      /^photos\.0\.dataUrl/,
    ],
    [
      'too many photos',
      (s) => ({
        ...s,
        photos: Array.from({ length: OUTSIDE_LIMITS.photos + 1 }, (_, i) => ({ ...photo, id: `p${i}` })),
      }),
      /^photos/,
    ],
    [
      'a code that is not 6 digits',
      (s) => ({ ...s, pendingCodes: [{ ...pending, code: '12345' }] }),
      /^pendingCodes\.0\.code/,
    ],
  ];
  const photo = {
    id: 'photo-1',
    dataUrl: 'data:image/png;base64,iVBORw0KGgo=',
    mimeType: 'image/png',
    sizeBytes: 2,
    name: 'p.png',
    subject: 'sticker',
    takenAt: START,
  };
  const pending = {
    purpose: 'app-password',
    email: 'alex@example.com',
    code: '123456',
    expiresAt: START,
    wrongTries: 0,
    newPassword: null,
  };
  const ticketOf = (s: OutsideWorldState) => ({
    number: s.nextTicketNumber,
    channel: 'website',
    submittedAt: START,
    firstName: 'A',
    lastName: 'M',
    phone: '555-0142',
    email: 'alex@example.com',
    modelId: 'LNR6108',
    deviceId: 'ABCDEFGHJKLMNPQ',
    serialNumber: 'X1',
    displayedDate: '2026-03-02',
    photos: [],
    status: 'held',
    reviewDueAt: null,
    decidedAt: null,
    rejectionReason: null,
    temporaryPassword: null,
  });

  it.each(corrupt)('refuses %s, naming the field', async (_case, damage, where) => {
    const { world } = await testWorld();
    const result = parseOutsideWorldState(damage(world.state));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(where);
  });

  it('accepts a state after a full P2 walk', async () => {
    const test = await withWarranty(await testWorld());
    await test.world.submitResetRequest(resetForm(test));
    await test.advance(5 * MINUTE);
    expect(parseOutsideWorldState(JSON.parse(JSON.stringify(test.world.state))).ok).toBe(true);
  });
});
