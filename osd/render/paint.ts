/**
 * Turns a chunk's drawing operations into pixi display objects: consecutive rectangles and pixel art share one
 * Graphics, text becomes BitmapText in the OSD bitmap font at an integer multiple of its native size. Coordinates
 * are whole pixels, so with nearest sampling and no anti-aliasing every pixel is exact.
 */
import { BitmapText, Container, Graphics, Sprite } from 'pixi.js';
import type { DrawOp } from '../layout/displayList';
import type { TextureLookup } from './sceneTextures';

export interface OsdFontFace {
  /** The family name pixi registered the loaded .fnt under (its `info face`). */
  readonly family: string;
  /** The font's native pixel size (its `info size`). */
  readonly size: number;
}

/** Adds lit pixels of `rows` to `graphics` as horizontal runs (fewer rectangles than one per pixel). */
function addPixelRuns(graphics: Graphics, op: Extract<DrawOp, { op: 'pixels' }>): void {
  op.rows.forEach((row, rowIndex) => {
    let start = -1;
    for (let column = 0; column <= row.length; column++) {
      const lit = row[column] === '#';
      if (lit && start === -1) start = column;
      if (!lit && start !== -1) {
        graphics.rect(op.x + start * op.scale, op.y + rowIndex * op.scale, (column - start) * op.scale, op.scale);
        start = -1;
      }
    }
  });
  graphics.fill(op.color);
}

/** A container drawing `ops` in order; sprites take their pre-made texture from `textures`. */
export function paintChunk(ops: readonly DrawOp[], face: OsdFontFace, textures?: TextureLookup): Container {
  const container = new Container();
  let graphics: Graphics | null = null;
  const shapes = (): Graphics => {
    if (!graphics) {
      graphics = new Graphics();
      container.addChild(graphics);
    }
    return graphics;
  };
  for (const op of ops) {
    switch (op.op) {
      case 'rect':
        shapes()
          .rect(op.rect.x, op.rect.y, op.rect.w, op.rect.h)
          .fill(op.alpha === undefined ? op.color : { color: op.color, alpha: op.alpha });
        break;
      case 'sprite': {
        if (!textures) throw new Error("A sprite needs the renderer's textures.");
        const sprite = new Sprite({ texture: textures(op.texture), roundPixels: true });
        sprite.position.set(op.x, op.y);
        sprite.scale.set(op.scale);
        container.addChild(sprite);
        graphics = null; // later shapes must draw above this sprite
        break;
      }
      case 'pixels':
        addPixelRuns(shapes(), op);
        break;
      case 'text': {
        if (op.text === '') break;
        const label = new BitmapText({
          text: op.text,
          style: { fontFamily: face.family, fontSize: face.size * op.scale },
          roundPixels: true,
        });
        label.tint = op.color;
        label.position.set(op.x, op.y);
        container.addChild(label);
        graphics = null; // later shapes must draw above this text
        break;
      }
    }
  }
  return container;
}
