/**
 * The outside world through a running session (docs/architecture.md#persistence): a change is stored (strict durability) before the command
 * resolves, survives closing the tab, and the world's clock drives the support review.
 */
import { describe, expect, it } from 'vitest';
import { newWorldCameras } from '../../firmware';
import { newWorldRecord } from '../../src/session/newWorld';
import { useSessions } from './support/session';

const { repository, start, storedWorld: stored } = useSessions(10);

describe('the outside world in a session', () => {
  it('stores each change before confirming it, and a reopened session has it', async () => {
    const world = await newWorldRecord({
      id: 'o1',
      modelId: 'LNR6108',
      seed: 8,
      startTime: Date.UTC(2026, 2, 2, 9),
      createdAt: 1,
      pbkdf2Iterations: 10,
    });
    await repository().create(world);
    const first = start(world);
    expect((await first.outside.signIn({ email: 'alex@example.com', password: 'Welcome#2026' })).ok).toBe(true);
    expect((await stored('o1')).outside.websiteSession).toEqual({ email: 'alex@example.com' });
    await first.outside.markRead('email-1');
    first.dispose();

    const second = start(await stored('o1'));
    expect(second.outside.state.websiteSession).toEqual({ email: 'alex@example.com' });
    expect(second.outside.state.mailbox[0]?.read).toBe(true);
  });

  it('reviews a ticket when the Advance buttons move the clock 5 minutes', async () => {
    const world = await newWorldRecord({
      id: 'o2',
      modelId: 'N841A81',
      seed: 9,
      startTime: Date.UTC(2026, 2, 2, 9),
      createdAt: 1,
      pbkdf2Iterations: 10,
    });
    await repository().create(world);
    const session = start(world);
    const { outside } = session;
    const { unit, modelId } = world.recorder;
    const receipt = { source: 'attachment' as const, emailId: 'email-1', attachmentId: 'attachment-1' };
    await outside.signIn({ email: 'alex@example.com', password: 'Welcome#2026' });
    const warranty = await outside.activateWarranty({
      modelNumber: modelId,
      serialNumber: unit.serialNumber,
      dateOfPurchase: '2026-01-16',
      billOfSale: receipt,
    });
    expect(warranty.ok).toBe(true);
    const ticket = await outside.submitResetRequest({
      firstName: 'Alex',
      lastName: 'Morgan',
      phoneNumber: '555-0142',
      modelNumber: modelId,
      deviceId: unit.deviceId,
      serialNumber: unit.serialNumber,
      dateDisplayed: '2026-03-02',
      proofOfPurchase: receipt,
      deviceInfoScreen: receipt,
      informationSticker: receipt,
    });
    expect(ticket.ok).toBe(true);
    session.advance(5 * 60_000);
    for (let i = 0; i < 100 && outside.state.tickets[0]?.status !== 'approved'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(outside.state.tickets[0]?.status).toBe('approved');
    for (let i = 0; i < 100 && (await stored('o2')).outside.tickets[0]?.status !== 'approved'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((await stored('o2')).outside.mailbox.at(-1)?.kind).toBe('temporary-password');
  });

  it('registers every camera of the world to the account: both IP cameras of an NVR and the Wi-Fi camera', async () => {
    const world = await newWorldRecord({
      id: 'o3',
      modelId: 'LNR6108',
      seed: 12,
      startTime: Date.UTC(2026, 2, 2, 9),
      createdAt: 1,
      pbkdf2Iterations: 10,
    });
    const serials = newWorldCameras('LNR6108', 12).flatMap((camera) =>
      camera.model === 'analog' ? [] : [camera.persisted.serial],
    );
    expect(serials).toHaveLength(3);
    const cameras = world.outside.appDevices.filter((device) => device.kind !== 'recorder');
    expect(cameras.map((device) => [device.name, device.serialNumber])).toEqual([
      ['Camera 1', serials[0]],
      ['Camera 2', serials[1]],
      ['Wi-Fi camera 1', serials[2]],
    ]);
  });
});
