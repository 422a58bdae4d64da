/**
 * Upload sources for the website's upload fields (docs/accessible-names.md: "upload fields accept a file or a photo taken in the
 * simulator"; the order e-mail's receipt is accepted too): what can be picked from the world's photo roll and inbox,
 * how a pick is encoded as a <select> value, and how a picked file becomes an `Upload` (read by the browser into a
 * data URL, with the MIME type and size the browser reports; the world decides whether it is acceptable).
 */
import type { OutsideWorldState, StoredImage, Upload } from '../../../outside';

export interface UploadChoice {
  readonly value: string;
  readonly label: string;
  readonly upload: Upload;
  readonly image: StoredImage;
}

/** Every image the customer could upload: the photo roll (newest first), then e-mail attachments. */
export function uploadChoices(state: OutsideWorldState): UploadChoice[] {
  const photos = [...state.photos].reverse().map<UploadChoice>((photo) => ({
    value: `photo:${photo.id}`,
    label: `Photo: ${photo.name}`,
    upload: { source: 'photo', photoId: photo.id },
    image: photo,
  }));
  const attachments = state.mailbox.flatMap((email) =>
    email.attachments.map<UploadChoice>((attachment) => ({
      value: `attachment:${email.id}:${attachment.id}`,
      label: `E-mail attachment: ${attachment.name} (${email.subject})`,
      upload: { source: 'attachment', emailId: email.id, attachmentId: attachment.id },
      image: attachment.image,
    })),
  );
  return [...photos, ...attachments];
}

/** The image an upload refers to, to preview it (null if the photo or e-mail is gone). */
export function uploadImage(state: OutsideWorldState, upload: Upload): Pick<StoredImage, 'dataUrl' | 'name'> | null {
  switch (upload.source) {
    case 'file':
      return upload;
    case 'photo':
      return state.photos.find((photo) => photo.id === upload.photoId) ?? null;
    case 'attachment': {
      const email = state.mailbox.find((candidate) => candidate.id === upload.emailId);
      return email?.attachments.find((attachment) => attachment.id === upload.attachmentId)?.image ?? null;
    }
  }
}

export function choiceValueOf(upload: Upload | null): string {
  if (!upload || upload.source === 'file') return '';
  return upload.source === 'photo' ? `photo:${upload.photoId}` : `attachment:${upload.emailId}:${upload.attachmentId}`;
}

/** Reads a picked file as a data URL, keeping the browser's MIME type and size for the world to check. */
export function readFileUpload(file: File): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve({
        source: 'file',
        name: file.name,
        mimeType: file.type,
        sizeBytes: file.size,
        dataUrl: typeof reader.result === 'string' ? reader.result : '',
      });
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsDataURL(file);
  });
}
