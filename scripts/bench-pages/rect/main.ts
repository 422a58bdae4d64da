/**
 * Baseline page: pixi.js drawing one rectangle, with the OSD renderer's settings (WebGL only, 1280x720, resolution
 * 1, no anti-aliasing, no ticker), then the same first-frame mark. Nothing else: the floor of the first OSD frame.
 */
import { Application, Graphics } from 'pixi.js';
import { FIRST_FRAME_MARK } from '../../../osd/render/frameMarks';

const app = new Application();
await app.init({
  width: 1280,
  height: 720,
  resolution: 1,
  antialias: false,
  background: 0x000000,
  preference: ['webgl'],
  autoStart: false,
  sharedTicker: false,
});
document.body.appendChild(app.canvas);
app.stage.addChild(new Graphics().rect(100, 100, 400, 200).fill(0x1f7bd8));
requestAnimationFrame(() => {
  app.renderer.render(app.stage);
  performance.mark(FIRST_FRAME_MARK);
});
