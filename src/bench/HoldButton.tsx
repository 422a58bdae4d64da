/**
 * A hardware button that is pressed and held (docs/accessible-names.md: "press and hold, pointer or keyboard Space/Enter"), e.g. the
 * recorder's mainboard reset button. `onDown` runs once when it is pressed (pointer down, or Space/Enter down without
 * auto-repeat) and `onUp` once when it is let go.
 *
 * A hold has to last while the simulation controls move time on (a 15 s hold is one "Advance" away), so:
 * - pointer: released on the button, the hold ends; released after sliding off the button, the button stays held
 *   ("latched", aria-pressed) until it is pressed again, whatever else is clicked meanwhile;
 * - keyboard: the hold ends at key up, also when the focus moved meanwhile to a control marked `data-keeps-hold`
 *   (the Simulation group); losing the focus to anything else ends it;
 * - pointer cancel, or the button going away while held, always ends it.
 */
import { useEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react';

export interface HoldButtonProps {
  readonly onDown: () => void;
  readonly onUp: () => void;
  readonly className?: string;
  readonly children: ReactNode;
}

const HOLD_KEYS: ReadonlySet<string> = new Set([' ', 'Enter']);

/** How the button is held: not, by the pointer or a key (until let go), or latched (until pressed again). */
type Hold = null | { readonly by: 'pointer' } | { readonly by: 'key'; readonly key: string } | { readonly by: 'latch' };

const inside = (event: PointerEvent<HTMLElement>): boolean => {
  const box = event.currentTarget.getBoundingClientRect();
  return (
    event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom
  );
};

export function HoldButton({ onDown, onUp, className = '', children }: HoldButtonProps) {
  const holdRef = useRef<Hold>(null);
  const [held, setHeld] = useState(false);
  const upRef = useRef(onUp);
  useEffect(() => {
    upRef.current = onUp;
  }, [onUp]);

  const set = (hold: Hold) => {
    holdRef.current = hold;
    setHeld(hold !== null);
  };
  const press = (hold: Exclude<Hold, null>) => {
    if (holdRef.current) return;
    set(hold);
    onDown();
  };
  const release = () => {
    if (!holdRef.current) return;
    set(null);
    upRef.current();
  };
  // Let go if the button is removed while held (e.g. a new simulation replaces the recorder).
  useEffect(
    () => () => {
      if (holdRef.current) {
        holdRef.current = null;
        upRef.current();
      }
    },
    [],
  );
  // A key hold whose focus moved to the simulation controls ends when that key comes up, wherever the focus is.
  const [awayKey, setAwayKey] = useState<string | null>(null);
  useEffect(() => {
    if (awayKey === null) return;
    const up = (event: KeyboardEvent) => {
      if (event.key !== awayKey) return;
      setAwayKey(null);
      const hold = holdRef.current;
      if (hold?.by === 'key') release();
    };
    document.addEventListener('keyup', up);
    return () => document.removeEventListener('keyup', up);
    // `release` only touches refs and state setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [awayKey]);

  return (
    <button
      type="button"
      className={`hold-button ${held ? 'hold-button-held' : ''} ${className}`}
      aria-pressed={held}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        // Pressing a latched button lets it go.
        if (holdRef.current?.by === 'latch') {
          release();
          return;
        }
        event.currentTarget.setPointerCapture?.(event.pointerId);
        event.currentTarget.focus();
        press({ by: 'pointer' });
      }}
      onPointerUp={(event) => {
        if (holdRef.current?.by !== 'pointer') return;
        if (inside(event)) release();
        else set({ by: 'latch' });
      }}
      onPointerCancel={() => {
        if (holdRef.current?.by === 'pointer') release();
      }}
      onKeyDown={(event) => {
        if (!HOLD_KEYS.has(event.key)) return;
        event.preventDefault();
        if (event.repeat) return;
        if (holdRef.current?.by === 'latch') release();
        else press({ by: 'key', key: event.key });
      }}
      onKeyUp={(event) => {
        if (!HOLD_KEYS.has(event.key)) return;
        event.preventDefault();
        if (holdRef.current?.by === 'key') release();
      }}
      onBlur={(event) => {
        const hold = holdRef.current;
        if (hold === null || hold.by === 'latch') return;
        const next = event.relatedTarget;
        if (hold.by === 'key' && next instanceof Element && next.closest('[data-keeps-hold]')) {
          setAwayKey(hold.key);
          return;
        }
        release();
      }}
      onContextMenu={(event) => event.preventDefault()}
    >
      {children}
    </button>
  );
}
