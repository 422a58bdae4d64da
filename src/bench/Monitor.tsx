/**
 * The monitor plugged into the recorder: the OSD canvas at an integer scale, the recorder's own mouse cursor, the
 * accessible overlay, and the mouse, touch and keyboard input that becomes firmware events.
 *
 * The region is role="application" named "Recorder screen" (SPEC §6.2). Nothing here decides anything: clicks,
 * right clicks, long presses and keys are translated and sent to the firmware.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { BACKGROUND } from '../../firmware';
import { hitTest, layoutOsd, screenFor } from '../../osd';
import { keyToEvent } from '../input/keyMap';
import { LongPressDetector } from '../input/longPress';
import { useDisplayScale, useFontMetrics, useMountedRenderer, useOsdModel } from '../osd/useOsd';
import type { WorldSession } from '../world/worldSession';
import { ScreenOverlay, type OverlayActions } from './ScreenOverlay';

export function Monitor({ session }: { session: WorldSession }) {
  const model = useOsdModel(session.actor);
  const font = useFontMetrics();
  const canvasHost = useRef<HTMLDivElement>(null);
  const bezel = useRef<HTMLDivElement>(null);
  const screen = useRef<HTMLDivElement>(null);
  const { renderer, error } = useMountedRenderer(canvasHost);
  // The screen is the size of the recorder's output (Display > Resolution): 1280x720 or 1920x1080.
  const { width: OSD_WIDTH, height: OSD_HEIGHT } = screenFor(model.resolution);
  const scale = useDisplayScale(bezel, OSD_WIDTH, OSD_HEIGHT);
  const [hovered, setHovered] = useState<string | null>(null);
  const layout = useMemo(() => (font ? layoutOsd(model, font, hovered) : null), [model, font, hovered]);

  useEffect(() => {
    if (renderer && layout) renderer.draw(layout);
  }, [renderer, layout]);

  /** OSD pixel under a client point. */
  const toOsd = useCallback(
    (clientX: number, clientY: number) => {
      const box = screen.current?.getBoundingClientRect();
      if (!box) return { x: 0, y: 0 };
      const x = Math.floor(((clientX - box.left) / box.width) * OSD_WIDTH);
      const y = Math.floor(((clientY - box.top) / box.height) * OSD_HEIGHT);
      return { x: Math.max(0, Math.min(OSD_WIDTH - 1, x)), y: Math.max(0, Math.min(OSD_HEIGHT - 1, y)) };
    },
    [screen, OSD_WIDTH, OSD_HEIGHT],
  );

  /** Touch long press = right click; created once, used only from event handlers. */
  const longPress = useRef<LongPressDetector | null>(null);
  useEffect(() => {
    const detector = new LongPressDetector((x, y) => session.send({ type: 'CONTEXT_MENU', ...toOsd(x, y) }));
    longPress.current = detector;
    return () => detector.cancel();
  }, [session, toOsd]);
  /** Whether the click now arriving ends a long press (already handled as a right click). */
  const endsLongPress = () => longPress.current?.fired === true;

  const actions = useMemo<OverlayActions>(
    () => ({
      activate: (control) => {
        if (!endsLongPress()) session.send({ type: 'ACTIVATE', control });
      },
      setField: (control, value) => session.send({ type: 'SET_FIELD', control, value }),
    }),
    [session],
  );

  const onPointerMove = (event: React.PointerEvent) => {
    const point = toOsd(event.clientX, event.clientY);
    longPress.current?.move(event.clientX, event.clientY);
    if (event.pointerType === 'mouse') renderer?.moveCursor(point);
    const under = layout ? hitTest(layout, point.x, point.y) : null;
    setHovered((previous) => (previous === under ? previous : under));
  };

  const onPointerLeave = useCallback(() => {
    renderer?.moveCursor(null);
    longPress.current?.cancel();
    setHovered(null);
  }, [renderer]);

  // Chrome skips pointerleave when the element under the pointer is removed (a dialog closing under it), so any
  // pointer movement elsewhere on the page also counts as leaving the screen.
  useEffect(() => {
    const onDocumentPointerMove = (event: PointerEvent) => {
      if (!screen.current?.contains(event.target as Node)) onPointerLeave();
    };
    document.addEventListener('pointermove', onDocumentPointerMove);
    return () => document.removeEventListener('pointermove', onDocumentPointerMove);
  }, [onPointerLeave]);

  const onPointerDown = (event: React.PointerEvent) => {
    if (event.pointerType === 'touch') longPress.current?.down(event.clientX, event.clientY);
    else longPress.current?.reset();
  };

  const onContextMenu = (event: React.MouseEvent) => {
    event.preventDefault();
    if (endsLongPress()) return;
    session.send({ type: 'CONTEXT_MENU', ...toOsd(event.clientX, event.clientY) });
  };

  /** A click that reached the screen itself, not one of its controls. */
  const onClick = (event: React.MouseEvent) => {
    const target = event.target as HTMLElement;
    if (endsLongPress()) return;
    if (target === screen.current || target.tagName === 'CANVAS' || target.classList.contains('screen-overlay')) {
      session.send({ type: 'ACTIVATE', control: BACKGROUND });
    }
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const inTextField = event.target instanceof HTMLInputElement && event.target.type !== 'checkbox';
    const recorderEvent = keyToEvent(event, inTextField);
    if (!recorderEvent) return;
    event.preventDefault();
    session.send(recorderEvent);
  };

  return (
    <div className="monitor">
      <div className="monitor-bezel" ref={bezel}>
        <div
          ref={screen}
          className="screen"
          role="application"
          aria-label="Recorder screen"
          tabIndex={0}
          style={
            {
              width: OSD_WIDTH * scale,
              height: OSD_HEIGHT * scale,
              '--osd-width': `${OSD_WIDTH}px`,
              '--osd-height': `${OSD_HEIGHT}px`,
            } as React.CSSProperties
          }
          onPointerMove={onPointerMove}
          onPointerLeave={onPointerLeave}
          onPointerDown={onPointerDown}
          onPointerUp={() => longPress.current?.cancel()}
          onPointerCancel={() => longPress.current?.cancel()}
          onContextMenu={onContextMenu}
          onClick={onClick}
          onKeyDown={onKeyDown}
        >
          <div className="screen-canvas" ref={canvasHost} />
          {layout && <ScreenOverlay groups={layout.overlay} scale={scale} actions={actions} />}
          {error && (
            <p className="screen-error" role="alert">
              The recorder screen could not start: {error.message}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
