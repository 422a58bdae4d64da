/**
 * What the layout produces and the renderer consumes: drawing operations in OSD pixels, grouped into chunks the
 * renderer can keep between frames, plus the accessible overlay that mirrors every control (docs/accessible-names.md).
 *
 * Glossary: a *chunk* is a list of operations with a key; two chunks with the same key draw the same pixels, so
 * the renderer reuses the last frame's objects for them. An *overlay group* is one dialog, menu or screen region
 * of the accessible overlay, with its items (controls, readable values, alerts) and where each sits.
 */
import type { OsdControl } from '../../firmware';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export type DrawOp =
  /** A filled rectangle; `alpha` (0..1, absent = opaque) lets what is below show through. */
  | { readonly op: 'rect'; readonly rect: Rect; readonly color: number; readonly alpha?: number }
  /** Bitmap text with its top-left corner at (x, y), drawn at an integer scale of the font's native size. */
  | {
      readonly op: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly color: number;
      readonly scale: number;
    }
  /** Pixel art: each string is one row, '#' marks a lit pixel, drawn as scale x scale squares. */
  | {
      readonly op: 'pixels';
      readonly x: number;
      readonly y: number;
      readonly rows: readonly string[];
      readonly color: number;
      readonly scale: number;
    }
  /**
   * A pre-made texture (see osd/layout/sceneArt.ts) drawn with its top-left corner at (x, y), `scale` screen pixels
   * per texel, nearest sampling. Building the texture is done once; drawing it costs no per-pixel work.
   */
  | {
      readonly op: 'sprite';
      readonly texture: string;
      readonly x: number;
      readonly y: number;
      readonly scale: number;
    };

export interface Chunk {
  readonly key: string;
  readonly ops: readonly DrawOp[];
}

export type OverlayItem =
  | { readonly kind: 'control'; readonly control: OsdControl; readonly rect: Rect }
  /** A value readable by its label (e.g. System Date), exactly the text drawn. */
  | { readonly kind: 'value'; readonly label: string; readonly value: string; readonly rect: Rect }
  | { readonly kind: 'alert'; readonly text: string; readonly rect: Rect }
  | { readonly kind: 'status'; readonly text: string; readonly rect: Rect }
  /** Text drawn in a dialog or page (a confirmation's question): a dialog's text is its accessible description. */
  | { readonly kind: 'text'; readonly text: string; readonly rect: Rect }
  | { readonly kind: 'image'; readonly label: string; readonly rect: Rect };

export interface OverlayGroup {
  readonly role: 'dialog' | 'menu' | 'region' | 'none';
  readonly label: string | null;
  readonly rect: Rect;
  readonly items: readonly OverlayItem[];
  /** A dialog waiting for the recorder (a flash write): exposed as aria-busy. Absent when not busy. */
  readonly busy?: true;
}

export interface OsdLayout {
  /** The output frame (the model's resolution): the canvas backing store is exactly this size. */
  readonly width: number;
  readonly height: number;
  readonly chunks: readonly Chunk[];
  /** Bottom to top; only the layers that take input (the topmost dialog or menu and above). */
  readonly overlay: readonly OverlayGroup[];
}

export const rect = (x: number, y: number, w: number, h: number): Rect => ({ x, y, w, h });

export const contains = (r: Rect, x: number, y: number): boolean =>
  x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;
