/**
 * Show me: switches to the step's place (the navigation's hash) and outlines the control the step is about. On the
 * recorder it is the accessible overlay's element, which lies exactly over the control's rectangle on the OSD, so
 * the outline is drawn at that rectangle; in the places it is the control itself. When the control is not on
 * screen yet, the control that leads to it (ScenarioControl.via) is outlined instead.
 */
import type { ScenarioControl } from '../../scenarios';

export const SHOW_ME_CLASS = 'show-me';

const INTERACTIVE = 'button, a, input, select, textarea, [role="button"], [role="menuitem"], [role="link"]';
const CANDIDATES = 'button, a, input, select, textarea, [role], [aria-label], label, h2, h3';

function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
    return element.labels?.[0]?.textContent?.trim() ?? '';
  }
  return (element.textContent ?? '').trim();
}

/** The visible element in `root` whose accessible name is `name`: the first control, else the first element. */
function findIn(root: Element | null, name: string): HTMLElement | null {
  if (!root) return null;
  const matches = [...root.querySelectorAll<HTMLElement>(CANDIDATES)].filter(
    (element) => accessibleName(element) === name && element.getClientRects().length > 0,
  );
  // A control before a heading or a label of the same name (the Sign In page's heading and its Sign In button).
  return matches.find((element) => element.matches(INTERACTIVE)) ?? matches[0] ?? null;
}

/** In the shown place, else among the bench's own controls (a wait step's Advance 10 minutes). */
function findNamed(place: string, name: string): HTMLElement | null {
  return (
    findIn(document.querySelector(`[data-place="${place}"]`), name) ??
    findIn(document.querySelector('.bench-header'), name)
  );
}

/** What Show me found: the control itself, or the control on screen that leads to it (`via`), or nothing. */
export type ShowMeResult = 'control' | 'way' | 'none';

/** The control, else the last of its `via` controls that is on screen. */
export function findControl(control: ScenarioControl): { element: HTMLElement; found: ShowMeResult } | null {
  const target = findNamed(control.place, control.name);
  if (target) return { element: target, found: 'control' };
  for (const name of [...(control.via ?? [])].reverse()) {
    const way = findNamed(control.place, name);
    if (way) return { element: way, found: 'way' };
  }
  return null;
}

let clearOutline: (() => void) | undefined;

/**
 * Outlines `control` (or the way to it) once its place is shown. The outline stays until the next press or key
 * anywhere (but Tab, which moves towards it), so a slow reader never misses it.
 */
export function showMe(control: ScenarioControl): Promise<ShowMeResult> {
  if (window.location.hash !== `#${control.place}`) window.location.hash = control.place;
  return new Promise((resolve) => {
    let frames = 0;
    const look = () => {
      const hit = findControl(control);
      if (!hit && frames++ < 60) {
        requestAnimationFrame(look);
        return;
      }
      clearOutline?.();
      if (!hit) {
        resolve('none');
        return;
      }
      const { element } = hit;
      element.classList.add(SHOW_ME_CLASS);
      element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const clear = (event: Event) => {
        // Moving the keyboard focus (Tab) towards the outlined control keeps the outline.
        if (event instanceof KeyboardEvent && ['Tab', 'Shift'].includes(event.key)) return;
        element.classList.remove(SHOW_ME_CLASS);
        document.removeEventListener('pointerdown', clear, true);
        document.removeEventListener('keydown', clear, true);
        clearOutline = undefined;
      };
      document.addEventListener('pointerdown', clear, true);
      document.addEventListener('keydown', clear, true);
      clearOutline = () => clear(new Event('replaced'));
      resolve(hit.found);
    };
    requestAnimationFrame(look);
  });
}
