/**
 * Baseline page: the app's three main libraries used minimally together. An XState machine (on/off) decides the
 * colour of a rectangle that pixi.js draws in a canvas owned by a React component; a button toggles it. After the
 * first frame it sets the OSD renderer's first-frame mark, so the bench can count the JavaScript loaded before it.
 */
import { Application, Graphics } from 'pixi.js';
import { StrictMode, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { createActor, createMachine } from 'xstate';
import { FIRST_FRAME_MARK } from '../../../osd/render/frameMarks';

const toggle = createMachine({
  id: 'toggle',
  initial: 'off',
  states: { off: { on: { TOGGLE: 'on' } }, on: { on: { TOGGLE: 'off' } } },
});
const actor = createActor(toggle).start();

let app: Promise<Application> | null = null;
function sharedApp(): Promise<Application> {
  app ??= (async () => {
    const created = new Application();
    await created.init({ width: 1280, height: 720, preference: ['webgl'], autoStart: false, sharedTicker: false });
    return created;
  })();
  return app;
}

function Screen() {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const rectangle = new Graphics();
    let active = true;
    const draw = (pixi: Application) => {
      rectangle
        .clear()
        .rect(100, 100, 400, 200)
        .fill(actor.getSnapshot().value === 'on' ? 0x23663a : 0x1f7bd8);
      requestAnimationFrame(() => {
        pixi.renderer.render(pixi.stage);
        if (performance.getEntriesByName(FIRST_FRAME_MARK).length === 0) performance.mark(FIRST_FRAME_MARK);
      });
    };
    let subscription: { unsubscribe(): void } | null = null;
    void sharedApp().then((pixi) => {
      if (!active || !host.current) return;
      host.current.appendChild(pixi.canvas);
      pixi.stage.addChild(rectangle);
      draw(pixi);
      subscription = actor.subscribe(() => draw(pixi));
    });
    return () => {
      active = false;
      subscription?.unsubscribe();
      rectangle.destroy();
    };
  }, []);
  return (
    <main>
      <button type="button" onClick={() => actor.send({ type: 'TOGGLE' })}>
        Toggle
      </button>
      <div ref={host} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Screen />
  </StrictMode>,
);
