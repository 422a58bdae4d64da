/**
 * The scenario picker beside the recorder when no lesson is open: the scenarios for this recorder's model, by the
 * problem they answer, each a link that opens it (`?scenario=<id>`), and a link to the page of all scenarios.
 */
import { SCENARIOS } from '../../scenarios';
import type { RecorderModelId } from '../../firmware';

export function ScenarioPicker({ modelId }: { modelId: RecorderModelId }) {
  const scenarios = SCENARIOS.filter((scenario) => scenario.models.includes(modelId));
  return (
    <aside className="lesson-panel scenario-picker" aria-labelledby="picker-title">
      <h2 id="picker-title">Practise a reset</h2>
      <p>Pick your problem: a lesson guides you step by step on this {modelId}.</p>
      <ul aria-label="Scenarios for this recorder">
        {scenarios.map((scenario) => (
          <li key={scenario.id}>
            <a href={`?scenario=${scenario.id}`}>{scenario.title}</a>
          </li>
        ))}
      </ul>
      <p>
        <a href="?scenarios">All scenarios</a>
      </p>
    </aside>
  );
}
