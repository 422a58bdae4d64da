/**
 * The monitor plugged into the recorder: the OSD canvas at an integer scale, the recorder's own mouse cursor, the
 * accessible overlay, the screen's live region, and the input that becomes firmware events (src/input).
 *
 * The region is role="application" named "Recorder screen" (docs/accessible-names.md). Nothing here decides anything: clicks,
 * right clicks, long presses, the wheel and keys are translated and sent to the firmware (useScreenInput).
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { RecorderEvent } from '../../firmware';
import { layoutOsd, screenFor } from '../../osd';
import { useKeyboardFocusedControl, useOverlayFocus } from '../input/useOverlayFocus';
import { usePointerHover, useScreenInput } from '../input/useScreenInput';
import { exposeDrawnLayout } from '../osd/osdTestHook';
import { useDisplayScale, useFontMetrics, useMountedRenderer, useOsdModel } from '../osd/useOsd';
import type { WorldSession } from '../session/worldSession';
import { LiveAnnouncer } from './LiveAnnouncer';
import { ScreenOverlay } from './ScreenOverlay';
import { RECORDER_SCREEN_ID } from './recorderScreenId';

/**
 * `active`: whether the recorder's place is shown. The accessible overlay is rendered only then: its labels (Device
 * ID, Password, Model...) are also the website's and the app's, and getByLabel finds hidden elements too.
 */
export function Monitor({ session, active = true }: { session: WorldSession; active?: boolean }) {
  const model = useOsdModel(session.actor);
  const font = useFontMetrics();
  const canvasHost = useRef<HTMLDivElement>(null);
  const bezel = useRef<HTMLDivElement>(null);
  const screen = useRef<HTMLDivElement>(null);
  const { renderer, error } = useMountedRenderer(canvasHost);
  // The screen is the size of the recorder's output (Display > Resolution): 1280x720 or 1920x1080.
  const { width: OSD_WIDTH, height: OSD_HEIGHT } = screenFor(model.resolution);
  const scale = useDisplayScale(bezel, OSD_WIDTH, OSD_HEIGHT);
  const send = useCallback((event: RecorderEvent) => session.send(event), [session]);
  const [hovered, setHovered] = usePointerHover();
  const keyboardFocused = useKeyboardFocusedControl(screen);
  // The control under the mouse is drawn highlighted; without one, the control with the keyboard's focus ring.
  const highlight = hovered ?? keyboardFocused;
  const layout = useMemo(() => (font ? layoutOsd(model, font, highlight) : null), [model, font, highlight]);
  const input = useScreenInput(send, screen, renderer, layout, setHovered);
  useOverlayFocus(screen, layout);

  useEffect(() => {
    if (!renderer || !layout) return;
    renderer.draw(layout);
    exposeDrawnLayout(layout, scale);
  }, [renderer, layout, scale]);

  return (
    <div className="monitor">
      <div className="monitor-bezel" ref={bezel}>
        <div
          ref={screen}
          id={RECORDER_SCREEN_ID}
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
          {...input.handlers}
        >
          <div className="screen-canvas" ref={canvasHost} />
          {layout && active && <ScreenOverlay groups={layout.overlay} scale={scale} actions={input.actions} />}
          {error && (
            <p className="screen-error" role="alert">
              The recorder screen could not start: {error.message}
            </p>
          )}
        </div>
        <LiveAnnouncer model={model} />
      </div>
    </div>
  );
}
