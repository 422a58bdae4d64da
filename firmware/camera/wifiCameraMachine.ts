/**
 * The Wi-Fi camera W462AQC (P9) as an XState v5 statechart. Seed 000: "there is no way to reset your smart home
 * camera's password. The camera will have to be reset to its factory default ... Press the reset button for 10
 * seconds – in most cases you will hear a chime sound and see a flashing green light when the process is complete.
 * Set up your device as a New Device on the Lorex App." It has no password of its own on the recorder side: what a
 * reset undoes is its binding to the app account.
 *
 *   idle       button up. ADD_TO_ACCOUNT (the mobile app's "Add New Device") binds an unbound camera
 *   holding    button down since `pressedAt`: released before WIFI_CAMERA_RESET_HOLD_MS, nothing happens; held that
 *              long, the camera resets: it emits { type: 'chime' }, becomes unbound, and its LED flashes green
 *   resetDone  the reset is done while the button is still held; releasing it returns to idle
 *
 * LED: 'solid' while bound to the account, 'flashingGreen' while unbound (waiting to be set up as a new device;
 * that it keeps flashing until then is *invented*). The camera is powered by its own adapter: no power input.
 */
import { assign, emit, setup, type SnapshotFrom } from 'xstate';
import { WIFI_CAMERA_RESET_HOLD_MS, type CameraIdentity, type CameraLed } from './cameraCatalogue';

/** What a Wi-Fi camera keeps across power loss. */
export interface WifiCameraPersisted extends CameraIdentity {
  /** Whether it is registered to the customer's app account. */
  readonly bound: boolean;
}

export interface WifiCameraInput {
  readonly camera: WifiCameraPersisted;
  readonly now: number;
}

export interface WifiCameraContext {
  readonly camera: WifiCameraPersisted;
  readonly now: number;
  readonly pressedAt: number;
}

export type WifiCameraEvent =
  | { type: 'TICK'; now: number }
  | { type: 'RESET_DOWN' }
  | { type: 'RESET_UP' }
  /** The mobile app set the camera up as a new device on the account. */
  | { type: 'ADD_TO_ACCOUNT' };

/** Emitted when the reset completes: the chime the camera plays. */
export type WifiCameraEmitted = { type: 'chime' };

export const wifiCameraMachine = setup({
  types: {
    context: {} as WifiCameraContext,
    events: {} as WifiCameraEvent,
    input: {} as WifiCameraInput,
    emitted: {} as WifiCameraEmitted,
  },
  guards: {
    isUnbound: ({ context }) => !context.camera.bound,
    isResetHoldDone: ({ context }) => context.now >= context.pressedAt + WIFI_CAMERA_RESET_HOLD_MS,
  },
  actions: {
    updateTime: assign(({ event }) => (event.type === 'TICK' ? { now: event.now } : {})),
    notePress: assign(({ context }) => ({ pressedAt: context.now })),
    unbind: assign(({ context }) => ({ camera: { ...context.camera, bound: false } })),
    bind: assign(({ context }) => ({ camera: { ...context.camera, bound: true } })),
    chime: emit({ type: 'chime' }),
  },
}).createMachine({
  id: 'wifiCamera',
  context: ({ input }) => ({ camera: input.camera, now: input.now, pressedAt: input.now }),
  initial: 'idle',
  on: { TICK: { actions: 'updateTime' } },
  states: {
    idle: {
      on: {
        RESET_DOWN: { target: 'holding', actions: 'notePress' },
        ADD_TO_ACCOUNT: { guard: 'isUnbound', actions: 'bind' },
      },
    },
    holding: {
      always: { guard: 'isResetHoldDone', target: 'resetDone', actions: ['unbind', 'chime'] },
      on: { RESET_UP: 'idle' },
    },
    resetDone: {
      on: { RESET_UP: 'idle' },
    },
  },
});

export type WifiCameraMachine = typeof wifiCameraMachine;
export type WifiCameraSnapshot = SnapshotFrom<WifiCameraMachine>;

export const wifiCameraLed = (snapshot: WifiCameraSnapshot): CameraLed =>
  snapshot.context.camera.bound ? 'solid' : 'flashingGreen';
