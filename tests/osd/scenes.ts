/**
 * OSD scenes for the Node layout tests and the screenshot harness: the gallery's scenes (src/gallery/scenes.ts: every
 * screen of every family, made by driving the real firmware), named by their ids, at both output resolutions.
 */
import type { OsdModel } from '../../firmware';
import { SCENES as GALLERY_SCENES } from '../../src/gallery/scenes';

export interface Scene {
  readonly name: string;
  readonly build: () => Promise<OsdModel>;
}

export const SCENES: readonly Scene[] = GALLERY_SCENES.map((scene) => ({ name: scene.id, build: scene.build }));

/** The OSD model of a scene (at the resolution the firmware chose: 1280x720 unless the scene switched it). */
export const sceneModel = (scene: Scene): Promise<OsdModel> => scene.build();
