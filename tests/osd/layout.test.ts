/**
 * The OSD's layout (pure geometry, in Node with the real font): every control of every scene (every screen of every
 * family, src/gallery/scenes.ts) at 1280x720 and at 1920x1080 is on screen, laid out once, not overlapping its
 * neighbours, hit where it is drawn, uniquely named among what can be used, and the same every time.
 */
import { describe, expect, it } from 'vitest';
import { controlsOfLayer, interactiveLayers, type OsdModel } from '../../firmware';
import { displayScale, hitTest, layoutOsd, measureText, type OsdLayout, type Rect } from '../../osd/layout/index';
import { OSD_FONT } from './osdFont';
import { SCENES, sceneModel } from './scenes';

const insideOf = (layout: OsdLayout) => (r: Rect) =>
  r.x >= 0 && r.y >= 0 && r.x + r.w <= layout.width && r.y + r.h <= layout.height;
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const controlItems = (layout: OsdLayout) =>
  layout.overlay.flatMap((group) => group.items.flatMap((item) => (item.kind === 'control' ? [item] : [])));

const RESOLUTIONS = ['1280x720', '1920x1080'] as const;
const built = await Promise.all(SCENES.map(async (scene) => ({ name: scene.name, model: await sceneModel(scene) })));
const scenes = built.flatMap(({ name, model: fixture }) =>
  RESOLUTIONS.map((resolution) => {
    const model: OsdModel = { ...fixture, resolution };
    return { name: `${name} at ${resolution}`, model, layout: layoutOsd(model, OSD_FONT) };
  }),
);

describe.each(scenes)('the $name screen', ({ model, layout }: { model: OsdModel; layout: OsdLayout }) => {
  it('lays out every usable control exactly once, and nothing from the inert layers below', () => {
    const expected = interactiveLayers(model)
      .flatMap(controlsOfLayer)
      .map((control) => control.id);
    expect(
      controlItems(layout)
        .map((item) => item.control.id)
        .sort(),
    ).toEqual([...expected].sort());
  });

  it('keeps every control and readable value on screen', () => {
    for (const group of layout.overlay)
      for (const item of group.items) expect(insideOf(layout)(item.rect), JSON.stringify(item)).toBe(true);
  });

  it('does not let controls overlap', () => {
    const items = controlItems(layout);
    for (const [i, a] of items.entries()) {
      for (const b of items.slice(i + 1))
        expect(overlaps(a.rect, b.rect), `${a.control.label} / ${b.control.label}`).toBe(false);
    }
  });

  it('gives every control a unique role and name among what can be used', () => {
    const names = controlItems(layout).map((item) => `${item.control.role}:${item.control.label}`);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('places each button and text field exactly over what it draws (its highlight when hovered, else its label)', () => {
    const rectsOf = (laid: OsdLayout) =>
      new Set(
        laid.chunks.flatMap((chunk) => chunk.ops.flatMap((op) => (op.op === 'rect' ? [JSON.stringify(op.rect)] : []))),
      );
    for (const { control, rect } of controlItems(layout)) {
      if (control.role !== 'button' && control.role !== 'textbox') continue;
      if (control.enabled) {
        expect(rectsOf(layoutOsd(model, OSD_FONT, control.id)).has(JSON.stringify(rect)), control.label).toBe(true);
      } else if (control.icon) {
        // A disabled icon button (e.g. Delete admin) draws its icon, greyed, inside its rectangle.
        const iconInside = layout.chunks.some((chunk) =>
          chunk.ops.some((op) => op.op === 'pixels' && op.x >= rect.x && op.y >= rect.y && op.x < rect.x + rect.w),
        );
        expect(iconInside, control.label).toBe(true);
      } else {
        const labelInside = layout.chunks.some((chunk) =>
          chunk.ops.some(
            (op) =>
              op.op === 'text' &&
              op.text === control.label &&
              op.x >= rect.x &&
              op.x + measureText(OSD_FONT, op.text) <= rect.x + rect.w,
          ),
        );
        expect(labelInside, control.label).toBe(true);
      }
    }
  });

  it('reports a click in the middle of a control as that control (when enabled)', () => {
    for (const { control, rect } of controlItems(layout)) {
      const hit = hitTest(layout, rect.x + Math.floor(rect.w / 2), rect.y + Math.floor(rect.h / 2));
      expect(hit).toBe(control.enabled ? control.id : null);
    }
  });

  it('keeps all text inside the screen', () => {
    for (const chunk of layout.chunks) {
      for (const op of chunk.ops) {
        if (op.op !== 'text') continue;
        expect(op.x >= 0 && op.x + measureText(OSD_FONT, op.text, op.scale) <= layout.width, op.text).toBe(true);
      }
    }
  });

  it('is the same every time', () => {
    expect(layoutOsd(model, OSD_FONT)).toEqual(layout);
  });
});

describe('the on-screen keyboard', () => {
  it.each(scenes.filter((scene) => scene.model.layers.some((layer) => layer.kind === 'keyboard')))(
    'never covers the dialog it types into ($name)',
    ({ layout }) => {
      const dialog = layout.overlay.find((group) => group.role === 'dialog');
      const keyboard = layout.overlay.find((group) => group.label === 'On-screen keyboard');
      expect(dialog && keyboard).toBeTruthy();
      expect(overlaps(dialog!.rect, keyboard!.rect)).toBe(false);
    },
  );
});

describe('hover', () => {
  it('highlights the control under the pointer and changes only that layer', () => {
    const { model, layout } = scenes.find((scene) => scene.name === 'cloud/quick-menu at 1280x720')!;
    const item = controlItems(layout).find((candidate) => candidate.control.label === 'Main Menu')!;
    const hovered = layoutOsd(model, OSD_FONT, item.control.id);
    expect(hovered.chunks.map((chunk) => chunk.key)).not.toEqual(layout.chunks.map((chunk) => chunk.key));
    expect(hovered.chunks[0]).toEqual(layout.chunks[0]);
  });
});

describe('the display scale', () => {
  it.each([
    [1600, 1000, 1],
    [2560, 1440, 2],
    [3900, 2200, 3],
    [640, 600, 0.5],
  ])('for %i x %i is %s', (width, height, scale) => {
    expect(displayScale(width, height)).toBe(scale);
  });

  it('below 1x, rounds down to a step that keeps the frame a whole number of CSS pixels on both sides', () => {
    // 1000 / 1280 = 0.78125 would make the frame 1000 x 562.5; 62/80 makes it 992 x 558.
    expect(displayScale(1000, 2000)).toBe(62 / 80);
    for (const [width, height, frameWidth, frameHeight] of [
      [1000, 2000, 1280, 720],
      [1248, 430, 1280, 720],
      [1000, 700, 1920, 1080],
    ] as const) {
      const scale = displayScale(width, height, frameWidth, frameHeight);
      expect(scale).toBeLessThan(1);
      expect(Number.isInteger(Math.round(frameWidth * scale * 1e6) / 1e6)).toBe(true);
      expect(Number.isInteger(Math.round(frameHeight * scale * 1e6) / 1e6)).toBe(true);
      expect(frameWidth * scale).toBeLessThanOrEqual(width);
      expect(frameHeight * scale).toBeLessThanOrEqual(height);
    }
  });
});

describe('the OSD font', () => {
  it('measures like pixi draws: 20 px lines, 10 px capitals, proportional advances', () => {
    expect(OSD_FONT.lineHeight).toBe(20);
    expect(OSD_FONT.capHeight).toBe(10);
    expect(measureText(OSD_FONT, 'Modify Password')).toBe(110);
    expect(measureText(OSD_FONT, 'Modify Password', 2)).toBe(220);
  });
});
