/**
 * The Recorder screen's polite live region: screen changes and messages, each said once while it stays on screen.
 */
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OsdControl, OsdLayer, OsdModel } from '../../firmware';
import { announcement, screenSpeech } from '../../src/bench/announcements';
import { LiveAnnouncer } from '../../src/bench/LiveAnnouncer';

afterEach(cleanup);

const model = (...layers: OsdLayer[]): OsdModel => ({
  signal: true,
  layers,
  interactiveFrom: 0,
  resolution: '1280x720',
});
const liveView = (clock = '2026-03-02 09:00:00'): OsdLayer => ({
  kind: 'liveView',
  tiles: [],
  clock: { label: 'System Date', value: clock },
  frame: 0,
});
const button = (label: string): OsdControl => ({ id: label, role: 'button', label, enabled: true, focused: false });
const login = (alert: string | null = null): OsdLayer => ({
  kind: 'dialog',
  id: 'login',
  title: 'Login',
  rows: [],
  alert,
  busy: false,
  buttons: [button('OK')],
});
const ERASE = 'Erase all settings, users and passwords, and restart?';
const factoryDefault: OsdLayer = {
  kind: 'dialog',
  id: 'factoryDefault',
  title: 'Factory Default',
  rows: [{ kind: 'text', text: ERASE }],
  alert: null,
  busy: false,
  buttons: [button('OK'), button('Cancel')],
};
const quickMenu: OsdLayer = { kind: 'quickMenu', origin: { x: 0, y: 0 }, items: [button('Main Menu')] };
const mainMenu: OsdLayer = { kind: 'mainMenu', title: 'Main Menu', items: [] };
const userPage: OsdLayer = {
  kind: 'menuWindow',
  breadcrumb: ['Settings', 'System', 'Account', 'User'],
  items: [],
  page: null,
};

describe('what the screen says', () => {
  it('names the topmost screen and lists its messages', () => {
    expect(screenSpeech(model(liveView()))).toEqual({ screen: 'Live View', description: [], messages: [] });
    expect(screenSpeech(model(liveView(), quickMenu))).toEqual({ screen: 'Quick Menu', description: [], messages: [] });
    expect(screenSpeech(model(liveView(), login('The account is locked.')))).toEqual({
      screen: 'Login',
      description: [],
      messages: ['The account is locked.'],
    });
    expect(screenSpeech(model(liveView(), userPage, { kind: 'toast', text: 'Saved successfully.' }))).toEqual({
      screen: 'User',
      description: [],
      messages: ['Saved successfully.'],
    });
    expect(screenSpeech({ ...model(), signal: false }).screen).toBe('No Signal');
  });

  it('announces a new screen and a new message, and nothing that did not change', () => {
    const inLiveView = screenSpeech(model(liveView()));
    const inLogin = screenSpeech(model(liveView(), login()));
    const refused = screenSpeech(model(liveView(), login('Wrong user name or password.')));
    expect(announcement(inLiveView, inLogin)).toBe('Login.');
    expect(announcement(inLogin, refused)).toBe('Wrong user name or password.');
    expect(announcement(refused, refused)).toBeNull();
    expect(announcement(inLiveView, screenSpeech(model(liveView('2026-03-02 09:00:01'))))).toBeNull();
    expect(announcement(inLogin, screenSpeech(model(liveView(), mainMenu)))).toBe('Main Menu.');
  });

  it("says a dialog's text (its description) with its name, once", () => {
    const inSystem = screenSpeech(model(liveView(), userPage));
    const confirming = screenSpeech(model(liveView(), userPage, factoryDefault));
    expect(confirming.description).toEqual([ERASE]);
    expect(announcement(inSystem, confirming)).toBe(`Factory Default. ${ERASE}`);
    expect(announcement(confirming, confirming)).toBeNull();
    // A page's text under a dialog is not that dialog's description.
    expect(screenSpeech(model(liveView(), factoryDefault, quickMenu)).description).toEqual([]);
  });
});

describe('the live region', () => {
  it('is polite, says nothing at first, then each change once, and a repeated refusal again', () => {
    const { container, rerender } = render(<LiveAnnouncer model={model(liveView())} />);
    const region = container.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(region.textContent).toBe('');

    rerender(<LiveAnnouncer model={model(liveView(), quickMenu)} />);
    expect(region.textContent).toBe('Quick Menu.');
    rerender(<LiveAnnouncer model={model(liveView(), login())} />);
    expect(region.textContent).toBe('Login.');

    rerender(<LiveAnnouncer model={model(liveView(), login('Wrong user name or password.'))} />);
    const first = region.firstElementChild;
    expect(region.textContent).toBe('Wrong user name or password.');
    // Unchanged (a clock tick under the dialog): the same paragraph stays, nothing new is said.
    act(() => rerender(<LiveAnnouncer model={model(liveView('x'), login('Wrong user name or password.'))} />));
    expect(region.firstElementChild).toBe(first);

    rerender(<LiveAnnouncer model={model(liveView(), login())} />);
    rerender(<LiveAnnouncer model={model(liveView(), login('Wrong user name or password.'))} />);
    expect(region.textContent).toBe('Wrong user name or password.');
    expect(region.firstElementChild).not.toBe(first); // a new paragraph: said again
  });
});
