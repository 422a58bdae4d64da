/**
 * The OSD's geometry and palette. The recorder outputs 1280x720 (the default) or 1920x1080 (docs/architecture.md#the-osd, Display >
 * Resolution); every coordinate in osd/ is an integer pixel of the current output frame. Colours are *invented*,
 * after the dark, blue-accented menus of Dahua-style recorders.
 *
 * At 1920x1080 the same widgets are laid out for the bigger frame, as a real recorder does: every layout size is
 * the 1280x720 size times `unit` (1.5), rounded to whole pixels, and large text (headers, the boot splash) takes the
 * nearest integer multiple of the font's native size. Body text stays the native bitmap size. *invented*
 */

export type OsdResolution = '1280x720' | '1920x1080';

/** The output frame the OSD is laid out for. */
export interface ScreenMetrics {
  readonly resolution: OsdResolution;
  readonly width: number;
  readonly height: number;
  /** Layout sizes are the 1280x720 sizes times this (1 or 1.5), rounded to whole pixels. */
  readonly unit: number;
}

export const SCREENS: Readonly<Record<OsdResolution, ScreenMetrics>> = {
  '1280x720': { resolution: '1280x720', width: 1280, height: 720, unit: 1 },
  '1920x1080': { resolution: '1920x1080', width: 1920, height: 1080, unit: 1.5 },
};

export const DEFAULT_RESOLUTION: OsdResolution = '1280x720';

/** The default (1280x720) frame; the size of any other frame is SCREENS[resolution]. */
export const OSD_WIDTH = SCREENS[DEFAULT_RESOLUTION].width;
export const OSD_HEIGHT = SCREENS[DEFAULT_RESOLUTION].height;

/** The metrics of `resolution` (the model's Display > Resolution). */
export const screenFor = (resolution: OsdResolution): ScreenMetrics => SCREENS[resolution];

/** URL of the bitmap font (public/fonts), loaded once by the renderer; Node tests read the same file from disk. */
export const OSD_FONT_URL = '/fonts/osd.fnt';

/**
 * The live view's synthetic camera picture: it advances one frame every LIVE_FRAME_MS of device time (the firmware
 * projection gives the frame number), and is drawn from a few pre-made textures of SCENE_TEXTURE_WIDTH x HEIGHT
 * pixels, scaled by a whole number into each tile. *invented*
 */
export const SCENE_TEXTURE_WIDTH = 32;
export const SCENE_TEXTURE_HEIGHT = 18;

export const PALETTE = {
  black: 0x000000,
  white: 0xffffff,
  backdrop: 0x0b1016,
  screen: 0x121820,
  panel: 0x1c232c,
  panelBorder: 0x3a4756,
  titleBar: 0x114a82,
  titleText: 0xffffff,
  text: 0xe6edf3,
  dimText: 0x93a1af,
  disabledText: 0x55606b,
  accent: 0x1f7bd8,
  hover: 0x2b3d51,
  focus: 0xf0b429,
  button: 0x2c3947,
  buttonBorder: 0x4a5b6d,
  field: 0x0d1217,
  fieldBorder: 0x495867,
  alert: 0xff6b6b,
  tileBorder: 0x2c2c2c,
  videoLoss: 0x8a8a8a,
  progressTrack: 0x2a323c,
  toast: 0x23663a,
  scrollTrack: 0x161c23,
  scrollThumb: 0x5b6d80,
  recording: 0xe53935,
  motion: 0xffc107,
  markBackground: 0x000000,
} as const;
