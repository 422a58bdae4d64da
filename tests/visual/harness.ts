/**
 * Screenshot harness (test-only): draws the OSD scenes of tests/osd/scenes.ts with the real renderer, one at a time,
 * so Playwright can compare the canvas with a baseline. `window.showScene(name)` resolves once the frame is on
 * screen; `window.sceneNames` lists them.
 */
import { createOsdRenderer, layoutOsd, loadFontMetrics } from '../../osd';
import { SCENES, sceneModel } from '../osd/scenes';

declare global {
  interface Window {
    sceneNames: string[];
    showScene(name: string): Promise<void>;
    harnessReady: Promise<void>;
    /** Frames the renderer has drawn so far. */
    osdFrames(): number;
    /** Moves (or hides, with null) the recorder's cursor, as pointer input does. */
    moveCursor(point: { x: number; y: number } | null): void;
  }
}

window.sceneNames = SCENES.map((scene) => scene.name);
window.harnessReady = (async () => {
  const [renderer, font] = await Promise.all([createOsdRenderer(), loadFontMetrics()]);
  document.getElementById('screen')?.appendChild(renderer.canvas);
  window.osdFrames = () => renderer.framesRendered;
  window.moveCursor = (point) => renderer.moveCursor(point);
  window.showScene = async (name: string) => {
    const scene = SCENES.find((candidate) => candidate.name === name);
    if (!scene) throw new Error(`No scene named ${name}.`);
    renderer.draw(layoutOsd(await sceneModel(scene), font));
    await renderer.nextFrame();
  };
})();
