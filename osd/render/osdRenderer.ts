/**
 * The OSD renderer: owns the pixi Application (WebGL only, 1280x720 backing store, resolution 1, no anti-aliasing,
 * rounded pixels, nearest sampling) and draws OsdLayouts on demand. Nothing renders while nothing changes: draw()
 * and moveCursor() schedule at most one frame per animation frame.
 *
 * Lifecycle: createOsdRenderer() is async (pixi's init and the font load); destroy() releases the GPU context and
 * may be called at any time after creation. Chunks whose key is unchanged keep their display objects.
 */
import { Application, Assets, Container, TextureSource } from 'pixi.js';
// Pixi compiles shader-uniform code with new Function() unless this is loaded; the production build's CSP
// forbids eval, so the OSD uses pixi's eval-free implementations everywhere.
import 'pixi.js/unsafe-eval';
import { OSD_FONT_URL, OSD_HEIGHT, OSD_WIDTH } from '../config';
import { CURSOR_FILL, CURSOR_OUTLINE } from '../layout/icons';
import type { OsdLayout } from '../layout/displayList';
import { markFrame } from './frameMarks';
import { paintChunk, type OsdFontFace } from './paint';

export interface OsdRenderer {
  readonly canvas: HTMLCanvasElement;
  /** Shows `layout` from the next frame on. */
  draw(layout: OsdLayout): void;
  /** Moves the recorder's mouse cursor to (x, y) in OSD pixels, or hides it (null). */
  moveCursor(point: { x: number; y: number } | null): void;
  /** Resolves after the next frame has been rendered (tests and screenshots wait on it). */
  nextFrame(): Promise<void>;
  /** Frames rendered so far. */
  readonly frameCount: number;
  destroy(): void;
}

function cursorSprite(): Container {
  const cursor = new Container();
  cursor.addChild(
    paintChunk(
      [
        { op: 'pixels', x: 0, y: 0, rows: CURSOR_OUTLINE, color: 0x000000, scale: 1 },
        { op: 'pixels', x: 0, y: 0, rows: CURSOR_FILL, color: 0xffffff, scale: 1 },
      ],
      { family: '', size: 0 },
    ),
  );
  cursor.visible = false;
  return cursor;
}

export async function createOsdRenderer(canvas?: HTMLCanvasElement): Promise<OsdRenderer> {
  TextureSource.defaultOptions.scaleMode = 'nearest';
  const app = new Application();
  await app.init({
    ...(canvas ? { canvas } : {}),
    width: OSD_WIDTH,
    height: OSD_HEIGHT,
    resolution: 1,
    autoDensity: false,
    antialias: false,
    roundPixels: true,
    background: 0x000000,
    // WebGL only: a silent fallback to another renderer would draw different pixels.
    preference: ['webgl'],
    autoStart: false,
    sharedTicker: false,
  });
  app.ticker.stop();
  const font = await Assets.load<{ fontFamily: string; fontMetrics: { fontSize: number } }>(OSD_FONT_URL);
  const face: OsdFontFace = { family: font.fontFamily, size: font.fontMetrics.fontSize };

  const layers = new Container();
  const cursor = cursorSprite();
  app.stage.addChild(layers, cursor);
  let chunks = new Map<string, Container>();
  let frameRequest: number | null = null;
  let frames = 0;
  let destroyed = false;
  const waiting: Array<() => void> = [];

  const renderNow = () => {
    frameRequest = null;
    if (destroyed) return;
    app.renderer.render(app.stage);
    frames += 1;
    markFrame(frames, layers.children.length > 0);
    for (const resolve of waiting.splice(0)) resolve();
  };
  const requestFrame = () => {
    if (frameRequest === null && !destroyed) frameRequest = requestAnimationFrame(renderNow);
  };

  return {
    canvas: app.canvas,
    get frameCount() {
      return frames;
    },
    draw(layout) {
      const next = new Map<string, Container>();
      const ordered: Container[] = [];
      for (const chunk of layout.chunks) {
        // Two chunks with the same key would share one container; give repeats a key of their own.
        let key = chunk.key;
        for (let n = 2; next.has(key); n++) key = `${chunk.key}#${n}`;
        const container = chunks.get(key) ?? paintChunk(chunk.ops, face);
        chunks.delete(key);
        next.set(key, container);
        ordered.push(container);
      }
      for (const stale of chunks.values()) stale.destroy({ children: true });
      chunks = next;
      layers.removeChildren();
      if (ordered.length > 0) layers.addChild(...ordered);
      requestFrame();
    },
    moveCursor(point) {
      const x = point ? Math.round(point.x) : cursor.x;
      const y = point ? Math.round(point.y) : cursor.y;
      // Pointer events arrive far more often than the cursor changes: draw only when it does.
      if (cursor.visible === (point !== null) && cursor.x === x && cursor.y === y) return;
      cursor.visible = point !== null;
      cursor.position.set(x, y);
      requestFrame();
    },
    nextFrame() {
      return new Promise<void>((resolve) => {
        waiting.push(resolve);
        requestFrame();
      });
    },
    destroy() {
      destroyed = true;
      if (frameRequest !== null) cancelAnimationFrame(frameRequest);
      for (const resolve of waiting.splice(0)) resolve();
      app.destroy({ removeView: true }, { children: true });
    },
  };
}
