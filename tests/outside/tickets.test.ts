/**
 * The life of a support ticket (P2 website, P3 phone; docs/invented-values.md): the ticket e-mail at once, the automatic review after
 * 5 simulated minutes, manual review on the Support Desk, approve / reject once, and a temporary password the
 * recorder's firmware accepts on the displayed date only.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { checkTemporaryPassword } from '../../firmware/security/temporaryPassword';
import type { PhoneRequestForm } from '../../outside/outsideTypes';
import { FIRST_TICKET_NUMBER } from '../../outside/outsideRules';
import {
  mailLine,
  MINUTE,
  pngFile,
  resetForm,
  START,
  testWorld,
  TODAY,
  withWarranty,
  type TestWorld,
} from './outsideSupport';

async function submit(test: TestWorld, dateDisplayed = TODAY) {
  const result = await test.world.submitResetRequest(resetForm(test, { dateDisplayed }));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('a website request under automatic review', () => {
  let test: TestWorld;
  beforeEach(async () => {
    test = await withWarranty(await testWorld());
  });

  it('gets a ticket number and its e-mail at once, then the temporary password 5 minutes later', async () => {
    const ticket = await submit(test);
    expect(ticket).toMatchObject({ number: FIRST_TICKET_NUMBER, status: 'reviewing', reviewDueAt: START + 5 * MINUTE });
    expect(ticket.photos.map((photo) => photo.label)).toEqual([
      'Proof of Purchase',
      'Device Info Screen',
      'Information Sticker',
    ]);
    expect(test.world.state.mailbox.at(-1)?.body).toContain(`Ticket number: ${FIRST_TICKET_NUMBER}`);

    await test.advance(5 * MINUTE - 1);
    expect(test.world.state.tickets[0]?.status).toBe('reviewing');
    await test.advance(1);
    const approved = test.world.state.tickets[0];
    expect(approved).toMatchObject({ status: 'approved', decidedAt: START + 5 * MINUTE });
    const mail = test.world.state.mailbox.at(-1);
    expect(mail?.kind).toBe('temporary-password');
    expect(mail?.body).toContain(`Temporary password: ${approved?.temporaryPassword}`);
    expect(mail?.body.join(' ')).toMatch(/displays the date 2026-03-02, until 23:59:59/);
    expect(test.world.state.mailbox.map((m) => m.kind)).toEqual([
      'order-confirmation',
      'warranty',
      'ticket',
      'temporary-password',
    ]);
  });

  it('issues a password the firmware accepts on the displayed date only', async () => {
    await submit(test, '2026-03-02');
    await test.advance(5 * MINUTE);
    const typed = mailLine(test.world.state, 'temporary-password', 'Temporary password: ') ?? '';
    const unit = { secret: test.unit.secret, deviceId: test.unit.deviceId, typed };
    expect(await checkTemporaryPassword({ ...unit, date: '2026-03-02' })).toBe(true);
    expect(await checkTemporaryPassword({ ...unit, date: '2026-03-03' })).toBe(false);
  });

  it('numbers tickets in sequence and reviews each at its own time', async () => {
    await submit(test);
    await test.advance(2 * MINUTE);
    await submit(test);
    expect(test.world.state.tickets.map((t) => t.number)).toEqual([FIRST_TICKET_NUMBER, FIRST_TICKET_NUMBER + 1]);
    await test.advance(60 * MINUTE);
    expect(test.world.state.tickets.map((t) => t.decidedAt)).toEqual([START + 5 * MINUTE, START + 7 * MINUTE]);
  });

  it('can be approved early by the desk, and not twice', async () => {
    const ticket = await submit(test);
    expect((await test.world.approveTicket(ticket.number)).ok).toBe(true);
    const again = await test.world.approveTicket(ticket.number);
    expect(!again.ok && again.errors.ticket).toBe(`Ticket ${ticket.number} was already approved.`);
    await test.advance(10 * MINUTE);
    expect(test.world.state.mailbox.filter((m) => m.kind === 'temporary-password')).toHaveLength(1);
  });
});

describe('the Support Desk under manual review', () => {
  let test: TestWorld;
  beforeEach(async () => {
    test = await withWarranty(await testWorld());
    await test.world.setManualReview(true);
  });

  it('holds new tickets until a person decides', async () => {
    const ticket = await submit(test);
    expect(ticket).toMatchObject({ status: 'held', reviewDueAt: null });
    await test.advance(24 * 60 * MINUTE);
    expect(test.world.state.tickets[0]?.status).toBe('held');
    const approved = await test.world.approveTicket(ticket.number);
    expect(approved.ok && approved.value.temporaryPassword).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  });

  it('rejects with a reason (required) and e-mails it; a rejected ticket cannot be approved', async () => {
    const ticket = await submit(test);
    const noReason = await test.world.rejectTicket(ticket.number, '   ');
    expect(!noReason.ok && noReason.errors).toEqual({ reason: 'Reason is required.' });
    const tooLong = await test.world.rejectTicket(ticket.number, 'x'.repeat(501));
    expect(!tooLong.ok && tooLong.errors).toEqual({ reason: 'Reason must be at most 500 characters.' });
    const rejected = await test.world.rejectTicket(ticket.number, ' The sticker photo is unreadable. ');
    expect(rejected.ok && rejected.value).toMatchObject({
      status: 'rejected',
      rejectionReason: 'The sticker photo is unreadable.',
    });
    expect(test.world.state.mailbox.at(-1)?.body).toContain('Reason: The sticker photo is unreadable.');
    const approve = await test.world.approveTicket(ticket.number);
    expect(!approve.ok && approve.errors.ticket).toBe(`Ticket ${ticket.number} was already rejected.`);
    const reject = await test.world.rejectTicket(ticket.number, 'again');
    expect(!reject.ok && reject.errors.ticket).toBe(`Ticket ${ticket.number} was already rejected.`);
  });

  it('names a ticket that does not exist', async () => {
    const result = await test.world.approveTicket(1);
    expect(!result.ok && result.errors.ticket).toBe('There is no ticket 1.');
  });
});

describe('a phone request (P3)', () => {
  const call = (test: TestWorld, changes: Partial<PhoneRequestForm> = {}): PhoneRequestForm => ({
    firstName: 'Alex',
    lastName: 'Morgan',
    phoneNumber: '555-0142',
    modelNumber: test.modelId,
    deviceId: test.unit.deviceId.toLowerCase(),
    serialNumber: test.unit.serialNumber,
    dateDisplayed: TODAY,
    deviceInfoScreen: pngFile(2_000, 'info-screen.png'),
    informationSticker: pngFile(2_000, 'sticker.png'),
    ...changes,
  });

  it('refuses until the caller has sent the pictures of the Device Info screen and the sticker', async () => {
    const test = await testWorld();
    const before = test.world.state;
    const result = await test.world.takePhoneRequest(call(test, { deviceInfoScreen: null, informationSticker: null }));
    expect(!result.ok && result.errors).toEqual({
      deviceInfoScreen:
        'Ask the caller to send the picture of the Device Info screen first: support helps only once it arrives.',
      informationSticker:
        'Ask the caller to send the picture of the information sticker first: support helps only once it arrives.',
    });
    const notAnImage = await test.world.takePhoneRequest(
      call(test, {
        informationSticker: {
          source: 'file',
          name: 'notes.txt',
          mimeType: 'text/plain',
          sizeBytes: 2,
          dataUrl: 'data:text/plain,hi',
        },
      }),
    );
    expect(!notAnImage.ok && notAnImage.errors).toEqual({ informationSticker: expect.stringMatching(/^Only images/) });
    expect(test.world.state).toBe(before);
  });

  it('keeps the two pictures on the ticket', async () => {
    const test = await testWorld();
    const result = await test.world.takePhoneRequest(call(test));
    expect(result.ok && result.value.photos.map((photo) => [photo.label, photo.image.name])).toEqual([
      ['Device Info Screen', 'info-screen.png'],
      ['Information Sticker', 'sticker.png'],
    ]);
  });

  it('needs no warranty, is approved at once and e-mails the ticket then the password', async () => {
    const test = await testWorld();
    await test.world.setManualReview(true);
    const result = await test.world.takePhoneRequest(call(test));
    expect(result.ok && result.value).toMatchObject({ channel: 'phone', status: 'approved', decidedAt: START });
    expect(test.world.state.mailbox.slice(-2).map((m) => m.kind)).toEqual(['ticket', 'temporary-password']);
    expect(test.world.state.manualReview).toBe(true);
    const typed = (result.ok && result.value.temporaryPassword) || '';
    expect(
      await checkTemporaryPassword({ secret: test.unit.secret, deviceId: test.unit.deviceId, date: TODAY, typed }),
    ).toBe(true);
  });

  it('checks the unit against the manufacturer', async () => {
    const test = await testWorld();
    const wrongSerial = await test.world.takePhoneRequest(call(test, { serialNumber: 'LNR6108260199999' }));
    expect(!wrongSerial.ok && wrongSerial.errors).toEqual({
      serialNumber: expect.stringMatching(/^No LNR6108 was made/),
    });
    const wrongId = await test.world.takePhoneRequest(call(test, { deviceId: 'ABCDEFGHJKLMNPQ' }));
    expect(!wrongId.ok && wrongId.errors).toEqual({
      deviceId: 'This Device ID does not belong to that serial number.',
    });
    expect(test.world.state.tickets).toEqual([]);
  });
});
