/**
 * What the Mobile App reaches besides the outside world's API (outside/outsideWorldApi.ts): the recorder it
 * manages and the Wi-Fi cameras near the phone. MobileAppPlace builds these from the WorldSession; tests pass their
 * own. The app never holds an actor: it reads what a real app would learn over the network and hands effects back.
 *
 * CONTRACT (shell ↔ app):
 * - RecorderLink.displayedDate() is the date the recorder's clock shows now (YYYY-MM-DD, the System Date of live
 *   view), or null while the recorder is off (the app cannot reach it): P4's temporary password is for that date.
 * - RecorderLink.deliver(event) sends the recorder the event the world returned (P5's APP_VERIFICATION_APPROVED) and
 *   says whether the recorder accepted it (it checks the code; a real app hears back from the device).
 * - CameraLink lists the Wi-Fi cameras in pairing mode (reset, not bound to the account; P9) and binds one; its
 *   snapshot is a new array whenever the list changes (useSyncExternalStore).
 */
import type { UsersEvent } from '../../../firmware';

export interface RecorderLink {
  displayedDate(): string | null;
  deliver(event: UsersEvent): 'accepted' | 'refused';
}

/** A Wi-Fi camera waiting to be set up as a new device (its LED flashing green). */
export interface PairingCamera {
  readonly modelId: string;
  readonly serialNumber: string;
}

export interface CameraLink {
  subscribe(listener: () => void): () => void;
  pairingCameras(): readonly PairingCamera[];
  /** Binds the camera to the account (the camera's ADD_TO_ACCOUNT); false when it is no longer in pairing mode. */
  bind(serialNumber: string): boolean;
}
