/**
 * The recorder firmware's input, context and events: the contract between the statechart and everything that
 * drives it (the browser shell, Node tests, QA scripts).
 */
import type { RecorderModel, RecorderModelId } from '../catalogue/models';
import type { Profile } from '../catalogue/profiles';
import type { UnitIdentity } from '../domain/unitIdentity';
import type { Flash } from '../persistence/flash';
import type { StorageTask } from '../domain/storageTask';
import type { UsbStick } from '../domain/usbStick';

/** What the recorder is given when it is plugged in (a new actor = the tab opening, or a new world). */
export interface RecorderInput {
  readonly modelId: RecorderModelId;
  readonly unit: UnitIdentity;
  readonly flash: Flash;
  /** World time (ms since the epoch, simulated) when the actor starts. */
  readonly now: number;
  /** Position of the rear power switch: when on, the recorder boots at once (a reload is a power cut). */
  readonly powerSwitchOn: boolean;
  /** State of the seeded generator used for salts, unless the flash carries one (flash.randomSeed). */
  readonly seed: number;
  /** PBKDF2 work factor for new hashes; tests inject a lower cost. Default PBKDF2_ITERATIONS. */
  readonly pbkdf2Iterations?: number;
  /** Boot time; default BOOT_DURATION_MS. */
  readonly bootDurationMs?: number;
  // Input of storage (USB stick present at power-up...)
  /** The USB stick in the rear port when the recorder is plugged in (kept by the world); none by default. */
  readonly usbStick?: UsbStick | null;
}

/** A message line in a dialog. `locked` is formatted with the time left when it is drawn. */
export type DialogMessage =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'locked'; readonly until: number };

/** The fields of the dialog on screen (RAM only: passwords typed here are never stored). */
export interface FormState {
  /** Text field values, keyed by control id. */
  readonly values: Readonly<Record<string, string>>;
  /** Check boxes, keyed by control id. */
  readonly checked: Readonly<Record<string, boolean>>;
  readonly message: DialogMessage | null;
}

/** The on-screen keyboard, when open. */
export interface KeyboardState {
  readonly shift: boolean;
  readonly symbols: boolean;
}

export interface RecorderContext {
  readonly model: RecorderModel;
  readonly profile: Profile;
  readonly unit: UnitIdentity;
  /** What is on flash: only ever replaced by a completed write. */
  readonly flash: Flash;
  /** World time from the last TICK. The device clock shows now + flash.clockOffsetMs. */
  readonly now: number;
  readonly powerSwitchOn: boolean;
  readonly rngState: number;
  readonly pbkdf2Iterations: number;
  readonly bootDurationMs: number;
  readonly bootStartedAt: number;

  // RAM: cleared by every power cut.
  readonly session: {
    readonly userName: string;
    /** Logged in with the temporary password (P2-P4): it is accepted as Old Password for this session. */
    readonly viaTemporaryPassword?: boolean;
  } | null;
  readonly quickMenuOrigin: { readonly x: number; readonly y: number };
  /** Node ids from the Main Menu to the open menu node. */
  readonly menuPath: readonly string[];
  readonly form: FormState;
  /** The control highlighted for the remote/keyboard and the one text input goes to. */
  readonly focus: string | null;
  readonly keyboard: KeyboardState | null;
  /** Wrong passwords in a row, per user name. */
  readonly loginFailures: Readonly<Record<string, number>>;
  /** Device-time deadline of each locked user's lock. */
  readonly lockedUntil: Readonly<Record<string, number>>;
  /** The user whose Modify dialog is open. */
  readonly modifyTarget: string | null;
  /** Salts drawn for the hashes being computed. */
  readonly pendingSalts: readonly string[];
  /** The flash being written: it becomes `flash` only when the write completes. */
  readonly pendingFlash: Flash | null;
  /** A confirmation shown briefly at the bottom of the screen, until world time `until`. */
  readonly toast: { readonly text: string; readonly until: number } | null;
  // Context of users and rights
  /** The user whose Delete confirmation is open. */
  readonly deleteTarget: string | null;
  /** Wrong security-question answers since power-up (P5); at the limit the questions are no longer asked. */
  readonly recoveryWrongAnswers: number;
  /** The code the app-verification screen shows (and its QR code), valid until world time `until`. */
  /** The code shown for the app to approve (P5), when it expires, and the wrong codes approved so far. */
  readonly appVerification: { readonly code: string; readonly until: number; readonly wrongTries: number } | null;
  /** How the owner proved ownership in Password Recovery; set only once proven, cleared when it closes. */
  readonly recoveryVerifiedBy: 'securityQuestion' | 'app' | null;
  // Context of temporary password, clock and log
  /** The System Log page shown (0 = the newest entries). */
  readonly logPage: number;
  // Context of storage
  /** The USB stick in the rear port (hardware: not RAM, not flash; a power cut leaves it where it is). */
  readonly usbStick: UsbStick | null;
  /** RAM: the running format, backup, upgrade or recovery. */
  readonly storageTask: StorageTask | null;
  /** RAM: world time the mainboard reset button was pressed, while it is held. */
  readonly resetButtonDownAt: number | null;
  /** RAM: the firmware file selected on the Upgrade page. */
  readonly upgradeFile: string | null;
  /** RAM: a refusal or failure shown on the storage page open at menu path `path` (ids joined by '/'). */
  readonly pageNotice: { readonly path: string; readonly text: string } | null;
  // Context of cameras
  /** What each port reports (index = channel - 1), as the host last said (CAMERA_STATUS); null: nothing there. */
  readonly cameraPorts: readonly (PortCamera | null)[];
  /** RAM: ports whose automatic add failed (flash write); not retried until the camera reports again. */
  readonly cameraAddFailed: readonly number[];
  /** RAM: the port whose Re-add the camera refused, for the Cameras page's alert. */
  readonly cameraNotice: number | null;
  /** RAM: credentials to push once the flash write that records them is durable. */
  readonly pendingCameraPushes: readonly CameraPush[];
}

/** The screen, power and time events. Pointer coordinates are OSD pixels (0..1279, 0..719). */
export type CoreEvent =
  /** The rear power switch is turned on. */
  | { type: 'POWER_ON' }
  /** The rear power switch is turned off, or power is lost (a closed tab). */
  | { type: 'POWER_OFF' }
  /** World time moved on. */
  | { type: 'TICK'; now: number }
  /** A control was clicked, tapped, or activated through its accessible element. */
  | { type: 'ACTIVATE'; control: string }
  /**
   * Right click or long press at a point: opens the Quick Menu in live view, goes back one level elsewhere.
   * `keyboard`: the keyboard's context-menu key (or Shift+F10): the Quick Menu opens with its first item highlighted,
   * so Enter opens it at once.
   */
  | { type: 'CONTEXT_MENU'; x: number; y: number; keyboard?: boolean }
  /** Escape on a keyboard, or the remote's back key. */
  | { type: 'BACK' }
  /** A text field's whole value changed (typed into its accessible element). */
  | { type: 'SET_FIELD'; control: string; value: string }
  /** Characters typed on a physical keyboard into the focused field. */
  | { type: 'TYPE_TEXT'; text: string }
  /** Backspace in the focused field. */
  | { type: 'ERASE' }
  /** Arrow keys: move the highlight to the previous or next control. */
  | { type: 'MOVE_FOCUS'; direction: 'previous' | 'next' }
  /** Enter: activate the highlighted control. */
  | { type: 'CONFIRM' }
  /** Enter in a text field: submits its dialog, as the dialog's OK would (the login dialog). */
  | { type: 'SUBMIT' }
  /**
   * The mouse wheel over the screen, in whole steps: positive scrolls down (towards older System Log entries),
   * negative up. Lists that page (the System Log) move one page per step; elsewhere it is ignored.
   */
  | { type: 'SCROLL'; delta: number }
  /** The front panel's Info button: opens Info from live view and the Quick Menu; ignored elsewhere. */
  | { type: 'INFO_BUTTON' };

/**
 * Events of users and rights. APP_VERIFICATION_APPROVED comes from the outside world, not the screen: the owner scanned
 * the recorder's app-verification QR code in the mobile app (Recorder Settings > Help > Reset Device Password,
 * KB-N831), confirmed with the app account's password, and the app approved the reset. It carries the Device ID and
 * the code the QR code showed; the recorder accepts it only on its app-verification screen, for its own Device ID,
 * with the code on screen, before the code expires (P5).
 */
export type UsersEvent = { type: 'APP_VERIFICATION_APPROVED'; deviceId: string; code: string };

/** Events of the temporary password, clock and log. */
export type AccessEvent = never; // the feature reuses the screen events (ACTIVATE, SET_FIELD...)

/** Events of storage: the USB stick, the mainboard reset button. */
export type StorageEvent =
  /** A USB stick is put into the rear USB port (replacing any stick there). */
  | { type: 'USB_INSERT'; stick: UsbStick }
  /** The USB stick is pulled out. */
  | { type: 'USB_REMOVE' }
  /** The mainboard reset button (models with one) is pressed, and released. */
  | { type: 'RESET_BUTTON_DOWN' }
  | { type: 'RESET_BUTTON_UP' };

/**
 * Events the firmware emits for its host (actor.on(type, ...)): changes to hardware the world keeps. The firmware
 * cannot write the world's data, so a backup announces the stick it wrote and the host stores it.
 */
export type RecorderEmitted = { type: 'usbStickWritten'; stick: UsbStick };

/** A camera on a port, as the host reports it. Analog (BNC) cameras have no credential. */
export interface PortCamera {
  /** Camera model id (e.g. 'E893AB'), or 'analog' on a DVR's BNC input. */
  readonly model: string;
  readonly serial: string;
  /** Null when factory-fresh (or analog); otherwise the credential it accepts. */
  readonly credential: string | null;
  /** Powered, started and answering. */
  readonly online: boolean;
}

/** A credential the recorder sets on the camera of `port`, proving the one it has now (`current`, null if fresh). */
export interface CameraPush {
  readonly port: number;
  readonly credential: string;
  readonly current: string | null;
}

/** What the recorder emits to its host (XState emit) for the cameras: the host delivers each push to its camera. */
export type CameraEmitted = { type: 'pushCameraCredentials'; pushes: readonly CameraPush[] };

/** Events of the cameras on the ports. */
export type CameraEvent =
  /** The host reports what is on `port` (1-based) whenever it changes: null when nothing is plugged in. */
  { type: 'CAMERA_STATUS'; port: number; camera: PortCamera | null };

/** The events the recorder accepts. */
export type RecorderEvent = CoreEvent | UsersEvent | AccessEvent | StorageEvent | CameraEvent;

export type RecorderEventType = RecorderEvent['type'];
