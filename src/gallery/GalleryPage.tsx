/**
 * The screen gallery (`/?gallery`): every screen of docs/architecture.md#the-osd for every recorder family, at 1280x720 and 1920x1080,
 * each a real render of a model the firmware produced, labelled with screen, family and resolution, with a PNG
 * download for handouts. `?gallery=<family>` shows one family (cloud, home, app, legacy, connect); an unknown one is
 * refused with a message naming the families. The page opens with an index (GalleryIndex) and, per family, thumbnails
 * (GalleryThumbnail) linking to the full-size renders below them, which stay at 1:1 (the tests screenshot them).
 *
 * Screens are drawn one after another by the one shared renderer into their own canvases. Tests wait on
 * `window.galleryReady` (resolves once every screen on the page is drawn) and use `window.redrawGallery(order)` to
 * draw them all again (e.g. in reverse order) and compare.
 */
import { useEffect, useRef, useState } from 'react';
import type { OsdResolution } from '../../osd';
import { GalleryIndex, shotAnchor } from './GalleryIndex';
import { downloadPng, drawScene, GALLERY_RESOLUTIONS, pngName } from './galleryImages';
import { GalleryThumbnail } from './GalleryThumbnail';
import { PROFILE_MODELS, PROFILE_ORDER, SCENES, type Scene } from './scenes';

declare global {
  interface Window {
    galleryReady?: Promise<void>;
    /** Draws every screen again into a fresh canvas, in `order`, and resolves with each one's pixel digest by id. */
    redrawGallery?: (order: 'forward' | 'reverse') => Promise<Record<string, string>>;
    /** The SHA-256 of a canvas's RGBA pixels, hex (compares two draws without encoding PNGs). */
    pixelDigest?: (canvas: HTMLCanvasElement) => Promise<string>;
  }
}

interface Shot {
  readonly key: string;
  readonly scene: Scene;
  readonly resolution: OsdResolution;
}

const shotKey = (scene: Scene, resolution: OsdResolution) => `${scene.id}@${resolution}`;

function scenesFor(filter: string | null): Scene[] {
  if (!filter) return [...SCENES];
  return SCENES.filter((scene) => scene.profile === filter || scene.id === filter);
}

async function pixelDigest(canvas: HTMLCanvasElement): Promise<string> {
  const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
  if (!pixels) throw new Error('A gallery canvas has no 2D context.');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', pixels));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The canvas as an image named by screen, family and resolution (tests find it by that name). */
function labelled(canvas: HTMLCanvasElement, shot: Shot): HTMLCanvasElement {
  canvas.className = 'gallery-canvas';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${shot.scene.screen}, ${shot.scene.profile}, ${shot.resolution}`);
  canvas.dataset.shot = shot.key;
  return canvas;
}

function Screen({ shot, canvas }: { shot: Shot; canvas: HTMLCanvasElement | undefined }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (element && canvas) element.replaceChildren(canvas);
  }, [canvas]);
  const name = pngName(shot.scene, shot.resolution);
  return (
    <figure className="gallery-shot" id={shotAnchor(shot.key)}>
      <figcaption>
        <strong>{shot.scene.screen}</strong> · {shot.scene.profile} ({PROFILE_MODELS[shot.scene.profile]}) ·{' '}
        {shot.resolution}
        <button
          type="button"
          disabled={!canvas}
          onClick={() => canvas && downloadPng(canvas, name)}
          aria-label={`Download ${shot.scene.screen} ${shot.scene.profile} ${shot.resolution}`}
        >
          Download PNG
        </button>
      </figcaption>
      <div ref={host} className="gallery-frame" data-resolution={shot.resolution} />
    </figure>
  );
}

export function GalleryPage({ filter }: { filter: string | null }) {
  const [scenes] = useState(() => scenesFor(filter));
  const shots: Shot[] = scenes.flatMap((scene) =>
    GALLERY_RESOLUTIONS.map((resolution) => ({ key: shotKey(scene, resolution), scene, resolution })),
  );
  const [canvases, setCanvases] = useState<ReadonlyMap<string, HTMLCanvasElement>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    const drawAll = async (order: readonly Shot[]) => {
      const drawn = new Map<string, HTMLCanvasElement>();
      for (const shot of order) {
        const canvas = labelled(await drawScene(shot.scene, shot.resolution), shot);
        if (!active) return drawn;
        drawn.set(shot.key, canvas);
        setCanvases((previous) => new Map(previous).set(shot.key, canvas));
      }
      return drawn;
    };
    window.galleryReady = drawAll(shots).then(
      () => undefined,
      (error: unknown) => {
        setProblem(error instanceof Error ? error.message : String(error));
        throw error;
      },
    );
    window.redrawGallery = async (order) => {
      const sequence = order === 'reverse' ? [...shots].reverse() : shots;
      const urls: Record<string, string> = {};
      for (const shot of sequence) urls[shot.key] = await pixelDigest(await drawScene(shot.scene, shot.resolution));
      return urls;
    };
    window.pixelDigest = pixelDigest;
    return () => {
      active = false;
    };
    // The shot list is fixed for the page's lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const profiles = PROFILE_ORDER.filter((profile) => scenes.some((scene) => scene.profile === profile));
  const firstKey = (scene: Scene) => shotKey(scene, GALLERY_RESOLUTIONS[0]!);
  return (
    <main className="gallery">
      <h1>Recorder screen gallery</h1>
      <p>Every screen of the recorder for each family, drawn by the simulator at both output resolutions.</p>
      <nav aria-label="Families">
        <ul className="gallery-families">
          {PROFILE_ORDER.map((profile) => (
            <li key={profile}>
              <a href={`?gallery=${profile}`} aria-current={filter === profile ? 'page' : undefined}>
                {profile}
              </a>
            </li>
          ))}
          <li>
            <a href="?gallery" aria-current={filter === null ? 'page' : undefined}>
              all
            </a>
          </li>
          <li>
            <a href="./">back to the bench</a>
          </li>
        </ul>
      </nav>
      {scenes.length === 0 && (
        <p role="alert">
          There is no gallery family or screen called “{filter}”. The families are {PROFILE_ORDER.join(', ')}.
        </p>
      )}
      {problem && <p role="alert">The gallery could not draw a screen: {problem}</p>}
      {scenes.length > 0 && (
        <p role="status">
          {canvases.size} of {shots.length} screens drawn
        </p>
      )}
      {profiles.length > 0 && <GalleryIndex profiles={profiles} scenes={scenes} firstKey={firstKey} />}
      {profiles.map((profile) => {
        const familyShots = shots.filter((shot) => shot.scene.profile === profile);
        return (
          <section key={profile} id={`family-${profile}`} aria-label={`${profile} screens`}>
            <h2>
              {profile} ({PROFILE_MODELS[profile]})
            </h2>
            <ul className="gallery-thumbnails" aria-label={`${profile} thumbnails`}>
              {familyShots.map((shot) => (
                <li key={shot.key}>
                  <GalleryThumbnail
                    source={canvases.get(shot.key)}
                    name={`${shot.scene.screen} (${shot.resolution})`}
                    href={`#${shotAnchor(shot.key)}`}
                  />
                </li>
              ))}
            </ul>
            {familyShots.map((shot) => (
              <Screen key={shot.key} shot={shot} canvas={canvases.get(shot.key)} />
            ))}
          </section>
        );
      })}
    </main>
  );
}
