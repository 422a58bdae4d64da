/**
 * The monitor's full-screen view: the screen alone, at the largest whole scale the view allows (1:1 where a
 * 1280x720 frame fits), for reading the OSD where the page must scale it down to keep the hardware in view.
 * It uses the browser's Fullscreen API on `element` where it is allowed (the whole display, Esc leaves it); where
 * it is not (or the request is refused), the same element covers the page instead (an in-page view, class
 * "monitor-full"). Either way the button that toggles it reports the state with aria-pressed.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';

export interface FullScreenView {
  readonly full: boolean;
  /** True while the in-page fallback (not the browser's fullscreen) is shown. */
  readonly inPage: boolean;
  readonly toggle: () => void;
}

export function useFullScreenView(element: RefObject<HTMLElement | null>): FullScreenView {
  const [native, setNative] = useState(false);
  const [inPage, setInPage] = useState(false);

  useEffect(() => {
    const onChange = () =>
      setNative(document.fullscreenElement !== null && document.fullscreenElement === element.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [element]);

  const toggle = useCallback(() => {
    const target = element.current;
    if (!target) return;
    if (inPage) {
      setInPage(false);
      return;
    }
    if (document.fullscreenElement === target) {
      void document.exitFullscreen();
      return;
    }
    if (document.fullscreenEnabled && typeof target.requestFullscreen === 'function') {
      target.requestFullscreen().catch(() => setInPage(true));
    } else {
      setInPage(true);
    }
  }, [element, inPage]);

  return { full: native || inPage, inPage, toggle };
}
