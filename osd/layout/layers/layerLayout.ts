/** What laying out one OsdModel layer produces. */
import type { Chunk, OverlayGroup, Rect } from '../displayList';

export interface LayerLayout {
  readonly chunks: readonly Chunk[];
  /** The layer's part of the accessible overlay; null for layers with nothing to expose. */
  readonly group: OverlayGroup | null;
  /** The screen area the layer covers (used to place the on-screen keyboard beside a dialog). */
  readonly bounds: Rect;
}

/** A chunk keyed by everything that decides its pixels. */
export const chunk = (kind: string, keyParts: unknown, ops: Chunk['ops']): Chunk => ({
  key: `${kind}:${JSON.stringify(keyParts)}`,
  ops,
});
