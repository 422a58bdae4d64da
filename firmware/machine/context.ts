/**
 * The recorder's context at power-up, and the RAM part that every power cut wipes.
 */
import { RECORDER_MODELS } from '../catalogue/models';
import { PROFILES } from '../catalogue/profiles';
import { BOOT_DURATION_MS, PBKDF2_ITERATIONS } from '../catalogue/rules';
import type { FormState, RecorderContext, RecorderInput } from './types';

export const EMPTY_FORM: FormState = { values: {}, checked: {}, message: null };

/** Everything a real recorder keeps only in RAM, in its power-up state. */
export function freshRam(): Pick<
  RecorderContext,
  | 'session'
  | 'quickMenuOrigin'
  | 'menuPath'
  | 'form'
  | 'focus'
  | 'keyboard'
  | 'loginFailures'
  | 'lockedUntil'
  | 'modifyTarget'
  | 'pendingSalts'
  | 'pendingFlash'
  | 'toast'
  // RAM keys of users and rights
  | 'deleteTarget'
  | 'recoveryWrongAnswers'
  | 'appVerification'
  | 'recoveryVerifiedBy'
  // RAM keys of temporary password, clock and log
  | 'logPage'
  // RAM keys of storage
  | 'storageTask'
  | 'resetButtonDownAt'
  | 'upgradeFile'
  | 'pageNotice'
  // RAM keys of cameras
  | 'cameraAddFailed'
  | 'cameraNotice'
  | 'pendingCameraPushes'
> {
  return {
    session: null,
    quickMenuOrigin: { x: 0, y: 0 },
    menuPath: [],
    form: EMPTY_FORM,
    focus: null,
    keyboard: null,
    loginFailures: {},
    lockedUntil: {},
    modifyTarget: null,
    pendingSalts: [],
    pendingFlash: null,
    toast: null,
    // RAM of users and rights
    deleteTarget: null,
    recoveryWrongAnswers: 0,
    appVerification: null,
    recoveryVerifiedBy: null,
    // RAM of temporary password, clock and log
    logPage: 0,
    // RAM of storage
    storageTask: null,
    resetButtonDownAt: null,
    upgradeFile: null,
    pageNotice: null,
    // RAM of cameras
    cameraAddFailed: [],
    cameraNotice: null,
    pendingCameraPushes: [],
  };
}

export function createInitialContext(input: RecorderInput): RecorderContext {
  const model = RECORDER_MODELS[input.modelId];
  if (!model) throw new Error(`Unknown recorder model: ${String(input.modelId)}`);
  return {
    model,
    profile: PROFILES[model.profile],
    unit: input.unit,
    flash: input.flash,
    now: input.now,
    powerSwitchOn: input.powerSwitchOn,
    rngState: input.flash.randomSeed ?? input.seed,
    pbkdf2Iterations: input.pbkdf2Iterations ?? PBKDF2_ITERATIONS,
    bootDurationMs: input.bootDurationMs ?? BOOT_DURATION_MS,
    bootStartedAt: input.now,
    ...freshRam(),
    // Initial context of storage
    usbStick: input.usbStick ?? null,
    // Initial context of cameras
    cameraPorts: Array.from({ length: model.channels }, () => null),
  };
}
