/**
 * The Mobile App's device commands (domain research §6a, §6b; seed 000):
 * - P4 Forgot device password > Send Reset Instructions: logged in, owner only ("Shared users cannot reset the
 *   password"), for recorders whose family offers P4 (the profile table's resetPaths: `app`, `home`); e-mails the
 *   temporary password for the date the recorder displays, at once.
 * - P5 app-account verification: logged in, owner of a recorder whose family offers P5 (`connect`); the 6-digit code
 *   typed from the recorder leaves as the recorder event APP_VERIFICATION_APPROVED (the recorder checks the code).
 * - P9 Add New Device: registers a Wi-Fi camera in pairing mode; a camera already in the list is refused.
 * - forgetAppDevice: a Wi-Fi camera reset to factory defaults loses its binding to the account, so the app drops it
 *   from the list (*invented*: the real app may keep showing it offline until deleted); the shell calls it when the
 *   camera chimes.
 */
import {
  CAMERA_MODELS,
  PROFILES,
  RECORDER_MODELS,
  isCameraModelId,
  isRecorderModelId,
  type ResetPathId,
  type UsersEvent,
} from '../../firmware';
import { dateProblem, sameId } from '../fieldRules';
import { deliver, temporaryPasswordEmail } from '../mail/mail';
import { accept, refuse, type Step } from '../step';
import { temporaryPasswordFor } from '../supportDesk/tickets';
import type { AppDevice, FormResult, OutsideWorldState } from '../outsideTypes';
import { TEXT_LIMITS, VERIFICATION_CODE_DIGITS } from '../outsideRules';

export const LOG_IN_FIRST_MESSAGE = 'Log in to the app first.';

/** Whether the recorder's family offers a reset path (read from the profile table, never from the model id). */
export function familyOffers(modelId: string, path: ResetPathId): boolean {
  return isRecorderModelId(modelId) && PROFILES[RECORDER_MODELS[modelId].profile].resetPaths.includes(path);
}

type DeviceCheck = { ok: true; device: AppDevice } | { ok: false; message: string };

/** The owned recorder `appDeviceId` of the logged-in account whose family offers `path`. */
function ownedRecorder(state: OutsideWorldState, appDeviceId: string, path: ResetPathId): DeviceCheck {
  if (!state.appSession) return { ok: false, message: LOG_IN_FIRST_MESSAGE };
  const device = state.appDevices.find((candidate) => candidate.id === appDeviceId);
  if (!device || device.kind !== 'recorder') return { ok: false, message: 'This recorder is not in your device list.' };
  if (!device.owner) return { ok: false, message: 'Only the owner of this device can do this. Shared users cannot.' };
  if (!familyOffers(device.modelId, path)) {
    return {
      ok: false,
      message:
        path === 'P4'
          ? 'This recorder cannot reset its password from the app: request a temporary password from support.'
          : 'This recorder does not use account verification from the app.',
    };
  }
  return { ok: true, device };
}

export async function sendDevicePasswordReset(
  state: OutsideWorldState,
  appDeviceId: string,
  displayedDate: string,
  now: number,
): Promise<Step<FormResult<'device'>>> {
  const check = ownedRecorder(state, appDeviceId, 'P4');
  if (!check.ok) return refuse(state, { device: check.message });
  const date = displayedDate.trim();
  const problem = dateProblem(date);
  if (problem !== null) return refuse(state, { device: `The recorder's date could not be read: ${problem}` });
  const { device } = check;
  const unit = { serialNumber: device.serialNumber, deviceId: device.deviceId ?? '' };
  const password = await temporaryPasswordFor(state, unit, date);
  const email = temporaryPasswordEmail(state, {
    ticketNumber: null,
    modelId: device.modelId,
    deviceId: unit.deviceId,
    date,
    password,
  });
  return accept(deliver(state, email, now), undefined);
}

export function verifyRecorderFromApp(
  state: OutsideWorldState,
  appDeviceId: string,
  rawCode: string,
): Step<FormResult<'device' | 'code', UsersEvent>> {
  const check = ownedRecorder(state, appDeviceId, 'P5');
  if (!check.ok) return refuse(state, { device: check.message });
  const code = rawCode.trim();
  if (!new RegExp(`^\\d{${VERIFICATION_CODE_DIGITS}}$`).test(code)) {
    return refuse(state, { code: `Enter the ${VERIFICATION_CODE_DIGITS}-digit code the recorder shows.` });
  }
  return accept(state, { type: 'APP_VERIFICATION_APPROVED', deviceId: check.device.deviceId ?? '', code });
}

export function addAppDevice(
  state: OutsideWorldState,
  device: { kind: 'wifi-camera'; modelId: string; serialNumber: string },
): Step<FormResult<'device'>> {
  if (!state.appSession) return refuse(state, { device: LOG_IN_FIRST_MESSAGE });
  const modelId = device.modelId.trim().toUpperCase();
  const serialNumber = device.serialNumber.trim().toUpperCase();
  if (device.kind !== 'wifi-camera' || !isCameraModelId(modelId) || CAMERA_MODELS[modelId].kind !== 'wifi') {
    return refuse(state, { device: 'Only a Wi-Fi camera can be added here.' });
  }
  if (!/^[A-Z0-9]+$/.test(serialNumber) || serialNumber.length > TEXT_LIMITS.serialNumber) {
    return refuse(state, { device: 'The camera did not report a valid serial number.' });
  }
  if (state.appDevices.some((candidate) => sameId(candidate.serialNumber, serialNumber))) {
    return refuse(state, { device: 'This camera is already in your device list.' });
  }
  const count = state.appDevices.filter((candidate) => candidate.kind === 'wifi-camera').length;
  const added: AppDevice = {
    id: `device-${nextDeviceNumber(state)}`,
    kind: 'wifi-camera',
    name: `Wi-Fi camera ${count + 1}`,
    modelId,
    serialNumber,
    deviceId: null,
    owner: true,
  };
  return accept({ ...state, appDevices: [...state.appDevices, added] }, undefined);
}

/** A new device id: the number after the highest in the list (so ids in the list stay unique). */
function nextDeviceNumber(state: OutsideWorldState): number {
  const numbers = state.appDevices.map((device) => Number(/^device-(\d+)$/.exec(device.id)?.[1] ?? 0));
  return Math.max(0, ...numbers) + 1;
}

export function forgetAppDevice(state: OutsideWorldState, serialNumber: string): Step<void> {
  const kept = state.appDevices.filter(
    (device) => !(device.kind === 'wifi-camera' && sameId(device.serialNumber, serialNumber)),
  );
  return { state: kept.length === state.appDevices.length ? state : { ...state, appDevices: kept }, result: undefined };
}
