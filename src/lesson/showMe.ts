/**
 * Show me: switches to the step's place (the navigation's hash) and outlines the control the step is about. On the
 * recorder it is the accessible overlay's element, which lies exactly over the control's rectangle on the OSD, so
 * the outline is drawn at that rectangle; in the places it is the control itself. The outline stays until the
 * next Show me or SHOW_ME_MS have passed.
 */
import type { ScenarioControl } from '../../scenarios';

export const SHOW_ME_CLASS = 'show-me';
const SHOW_ME_MS = 6_000;

const CANDIDATES = 'button, a, input, select, textarea, [role], [aria-label], label, h2, h3';

function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
    return element.labels?.[0]?.textContent?.trim() ?? '';
  }
  return (element.textContent ?? '').trim();
}

/** The element in the shown place whose accessible name is `name` (the first visible one). */
export function findControl(control: ScenarioControl): HTMLElement | null {
  const section = document.querySelector(`[data-place="${control.place}"]`);
  if (!section) return null;
  const matches = [...section.querySelectorAll<HTMLElement>(CANDIDATES)].filter(
    (element) => accessibleName(element) === control.name && element.getClientRects().length > 0,
  );
  return matches[0] ?? null;
}

let clearTimer: ReturnType<typeof setTimeout> | undefined;

/** Outlines `control` once its place is shown; resolves with whether it was found. */
export function showMe(control: ScenarioControl): Promise<boolean> {
  if (window.location.hash !== `#${control.place}`) window.location.hash = control.place;
  return new Promise((resolve) => {
    let frames = 0;
    const look = () => {
      const element = findControl(control);
      if (!element && frames++ < 60) {
        requestAnimationFrame(look);
        return;
      }
      for (const old of document.querySelectorAll(`.${SHOW_ME_CLASS}`)) old.classList.remove(SHOW_ME_CLASS);
      clearTimeout(clearTimer);
      if (!element) {
        resolve(false);
        return;
      }
      element.classList.add(SHOW_ME_CLASS);
      element.scrollIntoView({ block: 'nearest' });
      clearTimer = setTimeout(() => element.classList.remove(SHOW_ME_CLASS), SHOW_ME_MS);
      resolve(true);
    };
    requestAnimationFrame(look);
  });
}
