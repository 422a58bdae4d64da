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

/**
 * The heights the page can give the screen: `alone`, for what is above it only; `withKept`, so that it and
 * `keepInView` both fit in the viewport.
 */
function pageHeights(screen: HTMLElement, keepInView: HTMLElement | null): { alone: number; withKept: number } {
  const box = screen.getBoundingClientRect();
  const alone = window.innerHeight - (box.top + window.scrollY) - BOTTOM_MARGIN_PX;
  const kept = keepInView?.getBoundingClientRect();
  const below = kept && kept.height > 0 ? Math.max(0, kept.bottom - box.bottom) : 0;
  return { alone: Math.max(MIN_PAGE_HEIGHT_PX, alone), withKept: Math.max(MIN_PAGE_HEIGHT_PX, alone - below) };
}

/**
 * The scale in the page: 1:1 wherever the screen fits at 1:1 under what is above it (the hardware may then need a
 * short scroll); a larger whole scale only if what is kept in view fits too; below 1:1, the fraction that keeps
 * the kept hardware in view with the screen (the Full-screen view shows it 1:1).
 */
function pageScale(
  width: number,
  heights: { alone: number; withKept: number },
  frameWidth: number,
  frameHeight: number,
) {
  const alone = displayScale(width, heights.alone, frameWidth, frameHeight);
  const withKept = displayScale(width, heights.withKept, frameWidth, frameHeight);
  return alone >= 1 ? Math.max(1, withKept) : withKept;
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
          : pageScale(
              element.clientWidth || frameWidth,
              pageHeights(shown!, keepInView?.current ?? null),
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
