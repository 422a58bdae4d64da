/**
 * What the places of the world can do (docs/accessible-names.md): the Support Website, the Support Desk, the Email inbox, the
 * Mobile App and the photo roll. Implemented DOM-free by OutsideWorld (outside/outsideWorld.ts); the React
 * places only call these methods and render `state`.
 *
 * CONTRACT shared by outside/ (logic) and src/places (React).
 * - Every command validates its input first; a refused command changes nothing and says why per field.
 * - Commands that change state resolve only once the change is durable (the shell's `persist` hook has resolved):
 *   the UI may then say "saved" (docs/architecture.md#persistence).
 * - Time comes only from `advanceTo(now)` and the `now` the world was created with: no wall clock, no Math.random.
 *   Everything random comes from the state's seeded stream, so the same commands give the same state.
 * - Effects on the recorder and the cameras leave as returned values (e.g. the recorder event of P5) for the shell
 *   to deliver: the world never holds an actor.
 */
import type { UsersEvent } from '../firmware';
import type {
  FormResult,
  OutsideWorldState,
  PasswordCodeConfirmForm,
  PasswordCodeField,
  PasswordCodeRequestForm,
  PhoneRequestField,
  PhoneRequestForm,
  Photo,
  PhotoSubject,
  ResetRequestField,
  ResetRequestForm,
  SignInField,
  SignInForm,
  Ticket,
  Warranty,
  WarrantyField,
  WarrantyForm,
} from './outsideTypes';

export interface OutsideWorldApi {
  /** The current state (a new object after every change: use with useSyncExternalStore). */
  readonly state: OutsideWorldState;
  subscribe(listener: () => void): () => void;

  /** World time moves (the shell's clock): automatic ticket reviews that are due run, codes expire. */
  advanceTo(now: number): Promise<void>;

  // Support Website
  signIn(form: SignInForm): Promise<FormResult<SignInField>>;
  signOut(): Promise<void>;
  /** My Account > Warranty > Activate Warranty (signed in). Sends a warranty confirmation e-mail. */
  activateWarranty(form: WarrantyForm): Promise<FormResult<WarrantyField, Warranty>>;
  /** Reset Device Password (signed in): a ticket and its e-mail at once; the review follows (docs/invented-values.md). */
  submitResetRequest(form: ResetRequestForm): Promise<FormResult<ResetRequestField, Ticket>>;
  /** Recover Password, step 1: e-mails a verification code to the account's address. */
  requestWebsitePasswordCode(form: PasswordCodeRequestForm): Promise<FormResult<PasswordCodeField>>;
  /** Recover Password, step 2 ("Reset"): the code and the new password. */
  resetWebsitePassword(form: PasswordCodeConfirmForm): Promise<FormResult<PasswordCodeField>>;

  // Support Desk
  setManualReview(on: boolean): Promise<void>;
  /** Approves a reviewing or held ticket: issues the temporary password and e-mails it. */
  approveTicket(ticketNumber: number): Promise<FormResult<'ticket', Ticket>>;
  rejectTicket(ticketNumber: number, reason: string): Promise<FormResult<'ticket' | 'reason', Ticket>>;
  /** P3: the trainer types what the caller reads out; approved at once, the password shown and e-mailed. */
  takePhoneRequest(form: PhoneRequestForm): Promise<FormResult<PhoneRequestField, Ticket>>;

  // Email
  markRead(emailId: string): Promise<void>;

  // Mobile App
  appLogIn(form: SignInForm): Promise<FormResult<SignInField>>;
  appLogOut(): Promise<void>;
  /** Forgot Password > Get Activation Code (e-mail + new password): e-mails the 6-digit code (P10). */
  requestAppPasswordCode(form: PasswordCodeRequestForm): Promise<FormResult<PasswordCodeField>>;
  /** Forgot Password > Verification Code > OK: sets the new password given with the request. */
  confirmAppPasswordCode(form: PasswordCodeConfirmForm): Promise<FormResult<PasswordCodeField>>;
  /**
   * P4: Device Info > Device Password > Forgot device password > Send Reset Instructions (logged in, owner only,
   * recorders of families `app` and `home`). `displayedDate` is the date the recorder shows now (the app reads it
   * from the recorder): the e-mailed temporary password is for that date.
   */
  sendDevicePasswordReset(appDeviceId: string, displayedDate: string): Promise<FormResult<'device'>>;
  /**
   * P5 (`connect`): the owner types the 6-digit code the recorder shows. The world checks only that the app is
   * logged in and owns the recorder; the recorder checks the code. The shell sends the returned event to it.
   */
  verifyRecorderFromApp(appDeviceId: string, code: string): Promise<FormResult<'device' | 'code', UsersEvent>>;
  /** P9: Add New Device for a Wi-Fi camera in pairing mode (the shell checks the camera and binds it). */
  addAppDevice(device: { kind: 'wifi-camera'; modelId: string; serialNumber: string }): Promise<FormResult<'device'>>;
  /**
   * P9: a Wi-Fi camera was reset to factory defaults (the shell calls this when it chimes): its binding to the
   * account is gone, so it leaves the app's device list and can be added again as a new device.
   */
  forgetAppDevice(serialNumber: string): Promise<void>;

  // Photo roll
  addPhoto(photo: {
    subject: PhotoSubject;
    dataUrl: string;
    mimeType: string;
    sizeBytes: number;
    name: string;
  }): Promise<Photo>;
}
