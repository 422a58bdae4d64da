/**
 * The OSD at both output resolutions and the live view's tiles (pure layout in Node, real firmware models): the frame
 * follows the model's Display > Resolution, 1920x1080 uses the bigger space with the same widgets and text at the
 * native size, live tiles carry their marks and pictures, and the paged System Log shows its scroll bar.
 */
import { describe, expect, it } from 'vitest';
import type { OsdModel } from '../../firmware';
import { displayScale, hitTest, layoutOsd, type OsdLayout } from '../../osd/layout/index';
import { findScene } from '../../src/gallery/scenes';
import { OSD_FONT } from './osdFont';

const model = async (id: string): Promise<OsdModel> => findScene(id)!.build();
const at = (fixture: OsdModel, resolution: OsdModel['resolution']) => layoutOsd({ ...fixture, resolution }, OSD_FONT);
const controlRect = (layout: OsdLayout, label: string) =>
  layout.overlay
    .flatMap((group) => group.items)
    .find((item) => item.kind === 'control' && item.control.label === label)!.rect;
const opsOf = (layout: OsdLayout, keyPart: string) =>
  layout.chunks.filter((chunk) => chunk.key.includes(keyPart)).flatMap((chunk) => chunk.ops);

describe('the output resolution', () => {
  it('is the one the recorder was switched to on its Display page', async () => {
    const switched = await model('cloud/display-1080');
    expect(switched.resolution).toBe('1920x1080');
    const layout = layoutOsd(switched, OSD_FONT);
    expect([layout.width, layout.height]).toEqual([1920, 1080]);
  });

  it('lays the same controls out 1.5 times bigger at 1920x1080, hit where they are drawn', async () => {
    const userList = await model('cloud/user-list');
    const small = at(userList, '1280x720');
    const big = at(userList, '1920x1080');
    expect([small.width, small.height]).toEqual([1280, 720]);
    const [a, b] = [controlRect(small, 'Modify admin'), controlRect(big, 'Modify admin')];
    expect(b.w).toBe(Math.round(a.w * 1.5));
    expect(b.x).toBeGreaterThan(a.x);
    expect(hitTest(big, b.x + 1, b.y + 1)).toBe(hitTest(small, a.x + 1, a.y + 1));
    expect(hitTest(big, a.x + 1, a.y + 1)).not.toBe(hitTest(small, a.x + 1, a.y + 1));
  });

  it('keeps body text at the native size and headers at whole multiples of it', async () => {
    const big = at(await model('home/user-list'), '1920x1080');
    const scales = new Set(
      big.chunks.flatMap((chunk) => chunk.ops.flatMap((op) => (op.op === 'text' ? [op.scale] : []))),
    );
    expect([...scales].sort()).toEqual([1, 3]);
  });

  it('gives the chunks of another resolution other keys (the renderer must not reuse them)', async () => {
    const fixture = await model('cloud/main-menu');
    const keys = (layout: OsdLayout) => layout.chunks.map((chunk) => chunk.key);
    expect(keys(at(fixture, '1280x720')).some((key) => keys(at(fixture, '1920x1080')).includes(key))).toBe(false);
  });

  it('is shown at a whole scale where the space allows, else scaled down to fit', () => {
    expect(displayScale(3900, 2200, 1920, 1080)).toBe(2);
    expect(displayScale(1600, 1000, 1920, 1080)).toBe(1600 / 1920);
  });
});

describe('live view', () => {
  it('has a tile per channel with its marks: recording, motion, authentication error, video loss', async () => {
    const live = await model('cloud/live-view-cameras');
    const layer = live.layers.find((candidate) => candidate.kind === 'liveView')!;
    expect(
      layer.kind === 'liveView' &&
        layer.tiles.map((tile) => [tile.recording, tile.motion, tile.authError, tile.videoLoss]),
    ).toEqual([
      [true, false, false, false],
      [true, true, false, false],
      [true, true, false, false],
      [true, false, false, false],
      [true, false, false, false],
      [true, false, false, false],
      [false, false, true, false],
      [false, false, false, true],
    ]);
    for (const resolution of ['1280x720', '1920x1080'] as const) {
      const layout = at(live, resolution);
      const texts = opsOf(layout, 'liveViewMarks').flatMap((op) => (op.op === 'text' ? [op.text] : []));
      expect(texts).toEqual(expect.arrayContaining(['CH1', 'CH8', 'Authentication Error', 'No Video']));
      // Pictures only for the six cameras that send one, each with its background texture.
      const pictures = layout.chunks.filter((chunk) => chunk.key.includes('livePicture'));
      expect(pictures).toHaveLength(6);
      expect(pictures.every((chunk) => chunk.ops[0]?.op === 'sprite')).toBe(true);
    }
  });

  it('reads out each tile by its channel name with what its marks say, over the tile', async () => {
    const layout = at(await model('cloud/live-view-cameras'), '1280x720');
    const values = layout.overlay.flatMap((group) =>
      group.items.flatMap((item) => (item.kind === 'value' ? [item] : [])),
    );
    expect(values.map((item) => [item.label, item.value])).toEqual([
      ['CH1', 'Live, Recording'],
      ['CH2', 'Live, Recording, Motion'],
      ['CH3', 'Live, Recording, Motion'],
      ['CH4', 'Live, Recording'],
      ['CH5', 'Live, Recording'],
      ['CH6', 'Live, Recording'],
      ['CH7', 'Authentication Error'],
      ['CH8', 'No Video'],
      ['System Date', expect.any(String)],
    ]);
    // Nine cells for eight channels: CH8's tile is the eighth, 427 px wide, in the bottom row.
    expect(values[7]!.rect).toEqual({ x: 427, y: 480, w: 426, h: 240 });
  });

  it('shows 4, 9 or 16 tiles by the channel count', async () => {
    const tiles = async (id: string) =>
      (await model(id)).layers.flatMap((layer) => (layer.kind === 'liveView' ? [layer.tiles.length] : []));
    expect(await tiles('legacy/live-view')).toEqual([4]);
    expect(await tiles('cloud/live-view')).toEqual([8]);
    expect(await tiles('app/live-view')).toEqual([16]);
  });

  it('moves the picture with the frame number (device time) and with nothing else', async () => {
    const live = await model('cloud/live-view-cameras');
    const withFrame = (frame: number): OsdModel => ({
      ...live,
      layers: live.layers.map((layer) => (layer.kind === 'liveView' ? { ...layer, frame } : layer)),
    });
    const pictures = (fixture: OsdModel) =>
      layoutOsd(fixture, OSD_FONT).chunks.filter((chunk) => chunk.key.includes('livePicture'));
    expect(pictures(withFrame(100))).toEqual(pictures(withFrame(100)));
    expect(pictures(withFrame(101))).not.toEqual(pictures(withFrame(100)));
  });
});

describe('the System Log', () => {
  it('shows which page of the log is on screen with a scroll bar', async () => {
    const log = await model('cloud/system-log');
    const page = log.layers.flatMap((layer) => (layer.kind === 'menuWindow' && layer.page ? [layer.page] : []))[0]!;
    expect(page.table?.scroll).toEqual({ first: 0, visible: 10, total: expect.any(Number) });
    expect(page.table!.scroll!.total).toBeGreaterThan(10);
  });
});
