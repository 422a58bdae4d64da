/**
 * Validation of a stored or imported OutsideWorldState (the world record's `outside`): IndexedDB content and imported
 * files are untrusted input. Sizes are bounded (OUTSIDE_LIMITS, *invented*: far above what a session produces, low
 * enough to refuse junk), and the references the logic relies on are checked (the account's sessions, the
 * manufacturer's units, unique ids and ticket numbers).
 */
import * as z from 'zod/mini';
import {
  firstProblem,
  isRecorderModelId,
  passwordHashSchema,
  plainTextSchema,
  REPORT_INPUT,
  storedTimeSchema,
} from '../firmware';
import { imageContentProblem } from './imageContent';
import type { OutsideWorldState } from './outsideTypes';
import { DATA_URL_MAX_CHARS, TEXT_LIMITS, UPLOAD_MAX_BYTES } from './outsideRules';

export const OUTSIDE_LIMITS = {
  recorders: 16,
  warranties: 64,
  tickets: 500,
  emails: 2_000,
  photos: 200,
  appDevices: 64,
  attachmentsPerEmail: 8,
  photosPerTicket: 8,
  bodyLines: 40,
  lineChars: 1_000,
  /** All images of a world together, in data URL characters. */
  totalImageChars: 300_000_000,
} as const;

const text = (max: number) => z.string().check(z.maxLength(max));
/** Names of people, files and devices: no control characters. */
const name = plainTextSchema;
const id = text(64).check(z.minLength(1));
const time = storedTimeSchema;
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'));
const ident = (max: number) =>
  z.string().check(z.regex(/^[A-Z0-9]+$/, 'only capital letters and digits'), z.maxLength(max));

const storedImage = z
  .object({
    id,
    dataUrl: z
      .string()
      .check(z.maxLength(DATA_URL_MAX_CHARS), z.regex(/^data:image\//, 'must be an image data URL (data:image/…)')),
    mimeType: z
      .string()
      .check(z.regex(/^image\/[a-z0-9.+-]+$/, 'must be an image type such as image/png'), z.maxLength(40)),
    sizeBytes: z.number().check(z.int(), z.gte(0), z.lte(UPLOAD_MAX_BYTES)),
    name: name(TEXT_LIMITS.fileName),
  })
  .check(
    // The content is what the type says (a signature, or an SVG of plain shapes and text): imageContent.ts.
    z.superRefine((image, context) => {
      const problem = imageContentProblem(image.dataUrl, image.mimeType);
      if (problem !== null) context.addIssue({ code: 'custom', message: problem, path: ['dataUrl'] });
    }),
  );

const ticket = z.object({
  number: z.number().check(z.int(), z.gte(1), z.lte(999_999_999)),
  channel: z.enum(['website', 'phone']),
  submittedAt: time,
  firstName: name(TEXT_LIMITS.name),
  lastName: name(TEXT_LIMITS.name),
  phone: text(TEXT_LIMITS.phone),
  email: text(TEXT_LIMITS.email),
  modelId: text(TEXT_LIMITS.modelNumber),
  deviceId: text(TEXT_LIMITS.deviceId),
  serialNumber: text(TEXT_LIMITS.serialNumber),
  displayedDate: date,
  photos: z.array(z.object({ label: name(60), image: storedImage })).check(z.maxLength(OUTSIDE_LIMITS.photosPerTicket)),
  status: z.enum(['reviewing', 'held', 'approved', 'rejected']),
  reviewDueAt: z.nullable(time),
  decidedAt: z.nullable(time),
  rejectionReason: z.nullable(text(TEXT_LIMITS.reason)),
  temporaryPassword: z.nullable(text(32)),
});

const email = z.object({
  id,
  kind: z.enum([
    'order-confirmation',
    'ticket',
    'temporary-password',
    'ticket-rejected',
    'verification-code',
    'warranty',
  ]),
  receivedAt: time,
  from: text(200),
  to: text(TEXT_LIMITS.email),
  subject: text(200),
  body: z.array(text(OUTSIDE_LIMITS.lineChars)).check(z.maxLength(OUTSIDE_LIMITS.bodyLines)),
  attachments: z
    .array(z.object({ id, name: name(TEXT_LIMITS.fileName), image: storedImage }))
    .check(z.maxLength(OUTSIDE_LIMITS.attachmentsPerEmail)),
  read: z.boolean(),
});

const session = z.nullable(z.object({ email: text(TEXT_LIMITS.email) }));

const stateSchema = z.object({
  account: z.object({
    email: text(TEXT_LIMITS.email).check(z.regex(/^[^\s@]+@[^\s@]+$/, 'must be an e-mail address')),
    firstName: name(TEXT_LIMITS.name),
    lastName: name(TEXT_LIMITS.name),
    phone: text(TEXT_LIMITS.phone),
    password: passwordHashSchema,
  }),
  recorders: z
    .array(
      z.object({
        modelId: z.string().check(z.refine(isRecorderModelId, 'unknown recorder model')),
        deviceId: ident(TEXT_LIMITS.deviceId),
        serialNumber: ident(TEXT_LIMITS.serialNumber),
        secret: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')),
      }),
    )
    .check(z.minLength(1), z.maxLength(OUTSIDE_LIMITS.recorders)),
  warranties: z
    .array(
      z.object({
        id,
        modelId: text(TEXT_LIMITS.modelNumber),
        serialNumber: text(TEXT_LIMITS.serialNumber),
        purchaseDate: date,
        billOfSale: storedImage,
        registeredAt: time,
      }),
    )
    .check(z.maxLength(OUTSIDE_LIMITS.warranties)),
  tickets: z.array(ticket).check(z.maxLength(OUTSIDE_LIMITS.tickets)),
  nextTicketNumber: z.number().check(z.int(), z.gte(1), z.lte(999_999_999)),
  mailbox: z.array(email).check(z.maxLength(OUTSIDE_LIMITS.emails)),
  photos: z
    .array(z.extend(storedImage, { subject: z.enum(['info-screen', 'sticker', 'receipt', 'other']), takenAt: time }))
    .check(z.maxLength(OUTSIDE_LIMITS.photos)),
  appDevices: z
    .array(
      z.object({
        id,
        kind: z.enum(['recorder', 'ip-camera', 'wifi-camera']),
        name: name(60),
        modelId: text(TEXT_LIMITS.modelNumber),
        serialNumber: text(TEXT_LIMITS.serialNumber),
        deviceId: z.nullable(text(TEXT_LIMITS.deviceId)),
        owner: z.boolean(),
      }),
    )
    .check(z.maxLength(OUTSIDE_LIMITS.appDevices)),
  pendingCodes: z
    .array(
      z.object({
        purpose: z.enum(['app-password', 'website-password']),
        email: text(TEXT_LIMITS.email),
        code: z.string().check(z.regex(/^\d{6}$/, 'must be 6 digits')),
        expiresAt: time,
        wrongTries: z.number().check(z.int(), z.gte(0), z.lte(100)),
        newPassword: z.nullable(passwordHashSchema),
      }),
    )
    .check(z.maxLength(2)),
  manualReview: z.boolean(),
  websiteSession: session,
  appSession: session,
  randomState: z.number().check(z.int(), z.gte(-0x8000_0000), z.lte(0xffff_ffff)),
});

const unique = (values: readonly (string | number)[]): boolean => new Set(values).size === values.length;

function imageChars(state: z.infer<typeof stateSchema>): number {
  let total = 0;
  for (const warranty of state.warranties) total += warranty.billOfSale.dataUrl.length;
  for (const item of state.tickets) for (const photo of item.photos) total += photo.image.dataUrl.length;
  for (const mail of state.mailbox) for (const attachment of mail.attachments) total += attachment.image.dataUrl.length;
  for (const photo of state.photos) total += photo.dataUrl.length;
  return total;
}

export const outsideWorldSchema = stateSchema.check(
  z.refine((state) => unique(state.tickets.map((item) => item.number)), 'duplicate ticket number'),
  z.refine(
    (state) => state.tickets.every((item) => item.number < state.nextTicketNumber),
    'ticket number not below nextTicketNumber',
  ),
  z.refine((state) => unique(state.mailbox.map((mail) => mail.id)), 'duplicate e-mail id'),
  z.refine((state) => unique(state.photos.map((photo) => photo.id)), 'duplicate photo id'),
  z.refine((state) => unique(state.appDevices.map((device) => device.id)), 'duplicate app device id'),
  z.refine((state) => unique(state.pendingCodes.map((code) => code.purpose)), 'two pending codes of one purpose'),
  z.refine(
    (state) => [state.websiteSession, state.appSession].every((s) => s === null || s.email === state.account.email),
    'session of an unknown account',
  ),
  z.refine((state) => imageChars(state) <= OUTSIDE_LIMITS.totalImageChars, 'images too large in total'),
);

export type OutsideWorldParse = { ok: true; state: OutsideWorldState } | { ok: false; problem: string };

/** Validates an untrusted outside state; the problem names the first invalid field. */
export function parseOutsideWorldState(raw: unknown): OutsideWorldParse {
  const result = outsideWorldSchema.safeParse(raw, REPORT_INPUT);
  if (result.success) return { ok: true, state: result.data as OutsideWorldState };
  return { ok: false, problem: firstProblem(result.error, '', 'outside') };
}
