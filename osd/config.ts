/**
 * The OSD's fixed geometry and palette. The recorder's output is 1280x720 (SPEC §6.1, Display > Resolution
 * default); every coordinate in osd/ is an integer pixel of that frame. Colours are *invented*, after the dark,
 * blue-accented menus of Dahua-style recorders.
 */

export const OSD_WIDTH = 1280;
export const OSD_HEIGHT = 720;

/** URL of the bitmap font (public/fonts), loaded once by the renderer; Node tests read the same file from disk. */
export const OSD_FONT_URL = '/fonts/osd.fnt';

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
} as const;
