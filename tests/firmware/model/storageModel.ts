/**
 * The storage feature's part of the recorder graph (recorderModel.ts): the hardware events it offers (a USB stick,
 * the mainboard reset button), its busy states, and what of its RAM decides transitions.
 */
import type { StateValue } from 'xstate';
import { firmwareStick, type RecorderEvent, type RecorderSnapshot, type UsbStick } from '../../../firmware';

/**
 * One stick for every graph: this model's image for LNR6108 and N863A63B, one for a model no graph runs (refused),
 * room for a backup. LNR440 finds no image on it, so its recovery mode refuses.
 */
export const FIXTURE_STICK: UsbStick = {
  ...firmwareStick('LNR6108', 'V4.1.0.LX.260301', 64_000),
  files: [
    ...firmwareStick('LNR6108', 'V4.1.0.LX.260301').files,
    ...firmwareStick('N863A63B', 'V3.3.0-LX').files,
    ...firmwareStick('N841A81', 'V1.7.0.LX.260301').files,
  ],
};

/** Hardware events a person can cause in any state. */
export const STORAGE_EVENTS: readonly RecorderEvent[] = [
  { type: 'USB_INSERT', stick: FIXTURE_STICK },
  { type: 'USB_REMOVE' },
  { type: 'RESET_BUTTON_DOWN' },
  { type: 'RESET_BUTTON_UP' },
];

const inMenu = (state: StateValue): StateValue => ({ on: { running: { ready: { menu: state } } } });
const MENU_WRITES = [
  { format: 'saving' },
  { backup: 'saving' },
  { upgrade: 'marking' },
  { upgrade: 'saving' },
  { restoreDefault: 'saving' },
  { factoryDefault: 'saving' },
];

/** The busy states of storage: each waits for a flash write. */
export const STORAGE_BUSY_STATES: ReadonlyArray<{ state: StateValue }> = [
  ...MENU_WRITES.map((menu) => ({ state: { on: { running: { ready: { menu } } } } })),
  { state: { on: { recovery: 'saving' } } },
  { state: { on: { hardwareReset: 'writing' } } },
];

const LIVE_VIEW: StateValue = { on: { running: { ready: 'liveView' } } };

/**
 * What of storage decides transitions: a damaged firmware (the next boot goes to recovery), the stick and the file
 * selected where they are used (the menu and recovery mode), and how long the reset button has been held, in live
 * view only (where the graph presses it), so the rest of the graph does not multiply.
 */
export function storageAbstractState(snapshot: RecorderSnapshot, resetHoldMs: number): Record<string, unknown> {
  const { context } = snapshot;
  const state: Record<string, unknown> = { firmwareDamaged: context.flash.firmware.upgradeInProgress };
  // The upgrade's confirmation checks the stick again at OK (it may have been pulled while the dialog was open).
  if (
    snapshot.matches(inMenu('browsing') as never) ||
    snapshot.matches({ on: 'recovery' } as never) ||
    snapshot.matches(inMenu({ upgrade: 'confirm' }) as never)
  ) {
    state.usb = context.usbStick !== null;
    state.upgradeFile = context.upgradeFile;
  }
  if (snapshot.matches(LIVE_VIEW as never) && context.resetButtonDownAt !== null) {
    state.resetHeld = context.now - context.resetButtonDownAt >= resetHoldMs ? 'long' : 'short';
  }
  return state;
}
