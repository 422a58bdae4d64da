/**
 * The recorder's on-screen keyboard (docs/architecture.md#the-osd: text fields open it). Two pages, letters and symbols, that between
 * them type every printable ASCII character except space (which has its own key). Layout *invented*, after the
 * QWERTY soft keyboards of Dahua-style recorders.
 */

export const LETTER_ROWS: readonly string[] = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
export const SYMBOL_ROWS: readonly string[] = ['!@#$%^&*()', '-_=+[]{}\\|', ';:\'",.<>/?', '`~'];

/** The character rows of the page on show; letters are upper case while Shift is on. */
export function keyboardRows(symbols: boolean, shift: boolean): string[] {
  if (symbols) return [...SYMBOL_ROWS];
  return LETTER_ROWS.map((row) => (shift ? row.toUpperCase() : row));
}
