/**
 * The on-screen keyboard layer, shown while a text field has focus after a click on it.
 */
import { keyboardRows } from '../../domain/keyboardLayout';
import type { RecorderContext } from '../../machine/types';
import { KEYBOARD, keyboardKeyControl } from '../../controls/controlIds';
import type { OsdLayer } from '../osdModel';
import { button } from './controls';

export function keyboardLayer(context: RecorderContext, targetLabel: string): OsdLayer | null {
  const keyboard = context.keyboard;
  if (!keyboard) return null;
  const rows = keyboardRows(keyboard.symbols, keyboard.shift).map((row) =>
    Array.from(row, (character) => button(context, keyboardKeyControl(character), character)),
  );
  return {
    kind: 'keyboard',
    target: targetLabel,
    rows,
    functionKeys: [
      button(context, KEYBOARD.shift, 'Shift', { selected: keyboard.shift, enabled: !keyboard.symbols }),
      button(context, KEYBOARD.symbols, keyboard.symbols ? 'ABC' : '#+=', { selected: keyboard.symbols }),
      button(context, KEYBOARD.space, 'Space'),
      button(context, KEYBOARD.backspace, 'Backspace'),
      button(context, KEYBOARD.enter, 'Enter'),
    ],
  };
}
