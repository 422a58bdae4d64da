/**
 * A dialog's text (a confirmation's question, e.g. Factory Default's "Erase all settings, users and passwords...") is
 * in what the overlay gets, not only drawn: one text item per text row, in order, so the accessible overlay can make it
 * the dialog's description. Checked on every dialog of every scene (src/gallery/scenes.ts).
 */
import { describe, expect, it } from 'vitest';
import type { OsdLayer } from '../../firmware';
import { layoutOsd } from '../../osd/layout/index';
import { OSD_FONT } from './osdFont';
import { SCENES, sceneModel } from './scenes';

type DialogLayer = Extract<OsdLayer, { kind: 'dialog' }>;

const built = await Promise.all(SCENES.map(async (scene) => ({ name: scene.name, model: await sceneModel(scene) })));
const dialogs = built.flatMap(({ name, model }) => {
  const top = model.layers.filter((layer) => layer.kind !== 'toast' && layer.kind !== 'keyboard').at(-1);
  if (top?.kind !== 'dialog') return [];
  const texts = top.rows.flatMap((row) => (row.kind === 'text' ? [row.text] : []));
  return texts.length > 0 ? [{ name, dialog: top as DialogLayer, texts, layout: layoutOsd(model, OSD_FONT) }] : [];
});

describe("a dialog's text in the overlay", () => {
  it('covers the confirmations (Factory Default, Default, Format HDD)', () => {
    const titles = new Set(dialogs.map(({ dialog }) => dialog.title));
    for (const title of ['Factory Default', 'Default', 'Format HDD']) expect(titles).toContain(title);
  });

  it.each(dialogs)('$name: the dialog group carries each text row, in order', ({ dialog, texts, layout }) => {
    const group = layout.overlay.find((candidate) => candidate.role === 'dialog' && candidate.label === dialog.title);
    expect(group?.items.flatMap((item) => (item.kind === 'text' ? [item.text] : []))).toEqual(texts);
  });
});
