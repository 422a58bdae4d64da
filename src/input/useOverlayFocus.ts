/**
 * Keyboard focus on the Recorder screen follows the recorder, so a keyboard-only user never loses their place:
 *
 * - when the recorder's highlight moves (arrows, a dialog opening with its first field highlighted), the browser's
 *   focus moves to that control's overlay element;
 * - when the element that had the focus disappears (its menu or dialog closed), the focus goes to the highlighted
 *   control, else the first text field to fill of the topmost dialog or menu, else its first control, else the screen
 *   itself (focusFallback.ts).
 *
 * And useKeyboardFocusedControl says which control has the keyboard's focus ring (Tab), so the canvas draws it
 * highlighted like the control under the mouse.
 *
 * Only while the focus is on the screen: a page that changes on its own (a boot finishing) never pulls the focus
 * away from the simulation controls or the hardware.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { OsdLayout } from '../../osd';
import { fallbackControl, highlighted } from './focusFallback';

/** The overlay element of control `id` (ScreenOverlay marks each with data-control). */
export const controlElement = (root: ParentNode, id: string): HTMLElement | null =>
  root.querySelector<HTMLElement>(`[data-control="${CSS.escape(id)}"]`);

/**
 * Focus moving into an element of the screen (`into`, with that element), and leaving the screen (`out`, with where
 * it went: null when nowhere, e.g. the element was removed). Moves within the screen call only `into`.
 */
function useFocusMoves(
  screen: RefObject<HTMLElement | null>,
  handlers: { into(target: HTMLElement): void; out(next: Node | null): void },
): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const element = screen.current;
    if (!element) return;
    const onFocusIn = (event: FocusEvent) => latest.current.into(event.target as HTMLElement);
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (next === null || !element.contains(next)) latest.current.out(next);
    };
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [screen]);
}

export function useOverlayFocus(screen: RefObject<HTMLElement | null>, layout: OsdLayout | null): void {
  const focusInScreen = useRef(false);
  const lastHighlight = useRef<string | null>(null);
  /** The element of the screen that last had the focus. */
  const lastFocused = useRef<HTMLElement | null>(null);

  useFocusMoves(screen, {
    into: (target) => {
      focusInScreen.current = true;
      lastFocused.current = target;
    },
    // A null relatedTarget is a removed element or the window losing focus: the focus is still "ours".
    out: (next) => {
      if (next !== null) focusInScreen.current = false;
    },
  });

  // A layout effect: the focus is back in place before the browser handles the next key press.
  useLayoutEffect(() => {
    const element = screen.current;
    if (!element || !layout) return;
    const highlight = highlighted(layout);
    const moved = highlight !== lastHighlight.current;
    lastHighlight.current = highlight;
    if (!focusInScreen.current) return;
    if (moved && highlight !== null) {
      const highlightedElement = controlElement(element, highlight);
      if (highlightedElement && highlightedElement !== document.activeElement) return highlightedElement.focus();
    }
    const recover = () => {
      const active = document.activeElement;
      if (!focusInScreen.current || (active && active !== document.body)) return;
      const fallback = highlight ?? fallbackControl(layout);
      const target = fallback !== null ? controlElement(element, fallback) : null;
      if (target) target.focus();
      else element.focus();
    };
    // The focused element was removed (its menu or dialog closed): recover at once. Otherwise the focus may be
    // moving (in the middle of a Tab the active element is briefly the body): decide once the browser is done.
    if (lastFocused.current && !lastFocused.current.isConnected) return recover();
    const timer = setTimeout(recover, 0);
    return () => clearTimeout(timer);
  }, [screen, layout]);
}

/** The control whose overlay element has the keyboard's focus (:focus-visible), or null. */
export function useKeyboardFocusedControl(screen: RefObject<HTMLElement | null>): string | null {
  const [focused, setFocused] = useState<string | null>(null);
  useFocusMoves(screen, {
    into: (target) => setFocused(target.matches(':focus-visible') ? (target.dataset.control ?? null) : null),
    // Moving within the screen is followed by a focusin; only leaving it clears the highlight.
    out: () => setFocused(null),
  });
  return focused;
}
