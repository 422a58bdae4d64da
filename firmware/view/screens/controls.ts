/**
 * Small builders for OsdModel controls, so every screen marks focus and enabled state the same way.
 */
import type { RecorderContext } from '../../machine/types';
import type { OsdControl, OsdIcon } from '../osdModel';

interface ControlOptions {
  readonly enabled?: boolean;
  readonly selected?: boolean;
  readonly icon?: OsdIcon;
}

export function button(context: RecorderContext, id: string, label: string, options: ControlOptions = {}): OsdControl {
  return {
    id,
    role: 'button',
    label,
    enabled: options.enabled ?? true,
    focused: context.focus === id,
    ...(options.selected !== undefined ? { selected: options.selected } : {}),
    ...(options.icon ? { icon: options.icon } : {}),
  };
}

export function menuItem(context: RecorderContext, id: string, label: string, enabled: boolean): OsdControl {
  return { id, role: 'menuitem', label, enabled, focused: context.focus === id };
}

export function textbox(
  context: RecorderContext,
  id: string,
  label: string,
  options: { readonly masked?: boolean; readonly enabled?: boolean } = {},
): OsdControl {
  return {
    id,
    role: 'textbox',
    label,
    enabled: options.enabled ?? true,
    focused: context.focus === id,
    value: context.form.values[id] ?? '',
    masked: options.masked ?? false,
  };
}

export function checkbox(context: RecorderContext, id: string, label: string): OsdControl {
  return {
    id,
    role: 'checkbox',
    label,
    enabled: true,
    focused: context.focus === id,
    checked: context.form.checked[id] === true,
  };
}
