/**
 * A scenario is data (docs/scenarios.md): a stable id, a title in the user's words, the models it applies to, a start
 * state (a recorder preset and a world preset) and steps. A step has an instruction worded from its seed (cited),
 * the control it is about (place + accessible name, for "Show me"), a hint, a completion check over the recorder's
 * and the world's state (never over which element was clicked), and the solution actions that complete it.
 *
 * CONTRACT shared by scenarios/ (logic), src/lesson (the panel) and tests: actions are plain data executed by
 * runAction (actions.ts) on any ScenarioWorld, so Node and the browser replay a solution the same way.
 */
import type { PresetId, ProfileId, RecorderModelId, ResetPathId } from '../firmware';
import type { WorldView } from './scenarioWorld';

/** The places of the bench (docs/accessible-names.md), by the ids of their links (#recorder, #cameras...). */
export type ScenarioPlace = 'recorder' | 'cameras' | 'website' | 'email' | 'app' | 'desk';

export const SCENARIO_PLACES: readonly ScenarioPlace[] = ['recorder', 'cameras', 'website', 'email', 'app', 'desk'];

/** The control a step is about: where it is and its accessible name. */
export interface ScenarioControl {
  readonly place: ScenarioPlace;
  /** The accessible name of the control (on the recorder: the OSD control's label). */
  readonly name: string;
  /**
   * The controls that lead to it while it is not on screen yet, in the order they are pressed (e.g. My Account before
   * Sign In, the recorder's screen before its Quick Menu's Main Menu). Show me outlines the last of them on screen.
   */
  readonly via?: readonly string[];
}

/** The world presets (worldPresets.ts): what the world around the recorder is like at the start. */
export type WorldPresetId = 'newWorld' | 'appSignedIn';

export type CameraAct = 'pressReset' | 'releaseReset' | 'unplugEthernet' | 'plugEthernet';

/**
 * What a person does in a place outside the recorder, at the granularity of one form sent (worldCommands.ts): each
 * fills its form from what the world shows (the order e-mail, the Info screen, the inbox) and sends it.
 */
export type WorldCommand =
  | 'website.signIn'
  | 'website.activateWarranty'
  | 'website.submitResetRequest'
  | 'website.requestPasswordCode'
  | 'website.resetPassword'
  | 'desk.phoneCall'
  | 'app.logIn'
  | 'app.sendDevicePasswordReset'
  | 'app.verifyRecorder'
  | 'app.requestPasswordCode'
  | 'app.confirmPasswordCode'
  | 'app.addWifiCamera';

/**
 * One action of a solution. Text may hold facts in braces (`{temporaryPassword}`, facts.ts), read from the world
 * when the action runs.
 */
export type ScenarioAction =
  /** Clicks the recorder's on-screen control with this label (as its accessible overlay element does). */
  | { readonly do: 'click'; readonly name: string }
  /** Types into the recorder's text field with this label. */
  | { readonly do: 'fill'; readonly name: string; readonly text: string }
  /** A right click on the recorder's screen (Quick Menu in live view, back elsewhere). */
  | { readonly do: 'rightClick' }
  /** The remote's Escape (the keyboard's Esc): back one level, `times` times; nothing more once in live view. */
  | { readonly do: 'escape'; readonly times: number }
  /** The rear Power switch. */
  | { readonly do: 'power'; readonly on: boolean }
  /** The world's USB stick in the rear port, or out. */
  | { readonly do: 'usb'; readonly inserted: boolean }
  /** Holds the mainboard Reset button for `holdMs` (models that have one). */
  | { readonly do: 'mainboardReset'; readonly holdMs: number }
  /** Lets simulated time pass. */
  | { readonly do: 'wait'; readonly ms: number }
  /** A camera's Reset button or Ethernet cable, by its index in the Cameras place. */
  | { readonly do: 'camera'; readonly camera: number; readonly act: CameraAct }
  /** "Take photo" of the recorder's screen (the Info screen) or of its sticker. */
  | { readonly do: 'photo'; readonly subject: 'info-screen' | 'sticker' }
  /** A form sent in one of the other places. */
  | { readonly do: 'world'; readonly command: WorldCommand };

/** What a check says when it holds (the assessment's "why"), and the test over the state. */
export interface StepCheck {
  readonly says: string;
  readonly holds: (view: WorldView, baseline: LessonBaseline) => boolean;
}

/** What the lesson remembers of the world as the scenario began, so that checks can tell what changed. */
export interface LessonBaseline {
  /** admin's stored password hash at the start (null when there is no admin yet). */
  readonly adminPasswordHash: string | null;
  /** The customer's account password hash at the start. */
  readonly accountPasswordHash: string;
  /** Serials of the Wi-Fi cameras in the app at the start. */
  readonly appWifiCameras: readonly string[];
}

export interface ScenarioStep {
  /** What to do, in the words of the seed it comes from. */
  readonly instruction: string;
  /** Where the instruction comes from: a seed (`seed 001`) or domain research section. */
  readonly source: string;
  readonly control: ScenarioControl;
  readonly hint: string;
  readonly check: StepCheck;
  readonly solution: readonly ScenarioAction[];
}

export interface ScenarioStart {
  readonly recorder: PresetId;
  readonly world: WorldPresetId;
}

export interface Scenario {
  /** Stable, used in links: `<path>-<family>`, e.g. `p2-cloud`. */
  readonly id: string;
  readonly path: ResetPathId;
  readonly family: ProfileId;
  /** In the user's words: "I forgot my recorder's password". */
  readonly title: string;
  /** The problem it answers, one sentence. */
  readonly problem: string;
  /** The models it applies to; the first one is the recorder a new scenario world gets. */
  readonly models: readonly RecorderModelId[];
  readonly start: ScenarioStart;
  /** Whether the lesson shows the What to gather checklist (P2, P3). */
  readonly gather: boolean;
  readonly steps: readonly ScenarioStep[];
}
