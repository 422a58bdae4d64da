/**
 * The recorder firmware as one XState v5 statechart.
 *
 *   plugged   transient: boots at once if the power switch was left on (a reload is a power cut)
 *   off       no picture; POWER_ON boots
 *   on        POWER_OFF (switch or power cut) leaves for `off` from anywhere inside, wiping RAM
 *     booting   boot splash (states/booting.ts)
 *     running   provisioning (default accounts) or deviceInit on an empty flash, then ready
 *               (states/provisioning.ts, deviceInit.ts, ready.ts)
 *     halted    after Shutdown: no picture until the power is switched off and on
 *
 * The chart does not know which controls a screen shows: firmware/recorder.ts gives it the view's focus orders and
 * is the recorderMachine hosts run.
 *
 * Time enters only as TICK events (world time); deadlines such as a lock's end are data compared with it, so the
 * chart has no timers and a reload (a new actor from the flash) can never resume into a stale timer.
 */
import { createInitialContext } from './context';
import { recorderSetup } from './setup';
import { booting } from './features/power/booting';
import { deviceInit } from './features/firstBoot/deviceInit';
import { provisioning } from './features/firstBoot/provisioning';
import { ready } from './features/liveView/ready';
import { hardwareReset, recovery } from './features/storage/recovery';
import { TARGET } from './targets';

export const recorderChart = recorderSetup.createMachine({
  id: 'recorder',
  context: ({ input }) => createInitialContext(input),
  initial: 'plugged',
  on: {
    TICK: { actions: ['updateTime', 'expireToast'] },
    // Machine-wide events of storage
    USB_INSERT: { actions: 'insertUsbStick' },
    USB_REMOVE: { actions: 'removeUsbStick' },
    RESET_BUTTON_DOWN: { guard: 'canPressResetButton', actions: 'pressResetButton' },
    RESET_BUTTON_UP: [
      {
        guard: 'isResetButtonHeldLongEnough',
        target: TARGET.hardwareReset,
        actions: ['releaseResetButton', { type: 'prepareStorageFlash', params: { change: 'hardwareReset' } }],
      },
      { actions: 'releaseResetButton' },
    ],
    // Machine-wide events of cameras
    CAMERA_STATUS: { guard: 'isKnownCameraPort', actions: 'updateCameraPort' },
    CONFIRM: { guard: 'hasFocus', actions: 'activateFocus' },
  },
  states: {
    plugged: {
      always: [{ guard: 'isPowerSwitchOn', target: 'on' }, { target: 'off' }],
    },
    off: {
      on: { POWER_ON: { target: 'on', actions: 'switchPowerOn' } },
    },
    on: {
      initial: 'booting',
      on: { POWER_OFF: { target: 'off', actions: ['wipeRam', 'switchPowerOff'] } },
      states: {
        booting,
        running: {
          initial: 'starting',
          states: {
            starting: {
              always: [
                { guard: 'needsDefaultAccounts', target: 'provisioning' },
                { guard: 'needsDeviceInitialization', target: 'deviceInit' },
                { target: 'ready.loggingBoot', actions: 'prepareBootLog' },
              ],
            },
            provisioning,
            deviceInit,
            ready,
          },
        },
        halted: {},
        // Power-on states of storage (recovery mode...)
        recovery,
        hardwareReset,
      },
    },
  },
});

export type RecorderMachine = typeof recorderChart;
