/**
 * The gallery's index: a navigation region "Gallery index" with, per family on the page, the list of its screens,
 * each a link to the screen's full-size render (its first resolution; the other follows it).
 */
import { PROFILE_MODELS, type Scene } from './scenes';
import type { ProfileId } from '../../firmware';

/** The id of a shot's full-size figure, the target of the index's and the thumbnails' links. */
export const shotAnchor = (key: string): string => `shot-${key.replace(/[^A-Za-z0-9-]/g, '-')}`;

export function GalleryIndex({
  profiles,
  scenes,
  firstKey,
}: {
  profiles: readonly ProfileId[];
  scenes: readonly Scene[];
  /** The key of a scene's first shot. */
  firstKey: (scene: Scene) => string;
}) {
  return (
    <nav className="gallery-index" aria-label="Gallery index">
      <h2>Index</h2>
      {profiles.map((profile) => (
        <div key={profile} className="gallery-index-family">
          <h3 id={`index-${profile}`}>
            <a href={`#family-${profile}`}>
              {profile} ({PROFILE_MODELS[profile]})
            </a>
          </h3>
          <ul aria-labelledby={`index-${profile}`}>
            {scenes
              .filter((scene) => scene.profile === profile)
              .map((scene) => (
                <li key={scene.id}>
                  <a href={`#${shotAnchor(firstKey(scene))}`}>{scene.screen}</a>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
