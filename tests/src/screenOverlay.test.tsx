/**
 * The accessible overlay (docs/accessible-names.md) in a DOM: one element per control with its visible label as its name, placed
 * exactly over what the canvas draws, doing what a click on the canvas does.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OsdControl } from '../../firmware';
import type { OverlayGroup } from '../../osd';
import { ScreenOverlay } from '../../src/bench/ScreenOverlay';

afterEach(cleanup);

const control = (overrides: Partial<OsdControl> & Pick<OsdControl, 'id' | 'role' | 'label'>): OsdControl => ({
  enabled: true,
  focused: false,
  ...overrides,
});

const dialog: OverlayGroup = {
  role: 'dialog',
  label: 'Modify User',
  rect: { x: 360, y: 150, w: 560, h: 420 },
  items: [
    { kind: 'value', label: 'User Name', value: 'admin', rect: { x: 554, y: 200, w: 40, h: 28 } },
    {
      kind: 'control',
      control: control({ id: 'modifyUser.modifyPassword', role: 'checkbox', label: 'Modify Password', checked: false }),
      rect: { x: 384, y: 240, w: 512, h: 28 },
    },
    {
      kind: 'control',
      control: control({
        id: 'modifyUser.oldPassword',
        role: 'textbox',
        label: 'Old Password',
        value: 'abc',
        masked: true,
      }),
      rect: { x: 554, y: 280, w: 342, h: 28 },
    },
    {
      kind: 'control',
      control: control({
        id: 'modifyUser.newPassword',
        role: 'textbox',
        label: 'New Password',
        value: '',
        masked: true,
        enabled: false,
      }),
      rect: { x: 554, y: 320, w: 342, h: 28 },
    },
    { kind: 'alert', text: 'The old password is incorrect.', rect: { x: 384, y: 480, w: 512, h: 28 } },
    {
      kind: 'control',
      control: control({ id: 'modifyUser.ok', role: 'button', label: 'OK' }),
      rect: { x: 692, y: 514, w: 96, h: 32 },
    },
  ],
};

function renderOverlay(groups: OverlayGroup[] = [dialog], scale = 1) {
  const actions = { activate: vi.fn(), setField: vi.fn() };
  render(<ScreenOverlay groups={groups} scale={scale} actions={actions} />);
  return actions;
}

describe('the accessible overlay', () => {
  it('names each control by its visible label, with the role the spec gives it', () => {
    renderOverlay();
    screen.getByRole('dialog', { name: 'Modify User' });
    screen.getByRole('checkbox', { name: 'Modify Password' });
    screen.getByRole('button', { name: 'OK' });
    expect((screen.getByLabelText('Old Password') as HTMLInputElement).type).toBe('password');
    expect(screen.getByRole('alert').textContent).toBe('The old password is incorrect.');
    expect(screen.getByLabelText('User Name').textContent).toBe('admin');
  });

  it('places each element exactly over its rectangle, relative to its dialog', () => {
    renderOverlay();
    const ok = screen.getByRole('button', { name: 'OK' });
    expect([ok.style.left, ok.style.top, ok.style.width, ok.style.height]).toEqual(['332px', '364px', '96px', '32px']);
    const group = screen.getByRole('dialog');
    expect([group.style.left, group.style.top]).toEqual(['360px', '150px']);
  });

  it('scales with the display, like the canvas', () => {
    const { container } = render(
      <ScreenOverlay groups={[dialog]} scale={2} actions={{ activate: vi.fn(), setField: vi.fn() }} />,
    );
    expect((container.firstElementChild as HTMLElement).style.transform).toBe('scale(2)');
  });

  it('sends what a click on the canvas sends', () => {
    const actions = renderOverlay();
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Modify Password' }));
    fireEvent.change(screen.getByLabelText('Old Password'), { target: { value: 'abcd' } });
    expect(actions.activate.mock.calls).toEqual([['modifyUser.ok'], ['modifyUser.modifyPassword']]);
    expect(actions.setField).toHaveBeenCalledWith('modifyUser.oldPassword', 'abcd');
  });

  it('keeps disabled controls disabled, so they cannot be used', () => {
    renderOverlay();
    expect((screen.getByLabelText('New Password') as HTMLInputElement).disabled).toBe(true);
  });

  it('puts Quick Menu items in a menu', () => {
    renderOverlay([
      {
        role: 'menu',
        label: 'Quick Menu',
        rect: { x: 100, y: 100, w: 200, h: 68 },
        items: [
          {
            kind: 'control',
            control: control({ id: 'quickMenu.mainMenu', role: 'menuitem', label: 'Main Menu' }),
            rect: { x: 101, y: 104, w: 198, h: 30 },
          },
          {
            kind: 'control',
            control: control({ id: 'quickMenu.info', role: 'menuitem', label: 'Info' }),
            rect: { x: 101, y: 134, w: 198, h: 30 },
          },
        ],
      },
    ]);
    screen.getByRole('menu', { name: 'Quick Menu' });
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Main Menu', 'Info']);
  });
});

describe('a dialog waiting for a flash write', () => {
  it('is aria-busy while busy, and not otherwise', () => {
    const { rerender } = render(
      <ScreenOverlay
        groups={[{ ...dialog, busy: true }]}
        scale={1}
        actions={{ activate: vi.fn(), setField: vi.fn() }}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'Modify User' }).getAttribute('aria-busy')).toBe('true');
    rerender(<ScreenOverlay groups={[dialog]} scale={1} actions={{ activate: vi.fn(), setField: vi.fn() }} />);
    expect(screen.getByRole('dialog', { name: 'Modify User' }).hasAttribute('aria-busy')).toBe(false);
  });
});

describe("a dialog's text", () => {
  const ERASE = 'Erase all settings, users and passwords?';
  const confirmation: OverlayGroup = {
    role: 'dialog',
    label: 'Factory Default',
    rect: { x: 360, y: 250, w: 560, h: 200 },
    items: [
      { kind: 'text', text: ERASE, rect: { x: 384, y: 300, w: 512, h: 26 } },
      { kind: 'text', text: 'The recorder restarts.', rect: { x: 384, y: 326, w: 512, h: 26 } },
      {
        kind: 'control',
        control: control({ id: 'factoryDefault.ok', role: 'button', label: 'OK' }),
        rect: { x: 692, y: 400, w: 96, h: 32 },
      },
    ],
  };

  it("is the dialog's description, and readable text in it", () => {
    renderOverlay([confirmation]);
    const group = screen.getByRole('dialog', {
      name: 'Factory Default',
      description: `${ERASE} The recorder restarts.`,
    });
    expect(group.querySelector('p')?.textContent).toBe(ERASE);
  });

  it('leaves a dialog without text undescribed', () => {
    renderOverlay();
    expect(screen.getByRole('dialog', { name: 'Modify User' }).hasAttribute('aria-describedby')).toBe(false);
  });
});
