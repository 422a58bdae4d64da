/**
 * The world's cameras through a running session (docs/architecture.md#persistence): attached to the session's recorder and clock with the
 * headless site's wiring, saved when they change (strict for a credential or binding, relaxed for a cable), kept
 * across a power cut (a new session from the stored world), and the mobile app's Add New Device (P9).
 */
import { describe, expect, it, vi } from 'vitest';
import { waitFor } from 'xstate';
import { DEVICE_INIT, IP_CAMERA_BOOT_MS, WIFI_CAMERA_RESET_HOLD_MS, type SiteCameraRecord } from '../../firmware';
import type { WorldRecord } from '../../src/storage/worldRecord';
import { newWorldRecord } from '../../src/session/newWorld';
import type { WorldSession } from '../../src/session/worldSession';
import { useSessions } from './support/session';

const PASSWORD = 'Abc12345';
const sessions = useSessions();
const { start } = sessions;

const storedCameras = async (id: string): Promise<readonly SiteCameraRecord[]> =>
  (await sessions.storedWorld(id)).cameras;

const eventually = async (id: string, done: (cameras: readonly SiteCameraRecord[]) => boolean) =>
  (await sessions.eventually(id, (world) => done(world.cameras))).cameras;

const credentialOf = (camera: SiteCameraRecord | undefined) =>
  camera?.model === 'E893AB' ? camera.persisted.credential : undefined;

async function newWorld(id: string, modelId: 'LNR6108' | 'D841A82B' = 'LNR6108'): Promise<WorldRecord> {
  const world = await newWorldRecord({
    id,
    modelId,
    seed: 11,
    startTime: Date.UTC(2026, 2, 2),
    createdAt: 1,
    pbkdf2Iterations: 1_000,
  });
  await sessions.repository().create(world);
  return world;
}

/** Boots and initializes the recorder through the OSD's own events; the NVR then adds its cameras. */
async function initialize(session: WorldSession): Promise<void> {
  session.advance(IP_CAMERA_BOOT_MS);
  const settle = () => waitFor(session.actor, (snapshot) => !snapshot.hasTag('busy'), { timeout: 30_000 });
  const send = async (event: Parameters<WorldSession['send']>[0]) => {
    session.send(event);
    await settle();
  };
  await send({ type: 'SET_FIELD', control: DEVICE_INIT.password, value: PASSWORD });
  await send({ type: 'SET_FIELD', control: DEVICE_INIT.confirmPassword, value: PASSWORD });
  await send({ type: 'ACTIVATE', control: DEVICE_INIT.next });
  await send({ type: 'ACTIVATE', control: DEVICE_INIT.finish });
  await settle();
}

describe("the world's cameras in a session", () => {
  it('lists the cameras of a new world with their titles', async () => {
    const session = start(await newWorld('w1'));
    expect(session.cameraList.map((camera) => camera.title)).toEqual([
      'Camera 1 — E893AB on port 1',
      'Camera 2 — E893AB on port 2',
      'Camera 3 — W462AQC on Wi-Fi',
    ]);
  });

  it('saves the credential the NVR gives (strictly) and an unplugged cable (relaxed); both survive a power cut', async () => {
    const world = await newWorld('w2');
    const save = vi.spyOn(sessions.repository(), 'saveCameras');
    const first = start(world);
    await initialize(first);
    const added = await eventually('w2', (cameras) => typeof credentialOf(cameras[0]) === 'string');
    expect(save.mock.calls.some(([, , durable]) => durable)).toBe(true);
    save.mockClear();
    first.cameras.setEthernetPlugged(1, false);
    await eventually('w2', (cameras) => cameras[1]?.model === 'E893AB' && !cameras[1].ethernetPlugged);
    expect(save.mock.calls.at(-1)?.[2]).toBe(false);
    first.dispose();

    const second = start({ ...world, cameras: await storedCameras('w2') });
    expect(second.cameraList[1]).toMatchObject({ ethernetPlugged: false, led: 'off' });
    expect(credentialOf(second.cameras.record(0))).toBe(credentialOf(added[0]));
  });

  it('tells subscribers of visible changes only, with a stable list in between', async () => {
    const session = start(await newWorld('w3'));
    const listener = vi.fn();
    session.subscribeCameras(listener);
    const before = session.cameraList;
    session.advance(1);
    expect(session.cameraList).toBe(before);
    session.cameras.setEthernetPlugged(0, false);
    expect(listener).toHaveBeenCalled();
    expect(session.cameraList).not.toBe(before);
  });

  it('P9: the reset Wi-Fi camera leaves the account; binding is refused until it is in pairing mode', async () => {
    const session = start(await newWorld('w4', 'D841A82B'));
    expect(session.addCameraToAccount(2)).toEqual({ ok: false, reason: expect.stringMatching(/not in pairing mode/) });
    expect(session.addCameraToAccount(0)).toEqual({ ok: false, reason: expect.stringMatching(/not a Wi-Fi camera/) });
    const serial = session.cameraList[2]?.serial;
    const inApp = () =>
      session.outside.state.appDevices.some(
        (device) => device.kind === 'wifi-camera' && device.serialNumber === serial,
      );
    // The app's registered Wi-Fi camera is this camera (one table for both).
    expect(inApp()).toBe(true);
    session.cameras.pressReset(2);
    session.advance(WIFI_CAMERA_RESET_HOLD_MS);
    session.cameras.releaseReset(2);
    // Its reset makes the account forget it, so Add New Device can register it again.
    await vi.waitFor(() => expect(inApp()).toBe(false));
    expect(session.cameraList[2]).toMatchObject({ pairing: true, led: 'flashingGreen' });
    expect(session.cameraList[2]?.lastChimeAt).toBe(session.clock.now());
    await eventually('w4', (cameras) => cameras[2]?.model === 'W462AQC' && !cameras[2].persisted.bound);
    expect(session.addCameraToAccount(2)).toEqual({ ok: true });
    expect(session.cameraList[2]).toMatchObject({ pairing: false, led: 'solid' });
    await eventually('w4', (cameras) => cameras[2]?.model === 'W462AQC' && cameras[2].persisted.bound);
  });
});
