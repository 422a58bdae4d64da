/**
 * The camera machines cover themselves: the graph of every reachable (abstract) state of each camera visits every
 * state node and takes every transition. A new state or transition no event can reach fails here.
 */
import { describe, expect, it } from 'vitest';
import {
  IP_CAMERA_BOOT_MS,
  IP_CAMERA_RESET_HOLD_MS,
  IP_CAMERA_RESET_RESTART_MS,
  manufactureCamera,
  WIFI_CAMERA_RESET_HOLD_MS,
} from '../../../firmware/camera/cameraCatalogue';
import { ipCameraMachine, type IpCameraEvent, type IpCameraSnapshot } from '../../../firmware/camera/ipCameraMachine';
import {
  wifiCameraMachine,
  type WifiCameraEvent,
  type WifiCameraSnapshot,
} from '../../../firmware/camera/wifiCameraMachine';
import { machineCoverage } from './machineCoverage';

const START_MS = 1_000_000;

describe('the IP camera graph', () => {
  const coverage = machineCoverage(ipCameraMachine, {
    input: { camera: { ...manufactureCamera('E893AB', 3), credential: null }, now: START_MS, poe: true },
    events: (snapshot: IpCameraSnapshot): IpCameraEvent[] => [
      ...[IP_CAMERA_RESET_HOLD_MS, IP_CAMERA_BOOT_MS, IP_CAMERA_RESET_RESTART_MS].map((ms): IpCameraEvent => ({
        type: 'TICK',
        now: snapshot.context.now + ms,
      })),
      { type: 'POE', on: !snapshot.context.poe },
      { type: snapshot.context.ethernetPlugged ? 'ETHERNET_UNPLUG' : 'ETHERNET_PLUG' },
      { type: 'RESET_DOWN' },
      { type: 'RESET_UP' },
      { type: 'SET_CREDENTIAL', credential: 'first', current: null },
      { type: 'SET_CREDENTIAL', credential: 'second', current: 'first' },
    ],
    serializeState: (snapshot: IpCameraSnapshot) => {
      const { poe, ethernetPlugged, buttonDown, resetArmed, camera } = snapshot.context;
      return JSON.stringify([snapshot.value, poe, ethernetPlugged, buttonDown, resetArmed, camera.credential]);
    },
  });

  it('visits every state node and takes every transition', () => {
    expect(coverage.missingNodes).toEqual([]);
    expect(coverage.missingTransitions).toEqual([]);
    expect(coverage.vertices).toBeLessThan(500);
  });
});

describe('the Wi-Fi camera graph', () => {
  const coverage = machineCoverage(wifiCameraMachine, {
    input: { camera: { ...manufactureCamera('W462AQC', 3), bound: true }, now: START_MS },
    events: (snapshot: WifiCameraSnapshot): WifiCameraEvent[] => [
      { type: 'TICK', now: snapshot.context.now + WIFI_CAMERA_RESET_HOLD_MS },
      { type: 'RESET_DOWN' },
      { type: 'RESET_UP' },
      { type: 'ADD_TO_ACCOUNT' },
    ],
    serializeState: (snapshot: WifiCameraSnapshot) => JSON.stringify([snapshot.value, snapshot.context.camera.bound]),
  });

  it('visits every state node and takes every transition', () => {
    expect(coverage.missingNodes).toEqual([]);
    expect(coverage.missingTransitions).toEqual([]);
  });
});
