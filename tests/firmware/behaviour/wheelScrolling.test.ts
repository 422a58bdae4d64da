/**
 * The mouse wheel (SCROLL): it pages the System Log like Previous Page / Next Page, one page per step and never past
 * the first or last page, and changes nothing on screens without a paged list.
 */
import { describe, expect, it } from 'vitest';
import type { OsdModel } from '../../../firmware';
import { initializedRecorder, logIn } from '../support';
import { logOut } from './accessSupport';

const MENU_BROWSING = { on: { running: { ready: { menu: 'browsing' } } } } as const;

/** The page's table rows (the Event column), to see which entries are shown. */
const shownEvents = (model: OsdModel): string[] => {
  const window = model.layers.find((layer) => layer.kind === 'menuWindow');
  if (window?.kind !== 'menuWindow' || !window.page?.table) throw new Error('No table on screen.');
  return window.page.table.rows.map((row) => row.cells[1] ?? '');
};

describe('the wheel over the System Log', () => {
  it('scrolls down to older entries and back up, one page per step, stopping at both ends', async () => {
    const recorder = initializedRecorder();
    for (let i = 0; i < 12; i++) await logOut(logIn(recorder));
    // 1 boot + 12 x (login, logout) + this login = 26 entries: 3 pages.
    await logIn(recorder)
      .click('Info')
      .click('Log')
      .expectValue('Page', '1 / 3')
      .send({ type: 'SCROLL', delta: 1 })
      .expectValue('Page', '2 / 3')
      .send({ type: 'SCROLL', delta: 5 })
      .expectValue('Page', '3 / 3')
      .check((model) => expect(shownEvents(model).at(-1)).toBe('Boot'))
      .send({ type: 'SCROLL', delta: 1 })
      .expectValue('Page', '3 / 3')
      .send({ type: 'SCROLL', delta: -1 })
      .expectValue('Page', '2 / 3')
      .send({ type: 'SCROLL', delta: -9 })
      .expectValue('Page', '1 / 3')
      .check((model) => expect(shownEvents(model)[0]).toBe('Login'));
  });

  it('ignores a step that is no number, and a wheel with nothing to scroll', async () => {
    const recorder = initializedRecorder();
    await logIn(recorder)
      .click('Info')
      .click('Log')
      .send({ type: 'SCROLL', delta: Number.NaN })
      .expectValue('Page', '1 / 1')
      .send({ type: 'SCROLL', delta: 1 })
      .expectValue('Page', '1 / 1')
      .expectIn(MENU_BROWSING);
  });
});

describe('the wheel elsewhere', () => {
  it('changes nothing in live view, in the Main Menu or on a page without a paged list', async () => {
    const recorder = initializedRecorder();
    let before: unknown = null;
    await recorder
      .check((_model, snapshot) => (before = snapshot.value))
      .send({ type: 'SCROLL', delta: 1 })
      .check((_model, snapshot) => expect(snapshot.value).toEqual(before));
    await logIn(recorder)
      .check((model) => (before = model))
      .send({ type: 'SCROLL', delta: -1 })
      .check((model) => expect(model).toEqual(before))
      .click('Info')
      .click('System Info')
      .check((model) => (before = model))
      .send({ type: 'SCROLL', delta: 1 })
      .check((model) => expect(model).toEqual(before));
  });
});
