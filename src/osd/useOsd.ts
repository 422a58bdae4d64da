/**
 * Hooks joining the firmware actor to the OSD: the OsdModel (re-rendering only when it really changes), the font
 * metrics, the shared renderer mounted into an element, and the integer display scale.
 */
import { useSelector } from '@xstate/react';
import { useEffect, useState, type RefObject } from 'react';
import { snapshotToOsdModel, type OsdModel } from '../../firmware';
import { displayScale, OSD_HEIGHT, OSD_WIDTH, type FontMetrics, type OsdRenderer } from '../../osd';
import type { RecorderActor } from '../session/worldSession';
import { sharedFontMetrics, sharedOsdRenderer } from './sharedRenderer';

/** Structural equality of models: TICKs change the snapshot four times a second, the model far less often. */
const sameModel = (a: OsdModel, b: OsdModel): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

export function useOsdModel(actor: RecorderActor): OsdModel {
  return useSelector(actor, snapshotToOsdModel, sameModel);
}

export function useFontMetrics(): FontMetrics | null {
  const [font, setFont] = useState<FontMetrics | null>(null);
  useEffect(() => {
    let active = true;
    void sharedFontMetrics().then((metrics) => active && setFont(metrics));
    return () => {
      active = false;
    };
  }, []);
  return font;
}

/** The shared renderer, with its canvas mounted in `host` while the component is mounted. */
export function useMountedRenderer(host: RefObject<HTMLElement | null>): {
  renderer: OsdRenderer | null;
  error: Error | null;
} {
  const [renderer, setRenderer] = useState<OsdRenderer | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let active = true;
    let mounted: OsdRenderer | null = null;
    sharedOsdRenderer().then(
      (created) => {
        if (!active || !host.current) return;
        mounted = created;
        host.current.appendChild(created.canvas);
        setRenderer(created);
      },
      (failure: unknown) => active && setError(failure instanceof Error ? failure : new Error(String(failure))),
    );
    return () => {
      active = false;
      mounted?.canvas.remove();
    };
  }, [host]);
  return { renderer, error };
}

/** Where the OSD frame is shown: in the page (with the bench around it) or alone, filling the view. */
export interface DisplaySpace {
  /** The element whose width the screen may take (the monitor's bezel). */
  readonly container: RefObject<HTMLElement | null>;
  /** The screen itself: its distance from the page's top is kept for what is above it. */
  readonly screen: RefObject<HTMLElement | null>;
  /**
   * What must stay in view together with the screen, below it (the recorder's front and rear): its distance below
   * the screen is kept free. Its distance does not depend on the scale, so the scale settles in one step.
   */
  readonly keepInView?: RefObject<HTMLElement | null>;
  /** The full-screen view: the screen alone in the viewport (window.innerWidth x innerHeight). */
  readonly full: boolean;
}

/** The smallest height the page gives the screen, even when the hardware then needs a scroll. */
const MIN_PAGE_HEIGHT_PX = 250;
/** A little room under what is kept in view, so its bottom edge is not on the viewport's edge. */
const BOTTOM_MARGIN_PX = 8;

/** The height the page can give the screen so that it and `keepInView` both fit in the viewport. */
function pageHeight(screen: HTMLElement, keepInView: HTMLElement | null): number {
  const box = screen.getBoundingClientRect();
  const above = box.top + window.scrollY;
  const kept = keepInView?.getBoundingClientRect();
  const below = kept && kept.height > 0 ? Math.max(0, kept.bottom - box.bottom) : 0;
  return Math.max(MIN_PAGE_HEIGHT_PX, window.innerHeight - above - below - BOTTOM_MARGIN_PX);
}

/** The scale the `frameWidth` x `frameHeight` OSD frame is shown at in `space` (see displayScale). */
export function useDisplayScale(space: DisplaySpace, frameWidth = OSD_WIDTH, frameHeight = OSD_HEIGHT): number {
  const [scale, setScale] = useState(1);
  const { container, screen, keepInView, full } = space;
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const update = () => {
      const shown = screen.current;
      // A hidden place (display: none) has no layout to measure: keep the last scale.
      if (!full && (!shown || shown.getClientRects().length === 0)) return;
      setScale(
        full
          ? displayScale(window.innerWidth, window.innerHeight, frameWidth, frameHeight)
          : displayScale(
              element.clientWidth || frameWidth,
              pageHeight(shown!, keepInView?.current ?? null),
              frameWidth,
              frameHeight,
            ),
      );
    };
    update();
    // The body too: the header wrapping onto more rows moves the screen down.
    const observer = new ResizeObserver(update);
    observer.observe(element);
    observer.observe(document.body);
    if (keepInView?.current) observer.observe(keepInView.current);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [container, screen, keepInView, full, frameWidth, frameHeight]);
  return scale;
}
