/**
 * The OSD renderer: owns the pixi Application (WebGL only, resolution 1, no anti-aliasing, rounded pixels, nearest
 * sampling) and draws OsdLayouts on demand. The canvas backing store is exactly the layout's frame (1280x720 or
 * 1920x1080): a layout of another size resizes it at once. Nothing renders while nothing changes: draw() and
 * moveCursor() schedule at most one frame per animation frame, and only when what is shown changed.
 *
 * Lifecycle: createOsdRenderer() is async (pixi's init and the font load) and rejects when the browser gives no
 * WebGL (never a silent fallback to another renderer, which would draw other pixels); destroy() releases the GPU
 * context and may be called at any time after creation. Chunks whose key is unchanged keep their display objects.
 */
import { Application, Assets, Container, RendererType, TextureSource } from 'pixi.js';
// Pixi compiles shader-uniform code with new Function() unless this is loaded; the production build's CSP
// forbids eval, so the OSD uses pixi's eval-free implementations everywhere.
import 'pixi.js/unsafe-eval';
import { OSD_FONT_URL, OSD_HEIGHT, OSD_WIDTH } from '../config';
import { CURSOR_FILL, CURSOR_OUTLINE } from '../layout/icons';
import type { OsdLayout } from '../layout/displayList';
import { markFrame } from './frameMarks';
import { paintChunk, type OsdFontFace } from './paint';
import { sceneTextureCache } from './sceneTextures';

export interface OsdRenderer {
  readonly canvas: HTMLCanvasElement;
  /** Shows `layout` from the next frame on (resizing the canvas to the layout's frame if needed). */
  draw(layout: OsdLayout): void;
  /** Moves the recorder's mouse cursor to (x, y) in OSD pixels, or hides it (null). */
  moveCursor(point: { x: number; y: number } | null): void;
  /** Resolves after the next frame has been rendered (tests and screenshots wait on it). */
  nextFrame(): Promise<void>;
  /**
   * Draws `layout` at once, without the cursor, and returns a copy of the pixels in a new 2D canvas (the gallery's
   * per-screen images: one WebGL context for any number of screens). The next scheduled frame shows the last draw().
   */
  capture(layout: OsdLayout): HTMLCanvasElement;
  /** Frames rendered so far (tests and the benchmark read it: it must not grow while nothing changes). */
  readonly framesRendered: number;
  /**
   * A PNG data URL of exactly what the screen shows now ("Take photo of the screen"): the stage is rendered and the
   * canvas read in the same task, before the browser may clear the WebGL drawing buffer (no preserveDrawingBuffer
   * needed). Not counted as a frame.
   */
  capturePng(): string;
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
    preference: 'webgl',
    autoStart: false,
    sharedTicker: false,
  });
  // WebGL only: pixi falls back to another renderer when WebGL is missing, which would draw different pixels.
  if (app.renderer.type !== RendererType.WEBGL) {
    app.destroy({ removeView: true });
    throw new Error('This browser has no WebGL, which the recorder screen needs.');
  }
  app.ticker.stop();
  const font = await Assets.load<{ fontFamily: string; fontMetrics: { fontSize: number } }>(OSD_FONT_URL);
  const face: OsdFontFace = { family: font.fontFamily, size: font.fontMetrics.fontSize };
  const textures = sceneTextureCache();

  const layers = new Container();
  const cursor = cursorSprite();
  app.stage.addChild(layers, cursor);
  let chunks = new Map<string, Container>();
  let shownKeys: readonly string[] = [];
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
  const resizeTo = (layout: OsdLayout): boolean => {
    if (app.renderer.width === layout.width && app.renderer.height === layout.height) return false;
    app.renderer.resize(layout.width, layout.height);
    return true;
  };

  /** Puts `layout`'s chunks on the stage (reusing unchanged ones); true when anything shown changed. */
  const show = (layout: OsdLayout): boolean => {
    const resized = resizeTo(layout);
    const next = new Map<string, Container>();
    const ordered: Container[] = [];
    const keys: string[] = [];
    for (const chunk of layout.chunks) {
      // Two chunks with the same key would share one container; give repeats a key of their own.
      let key = chunk.key;
      for (let n = 2; next.has(key); n++) key = `${chunk.key}#${n}`;
      const container = chunks.get(key) ?? paintChunk(chunk.ops, face, textures.lookup);
      chunks.delete(key);
      next.set(key, container);
      ordered.push(container);
      keys.push(key);
    }
    for (const stale of chunks.values()) stale.destroy({ children: true });
    chunks = next;
    const changed = resized || keys.length !== shownKeys.length || keys.some((key, i) => key !== shownKeys[i]);
    shownKeys = keys;
    if (changed) {
      layers.removeChildren();
      if (ordered.length > 0) layers.addChild(...ordered);
    }
    return changed;
  };

  return {
    canvas: app.canvas,
    get framesRendered() {
      return frames;
    },
    draw(layout) {
      if (show(layout)) requestFrame();
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
    capturePng() {
      app.renderer.render(app.stage);
      return app.canvas.toDataURL('image/png');
    },
    nextFrame() {
      return new Promise<void>((resolve) => {
        waiting.push(resolve);
        requestFrame();
      });
    },
    capture(layout) {
      show(layout);
      const cursorWasVisible = cursor.visible;
      cursor.visible = false;
      app.renderer.render(app.stage);
      cursor.visible = cursorWasVisible;
      // The WebGL drawing buffer is readable until this task ends: copy it now.
      const copy = document.createElement('canvas');
      copy.width = layout.width;
      copy.height = layout.height;
      copy.getContext('2d')?.drawImage(app.canvas, 0, 0);
      requestFrame();
      return copy;
    },
    destroy() {
      destroyed = true;
      if (frameRequest !== null) cancelAnimationFrame(frameRequest);
      for (const resolve of waiting.splice(0)) resolve();
      app.destroy({ removeView: true }, { children: true });
      textures.destroy();
    },
  };
}
