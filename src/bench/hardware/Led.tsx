/** A front-panel LED: an image named "<name>: <state>" (e.g. "Power LED: on"), drawn by its state's class. */
import type { CSSProperties } from 'react';

export function Led({ name, state, style }: { name: string; state: string; style?: CSSProperties }) {
  const label = `${name}: ${state}`;
  return <span role="img" className={`led led-${state}`} aria-label={label} title={label} style={style} />;
}
