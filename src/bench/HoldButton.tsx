/**
 * A hardware button that is pressed and held (docs/accessible-names.md: "press and hold, pointer or keyboard Space/Enter"), e.g. the
 * recorder's mainboard reset button. `onDown` runs once when it is pressed (pointer down, or Space/Enter down without
 * auto-repeat) and `onUp` once when it is let go: pointer up (also outside the button: the pointer is captured),
 * pointer cancel, key up, the button losing focus, or the button going away while held.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface HoldButtonProps {
  readonly onDown: () => void;
  readonly onUp: () => void;
  readonly className?: string;
  readonly children: ReactNode;
}

const HOLD_KEYS: ReadonlySet<string> = new Set([' ', 'Enter']);

export function HoldButton({ onDown, onUp, className = '', children }: HoldButtonProps) {
  const heldRef = useRef(false);
  const [held, setHeld] = useState(false);
  const upRef = useRef(onUp);
  useEffect(() => {
    upRef.current = onUp;
  }, [onUp]);

  const press = () => {
    if (heldRef.current) return;
    heldRef.current = true;
    setHeld(true);
    onDown();
  };
  const release = () => {
    if (!heldRef.current) return;
    heldRef.current = false;
    setHeld(false);
    upRef.current();
  };
  // Let go if the button is removed while held (e.g. a new simulation replaces the recorder).
  useEffect(
    () => () => {
      if (heldRef.current) {
        heldRef.current = false;
        upRef.current();
      }
    },
    [],
  );

  return (
    <button
      type="button"
      className={`hold-button ${held ? 'hold-button-held' : ''} ${className}`}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture?.(event.pointerId);
        event.currentTarget.focus();
        press();
      }}
      onPointerUp={release}
      onPointerCancel={release}
      onLostPointerCapture={release}
      onKeyDown={(event) => {
        if (!HOLD_KEYS.has(event.key)) return;
        event.preventDefault();
        if (!event.repeat) press();
      }}
      onKeyUp={(event) => {
        if (!HOLD_KEYS.has(event.key)) return;
        event.preventDefault();
        release();
      }}
      onBlur={release}
      onContextMenu={(event) => event.preventDefault()}
    >
      {children}
    </button>
  );
}
