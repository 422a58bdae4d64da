/**
 * The IP camera E893AB (P8) as an XState v5 statechart. It is powered over Ethernet by an NVR port: it has power only
 * while the port is powered (POE) and its cable is plugged in, so unplugging the cable is a power cut.
 *
 *   unpowered   LED off; power over Ethernet arriving starts it
 *   powered     losing power (POE off, cable unplugged) leaves for `unpowered` from anywhere inside
 *     starting    LED blinking. If the reset button was already held when power came back, the start waits: held
 *                 IP_CAMERA_RESET_HOLD_MS after the re-plug, the camera restores its defaults (credential null) and
 *                 goes to `restarting`; released earlier, it starts normally (the hold did nothing).
 *                 Otherwise it is running IP_CAMERA_BOOT_MS after power came.
 *     restarting  LED blinking for IP_CAMERA_RESET_RESTART_MS after a reset, then running (KB-IPcam: "The camera will
 *                 reset to defaults and then restart")
 *     running     LED solid, online. SET_CREDENTIAL from the NVR is accepted only by a factory-fresh camera
 *                 (credential null) or when the NVR proves the current one (`current`): a camera that refuses the
 *                 NVR's credential cannot be given a new one, only reset (seed 000: "set up the camera again through
 *                 your NVR with a new password").
 *
 * A hold while running, or one without the re-plug, does nothing (KB-IPcam describes only the re-plug procedure).
 * Time enters only as TICK { now } (world time). The credential survives power loss; it is the camera's flash.
 */
import { and, assign, not, setup, type SnapshotFrom } from 'xstate';
import {
  IP_CAMERA_BOOT_MS,
  IP_CAMERA_RESET_HOLD_MS,
  IP_CAMERA_RESET_RESTART_MS,
  type CameraIdentity,
  type CameraLed,
} from './cameraCatalogue';

/** What an IP camera keeps across power loss: its identity and the credential the NVR gave it. */
export interface IpCameraPersisted extends CameraIdentity {
  /** Null when factory-fresh; otherwise the credential the NVR pushed (the hash field of its admin record). */
  readonly credential: string | null;
}

export interface IpCameraInput {
  readonly camera: IpCameraPersisted;
  /** World time when the actor starts. */
  readonly now: number;
  /** Whether the NVR port it is plugged into delivers power. Default false. */
  readonly poe?: boolean;
  /** Default true. */
  readonly ethernetPlugged?: boolean;
}

export interface IpCameraContext {
  readonly camera: IpCameraPersisted;
  readonly now: number;
  readonly poe: boolean;
  readonly ethernetPlugged: boolean;
  readonly buttonDown: boolean;
  /** World time when power came; start-up and the reset hold count from it. */
  readonly poweredAt: number;
  /** The button was held when power came and has not been released since. */
  readonly resetArmed: boolean;
  readonly restartUntil: number;
}

export type IpCameraEvent =
  | { type: 'TICK'; now: number }
  | { type: 'POE'; on: boolean }
  | { type: 'ETHERNET_PLUG' }
  | { type: 'ETHERNET_UNPLUG' }
  | { type: 'RESET_DOWN' }
  | { type: 'RESET_UP' }
  /** The NVR sets the camera's credential, proving the current one (null when adding a factory-fresh camera). */
  | { type: 'SET_CREDENTIAL'; credential: string; current: string | null };

export const ipCameraMachine = setup({
  types: {
    context: {} as IpCameraContext,
    events: {} as IpCameraEvent,
    input: {} as IpCameraInput,
  },
  guards: {
    isPowered: ({ context }) => context.poe && context.ethernetPlugged,
    isResetHoldDone: ({ context }) =>
      context.resetArmed && context.buttonDown && context.now >= context.poweredAt + IP_CAMERA_RESET_HOLD_MS,
    isStartDone: ({ context }) => !context.resetArmed && context.now >= context.poweredAt + IP_CAMERA_BOOT_MS,
    isRestartDone: ({ context }) => context.now >= context.restartUntil,
    canAcceptCredential: ({ context, event }) =>
      event.type === 'SET_CREDENTIAL' &&
      (context.camera.credential === null || context.camera.credential === event.current),
  },
  actions: {
    updateTime: assign(({ event }) => (event.type === 'TICK' ? { now: event.now } : {})),
    setPoe: assign(({ event }) => (event.type === 'POE' ? { poe: event.on } : {})),
    plug: assign({ ethernetPlugged: true }),
    unplug: assign({ ethernetPlugged: false }),
    pressButton: assign({ buttonDown: true }),
    releaseButton: assign({ buttonDown: false, resetArmed: false }),
    powerUp: assign(({ context }) => ({ poweredAt: context.now, resetArmed: context.buttonDown })),
    restoreDefaults: assign(({ context }) => ({
      camera: { ...context.camera, credential: null },
      resetArmed: false,
      restartUntil: context.now + IP_CAMERA_RESET_RESTART_MS,
    })),
    storeCredential: assign(({ context, event }) =>
      event.type === 'SET_CREDENTIAL' ? { camera: { ...context.camera, credential: event.credential } } : {},
    ),
  },
}).createMachine({
  id: 'ipCamera',
  context: ({ input }) => ({
    camera: input.camera,
    now: input.now,
    poe: input.poe ?? false,
    ethernetPlugged: input.ethernetPlugged ?? true,
    buttonDown: false,
    poweredAt: input.now,
    resetArmed: false,
    restartUntil: input.now,
  }),
  initial: 'unpowered',
  on: {
    TICK: { actions: 'updateTime' },
    POE: { actions: 'setPoe' },
    ETHERNET_PLUG: { actions: 'plug' },
    ETHERNET_UNPLUG: { actions: 'unplug' },
    RESET_DOWN: { actions: 'pressButton' },
    RESET_UP: { actions: 'releaseButton' },
  },
  states: {
    unpowered: {
      always: { guard: 'isPowered', target: 'powered', actions: 'powerUp' },
    },
    powered: {
      initial: 'starting',
      always: { guard: not('isPowered'), target: 'unpowered' },
      states: {
        starting: {
          always: [
            { guard: and(['isPowered', 'isResetHoldDone']), target: 'restarting', actions: 'restoreDefaults' },
            { guard: and(['isPowered', 'isStartDone']), target: 'running' },
          ],
        },
        restarting: {
          always: { guard: and(['isPowered', 'isRestartDone']), target: 'running' },
        },
        running: {
          on: { SET_CREDENTIAL: { guard: 'canAcceptCredential', actions: 'storeCredential' } },
        },
      },
    },
  },
});

export type IpCameraMachine = typeof ipCameraMachine;
export type IpCameraSnapshot = SnapshotFrom<IpCameraMachine>;

/** What the camera's LED shows (*invented* scheme, see cameraCatalogue.ts). */
export function ipCameraLed(snapshot: IpCameraSnapshot): CameraLed {
  if (snapshot.matches('unpowered')) return 'off';
  return snapshot.matches({ powered: 'running' }) ? 'solid' : 'blinking';
}

/** Whether the camera is on the network and answering the NVR. */
export const isIpCameraOnline = (snapshot: IpCameraSnapshot): boolean => snapshot.matches({ powered: 'running' });
