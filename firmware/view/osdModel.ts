/**
 * OsdModel: everything the OSD draws, as plain data. It is the only thing osd/ knows about the recorder: the OSD
 * lays it out, draws it, and reports which control is under the pointer. Derived from a firmware snapshot by
 * snapshotToOsdModel; two equal models draw identical pixels.
 *
 * Every control's `label` is both what is drawn and its accessible name (docs/accessible-names.md), so tests, people and the
 * canvas all agree on what a control is called.
 */

export type OsdControlRole = 'button' | 'menuitem' | 'textbox' | 'checkbox';

export interface OsdControl {
  readonly id: string;
  readonly role: OsdControlRole;
  /** Visible label and accessible name. */
  readonly label: string;
  readonly enabled: boolean;
  /** Highlighted for the remote/keyboard. */
  readonly focused: boolean;
  /** The current item of a menu or list (e.g. the open menu node). */
  readonly selected?: boolean;
  /** Text of a textbox. */
  readonly value?: string;
  /** Whether a textbox draws its text as dots (password fields). */
  readonly masked?: boolean;
  readonly checked?: boolean;
  /** A pixel icon drawn instead of, or beside, the label (e.g. the pencil of a Modify button). */
  readonly icon?: OsdIcon;
}

export type OsdIcon =
  'pencil' | 'trash' | 'search' | 'backup' | 'info' | 'settings' | 'shutdown' | 'folder' | 'camera' | 'user';

/** A value shown on screen and readable by its label (e.g. "Device ID"). */
export interface OsdValue {
  readonly label: string;
  readonly value: string;
}

/** One row of a dialog, top to bottom. */
export type OsdDialogRow =
  | { readonly kind: 'field'; readonly control: OsdControl }
  | { readonly kind: 'value'; readonly value: OsdValue }
  | { readonly kind: 'text'; readonly text: string }
  /** A QR code of `value.value`, with its label. */
  | { readonly kind: 'qr'; readonly value: OsdValue }
  /** A progress bar (upgrade, backup, format), 0..100, readable by its label. */
  | { readonly kind: 'progress'; readonly label: string; readonly percent: number };

/**
 * Dialog ids. The OSD sizes a dialog from its id when it knows it (osd/layout/layers/dialog.ts) and uses its default
 * width otherwise, so a new dialog needs no OSD change.
 */
export type OsdDialogId = string;

export interface OsdDialog {
  readonly kind: 'dialog';
  readonly id: OsdDialogId;
  readonly title: string;
  readonly rows: readonly OsdDialogRow[];
  /** An error or refusal, announced as an alert; null when there is none. */
  readonly alert: string | null;
  /** "Please wait" while the recorder works (hashing, writing flash); buttons are disabled meanwhile. */
  readonly busy: boolean;
  readonly buttons: readonly OsdControl[];
}

export interface OsdChannelTile {
  readonly channel: number;
  readonly name: string;
  /** Video loss: no camera is sending a picture. */
  readonly videoLoss: boolean;
  /** The camera refuses the recorder's password (drawn as a lock). */
  readonly authError: boolean;
  /** The channel is recording (drawn as a red dot). */
  readonly recording: boolean;
  /** Someone moves in the picture (the motion mark; the picture shows them). */
  readonly motion: boolean;
}

/** A column of a page's table; `width` in OSD pixels at 1280x720. */
export interface OsdTableColumn {
  readonly title: string;
  readonly width: number;
  /**
   * Each cell of this column is readable by the label "<first cell of its row> <title>" (e.g. "CH1 Status"), exactly
   * the text drawn. Absent: drawn only.
   */
  readonly readable?: true;
}

/** A table row: one text per text column, then its controls (drawn as icon buttons in the last column). */
export interface OsdTableRow {
  readonly cells: readonly string[];
  readonly controls: readonly OsdControl[];
}

export interface OsdTable {
  /** Text columns, then (when rows have controls) the controls column. */
  readonly columns: readonly OsdTableColumn[];
  readonly rows: readonly OsdTableRow[];
  /** For a table showing part of a longer list (a page of the System Log): which part, drawn as a scroll bar. */
  readonly scroll?: { readonly first: number; readonly visible: number; readonly total: number };
}

/**
 * The page open in a menu window (user list, System Log, HDD, Backup, Upgrade, Date & Time, Default...): form rows
 * like a dialog's, an optional table, a row of buttons, and an alert line. Every page has this one shape, so a new
 * page needs no OSD change.
 */
export interface OsdMenuPage {
  /** Which page (for tests and styling), e.g. 'userList'. */
  readonly id: string;
  readonly rows: readonly OsdDialogRow[];
  readonly table: OsdTable | null;
  readonly buttons: readonly OsdControl[];
  readonly alert: string | null;
}

export type OsdLayer =
  /** A plain background, behind screens that are not drawn over live view (Device Initialization). */
  | { readonly kind: 'backdrop' }
  | { readonly kind: 'bootSplash'; readonly modelId: string; readonly progressPercent: number }
  | {
      readonly kind: 'liveView';
      readonly tiles: readonly OsdChannelTile[];
      readonly clock: OsdValue;
      /** The frame of the cameras' (synthetic) pictures: advances with device time, LIVE_FRAME_MS per frame. */
      readonly frame: number;
    }
  | {
      readonly kind: 'quickMenu';
      readonly origin: { readonly x: number; readonly y: number };
      readonly items: readonly OsdControl[];
    }
  | { readonly kind: 'mainMenu'; readonly title: string; readonly items: readonly OsdControl[] }
  | {
      readonly kind: 'menuWindow';
      /** Labels from the Main Menu to the open node. */
      readonly breadcrumb: readonly string[];
      readonly items: readonly OsdControl[];
      readonly page: OsdMenuPage | null;
    }
  | OsdDialog
  | {
      readonly kind: 'keyboard';
      /** Label of the field being typed into. */
      readonly target: string;
      readonly rows: readonly (readonly OsdControl[])[];
      /** Shift, page switch, space, backspace, enter. */
      readonly functionKeys: readonly OsdControl[];
    }
  | { readonly kind: 'toast'; readonly text: string };

export interface OsdModel {
  /** False when the recorder outputs no picture (off, or shut down): the monitor shows its "No Signal" box. */
  readonly signal: boolean;
  /** Bottom to top. */
  readonly layers: readonly OsdLayer[];
  /**
   * Index of the first layer that takes input: the topmost dialog or menu. Layers below it are drawn but inert
   * (no input, hidden from assistive technology).
   */
  readonly interactiveFrom: number;
  /** The output resolution (Display > Resolution) the OSD renders at. */
  readonly resolution: '1280x720' | '1920x1080';
}

/**
 * Whether a layer hides the layers below it from input and from assistive technology: dialogs are modal, and menus
 * cover the whole screen. Layers below the topmost such layer are drawn but inert.
 */
export function isBlockingLayer(layer: OsdLayer): boolean {
  return layer.kind === 'dialog' || layer.kind === 'mainMenu' || layer.kind === 'menuWindow';
}

/** Index of the topmost blocking layer (0 when there is none): where input starts. */
export function firstInteractiveLayer(layers: readonly OsdLayer[]): number {
  let start = 0;
  layers.forEach((layer, index) => {
    if (isBlockingLayer(layer)) start = index;
  });
  return start;
}

/** The layers that take input and are exposed to assistive technology. */
export function interactiveLayers(model: OsdModel): OsdLayer[] {
  return model.layers.slice(model.interactiveFrom);
}

const fieldControls = (rows: readonly OsdDialogRow[]): OsdControl[] =>
  rows.flatMap((row) => (row.kind === 'field' ? [row.control] : []));

/** The controls of a menu page, in reading order: form fields, table rows, buttons. */
export function controlsOfPage(page: OsdMenuPage): OsdControl[] {
  return [...fieldControls(page.rows), ...(page.table?.rows.flatMap((row) => row.controls) ?? []), ...page.buttons];
}

/** The controls of a layer, in reading order. */
export function controlsOfLayer(layer: OsdLayer): OsdControl[] {
  switch (layer.kind) {
    case 'quickMenu':
    case 'mainMenu':
      return [...layer.items];
    case 'menuWindow':
      return [...layer.items, ...(layer.page ? controlsOfPage(layer.page) : [])];
    case 'dialog':
      return [...fieldControls(layer.rows), ...layer.buttons];
    case 'keyboard':
      return [...layer.rows.flat(), ...layer.functionKeys];
    default:
      return [];
  }
}

/** The ids of the enabled controls of a layer, in reading order: the remote's focus order. */
export function focusOrderOfLayer(layer: OsdLayer): string[] {
  return controlsOfLayer(layer)
    .filter((control) => control.enabled)
    .map((control) => control.id);
}
