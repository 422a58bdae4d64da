/**
 * Where the keyboard's focus goes on the Recorder screen when the recorder highlights nothing and the focused element
 * is gone (its menu or dialog closed): the first text field still to fill of the topmost dialog or menu (the login
 * dialog's Password, its User Name being pre-filled with "admin"), else its first enabled control.
 */
import type { OsdLayout, OverlayGroup } from '../../osd';

/** The recorder's highlighted control, topmost layer first. */
export function highlighted(layout: OsdLayout): string | null {
  for (const group of [...layout.overlay].reverse())
    for (const item of group.items) if (item.kind === 'control' && item.control.focused) return item.control.id;
  return null;
}

const enabledControls = (group: OverlayGroup) =>
  group.items.flatMap((item) => (item.kind === 'control' && item.control.enabled ? [item.control] : []));

/** The first empty enabled text field of the topmost group that has a control, else that group's first control. */
export function fallbackControl(layout: OsdLayout): string | null {
  for (const group of [...layout.overlay].reverse()) {
    const controls = enabledControls(group);
    if (controls.length === 0) continue;
    const emptyField = controls.find((control) => control.role === 'textbox' && (control.value ?? '') === '');
    return (emptyField ?? controls[0])?.id ?? null;
  }
  return null;
}
