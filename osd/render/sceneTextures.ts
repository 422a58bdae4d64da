/**
 * The live picture's pre-made textures (osd/layout/sceneArt.ts) as pixi textures, each made once on first use from
 * its colour rows through a 2D canvas, sampled nearest. Per frame the renderer only places sprites of them.
 */
import { Texture } from 'pixi.js';
import { SCENE_TEXTURES } from '../layout/sceneArt';

export type TextureLookup = (id: string) => Texture;

export function sceneTextureCache(): { lookup: TextureLookup; destroy(): void } {
  const made = new Map<string, Texture>();
  const lookup = (id: string): Texture => {
    const existing = made.get(id);
    if (existing) return existing;
    const art = SCENE_TEXTURES[id];
    if (!art) throw new Error(`No live-view texture named ${id}.`);
    const { width, height, pixels } = art();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas to make the live-view textures.');
    const image = context.createImageData(width, height);
    pixels.forEach((color, index) => {
      const lit = color >= 0;
      image.data[index * 4] = lit ? (color >> 16) & 0xff : 0;
      image.data[index * 4 + 1] = lit ? (color >> 8) & 0xff : 0;
      image.data[index * 4 + 2] = lit ? color & 0xff : 0;
      image.data[index * 4 + 3] = lit ? 0xff : 0;
    });
    context.putImageData(image, 0, 0);
    const texture = Texture.from(canvas);
    texture.source.scaleMode = 'nearest';
    made.set(id, texture);
    return texture;
  };
  return {
    lookup,
    destroy() {
      for (const texture of made.values()) texture.destroy(true);
      made.clear();
    },
  };
}
