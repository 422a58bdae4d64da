/**
 * Take photo and the photo roll, in the Recorder place (docs/accessible-names.md): the buttons "Take photo of the screen" and
 * "Take photo of the sticker", and the list "Photo roll" with a thumbnail (alt = the photo's name) per photo, newest
 * last. Photos are kept by the outside world (OutsideWorldApi.addPhoto, durable before it resolves), so the support
 * website's upload fields can use them. A failed photo says so in an alert and changes nothing.
 */
import { useCallback, useState, useSyncExternalStore, type RefObject } from 'react';
import { formatDeviceDateTime } from '../../../firmware';
import { type OutsideWorldApi } from '../../../outside';
import type { WorldSession } from '../../session/worldSession';
import { screenPhoto, stickerPhoto, type NewPhoto } from './photoCapture';
import './photos.css';

/** The part of the outside world the roll needs. */
export type PhotoRollApi = Pick<OutsideWorldApi, 'state' | 'subscribe' | 'addPhoto'>;

export function PhotoRoll({
  session,
  roll,
  sticker,
}: {
  session: WorldSession;
  roll: PhotoRollApi;
  sticker: RefObject<SVGSVGElement | null>;
}) {
  // OutsideWorldApi's methods are not bound: call them on the roll.
  const subscribe = useCallback((listener: () => void) => roll.subscribe(listener), [roll]);
  const photos = useSyncExternalStore(subscribe, () => roll.state.photos);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const take = (what: string, capture: () => Promise<NewPhoto>) => {
    setBusy(true);
    setMessage(null);
    capture()
      .then((photo) => roll.addPhoto(photo))
      .then(
        (photo) => setMessage({ text: `Photo of the ${what} saved to the roll: ${photo.name}`, failed: false }),
        (error: unknown) =>
          setMessage({
            text: `The photo could not be taken: ${error instanceof Error ? error.message : String(error)}`,
            failed: true,
          }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <section className="photo-roll" aria-label="Photos">
      <div className="photo-buttons">
        <button
          type="button"
          disabled={busy}
          onClick={() => take('screen', () => screenPhoto(session.actor.getSnapshot(), session.clock.now()))}
        >
          Take photo of the screen
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            take('sticker', () => {
              if (!sticker.current) return Promise.reject(new Error('The sticker is not on the page.'));
              return stickerPhoto(sticker.current, session.clock.now());
            })
          }
        >
          Take photo of the sticker
        </button>
      </div>
      {message && (
        <p role={message.failed ? 'alert' : 'status'} className={message.failed ? 'photo-error' : 'photo-saved'}>
          {message.text}
        </p>
      )}
      <h2 id="photo-roll-title">Photo roll</h2>
      {photos.length === 0 ? (
        <p>No photos yet.</p>
      ) : (
        <ul aria-labelledby="photo-roll-title" className="photo-list">
          {photos.map((photo) => (
            <li key={photo.id}>
              <img src={photo.dataUrl} alt={photo.name} width={160} />
              <span>
                {photo.name} · {formatDeviceDateTime(photo.takenAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
