/**
 * A hardware drawing with its real controls on it: an SVG picture (decorative, hidden from assistive technology) and,
 * over it, the controls (buttons, LEDs) each placed at the drawing's coordinates. The drawing and the controls share
 * one coordinate system (the SVG's viewBox, drawn at 1 CSS pixel per unit), so a control sits exactly on the part it
 * stands for.
 */
import type { CSSProperties, ReactNode } from 'react';

export interface PlacedProps {
  readonly width: number;
  readonly height: number;
  readonly className: string;
  /** The SVG's content. */
  readonly drawing: ReactNode;
  /** The controls, positioned with `at(x, y)`. */
  readonly children: ReactNode;
}

export function Placed({ width, height, className, drawing, children }: PlacedProps) {
  return (
    <div className={`placed ${className}`} style={{ width, height }}>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
        {drawing}
      </svg>
      {children}
    </div>
  );
}

/** Style that puts a control's top-left corner at (x, y) of the drawing, optionally sized. */
export const at = (x: number, y: number, width?: number, height?: number): CSSProperties => ({
  position: 'absolute',
  left: x,
  top: y,
  ...(width !== undefined ? { width } : {}),
  ...(height !== undefined ? { height } : {}),
});
