/**
 * Upload fields (Upload Bill of Sale, Upload Proof of Purchase, Upload Device Info Screen, Upload Information
 * Sticker): what the field holds (a photo of the roll, an e-mail attachment, or a file the user picked) turned into a
 * stored image, or the message shown next to the field. Only images whose content is what their type says
 * (imageContent.ts), at most UPLOAD_MAX_BYTES (outsideRules.ts), with a one-line name.
 */
import type { OutsideWorldState, StoredImage, Ticket, Upload } from '../outsideTypes';
import { hasControlCharacters } from '../../firmware';
import { imageContentProblem } from '../imageContent';
import { DATA_URL_MAX_CHARS, TEXT_LIMITS, UPLOAD_IMAGE_TYPES, UPLOAD_MAX_BYTES } from '../outsideRules';

export type UploadResult =
  { readonly ok: true; readonly image: StoredImage } | { readonly ok: false; readonly message: string };

export const ONLY_IMAGES_MESSAGE = 'Only images can be uploaded (PNG, JPEG, GIF, WebP or SVG).';
export const TOO_LARGE_MESSAGE = `The image is larger than ${UPLOAD_MAX_BYTES / (1024 * 1024)} MB.`;

/** Whether a stored image (whatever its origin) is an acceptable upload; null when it is. */
export function imageProblem(image: Pick<StoredImage, 'mimeType' | 'sizeBytes' | 'dataUrl'>): string | null {
  if (!UPLOAD_IMAGE_TYPES.includes(image.mimeType)) return ONLY_IMAGES_MESSAGE;
  if (!image.dataUrl.startsWith(`data:${image.mimeType};`) && !image.dataUrl.startsWith(`data:${image.mimeType},`)) {
    return ONLY_IMAGES_MESSAGE;
  }
  if (!Number.isInteger(image.sizeBytes) || image.sizeBytes < 1) return 'The file is empty.';
  if (image.sizeBytes > UPLOAD_MAX_BYTES || image.dataUrl.length > DATA_URL_MAX_CHARS) return TOO_LARGE_MESSAGE;
  return imageContentProblem(image.dataUrl, image.mimeType);
}

/**
 * Resolves an upload field. `label` names the field in the "required" message; `newId` is the id a picked file gets
 * (photos and attachments keep their own image).
 */
export function resolveUpload(
  state: OutsideWorldState,
  upload: Upload | null,
  label: string,
  newId: string,
): UploadResult {
  if (upload === null) return { ok: false, message: `${label}: choose an image.` };
  let image: StoredImage;
  switch (upload.source) {
    case 'photo': {
      const photo = state.photos.find((candidate) => candidate.id === upload.photoId);
      if (!photo) return { ok: false, message: 'This photo is no longer in the photo roll.' };
      image = photo;
      break;
    }
    case 'attachment': {
      const email = state.mailbox.find((candidate) => candidate.id === upload.emailId);
      const attachment = email?.attachments.find((candidate) => candidate.id === upload.attachmentId);
      if (!attachment) return { ok: false, message: 'This e-mail attachment was not found.' };
      image = attachment.image;
      break;
    }
    case 'file': {
      const name = upload.name.trim();
      if (name === '') return { ok: false, message: 'The file has no name.' };
      if (name.length > TEXT_LIMITS.fileName) {
        return { ok: false, message: `The file name must be at most ${TEXT_LIMITS.fileName} characters.` };
      }
      if (hasControlCharacters(name)) {
        return { ok: false, message: 'The file name cannot contain control characters such as tabs or line breaks.' };
      }
      image = { id: newId, dataUrl: upload.dataUrl, mimeType: upload.mimeType, sizeBytes: upload.sizeBytes, name };
      break;
    }
  }
  const problem = imageProblem(image);
  return problem === null ? { ok: true, image } : { ok: false, message: problem };
}

/** The rule of an upload field in a form's rule table. */
export const uploadRule =
  (label: string) =>
  (upload: Upload | null, _form: unknown, context: { readonly state: OutsideWorldState }): string | null => {
    const result = resolveUpload(context.state, upload, label, 'check');
    return result.ok ? null : result.message;
  };

/** An upload the rules already accepted, as the stored image. */
export function acceptedImage(state: OutsideWorldState, upload: Upload | null, label: string, id: string): StoredImage {
  const result = resolveUpload(state, upload, label, id);
  if (!result.ok) throw new Error(`Upload accepted by the rules but not resolvable: ${result.message}`);
  return result.image;
}

/**
 * A validated form's pictures as a ticket's photos, labelled by their field without "Upload " (e.g. "Device Info
 * Screen"); a picked file gets the id `ticket-<number>-<field>`.
 */
export function ticketPhotos<Field extends string>(
  state: OutsideWorldState,
  form: Readonly<Record<Field, Upload | null>>,
  fields: readonly Field[],
  labels: Readonly<Record<Field, string>>,
  ticketNumber: number,
): Ticket['photos'] {
  return fields.map((field) => {
    const label = labels[field].replace(/^Upload /, '');
    return { label, image: acceptedImage(state, form[field], label, `ticket-${ticketNumber}-${field}`) };
  });
}
