/**
 * The outside world of a new simulation (docs/accessible-names.md): the customer's account (alex@example.com / Welcome#2026, hashed),
 * the recorder the manufacturer made, the recorder and its cameras registered in the mobile app (the customer owns
 * them), no warranty yet, and the order-confirmation e-mail whose attachment is the receipt.
 *
 * buildOutsideWorldState is synchronous and takes the password hash ready-made (stored-world migrations use a
 * precomputed one); newOutsideWorldState hashes the password with a salt from the world's random stream.
 */
import {
  PASSWORD_SALT_BYTES,
  PBKDF2_ITERATIONS,
  RECORDER_MODELS,
  SeededRandom,
  hashPassword,
  type PasswordHash,
  type RecorderModelId,
} from '../firmware';
import { deliver, orderConfirmationEmail } from './mail/mail';
import { receiptImage } from './mail/receipt';
import type { AppDevice, ManufacturedRecorder, OutsideWorldState } from './outsideTypes';
import { CUSTOMER, DAY_MS, FIRST_TICKET_NUMBER, PURCHASE_DAYS_BEFORE_START, worldDate } from './outsideRules';

/** A camera registered in the app at the start (the site's cameras). */
export interface NewAppDevice {
  readonly kind: 'ip-camera' | 'wifi-camera';
  readonly modelId: string;
  readonly serialNumber: string;
  readonly name?: string;
}

export interface NewOutsideWorldOptions {
  readonly seed: number;
  /** World time at the start. */
  readonly now: number;
  readonly recorder: ManufacturedRecorder;
  readonly devices: readonly NewAppDevice[];
  readonly pbkdf2Iterations?: number;
}

/** The world's random stream is distinct from the firmware's (same seed, another constant). */
const WORLD_STREAM = 0x0075_1de5;
export const outsideRandomState = (seed: number): number => (seed ^ WORLD_STREAM) | 0;

/** The order was placed at 14:12 world time on the purchase day. *invented* */
const ORDER_TIME_OF_DAY_MS = (14 * 60 + 12) * 60_000;

export function buildOutsideWorldState(
  options: Omit<NewOutsideWorldOptions, 'pbkdf2Iterations'> & { readonly password: PasswordHash; randomState: number },
): OutsideWorldState {
  const random = new SeededRandom(options.randomState);
  const startDay = Math.floor(options.now / DAY_MS) * DAY_MS;
  const orderedAt = startDay - PURCHASE_DAYS_BEFORE_START * DAY_MS + ORDER_TIME_OF_DAY_MS;
  const orderNumber = `NE-${random.string('0123456789', 8)}`;
  const { recorder } = options;
  const model = RECORDER_MODELS[recorder.modelId];
  const appDevices: AppDevice[] = [
    {
      id: 'device-1',
      kind: 'recorder',
      name: `${model.kind} ${model.id}`,
      modelId: recorder.modelId,
      serialNumber: recorder.serialNumber,
      deviceId: recorder.deviceId,
      owner: true,
    },
    ...options.devices.map((device, index) => ({
      id: `device-${index + 2}`,
      kind: device.kind,
      name: device.name ?? `${device.kind === 'wifi-camera' ? 'Wi-Fi camera' : 'Camera'} ${index + 1}`,
      modelId: device.modelId,
      serialNumber: device.serialNumber,
      deviceId: null,
      owner: true,
    })),
  ];
  const empty: OutsideWorldState = {
    account: {
      email: CUSTOMER.email,
      firstName: CUSTOMER.firstName,
      lastName: CUSTOMER.lastName,
      phone: CUSTOMER.phone,
      password: options.password,
    },
    recorders: [recorder],
    warranties: [],
    tickets: [],
    nextTicketNumber: FIRST_TICKET_NUMBER,
    mailbox: [],
    photos: [],
    appDevices,
    pendingCodes: [],
    manualReview: false,
    websiteSession: null,
    appSession: null,
    randomState: random.currentState,
  };
  const facts = {
    orderNumber,
    modelId: recorder.modelId,
    serialNumber: recorder.serialNumber,
    purchaseDate: worldDate(orderedAt),
  };
  const receipt = { id: 'attachment-1', name: 'Receipt', image: receiptImage(facts, 'receipt-1') };
  return deliver(empty, orderConfirmationEmail(empty, facts, receipt), orderedAt);
}

export async function newOutsideWorldState(options: NewOutsideWorldOptions): Promise<OutsideWorldState> {
  const random = new SeededRandom(outsideRandomState(options.seed));
  const salt = random.hex(PASSWORD_SALT_BYTES);
  const password = await hashPassword(CUSTOMER.password, salt, options.pbkdf2Iterations ?? PBKDF2_ITERATIONS);
  return buildOutsideWorldState({ ...options, password, randomState: random.currentState });
}

/** The recorder as the manufacturer's registry knows it, from a world's unit identity. */
export const manufacturedRecorder = (
  modelId: RecorderModelId,
  unit: { deviceId: string; serialNumber: string; secret: string },
): ManufacturedRecorder => ({
  modelId,
  deviceId: unit.deviceId,
  serialNumber: unit.serialNumber,
  secret: unit.secret,
});
