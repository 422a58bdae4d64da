/**
 * Physical keys as the remote (docs/architecture.md#the-osd), and what stays with the browser depending on where its focus is.
 */
import { describe, expect, it } from 'vitest';
import { KEYBOARD_MENU_POINT, keyToEvent, type KeyPress } from '../../src/input/keyMap';

const key = (name: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key: name,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('keys on the Recorder screen itself', () => {
  it('work like the remote: arrows move the highlight, Enter confirms, Escape goes back', () => {
    expect(keyToEvent(key('ArrowUp'), 'screen')).toEqual({ type: 'MOVE_FOCUS', direction: 'previous' });
    expect(keyToEvent(key('ArrowLeft'), 'screen')).toEqual({ type: 'MOVE_FOCUS', direction: 'previous' });
    expect(keyToEvent(key('ArrowDown'), 'screen')).toEqual({ type: 'MOVE_FOCUS', direction: 'next' });
    expect(keyToEvent(key('ArrowRight'), 'screen')).toEqual({ type: 'MOVE_FOCUS', direction: 'next' });
    expect(keyToEvent(key('Enter'), 'screen')).toEqual({ type: 'CONFIRM' });
    expect(keyToEvent(key('Escape'), 'screen')).toEqual({ type: 'BACK' });
  });

  it('type printable characters and Space into the highlighted field, and Backspace erases', () => {
    expect(keyToEvent(key('a'), 'screen')).toEqual({ type: 'TYPE_TEXT', text: 'a' });
    expect(keyToEvent(key('#'), 'screen')).toEqual({ type: 'TYPE_TEXT', text: '#' });
    expect(keyToEvent(key(' '), 'screen')).toEqual({ type: 'TYPE_TEXT', text: ' ' });
    expect(keyToEvent(key('Backspace'), 'screen')).toEqual({ type: 'ERASE' });
  });

  it('open the Quick Menu with the context-menu key or Shift+F10, like a right click in the middle, from the keyboard', () => {
    // `keyboard`: the firmware highlights the Quick Menu's first item, so the next Enter opens it.
    const rightClick = { type: 'CONTEXT_MENU', ...KEYBOARD_MENU_POINT, keyboard: true };
    expect(keyToEvent(key('ContextMenu'), 'screen')).toEqual(rightClick);
    expect(keyToEvent(key('F10', { shiftKey: true }), 'screen')).toEqual(rightClick);
    expect(keyToEvent(key('F10'), 'screen')).toBeNull();
  });

  it('leave Tab, shortcuts and other named keys to the browser', () => {
    expect(keyToEvent(key('Tab'), 'screen')).toBeNull();
    expect(keyToEvent(key('Tab', { shiftKey: true }), 'screen')).toBeNull();
    expect(keyToEvent(key('r', { ctrlKey: true }), 'screen')).toBeNull();
    expect(keyToEvent(key('c', { metaKey: true }), 'screen')).toBeNull();
    expect(keyToEvent(key('F5'), 'screen')).toBeNull();
    expect(keyToEvent(key('Shift'), 'screen')).toBeNull();
  });
});

describe('keys on an overlay button or check box', () => {
  it('leave Enter and Space to the control with the focus ring, so they press that control', () => {
    expect(keyToEvent(key('Enter'), 'control')).toBeNull();
    expect(keyToEvent(key(' '), 'control')).toBeNull();
    expect(keyToEvent(key('Tab'), 'control')).toBeNull();
  });

  it('still move the highlight with arrows and go back with Escape', () => {
    expect(keyToEvent(key('ArrowDown'), 'control')).toEqual({ type: 'MOVE_FOCUS', direction: 'next' });
    expect(keyToEvent(key('ArrowLeft'), 'control')).toEqual({ type: 'MOVE_FOCUS', direction: 'previous' });
    expect(keyToEvent(key('Escape'), 'control')).toEqual({ type: 'BACK' });
  });
});

describe('keys in an overlay text field', () => {
  it('leave typing, Backspace, Space, Left/Right and Tab to the field', () => {
    for (const name of ['a', '1', ' ', 'Backspace', 'ArrowLeft', 'ArrowRight', 'Tab'])
      expect(keyToEvent(key(name), 'textField'), name).toBeNull();
  });

  it('submit the dialog with Enter, as its OK would (the remote has no Enter in a field)', () => {
    expect(keyToEvent(key('Enter'), 'textField')).toEqual({ type: 'SUBMIT' });
  });

  it('still go back with Escape, move between fields with Up/Down, and open the menu key', () => {
    expect(keyToEvent(key('Escape'), 'textField')).toEqual({ type: 'BACK' });
    expect(keyToEvent(key('ArrowUp'), 'textField')).toEqual({ type: 'MOVE_FOCUS', direction: 'previous' });
    expect(keyToEvent(key('ArrowDown'), 'textField')).toEqual({ type: 'MOVE_FOCUS', direction: 'next' });
    expect(keyToEvent(key('ContextMenu'), 'textField')).toMatchObject({ type: 'CONTEXT_MENU' });
  });
});
