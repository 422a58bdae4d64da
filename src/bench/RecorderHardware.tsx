/**
 * The recorder's hardware under the monitor: the front (model, power LED) and the rear power switch (SPEC §6.2:
 * button "Power", aria-pressed = switched on).
 */
import { useSelector } from '@xstate/react';
import { RECORDER_MODELS } from '../../firmware';
import type { WorldSession } from '../world/worldSession';

export function RecorderHardware({ session }: { session: WorldSession }) {
  const switchOn = useSelector(session.actor, (snapshot) => snapshot.context.powerSwitchOn);
  const model = RECORDER_MODELS[session.world.recorder.modelId];
  return (
    <section className="hardware" aria-label="Recorder hardware">
      <div className="recorder-front">
        <span className="recorder-brand">{model.id}</span>
        <span className="recorder-description">{model.description}</span>
        <span className={`led ${switchOn ? 'led-on' : ''}`} aria-hidden="true" title="Power LED" />
      </div>
      <div className="recorder-rear">
        <button
          type="button"
          className={`power-switch ${switchOn ? 'power-switch-on' : ''}`}
          aria-pressed={switchOn}
          onClick={() => session.setPowerSwitch(!switchOn)}
        >
          Power
        </button>
        <span className="rear-label">{switchOn ? 'I (on)' : 'O (off)'}</span>
      </div>
    </section>
  );
}
