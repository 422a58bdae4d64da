/**
 * What the Recorder screen's polite live region says: the name of the screen when it
 * changes ("Main Menu", "Login", "User") with the text of a dialog (its description: a confirmation's question), and
 * each message (a dialog's or page's alert, a toast) when it appears.
 * Derived from the OsdModel alone, so the same screens always say the same thing.
 *
 * Nothing is repeated while it stays on screen: a TICK that redraws the clock, or a hover, says nothing; a message
 * that disappears and comes back (the same refusal twice) is said again.
 */
import type { OsdLayer, OsdModel } from '../../firmware';

export interface ScreenSpeech {
  /** The screen's name: the topmost layer's title. */
  readonly screen: string;
  /** The topmost layer's text when it is a dialog (its accessible description), else empty. */
  readonly description: readonly string[];
  /** Messages on screen, in drawing order. */
  readonly messages: readonly string[];
}

function layerName(layer: OsdLayer): string | null {
  switch (layer.kind) {
    case 'backdrop':
    case 'toast':
      return null;
    case 'bootSplash':
      return 'Starting';
    case 'liveView':
      return 'Live View';
    case 'quickMenu':
      return 'Quick Menu';
    case 'mainMenu':
      return layer.title;
    case 'menuWindow':
      return layer.breadcrumb.at(-1) ?? 'Main Menu';
    case 'dialog':
      return layer.title;
    case 'keyboard':
      return 'On-screen keyboard';
  }
}

function layerMessages(layer: OsdLayer): string[] {
  switch (layer.kind) {
    case 'dialog':
      return layer.alert ? [layer.alert] : [];
    case 'menuWindow':
      return layer.page?.alert ? [layer.page.alert] : [];
    case 'toast':
      return [layer.text];
    default:
      return [];
  }
}

/** The text rows of `layer` when it is a dialog. */
function layerDescription(layer: OsdLayer | undefined): string[] {
  if (layer?.kind !== 'dialog') return [];
  return layer.rows.flatMap((row) => (row.kind === 'text' ? [row.text] : []));
}

export function screenSpeech(model: OsdModel): ScreenSpeech {
  if (!model.signal) return { screen: 'No Signal', description: [], messages: [] };
  const named = model.layers.filter((layer) => layerName(layer) !== null);
  const top = named.at(-1);
  return {
    screen: top ? (layerName(top) ?? '') : '',
    description: layerDescription(top),
    messages: model.layers.flatMap(layerMessages),
  };
}

const sameText = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((text, index) => text === b[index]);

/** What to announce going from `previous` to `next` (null at first sight: the page's own load says enough). */
export function announcement(previous: ScreenSpeech | null, next: ScreenSpeech): string | null {
  const parts: string[] = [];
  const newScreen = previous === null || next.screen !== previous.screen;
  if (newScreen) parts.push(next.screen);
  if (newScreen || !sameText(next.description, previous.description)) parts.push(...next.description);
  for (const message of next.messages) if (!previous?.messages.includes(message)) parts.push(message);
  const text = parts
    .filter((part) => part !== '')
    .map((part) => (/[.!?:]$/.test(part) ? part : `${part}.`))
    .join(' ');
  return text === '' ? null : text;
}
