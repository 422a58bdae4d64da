/**
 * attachCameras on its own: the wiring the browser's WorldSession uses, attached to a recorder and a clock that
 * already exist; what the cameras keep (record) attached again after a power cut; the camera table of a new world;
 * the cameras' view (describeCameras).
 */
import { describe, expect, it } from 'vitest';
import {
  attachCameras,
  cameraTitle,
  channelStatus,
  createHeadlessRecorder,
  describeCameras,
  IP_CAMERA_BOOT_MS,
  IP_CAMERA_RESET_HOLD_MS,
  IP_CAMERA_RESET_RESTART_MS,
  ledText,
  MemoryFlashStore,
  newRecorderInput,
  newWorldCameras,
  NEW_WORLD_CAMERAS,
  RecorderDriver,
  RECORDER_MODELS,
  WIFI_CAMERA_RESET_HOLD_MS,
  type RecorderModelId,
  type SiteCameraRecord,
} from '../../../firmware';
import { ADMIN_PASSWORD, FAST, STATE } from '../support';

async function initializedWith(cameras: readonly SiteCameraRecord[], modelId: RecorderModelId = 'LNR6108') {
  const recorder = createHeadlessRecorder({ ...FAST, modelId });
  const attached = attachCameras({ recorder: recorder.actor, clock: recorder.clock, cameras });
  const driver = new RecorderDriver(recorder);
  await driver
    .boot()
    .wait(IP_CAMERA_BOOT_MS)
    .fill('Password', ADMIN_PASSWORD)
    .fill('Confirm Password', ADMIN_PASSWORD)
    .click('Next')
    .click('Finish')
    .expectIn(STATE.liveView);
  await recorder.settle();
  return { recorder, attached, driver };
}

const statusOfPort = (recorder: ReturnType<typeof createHeadlessRecorder>, port: number) =>
  channelStatus(recorder.snapshot().context, port);

describe('attaching cameras to a running recorder and its clock', () => {
  it('the NVR adds the factory-fresh IP cameras of a new world with its own credential', async () => {
    const { recorder, attached } = await initializedWith(newWorldCameras('LNR6108', 5));
    expect([statusOfPort(recorder, 1), statusOfPort(recorder, 2), statusOfPort(recorder, 3)]).toEqual([
      'online',
      'online',
      'videoLoss',
    ]);
    const credential = (attached.record(0) as { persisted: { credential: string | null } }).persisted.credential;
    expect(credential).toMatch(/.+/);
    expect(attached.led(0)).toBe('solid');
    expect(attached.led(2)).toBe('solid');
  });

  it('tells subscribers of changes and stops hearing the clock once detached', async () => {
    const { recorder, attached } = await initializedWith(newWorldCameras('LNR6108', 5));
    let changes = 0;
    attached.subscribe(() => changes++);
    attached.unplugEthernet(0);
    expect(changes).toBeGreaterThan(0);
    expect(attached.led(0)).toBe('off');
    const camera = attached.ipCamera(0);
    attached.detach();
    const before = camera.getSnapshot().context.now;
    recorder.advance(60_000);
    expect(camera.getSnapshot().context.now).toBe(before);
  });

  it('what the cameras keep, attached again after a power cut, is the same cameras: the NVR does not re-add them', async () => {
    const first = await initializedWith(newWorldCameras('LNR6108', 5));
    const kept = Array.from({ length: first.attached.count }, (_, index) => first.attached.record(index));
    const flash = (first.recorder.flashStore as MemoryFlashStore).written!;
    first.attached.detach();
    first.recorder.stop();
    expect(kept[0]).toMatchObject({ model: 'E893AB', port: 1, ethernetPlugged: true });

    const input = { ...newRecorderInput({ ...FAST, now: first.recorder.clock.now() }), flash, powerSwitchOn: true };
    const recorder = createHeadlessRecorder({ ...FAST, input });
    const attached = attachCameras({ recorder: recorder.actor, clock: recorder.clock, cameras: kept });
    recorder.advance(IP_CAMERA_BOOT_MS);
    await recorder.settle();
    expect([statusOfPort(recorder, 1), statusOfPort(recorder, 2)]).toEqual(['online', 'online']);
    expect(attached.record(0)).toEqual(kept[0]);
    const addedCount = (log: readonly { kind: string }[] | undefined) =>
      log?.filter((e) => e.kind === 'cameraAdded').length;
    expect(addedCount(flash.systemLog)).toBe(2);
    expect(addedCount((recorder.flashStore as MemoryFlashStore).written?.systemLog ?? flash.systemLog)).toBe(2);
  });

  it('P8 through the attached wiring: reset held across a re-plug for 15 s, restart, added again', async () => {
    const { recorder, attached } = await initializedWith(newWorldCameras('LNR6108', 5));
    attached.pressReset(0);
    attached.unplugEthernet(0);
    attached.plugEthernet(0);
    recorder.advance(IP_CAMERA_RESET_HOLD_MS);
    attached.releaseReset(0);
    expect((attached.record(0) as { persisted: { credential: unknown } }).persisted.credential).toBeNull();
    expect(describeCameras(attached)[0]?.status).toBe('restarting');
    recorder.advance(IP_CAMERA_RESET_RESTART_MS);
    await recorder.settle();
    expect(statusOfPort(recorder, 1)).toBe('online');
    expect((attached.record(0) as { persisted: { credential: unknown } }).persisted.credential).toMatch(/.+/);
  });
});

describe('the cameras of a new world', () => {
  it('per recorder kind: an NVR has two E893AB on ports 1-2 and a W462AQC; a DVR two analog cameras and a W462AQC', () => {
    expect(NEW_WORLD_CAMERAS.NVR).toEqual([
      { model: 'E893AB', port: 1 },
      { model: 'E893AB', port: 2 },
      { model: 'W462AQC' },
    ]);
    expect(NEW_WORLD_CAMERAS.DVR).toEqual([
      { model: 'analog', port: 1 },
      { model: 'analog', port: 2 },
      { model: 'W462AQC' },
    ]);
    for (const model of Object.values(RECORDER_MODELS)) {
      const cameras = newWorldCameras(model.id, 1);
      const wired = cameras.filter((camera) => camera.model !== 'W462AQC');
      expect(
        wired.every((camera) => camera.model === (model.kind === 'NVR' ? 'E893AB' : 'analog')),
        model.id,
      ).toBe(true);
      expect(
        wired.every((camera) => 'port' in camera && camera.port <= model.channels),
        model.id,
      ).toBe(true);
    }
  });

  it('are factory-fresh (IP: no credential, cable in) with a Wi-Fi camera bound to the account, the same for the same seed', () => {
    const cameras = newWorldCameras('N841A81', 77);
    expect(cameras).toEqual(newWorldCameras('N841A81', 77));
    expect(cameras).not.toEqual(newWorldCameras('N841A81', 78));
    expect(cameras[0]).toMatchObject({ ethernetPlugged: true, persisted: { model: 'E893AB', credential: null } });
    expect(cameras[2]).toMatchObject({ persisted: { model: 'W462AQC', bound: true } });
    expect(cameras.map((camera, index) => cameraTitle(index, camera))).toEqual([
      'Camera 1 — E893AB on port 1',
      'Camera 2 — E893AB on port 2',
      'Camera 3 — W462AQC on Wi-Fi',
    ]);
    expect(cameraTitle(0, newWorldCameras('D841A82B', 1)[0]!)).toBe('Camera 1 — analog camera on BNC input 1');
  });
});

describe('the view of the cameras', () => {
  it('shows the Wi-Fi camera in pairing mode after its reset, with the chime, and bound again once added', async () => {
    const { recorder, attached } = await initializedWith(newWorldCameras('D841A82B', 2), 'D841A82B');
    expect(describeCameras(attached).map((camera) => [camera.kind, camera.status, ledText(camera.led)])).toEqual([
      ['analog', 'running', 'solid'],
      ['analog', 'running', 'solid'],
      ['wifi', 'running', 'solid'],
    ]);
    attached.pressReset(2);
    recorder.advance(WIFI_CAMERA_RESET_HOLD_MS);
    attached.releaseReset(2);
    const wifi = describeCameras(attached)[2]!;
    expect(wifi).toMatchObject({ pairing: true, lastChimeAt: recorder.clock.now(), port: null, ethernetPlugged: null });
    expect(ledText(wifi.led)).toBe('flashing green');
    attached.addToAccount(2);
    expect(describeCameras(attached)[2]).toMatchObject({ pairing: false, led: 'solid' });
  });
});
