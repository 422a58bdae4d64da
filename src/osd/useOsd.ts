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

/** Vertical space kept for the bench around the monitor when choosing the scale. */
const RESERVED_HEIGHT_PX = 220;

/** The scale the `frameWidth` x `frameHeight` OSD frame is shown at in `container` (see displayScale). */
export function useDisplayScale(
  container: RefObject<HTMLElement | null>,
  frameWidth = OSD_WIDTH,
  frameHeight = OSD_HEIGHT,
): number {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const update = () =>
      setScale(
        displayScale(
          element.clientWidth || frameWidth,
          Math.max(200, window.innerHeight - RESERVED_HEIGHT_PX),
          frameWidth,
          frameHeight,
        ),
      );
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [container, frameWidth, frameHeight]);
  return scale;
}
