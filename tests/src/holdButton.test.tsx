/**
 * The press-and-hold hardware button (docs/accessible-names.md: "press and hold, pointer or keyboard Space/Enter"): one press and one
 * release per hold, whichever way it ends (pointer up or cancel, key up, losing the focus, going away).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoldButton } from '../../src/bench/HoldButton';

afterEach(cleanup);

// jsdom has no PointerEvent: without one, fired pointer events carry no `button`.
if (!('PointerEvent' in window)) {
  class PointerEventShim extends MouseEvent {
    readonly pointerId: number;
    constructor(type: string, init: PointerEventInit = {}) {
      super(type, init);
      this.pointerId = init.pointerId ?? 0;
    }
  }
  Object.assign(window, { PointerEvent: PointerEventShim });
}

function renderHold() {
  const calls: string[] = [];
  const result = render(
    <HoldButton onDown={() => calls.push('down')} onUp={() => calls.push('up')}>
      Reset button
    </HoldButton>,
  );
  return { calls, button: screen.getByRole('button', { name: 'Reset button' }), ...result };
}

describe('a press-and-hold button', () => {
  it('with the pointer: down once, up once, also when the pointer is cancelled', () => {
    const { calls, button } = renderHold();
    fireEvent.pointerDown(button, { button: 0, pointerId: 1 });
    fireEvent.pointerDown(button, { button: 0, pointerId: 1 });
    fireEvent.pointerUp(button, { button: 0, pointerId: 1 });
    fireEvent.pointerUp(button, { button: 0, pointerId: 1 });
    expect(calls).toEqual(['down', 'up']);
    fireEvent.pointerDown(button, { button: 0, pointerId: 2 });
    fireEvent.pointerCancel(button, { pointerId: 2 });
    expect(calls).toEqual(['down', 'up', 'down', 'up']);
  });

  it('ignores other mouse buttons', () => {
    const { calls, button } = renderHold();
    fireEvent.pointerDown(button, { button: 2, pointerId: 1 });
    fireEvent.pointerUp(button, { button: 2, pointerId: 1 });
    expect(calls).toEqual([]);
  });

  it('with Space or Enter: auto-repeat is one press; other keys do nothing', () => {
    const { calls, button } = renderHold();
    fireEvent.keyDown(button, { key: ' ' });
    fireEvent.keyDown(button, { key: ' ', repeat: true });
    fireEvent.keyDown(button, { key: 'a' });
    fireEvent.keyUp(button, { key: ' ' });
    fireEvent.keyDown(button, { key: 'Enter' });
    fireEvent.keyUp(button, { key: 'Enter' });
    expect(calls).toEqual(['down', 'up', 'down', 'up']);
  });

  it('is let go when it loses the focus or goes away while held', () => {
    const { calls, button, unmount } = renderHold();
    fireEvent.keyDown(button, { key: 'Enter' });
    fireEvent.blur(button);
    fireEvent.keyUp(button, { key: 'Enter' });
    expect(calls).toEqual(['down', 'up']);
    fireEvent.keyDown(button, { key: 'Enter' });
    unmount();
    expect(calls).toEqual(['down', 'up', 'down', 'up']);
  });

  it('sends nothing when it goes away not held', () => {
    const onUp = vi.fn();
    const { unmount } = render(
      <HoldButton onDown={vi.fn()} onUp={onUp}>
        Reset button
      </HoldButton>,
    );
    unmount();
    expect(onUp).not.toHaveBeenCalled();
  });

  it('stays held (latched) when the pointer is released off it, through other clicks, until pressed again', () => {
    const { calls, button } = renderHold();
    button.getBoundingClientRect = () => DOMRect.fromRect({ x: 10, y: 10, width: 50, height: 20 });
    fireEvent.pointerDown(button, { button: 0, pointerId: 1, clientX: 20, clientY: 20 });
    fireEvent.pointerUp(button, { button: 0, pointerId: 1, clientX: 200, clientY: 200 });
    fireEvent.blur(button);
    expect(calls).toEqual(['down']);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.pointerDown(button, { button: 0, pointerId: 1, clientX: 20, clientY: 20 });
    fireEvent.pointerUp(button, { button: 0, pointerId: 1, clientX: 20, clientY: 20 });
    expect(calls).toEqual(['down', 'up']);
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('keeps a key hold while the focus is on the simulation controls, until that key comes up', () => {
    const calls: string[] = [];
    render(
      <>
        <HoldButton onDown={() => calls.push('down')} onUp={() => calls.push('up')}>
          Reset button
        </HoldButton>
        <div data-keeps-hold="">
          <button type="button">Advance 1 minute</button>
        </div>
      </>,
    );
    const button = screen.getByRole('button', { name: 'Reset button' });
    const advance = screen.getByRole('button', { name: 'Advance 1 minute' });
    fireEvent.keyDown(button, { key: ' ' });
    fireEvent.blur(button, { relatedTarget: advance });
    fireEvent.keyUp(advance, { key: 'Enter' });
    expect(calls).toEqual(['down']);
    fireEvent.keyUp(advance, { key: ' ' });
    expect(calls).toEqual(['down', 'up']);
  });
});
