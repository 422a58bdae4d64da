/**
 * A test world: the outside world of one recorder (manufactured from a seed, as the shell does), with a low PBKDF2
 * cost and an in-memory `persist` that records every stored state. Time moves only through `advance`.
 */
import { manufactureCamera } from '../../firmware/camera/cameraCatalogue';
import { RECORDER_MODELS, type RecorderModelId } from '../../firmware/catalogue/models';
import { manufactureUnit } from '../../firmware/domain/unitIdentity';
import { createOutsideWorld, type OutsideWorld } from '../../outside/outsideWorld';
import { manufacturedRecorder, newOutsideWorldState } from '../../outside/newOutsideWorldState';
import type { OutsideWorldState, ResetRequestForm, Upload, WarrantyForm } from '../../outside/outsideTypes';

export const START = Date.UTC(2026, 2, 2, 9, 0, 0);
export const TODAY = '2026-03-02';
export const MINUTE = 60_000;
export const ITERATIONS = 10;

export interface TestWorld {
  readonly world: OutsideWorld;
  readonly stored: OutsideWorldState[];
  readonly unit: { deviceId: string; serialNumber: string; secret: string };
  readonly modelId: RecorderModelId;
  now: number;
  advance(ms: number): Promise<void>;
}

export async function testWorld(modelId: RecorderModelId = 'LNR6108', seed = 42): Promise<TestWorld> {
  const unit = manufactureUnit(RECORDER_MODELS[modelId], seed, '2601');
  const wifi = manufactureCamera('W462AQC', seed + 1);
  const ip = manufactureCamera('E893AB', seed + 2);
  const state = await newOutsideWorldState({
    seed,
    now: START,
    recorder: manufacturedRecorder(modelId, unit),
    devices: [
      { kind: 'ip-camera', modelId: ip.model, serialNumber: ip.serial },
      { kind: 'wifi-camera', modelId: wifi.model, serialNumber: wifi.serial },
    ],
    pbkdf2Iterations: ITERATIONS,
  });
  const stored: OutsideWorldState[] = [];
  const world = createOutsideWorld({
    state,
    now: START,
    pbkdf2Iterations: ITERATIONS,
    persist: async (next) => {
      stored.push(next);
    },
  });
  const test: TestWorld = {
    world,
    stored,
    unit,
    modelId,
    now: START,
    async advance(ms) {
      test.now += ms;
      await world.advanceTo(test.now);
    },
  };
  return test;
}

/** The receipt attached to the order-confirmation e-mail, as an upload. */
export function receiptUpload(state: OutsideWorldState): Upload {
  const email = state.mailbox.find((mail) => mail.kind === 'order-confirmation');
  const attachment = email?.attachments[0];
  if (!email || !attachment) throw new Error('no receipt');
  return { source: 'attachment', emailId: email.id, attachmentId: attachment.id };
}

export const pngFile = (sizeBytes = 2_000, name = 'photo.png'): Upload => ({
  source: 'file',
  name,
  mimeType: 'image/png',
  sizeBytes,
  dataUrl: 'data:image/png;base64,iVBORw0KGgo=',
});

export function warrantyForm(test: TestWorld, changes: Partial<WarrantyForm> = {}): WarrantyForm {
  return {
    modelNumber: test.modelId,
    serialNumber: test.unit.serialNumber,
    dateOfPurchase: '2026-01-16',
    billOfSale: receiptUpload(test.world.state),
    ...changes,
  };
}

export function resetForm(test: TestWorld, changes: Partial<ResetRequestForm> = {}): ResetRequestForm {
  return {
    firstName: 'Alex',
    lastName: 'Morgan',
    phoneNumber: '555-0142',
    modelNumber: test.modelId,
    deviceId: test.unit.deviceId,
    serialNumber: test.unit.serialNumber,
    dateDisplayed: TODAY,
    proofOfPurchase: receiptUpload(test.world.state),
    deviceInfoScreen: pngFile(3_000, 'info.png'),
    informationSticker: pngFile(4_000, 'sticker.png'),
    ...changes,
  };
}

/** Signed in, with the warranty registered: ready for Reset Device Password. */
export async function withWarranty(test: TestWorld): Promise<TestWorld> {
  await test.world.signIn({ email: 'alex@example.com', password: 'Welcome#2026' });
  const result = await test.world.activateWarranty(warrantyForm(test));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return test;
}

/** The value of a `Name: value` line of the newest e-mail of a kind. */
export function mailLine(state: OutsideWorldState, kind: string, prefix: string): string | undefined {
  const mail = [...state.mailbox].reverse().find((candidate) => candidate.kind === kind);
  return mail?.body.find((line) => line.startsWith(prefix))?.slice(prefix.length);
}
