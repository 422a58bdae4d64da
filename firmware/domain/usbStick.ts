/**
 * A USB stick in the recorder's rear USB port (P12, P13), as data. The stick is hardware: the world keeps it (it is
 * not on the recorder's flash and survives the recorder's power cuts). The firmware reads it, and when a backup
 * writes a file it announces the new stick (emitted event `usbStickWritten`) for the host to keep.
 */
import type { RecorderModel } from '../catalogue/models';

export type UsbFileKind = 'firmware' | 'backup';

export interface UsbFile {
  /** File name, unique on the stick. */
  readonly name: string;
  readonly kind: UsbFileKind;
  /** Firmware images: the recorder model the image is built for. */
  readonly modelId?: string;
  /** Firmware images: the version the recorder shows after installing it. */
  readonly version?: string;
  readonly sizeMb: number;
}

export interface UsbStick {
  /** The volume label. */
  readonly label: string;
  readonly capacityMb: number;
  readonly files: readonly UsbFile[];
}

export const usedMb = (stick: UsbStick): number => stick.files.reduce((total, file) => total + file.sizeMb, 0);

export const freeMb = (stick: UsbStick): number => Math.max(0, stick.capacityMb - usedMb(stick));

/** The firmware images on the stick, for any model, in file order. */
export const firmwareFiles = (stick: UsbStick | null): UsbFile[] =>
  stick ? stick.files.filter((file) => file.kind === 'firmware') : [];

/** The file called `name` on the stick, if there is one. */
export const findUsbFile = (stick: UsbStick | null, name: string | null): UsbFile | undefined =>
  name === null ? undefined : stick?.files.find((file) => file.name === name);

/** What a firmware image's version may look like (it becomes flash.firmware.version: the flash schema's limit). */
const FIRMWARE_VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** Whether `file` is a firmware image this recorder can install (its model, and a well-formed version). */
export const isFirmwareFor = (file: UsbFile, model: RecorderModel): boolean =>
  file.kind === 'firmware' && file.modelId === model.id && FIRMWARE_VERSION.test(file.version ?? '');

/** The first image on the stick this recorder can install (recovery mode takes it), if any. */
export const firstFirmwareFor = (stick: UsbStick | null, model: RecorderModel): UsbFile | undefined =>
  firmwareFiles(stick).find((file) => isFirmwareFor(file, model));

/** The stick with `file` added, replacing a file of the same name. */
export function withUsbFile(stick: UsbStick, file: UsbFile): UsbStick {
  return { ...stick, files: [...stick.files.filter((existing) => existing.name !== file.name), file] };
}

/**
 * Whether an event the recorder emitted is a backup's new stick, for the host: `actor.on('usbStickWritten', (event)
 * => { if (isUsbStickWritten(event)) keep(event.stick); })`.
 */
export function isUsbStickWritten(event: {
  readonly type: string;
}): event is { type: 'usbStickWritten'; stick: UsbStick } {
  return event.type === 'usbStickWritten' && 'stick' in event;
}

/** Size of a firmware image on a stick. *invented* */
export const FIRMWARE_IMAGE_SIZE_MB = 64;

/**
 * A stick as the support website's download would leave it: one firmware image of `version` for `modelId`.
 * *invented* file name pattern.
 */
export function firmwareStick(modelId: string, version: string, capacityMb = 16_000): UsbStick {
  return {
    label: 'USB DISK',
    capacityMb,
    files: [{ name: `${modelId}_${version}.bin`, kind: 'firmware', modelId, version, sizeMb: FIRMWARE_IMAGE_SIZE_MB }],
  };
}
