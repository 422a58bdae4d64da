/**
 * The outside world's data (docs/reset-paths.md, docs/invented-values.md, docs/accessible-names.md): the customer's one account (website and mobile app), warranties,
 * support tickets, the inbox, the photo roll, the app's devices and pending codes. Plain, serializable data: it is
 * stored in IndexedDB as the world record's `outside` slice, exported with the world, and validated when read
 * (outsideWorldSchema.ts). Times are world time (ms since the epoch); dates a person types or reads are
 * `YYYY-MM-DD` strings.
 *
 * CONTRACT shared by outside/ (logic) and src/places (React): change it only together with both.
 */
import type { PasswordHash, RecorderModelId } from '../firmware';

/** The world's one customer (docs/accessible-names.md: alex@example.com / Welcome#2026, Alex Morgan, 555-0142). */
export interface CustomerAccount {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly phone: string;
  /** The website and the mobile app share this password (P10). Only ever a salted PBKDF2 hash. */
  readonly password: PasswordHash;
}

/** A unit the manufacturer made: what the support desk knows (its secret issues temporary passwords). */
export interface ManufacturedRecorder {
  readonly modelId: RecorderModelId;
  readonly deviceId: string;
  readonly serialNumber: string;
  /** Hex; never shown anywhere, only used to issue temporary passwords (firmware/security/temporaryPassword). */
  readonly secret: string;
}

/** An image the customer can upload: a photo from the simulator's roll, or a file picked from disk. */
export interface StoredImage {
  readonly id: string;
  /** Data URL (image/png, image/jpeg, image/svg+xml, ...). */
  readonly dataUrl: string;
  readonly mimeType: string;
  readonly sizeBytes: number;
  readonly name: string;
}

export type PhotoSubject = 'info-screen' | 'sticker' | 'receipt' | 'other';

/** A photo in the simulator's photo roll ("Take photo" of the Info screen or the sticker). */
export interface Photo extends StoredImage {
  readonly subject: PhotoSubject;
  /** World time it was taken. */
  readonly takenAt: number;
}

/**
 * What an upload field holds before submission: a photo of the roll (by id), an e-mail attachment (by e-mail id and
 * attachment id), or a file the user picked (read by the shell into a data URL; the shell passes MIME type and size
 * as the browser reports them).
 */
export type Upload =
  | { readonly source: 'photo'; readonly photoId: string }
  | { readonly source: 'attachment'; readonly emailId: string; readonly attachmentId: string }
  | {
      readonly source: 'file';
      readonly name: string;
      readonly mimeType: string;
      readonly sizeBytes: number;
      readonly dataUrl: string;
    };

export interface Warranty {
  readonly id: string;
  readonly modelId: string;
  readonly serialNumber: string;
  readonly purchaseDate: string;
  readonly billOfSale: StoredImage;
  readonly registeredAt: number;
}

export type TicketChannel = 'website' | 'phone';
/** reviewing: waits for the automatic review at `reviewDueAt`; held: manual review (Support Desk decides). */
export type TicketStatus = 'reviewing' | 'held' | 'approved' | 'rejected';

export interface Ticket {
  /** Shown to people as "Ticket number: <number>". */
  readonly number: number;
  readonly channel: TicketChannel;
  readonly submittedAt: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly phone: string;
  readonly email: string;
  readonly modelId: string;
  readonly deviceId: string;
  readonly serialNumber: string;
  /** Date Displayed on Device (YYYY-MM-DD): the temporary password is valid only on that displayed date. */
  readonly displayedDate: string;
  readonly photos: readonly { readonly label: string; readonly image: StoredImage }[];
  readonly status: TicketStatus;
  readonly reviewDueAt: number | null;
  readonly decidedAt: number | null;
  readonly rejectionReason: string | null;
  /** Issued on approval (and e-mailed); null before. */
  readonly temporaryPassword: string | null;
}

export interface EmailAttachment {
  readonly id: string;
  readonly name: string;
  readonly image: StoredImage;
}

export type EmailKind =
  'order-confirmation' | 'ticket' | 'temporary-password' | 'ticket-rejected' | 'verification-code' | 'warranty';

export interface Email {
  readonly id: string;
  readonly kind: EmailKind;
  readonly receivedAt: number;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  /** Lines of the body; the contract lines are exactly `Ticket number: <n>`, `Temporary password: <p>`, `Verification code: <6 digits>`. */
  readonly body: readonly string[];
  readonly attachments: readonly EmailAttachment[];
  readonly read: boolean;
}

/** A device in the mobile app's list (the recorder, IP and Wi-Fi cameras registered to the account). */
export interface AppDevice {
  readonly id: string;
  readonly kind: 'recorder' | 'ip-camera' | 'wifi-camera';
  readonly name: string;
  readonly modelId: string;
  readonly serialNumber: string;
  /** Recorders only. */
  readonly deviceId: string | null;
  /** P4: only the owner may ask for a device password reset. */
  readonly owner: boolean;
}

/** A 6-digit code sent by e-mail (P10, app or website): valid 10 simulated minutes, 5 wrong tries void it. */
export interface PendingCode {
  readonly purpose: 'app-password' | 'website-password';
  readonly email: string;
  readonly code: string;
  readonly expiresAt: number;
  readonly wrongTries: number;
  /** The app's flow asks for the new password before the code; kept hashed until the code is confirmed. */
  readonly newPassword: PasswordHash | null;
}

export interface OutsideWorldState {
  readonly account: CustomerAccount;
  readonly recorders: readonly ManufacturedRecorder[];
  readonly warranties: readonly Warranty[];
  readonly tickets: readonly Ticket[];
  readonly nextTicketNumber: number;
  readonly mailbox: readonly Email[];
  readonly photos: readonly Photo[];
  readonly appDevices: readonly AppDevice[];
  readonly pendingCodes: readonly PendingCode[];
  /** Support Desk switch: new tickets wait for a person instead of the automatic review. */
  readonly manualReview: boolean;
  /** Who is signed in where (a page reload keeps them signed in, like a browser's session cookie). */
  readonly websiteSession: { readonly email: string } | null;
  readonly appSession: { readonly email: string } | null;
  /** State of the world's deterministic random stream (codes, ids). */
  readonly randomState: number;
}

/** Field-level result of a form: nothing changes unless ok. Messages are shown next to their field. */
export type FormResult<Field extends string, Value = void> =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly errors: Partial<Record<Field, string>> };

export interface SignInForm {
  readonly email: string;
  readonly password: string;
}
export type SignInField = keyof SignInForm;

export interface WarrantyForm {
  readonly modelNumber: string;
  readonly serialNumber: string;
  readonly dateOfPurchase: string;
  readonly billOfSale: Upload | null;
}
export type WarrantyField = keyof WarrantyForm;

/** What a person reads out or types about themselves and their recorder: the text fields of both reset forms. */
export interface SpokenRequestForm {
  readonly firstName: string;
  readonly lastName: string;
  readonly phoneNumber: string;
  readonly modelNumber: string;
  readonly deviceId: string;
  readonly serialNumber: string;
  readonly dateDisplayed: string;
}
export type SpokenRequestField = keyof SpokenRequestForm;

/**
 * The Support Desk's phone-call form (P3): what the caller reads out, and the two pictures the caller sends first
 * (seed 001: "Our technical support will ask you to send the pictures before assisting you"): the Device Info
 * screen and the sticker. No proof of purchase (no warranty needed on the phone).
 */
export interface PhoneRequestForm extends SpokenRequestForm {
  readonly deviceInfoScreen: Upload | null;
  readonly informationSticker: Upload | null;
}
export type PhoneRequestField = keyof PhoneRequestForm;

export interface ResetRequestForm extends PhoneRequestForm {
  readonly proofOfPurchase: Upload | null;
}
export type ResetRequestField = keyof ResetRequestForm;

export interface PasswordCodeRequestForm {
  readonly email: string;
  /** The app asks for the new password first; the website asks for it with the code. */
  readonly newPassword?: string;
}
export interface PasswordCodeConfirmForm {
  readonly email: string;
  readonly code: string;
  readonly newPassword?: string;
}
export type PasswordCodeField = 'email' | 'newPassword' | 'code';
