/**
 * Names (of people, files, cameras, USB sticks) are one line of visible text. Control characters would break the line
 * or the display (tab, line feed, escape, NUL), and the bidirectional overrides and isolates let a name show as
 * something other than what it holds ("gpj.exe" read as "exe.jpg"); a name holding any of them is refused.
 */

// Built from code points so that the pattern's source holds no control character itself.
const RANGES: readonly (readonly [number, number])[] = [
  [0x00, 0x1f], // C0 controls
  [0x7f, 0x9f], // DEL and the C1 controls
  [0x2028, 0x2029], // line and paragraph separators
  [0x202a, 0x202e], // bidirectional embeddings and overrides
  [0x2066, 0x2069], // bidirectional isolates
];
const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const CONTROL_CHARACTER = new RegExp(`[${RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`, 'u');

/** Whether `text` holds a character no name may hold. */
export const hasControlCharacters = (text: string): boolean => CONTROL_CHARACTER.test(text);

/** Why such a name is refused, to follow the field's name ("First Name …", "flash.channels.0.name: …"). */
export const CONTROL_CHARACTERS_PROBLEM = 'must not hold control characters (tabs, line breaks and the like)';
