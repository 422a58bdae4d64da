/**
 * Mouse, touch and keyboard on the Recorder screen, as firmware events (docs/architecture.md#the-osd). Nothing here decides anything:
 * hit testing uses the drawn layout (osd hitTest), and every input becomes one event:
 *
 *   left click / tap on a control      ACTIVATE control (through the overlay element under the pointer)
 *   left click / tap elsewhere         ACTIVATE BACKGROUND
 *   right click, touch long press,     CONTEXT_MENU at the OSD point (Quick Menu in live view, back elsewhere);
 *   context-menu key, Shift+F10        from the keyboard at the middle of the screen
 *   wheel                              SCROLL by whole steps (see wheel.ts)
 *   keys                               see keyMap.ts
 *
 * One long press is one right click, never also a click: the detector swallows the click (and the `contextmenu`
 * Chrome on Android adds) that follow it. The overlay's elements report activations through `actions`, which apply
 * the same rule.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { BACKGROUND, type RecorderEvent } from '../../firmware';
import { hitTest, OSD_HEIGHT, OSD_WIDTH, type OsdLayout, type OsdRenderer } from '../../osd';
import type { OverlayActions } from '../bench/ScreenOverlay';
import { keyToEvent, type KeyTarget } from './keyMap';
import { LongPressDetector } from './longPress';
import { WheelStepper } from './wheel';

export interface ScreenInput {
  readonly actions: OverlayActions;
  /** Props for the screen element. */
  readonly handlers: {
    onPointerMove(event: React.PointerEvent): void;
    onPointerLeave(): void;
    onPointerDown(event: React.PointerEvent): void;
    onPointerUp(): void;
    onPointerCancel(): void;
    onContextMenu(event: React.MouseEvent): void;
    onClick(event: React.MouseEvent): void;
    onKeyDown(event: React.KeyboardEvent): void;
  };
}

/** Where a key press lands: the screen itself, an overlay control, or an overlay text field. */
function keyTarget(target: EventTarget): KeyTarget {
  if (target instanceof HTMLInputElement) return target.type === 'checkbox' ? 'control' : 'textField';
  return target instanceof HTMLButtonElement ? 'control' : 'screen';
}

/**
 * The OSD pixel under a client point of `screen`. The frame is the canvas's backing store (the recorder's output
 * resolution, 1280x720 or 1920x1080), so the mapping follows Display > Resolution.
 */
function toOsd(screen: HTMLElement | null, clientX: number, clientY: number): { x: number; y: number } {
  const box = screen?.getBoundingClientRect();
  if (!box || box.width === 0 || box.height === 0) return { x: 0, y: 0 };
  const canvas = screen?.querySelector('canvas');
  const width = canvas?.width || OSD_WIDTH;
  const height = canvas?.height || OSD_HEIGHT;
  const x = Math.floor(((clientX - box.left) / box.width) * width);
  const y = Math.floor(((clientY - box.top) / box.height) * height);
  return { x: Math.max(0, Math.min(width - 1, x)), y: Math.max(0, Math.min(height - 1, y)) };
}

/** The control under the pointer, drawn highlighted; useScreenInput updates it. */
export function usePointerHover(): [string | null, (hovered: string | null) => void] {
  const [hovered, setHovered] = useState<string | null>(null);
  return [hovered, setHovered];
}

export function useScreenInput(
  send: (event: RecorderEvent) => void,
  screen: RefObject<HTMLElement | null>,
  renderer: OsdRenderer | null,
  layout: OsdLayout | null,
  setHovered: (hovered: string | null) => void,
): ScreenInput {
  /** The layout on screen, for hit testing from event handlers. */
  const layoutRef = useRef<OsdLayout | null>(layout);
  useEffect(() => {
    layoutRef.current = layout;
  }, [layout]);
  /** A context-menu key was handled on keydown: the `contextmenu` event the browser may add is the same press. */
  const keyMenuPending = useRef(false);

  /** Touch long press = right click; created once per screen, used only from event handlers. */
  const longPress = useRef<LongPressDetector | null>(null);
  useEffect(() => {
    const detector = new LongPressDetector((x, y) => send({ type: 'CONTEXT_MENU', ...toOsd(screen.current, x, y) }));
    longPress.current = detector;
    return () => detector.cancel();
  }, [send, screen]);

  const actions = useMemo<OverlayActions>(
    () => ({
      activate: (control) => {
        if (!longPress.current?.consumeClick()) send({ type: 'ACTIVATE', control });
      },
      setField: (control, value) => send({ type: 'SET_FIELD', control, value }),
    }),
    [send],
  );

  const onPointerLeave = useCallback(() => {
    renderer?.moveCursor(null);
    longPress.current?.cancel();
    setHovered(null);
  }, [renderer, setHovered]);

  // Chrome skips pointerleave when the element under the pointer is removed (a dialog closing under it), so any
  // pointer movement elsewhere on the page also counts as leaving the screen.
  useEffect(() => {
    const onDocumentPointerMove = (event: PointerEvent) => {
      if (!screen.current?.contains(event.target as Node)) onPointerLeave();
    };
    document.addEventListener('pointermove', onDocumentPointerMove);
    return () => document.removeEventListener('pointermove', onDocumentPointerMove);
  }, [screen, onPointerLeave]);

  // The wheel: a native listener, because React's is passive and could not keep the page from scrolling too.
  useEffect(() => {
    const element = screen.current;
    if (!element) return;
    const stepper = new WheelStepper();
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey) return; // pinch zoom / browser zoom stays the browser's
      event.preventDefault();
      const steps = stepper.add(event);
      if (steps !== 0) send({ type: 'SCROLL', delta: steps });
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [screen, send]);

  const handlers: ScreenInput['handlers'] = {
    onPointerMove(event) {
      const point = toOsd(screen.current, event.clientX, event.clientY);
      longPress.current?.move(event.clientX, event.clientY);
      if (event.pointerType === 'mouse') renderer?.moveCursor(point);
      const laidOut = layoutRef.current;
      setHovered(laidOut ? hitTest(laidOut, point.x, point.y) : null);
    },
    onPointerLeave,
    onPointerDown(event) {
      keyMenuPending.current = false;
      if (event.pointerType === 'touch') longPress.current?.down(event.clientX, event.clientY);
      else longPress.current?.reset();
    },
    onPointerUp: () => longPress.current?.up(),
    onPointerCancel: () => longPress.current?.cancel(),
    onContextMenu(event) {
      event.preventDefault();
      if (keyMenuPending.current) {
        keyMenuPending.current = false;
        return;
      }
      if (longPress.current?.claimContextMenu()) return;
      send({ type: 'CONTEXT_MENU', ...toOsd(screen.current, event.clientX, event.clientY) });
    },
    /** A click that reached the screen itself, not one of its controls. */
    onClick(event) {
      const target = event.target as HTMLElement;
      if (longPress.current?.consumeClick()) return;
      if (target === screen.current || target.tagName === 'CANVAS' || target.classList.contains('screen-overlay')) {
        send({ type: 'ACTIVATE', control: BACKGROUND });
      }
    },
    onKeyDown(event) {
      longPress.current?.reset();
      const recorderEvent = keyToEvent(event, keyTarget(event.target));
      if (!recorderEvent) return;
      event.preventDefault();
      if (recorderEvent.type === 'CONTEXT_MENU') keyMenuPending.current = true;
      send(recorderEvent);
    },
  };

  return { actions, handlers };
}
