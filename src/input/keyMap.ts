/**
 * Physical keys as the recorder's remote (docs/architecture.md#the-osd): arrows move the highlight, Enter activates it, Escape goes
 * back, printable keys and Backspace type into the focused field, and the context-menu key (or Shift+F10, its usual
 * stand-in) is the right click: the Quick Menu in live view (its first item highlighted), back one level elsewhere.
 *
 * Where the browser's focus is decides what stays with the browser:
 * - `screen`: the Recorder screen itself; every key above goes to the firmware.
 * - `control`: one of the overlay's buttons or check boxes: Tab, Enter and Space keep their native meaning (move
 *   focus, press that control), so what has the focus ring is what a key press activates.
 * - `textField`: one of the overlay's text fields, which handles typing, Backspace and Left/Right itself; Escape,
 *   Up/Down and the context-menu key still go to the firmware, and Enter submits the dialog (SUBMIT: its OK).
 * Tab is never taken: it moves the browser's focus between the overlay's controls.
 */
import type { RecorderEvent } from '../../firmware';

export interface KeyPress {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

export type KeyTarget = 'screen' | 'control' | 'textField';

/** Where the context-menu key opens the Quick Menu: the middle of the screen, like a right click there. */
export const KEYBOARD_MENU_POINT = { x: 640, y: 360 } as const;

const isContextMenuKey = (press: KeyPress): boolean =>
  press.key === 'ContextMenu' || (press.key === 'F10' && press.shiftKey === true);

export function keyToEvent(press: KeyPress, target: KeyTarget): RecorderEvent | null {
  if (press.key === 'Escape') return { type: 'BACK' };
  if (isContextMenuKey(press)) return { type: 'CONTEXT_MENU', ...KEYBOARD_MENU_POINT, keyboard: true };
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  switch (press.key) {
    case 'ArrowUp':
      return { type: 'MOVE_FOCUS', direction: 'previous' };
    case 'ArrowDown':
      return { type: 'MOVE_FOCUS', direction: 'next' };
    case 'ArrowLeft':
      return target === 'textField' ? null : { type: 'MOVE_FOCUS', direction: 'previous' };
    case 'ArrowRight':
      return target === 'textField' ? null : { type: 'MOVE_FOCUS', direction: 'next' };
  }
  if (target === 'textField') return press.key === 'Enter' ? { type: 'SUBMIT' } : null;
  switch (press.key) {
    case 'Enter':
      return target === 'control' ? null : { type: 'CONFIRM' };
    case ' ':
      return target === 'control' ? null : { type: 'TYPE_TEXT', text: ' ' };
    case 'Backspace':
      return { type: 'ERASE' };
    default:
      return press.key.length === 1 ? { type: 'TYPE_TEXT', text: press.key } : null;
  }
}
