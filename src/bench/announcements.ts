/**
 * What the Recorder screen's polite live region says: the name of the screen when it
 * changes ("Main Menu", "Login", "User"), and each message (a dialog's or page's alert, a toast) when it appears.
 * Derived from the OsdModel alone, so the same screens always say the same thing.
 *
 * Nothing is repeated while it stays on screen: a TICK that redraws the clock, or a hover, says nothing; a message
 * that disappears and comes back (the same refusal twice) is said again.
 */
import type { OsdLayer, OsdModel } from '../../firmware';

export interface ScreenSpeech {
  /** The screen's name: the topmost layer's title. */
  readonly screen: string;
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

export function screenSpeech(model: OsdModel): ScreenSpeech {
  if (!model.signal) return { screen: 'No Signal', messages: [] };
  const names = model.layers.map(layerName).filter((name): name is string => name !== null);
  return { screen: names.at(-1) ?? '', messages: model.layers.flatMap(layerMessages) };
}

/** What to announce going from `previous` to `next` (null at first sight: the page's own load says enough). */
export function announcement(previous: ScreenSpeech | null, next: ScreenSpeech): string | null {
  const parts: string[] = [];
  if (previous === null || next.screen !== previous.screen) parts.push(next.screen);
  for (const message of next.messages) if (!previous?.messages.includes(message)) parts.push(message);
  const text = parts
    .filter((part) => part !== '')
    .map((part) => (/[.!?:]$/.test(part) ? part : `${part}.`))
    .join(' ');
  return text === '' ? null : text;
}
