/**
 * The bench's skip link (docs/accessible-names.md): the first focusable element of the page, visually hidden until it
 * has the focus. "Skip to main content" shows the Recorder place if another is shown and puts the focus on the
 * Recorder screen, so a keyboard user reaches the recorder in one Tab and Enter instead of passing every bench control.
 * Its name holds no place name ("Recorder", "Cameras"...), which a place link's name query would also match.
 * It is a real in-page link (its href is the screen's id), so assistive technology and axe treat it as a skip link.
 */
import type { MouseEvent } from 'react';
import { RECORDER_SCREEN_ID } from './recorderScreenId';

/** Focuses the Recorder screen once it is shown (the place may be switching). */
function focusScreen(triesLeft = 10): void {
  const screen = document.getElementById(RECORDER_SCREEN_ID);
  if (screen && screen.offsetParent !== null) screen.focus();
  else if (triesLeft > 0) requestAnimationFrame(() => focusScreen(triesLeft - 1));
}

export function SkipToRecorder() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (window.location.hash !== '#recorder') window.location.hash = 'recorder';
    focusScreen();
  };
  return (
    <a className="skip-link" href={`#${RECORDER_SCREEN_ID}`} onClick={skip}>
      Skip to main content
    </a>
  );
}
