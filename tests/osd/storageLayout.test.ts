/**
 * The storage feature's screens laid out by the OSD (pure geometry, real font): every usable control laid out once,
 * on screen and not overlapping, every readable value on screen, on the largest cases (16 channels, several files).
 */
import { describe, expect, it } from 'vitest';
import { controlsOfLayer, firmwareStick, interactiveLayers, type OsdModel, type RecorderDriver } from '../../firmware';
import { layoutOsd, OSD_HEIGHT, OSD_WIDTH, type Rect } from '../../osd/layout/index';
import { FAST, initializedRecorder, logIn } from '../firmware/support';
import { openMenu, STORAGE_PATHS } from '../firmware/storageSupport';
import { FIXTURE_STICK } from '../firmware/model/storageModel';
import { OSD_FONT } from './osdFont';

const inside = (r: Rect) => r.x >= 0 && r.y >= 0 && r.x + r.w <= OSD_WIDTH && r.y + r.h <= OSD_HEIGHT;
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const BIG = { ...FAST, modelId: 'N863A63B' as const };
const menu = () => logIn(initializedRecorder(BIG)).send({ type: 'USB_INSERT', stick: FIXTURE_STICK });

const SCREENS: Array<{ name: string; reach: () => RecorderDriver }> = [
  { name: 'HDD (16 channels)', reach: () => openMenu(menu(), STORAGE_PATHS.N863A63B.hdd) },
  { name: 'Format HDD confirmation', reach: () => openMenu(menu(), STORAGE_PATHS.N863A63B.hdd).click('Format HDD') },
  {
    name: 'Format progress',
    reach: () => openMenu(menu(), STORAGE_PATHS.N863A63B.hdd).click('Format HDD').click('OK').wait(10_000),
  },
  {
    name: 'Backup with files on the stick',
    reach: () => openMenu(menu(), STORAGE_PATHS.N863A63B.backup).click('Start Backup').wait(3_600_000),
  },
  {
    name: 'Upgrade with three files, one refused',
    reach: () =>
      openMenu(menu(), [...STORAGE_PATHS.N863A63B.system, 'Upgrade'])
        .click('Select N841A81_V1.7.0.LX.260301.bin')
        .click('Start Upgrade'),
  },
  {
    name: 'Upgrade confirmation',
    reach: () =>
      openMenu(menu(), [...STORAGE_PATHS.N863A63B.system, 'Upgrade'])
        .click('Select N863A63B_V3.3.0-LX.bin')
        .click('Start Upgrade'),
  },
  {
    name: 'Factory Default confirmation',
    reach: () => openMenu(menu(), STORAGE_PATHS.N863A63B.system).click('Factory Default'),
  },
  {
    name: 'Recovery mode',
    reach: () =>
      openMenu(menu(), [...STORAGE_PATHS.N863A63B.system, 'Upgrade'])
        .click('Select N863A63B_V3.3.0-LX.bin')
        .click('Start Upgrade')
        .click('OK')
        .powerOff()
        .send({ type: 'USB_INSERT', stick: firmwareStick('N863A63B', 'V3.3.0-LX') })
        .boot()
        .click('Recover')
        .wait(60_000),
  },
];

describe.each(SCREENS)('the $name screen', ({ reach }) => {
  it('lays out every usable control once, on screen, without overlaps, and keeps every value on screen', async () => {
    const driver = reach();
    await driver;
    const model: OsdModel = driver.recorder.osdModel();
    const layout = layoutOsd(model, OSD_FONT);
    const items = layout.overlay.flatMap((group) => group.items);
    for (const item of items) expect(inside(item.rect), JSON.stringify(item)).toBe(true);
    const controls = items.flatMap((item) => (item.kind === 'control' ? [item] : []));
    const expected = interactiveLayers(model)
      .flatMap(controlsOfLayer)
      .map((control) => control.id);
    expect(controls.map((item) => item.control.id).sort()).toEqual([...expected].sort());
    for (const [i, a] of controls.entries())
      for (const b of controls.slice(i + 1))
        expect(overlaps(a.rect, b.rect), `${a.control.label} / ${b.control.label}`).toBe(false);
  });
});
