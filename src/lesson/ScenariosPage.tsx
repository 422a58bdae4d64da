/**
 * The page of all scenarios (`?scenarios`): by problem (each path's scenarios, one link per family) and by recorder
 * (each model's picture: its front, and its sticker with the line "Model" outlined, where the owner finds the model
 * number). Each link opens the scenario in a new world; each has its printable handout (`?handout=<id>`).
 */
import { RECORDER_MODELS, PROFILES, type RecorderModelId } from '../../firmware';
import { SCENARIOS, type Scenario } from '../../scenarios';
import { RecorderPicture } from './RecorderPicture';

const byPath = (): [string, Scenario[]][] => {
  const groups = new Map<string, Scenario[]>();
  for (const scenario of SCENARIOS) groups.set(scenario.title, [...(groups.get(scenario.title) ?? []), scenario]);
  return [...groups.entries()];
};

export function ScenariosPage() {
  return (
    <main className="scenarios-page">
      <h1>Recorder Simulator scenarios</h1>
      <p>
        Each scenario opens a practice recorder where the help article starts, with a lesson that checks every step. Add{' '}
        <code>&amp;mode=assess</code> to a link for an assessment without hints.
      </p>
      <h2>By problem</h2>
      {byPath().map(([title, scenarios]) => (
        <section key={title} aria-label={title}>
          <h3>{title}</h3>
          <ul>
            {scenarios.map((scenario) => (
              <li key={scenario.id}>
                <a href={`?scenario=${scenario.id}`}>
                  {PROFILES[scenario.family].family}: {scenario.models.join(', ')}
                </a>{' '}
                (<a href={`?handout=${scenario.id}`}>handout for {scenario.id}</a>)
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2>By recorder</h2>
      <p>Your model number is on the sticker on the recorder (the line &ldquo;Model&rdquo;) and on its Info screen.</p>
      {(Object.keys(RECORDER_MODELS) as RecorderModelId[]).map((modelId) => {
        const model = RECORDER_MODELS[modelId];
        return (
          <section key={modelId} aria-label={`${modelId} scenarios`}>
            <h3>
              {modelId}: {model.kind}, {PROFILES[model.profile].family}
            </h3>
            <RecorderPicture modelId={modelId} />
            <ul>
              {SCENARIOS.filter((scenario) => scenario.models.includes(modelId)).map((scenario) => (
                <li key={scenario.id}>
                  <a href={`?scenario=${scenario.id}`}>{scenario.title}</a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </main>
  );
}
