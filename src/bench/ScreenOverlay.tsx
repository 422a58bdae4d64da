/**
 * The accessible overlay of the OSD (docs/accessible-names.md): one DOM element per control, readable value, alert and status on
 * screen, placed exactly over what the canvas draws and named by its visible label. Activating an element sends the
 * same event as clicking the canvas there. The elements are transparent; the canvas shows the pixels. Each control's
 * element carries its id in data-control (focus management, placement tests). Text drawn in a dialog (a
 * confirmation's question) is a paragraph, and the dialog's accessible description (aria-describedby).
 */
import { useId, type CSSProperties } from 'react';
import type { OsdControl } from '../../firmware';
import type { OverlayGroup, OverlayItem, Rect } from '../../osd';

export interface OverlayActions {
  activate(control: string): void;
  setField(control: string, value: string): void;
}

const place = (rect: Rect, origin: Rect): CSSProperties => ({
  left: rect.x - origin.x,
  top: rect.y - origin.y,
  width: rect.w,
  height: rect.h,
});

function ControlElement({
  control,
  style,
  actions,
}: {
  control: OsdControl;
  style: CSSProperties;
  actions: OverlayActions;
}) {
  const activate = (event: React.MouseEvent) => {
    event.stopPropagation();
    actions.activate(control.id);
  };
  switch (control.role) {
    case 'textbox':
      return (
        <input
          className="overlay-item overlay-field"
          style={style}
          data-control={control.id}
          type={control.masked ? 'password' : 'text'}
          aria-label={control.label}
          value={control.value ?? ''}
          disabled={!control.enabled}
          autoComplete={control.masked ? 'new-password' : 'off'}
          spellCheck={false}
          onChange={(event) => actions.setField(control.id, event.target.value)}
          onClick={activate}
        />
      );
    case 'checkbox':
      return (
        <input
          className="overlay-item"
          style={style}
          data-control={control.id}
          type="checkbox"
          aria-label={control.label}
          checked={control.checked ?? false}
          disabled={!control.enabled}
          onChange={() => actions.activate(control.id)}
          onClick={(event) => event.stopPropagation()}
        />
      );
    case 'menuitem':
    case 'button':
      return (
        <button
          type="button"
          className="overlay-item"
          style={style}
          data-control={control.id}
          role={control.role === 'menuitem' ? 'menuitem' : undefined}
          disabled={!control.enabled}
          aria-current={control.selected ? 'true' : undefined}
          onClick={activate}
        >
          {control.label}
        </button>
      );
  }
}

function ItemElement({
  item,
  origin,
  actions,
  id,
}: {
  item: OverlayItem;
  origin: Rect;
  actions: OverlayActions;
  /** The element's id (text items: the dialog's description points at it). */
  id?: string;
}) {
  const style = place(item.rect, origin);
  switch (item.kind) {
    case 'control':
      return <ControlElement control={item.control} style={style} actions={actions} />;
    case 'value':
      return (
        <output className="overlay-item" style={style} aria-label={item.label}>
          {item.value}
        </output>
      );
    case 'alert':
      return (
        <div className="overlay-item" style={style} role="alert">
          {item.text}
        </div>
      );
    case 'status':
      return (
        <div className="overlay-item" style={style} role="status">
          {item.text}
        </div>
      );
    case 'image':
      return <div className="overlay-item" style={style} role="img" aria-label={item.label} />;
    case 'text':
      return (
        <p className="overlay-item" style={style} id={id}>
          {item.text}
        </p>
      );
  }
}

const itemKey = (item: OverlayItem, index: number): string =>
  item.kind === 'control'
    ? item.control.id
    : item.kind === 'text'
      ? `text:${index}`
      : `${item.kind}:${item.kind === 'value' || item.kind === 'image' ? item.label : ''}`;

function GroupElement({ group, actions }: { group: OverlayGroup; actions: OverlayActions }) {
  const idPrefix = useId();
  const textId = (index: number) => `${idPrefix}text${index}`;
  const children = group.items.map((item, index) => (
    <ItemElement
      key={itemKey(item, index)}
      item={item}
      origin={group.rect}
      actions={actions}
      id={item.kind === 'text' ? textId(index) : undefined}
    />
  ));
  const textIds = group.items.flatMap((item, index) => (item.kind === 'text' ? [textId(index)] : []));
  const description = textIds.length > 0 ? textIds.join(' ') : undefined;
  const style = place(group.rect, { x: 0, y: 0, w: 0, h: 0 });
  const label = group.label ?? undefined;
  switch (group.role) {
    case 'dialog':
      return (
        <div
          className="overlay-group"
          style={style}
          role="dialog"
          aria-modal="true"
          aria-label={label}
          aria-describedby={description}
          aria-busy={group.busy}
        >
          {children}
        </div>
      );
    case 'menu':
      return (
        <div className="overlay-group" style={style} role="menu" aria-label={label}>
          {children}
        </div>
      );
    case 'region':
      return (
        <div className="overlay-group" style={style} role="region" aria-label={label}>
          {children}
        </div>
      );
    case 'none':
      return (
        <div className="overlay-group" style={style}>
          {children}
        </div>
      );
  }
}

export function ScreenOverlay({
  groups,
  scale,
  actions,
}: {
  groups: readonly OverlayGroup[];
  scale: number;
  actions: OverlayActions;
}) {
  return (
    <div className="screen-overlay" style={{ transform: `scale(${scale})` }}>
      {groups.map((group, index) => (
        <GroupElement key={`${index}:${group.role}:${group.label ?? ''}`} group={group} actions={actions} />
      ))}
    </div>
  );
}
