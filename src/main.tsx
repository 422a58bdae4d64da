/**
 * Entry point: start the simulation from what is stored, then mount the bench; `?gallery` shows the screen gallery,
 * `?handout=<scenario id>` a scenario's printable handout.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './bench/App';
import { bootstrap } from './bootstrap';
import { prepareOsd } from './osd/sharedRenderer';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);
const parameters = new URLSearchParams(window.location.search);

if (parameters.has('gallery')) {
  // The screen gallery (a separate chunk: the bench never loads it).
  void import('./gallery/GalleryPage').then(({ GalleryPage }) =>
    root.render(
      <StrictMode>
        <GalleryPage filter={parameters.get('gallery') || null} />
      </StrictMode>,
    ),
  );
} else if (parameters.has('scenarios')) {
  void import('./lesson/ScenariosPage').then(({ ScenariosPage }) =>
    root.render(
      <StrictMode>
        <ScenariosPage />
      </StrictMode>,
    ),
  );
} else if (parameters.has('handout')) {
  // A scenario's handout (a separate chunk, like the gallery): no stored world is opened.
  void import('./handout/HandoutPage').then(({ HandoutPage }) =>
    root.render(
      <StrictMode>
        <HandoutPage id={parameters.get('handout') || null} />
      </StrictMode>,
    ),
  );
} else {
  // The OSD's set-up (WebGL, font) runs while the world loads: it is the longest step before the first frame.
  prepareOsd();
  bootstrap(window.location.search).then(
    ({ host, notices }) => {
      // `start` (and a scenario's `scenario`, `step`, `mode`) described the new world just opened; without them in
      // the address a reload reopens that world (and resumes its lesson).
      const opening = ['start', 'scenario', 'step', 'mode'].filter((name) => parameters.has(name));
      if (opening.length > 0) {
        for (const name of opening) parameters.delete(name);
        const query = parameters.toString();
        window.history.replaceState(
          null,
          '',
          `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
        );
      }
      root.render(
        <StrictMode>
          <App host={host} notices={notices} />
        </StrictMode>,
      );
    },
    (error: unknown) =>
      root.render(
        <main className="startup-error" role="alert">
          <h1>Recorder Simulator could not start</h1>
          <p>{error instanceof Error ? error.message : String(error)}</p>
        </main>,
      ),
  );
}
