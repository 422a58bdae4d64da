/**
 * The scenario picker beside the recorder when no lesson is open: the scenarios for this recorder's model, by the
 * problem they answer, in the list box **Scenario**, and **Open scenario**, which opens the chosen one
 * (`?scenario=<id>`), plus a link to the page of all scenarios. A list box rather than one link per scenario: the
 * titles ("I forgot my recorder's password") would otherwise also match the names of the places' links.
 */
import { useState } from 'react';
import { SCENARIOS } from '../../scenarios';
import type { RecorderModelId } from '../../firmware';

export function ScenarioPicker({ modelId }: { modelId: RecorderModelId }) {
  const scenarios = SCENARIOS.filter((scenario) => scenario.models.includes(modelId));
  const [chosen, setChosen] = useState(scenarios[0]?.id ?? '');
  return (
    <aside className="lesson-panel scenario-picker" aria-labelledby="picker-title">
      <h2 id="picker-title">Practise a reset</h2>
      <p>Pick your problem: a lesson guides you step by step on this {modelId}.</p>
      <div className="lesson-buttons">
        <label>
          Scenario{' '}
          <select value={chosen} onChange={(event) => setChosen(event.target.value)}>
            {scenarios.map((scenario) => (
              <option key={scenario.id} value={scenario.id}>
                {scenario.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => window.location.assign(`?scenario=${chosen}`)}>
          Open scenario
        </button>
      </div>
      <p>
        <a href="?scenarios">All scenarios</a>
      </p>
    </aside>
  );
}
