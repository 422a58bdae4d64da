/**
 * Physical keys as the recorder's remote (SPEC §6.1): arrows move the highlight, Enter activates it, Escape goes
 * back, and printable keys type into the focused field. While the browser's focus is in one of the overlay's text
 * fields, that field handles typing itself, so only Escape is passed on.
 */
import type { RecorderEvent } from '../../firmware';

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

export function keyToEvent(press: KeyPress, inTextField: boolean): RecorderEvent | null {
  if (press.key === 'Escape') return { type: 'BACK' };
  if (inTextField || press.ctrlKey || press.metaKey || press.altKey) return null;
  switch (press.key) {
    case 'ArrowUp':
    case 'ArrowLeft':
      return { type: 'MOVE_FOCUS', direction: 'previous' };
    case 'ArrowDown':
    case 'ArrowRight':
      return { type: 'MOVE_FOCUS', direction: 'next' };
    case 'Enter':
      return { type: 'CONFIRM' };
    case 'Backspace':
      return { type: 'ERASE' };
    default:
      return press.key.length === 1 ? { type: 'TYPE_TEXT', text: press.key } : null;
  }
}
