/**
 * A simulated unit's identity, fixed "at manufacture" (docs/reset-paths.md#families): Device ID, serial number, MAC address and a random
 * per-unit secret. Formats are *invented* and live here only.
 */
import type { RecorderModel } from '../catalogue/models';
import { SeededRandom } from './random';

export interface UnitIdentity {
  /** 15 characters, uppercase letters and digits, not the serial number. */
  readonly deviceId: string;
  readonly serialNumber: string;
  /** Six colon-separated bytes; the locally administered bit is set so it never collides with a real vendor. */
  readonly macAddress: string;
  /** 32 random bytes (hex). Only the simulated support desk knows it; the OSD never shows it. */
  readonly secret: string;
  /** When the unit was made, as YYMM, used in the serial number. */
  readonly manufacturedYearMonth: string;
}

/** Letters and digits without the look-alikes I, O, 0 and 1, so a customer can read the ID off the screen. */
export const DEVICE_ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const DEVICE_ID_LENGTH = 15;

/** Builds a unit's identity from a seed: the same model, seed and date always give the same unit. */
export function manufactureUnit(model: RecorderModel, seed: number, manufacturedYearMonth: string): UnitIdentity {
  const random = new SeededRandom(seed);
  const deviceId = random.string(DEVICE_ID_ALPHABET, DEVICE_ID_LENGTH);
  const serialNumber = `${model.serialPrefix}${manufacturedYearMonth}${random.string('0123456789', 6)}`;
  const firstByte = (random.below(64) << 2) | 0b10; // locally administered, unicast
  const macBytes = [firstByte, ...Array.from({ length: 5 }, () => random.below(256))];
  const macAddress = macBytes.map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(':');
  const secret = random.hex(32);
  return { deviceId, serialNumber, macAddress, secret, manufacturedYearMonth };
}
