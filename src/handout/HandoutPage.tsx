/**
 * A scenario's printable handout (`/?handout=<scenario id>`): its title, the problem, the recorder models, and each
 * step with its instruction, source, the place and control it is about, and a picture of the recorder's screen as
 * the step begins (handoutSteps.ts: the scenario run headless from a fixed start; handoutImages.ts: the real OSD
 * renderer). **Print handout** prints it; the print styles hide the button and fit the pictures to the page.
 *
 * `?handout` without an id lists every scenario's handout by family; an unknown id is refused in an alert naming the
 * nearest ids. Tests wait on `window.handoutReady`: it resolves once every picture is drawn (at once when there are
 * none) and rejects if the scenario cannot be run.
 */
import { useEffect, useState } from 'react';
import { nearestScenarioIds, SCENARIOS, scenarioById, type Scenario } from '../../scenarios';
import { screenPng } from './handoutImages';
import { handoutSteps, modelLines, PLACE_LABELS, type HandoutStep } from './handoutSteps';

declare global {
  interface Window {
    handoutReady?: Promise<void>;
  }
}

const handoutHref = (id: string) => `?handout=${encodeURIComponent(id)}`;

/** A page without pictures is ready as soon as it is shown. */
function useNothingToDraw(): void {
  useEffect(() => {
    window.handoutReady = Promise.resolve();
  }, []);
}

function HandoutList() {
  useNothingToDraw();
  const families = [...new Set(SCENARIOS.map((scenario) => scenario.family))];
  return (
    <main className="handout">
      <h1>Scenario handouts</h1>
      <p>A printable handout for each scenario: its steps, each with a picture of the recorder’s screen.</p>
      {families.map((family) => (
        <section key={family} aria-labelledby={`handouts-${family}`}>
          <h2 id={`handouts-${family}`}>{family}</h2>
          <ul className="handout-list">
            {SCENARIOS.filter((scenario) => scenario.family === family).map((scenario) => (
              <li key={scenario.id}>
                <a href={handoutHref(scenario.id)}>
                  {scenario.title} ({scenario.id})
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p>
        <a href="./">Back to the bench</a>
      </p>
    </main>
  );
}

function UnknownHandout({ id }: { id: string }) {
  useNothingToDraw();
  const nearest = nearestScenarioIds(id);
  return (
    <main className="handout">
      <h1>Scenario handouts</h1>
      <div role="alert">
        <p>
          There is no scenario called “{id}”. The nearest are{' '}
          {nearest.map((near, index) => (
            <span key={near}>
              {index > 0 && ', '}
              <a href={handoutHref(near)}>{near}</a>
            </span>
          ))}
          .
        </p>
      </div>
      <p>
        <a href="?handout">All handouts</a>
      </p>
    </main>
  );
}

function StepItem({ step, picture }: { step: HandoutStep; picture: string | undefined }) {
  return (
    <li className="handout-step">
      <h2>Step {step.number}</h2>
      <p>{step.instruction}</p>
      <p className="handout-meta">
        Source: {step.source} · Where: {PLACE_LABELS[step.control.place]}, “{step.control.name}”
      </p>
      <figure>
        {picture ? (
          <img
            className="handout-screen"
            src={picture}
            width={1280}
            height={720}
            alt={`Recorder screen at step ${step.number}`}
          />
        ) : (
          <p className="handout-pending">Drawing the recorder’s screen…</p>
        )}
        <figcaption>The recorder’s screen as step {step.number} begins.</figcaption>
      </figure>
    </li>
  );
}

function Handout({ scenario }: { scenario: Scenario }) {
  const [steps, setSteps] = useState<readonly HandoutStep[] | null>(null);
  const [pictures, setPictures] = useState<ReadonlyMap<number, string>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    const draw = async () => {
      const built = await handoutSteps(scenario);
      if (!active) return;
      setSteps(built);
      for (const step of built) {
        const png = await screenPng(step.osd);
        if (!active) return;
        setPictures((previous) => new Map(previous).set(step.number, png));
      }
    };
    window.handoutReady = draw().catch((error: unknown) => {
      if (active) setProblem(error instanceof Error ? error.message : String(error));
      throw error;
    });
    return () => {
      active = false;
    };
  }, [scenario]);

  const total = scenario.steps.length;
  const models = modelLines(scenario);
  return (
    <main className="handout">
      <h1>{scenario.title}</h1>
      <p className="handout-problem">{scenario.problem}</p>
      <p>
        {models.length === 1 ? 'Recorder model: ' : 'Recorder models: '}
        {models.join('; ')}. The pictures show the {scenario.models[0]}.
      </p>
      <div className="handout-controls">
        <button type="button" onClick={() => window.print()}>
          Print handout
        </button>
        <p role="status">
          {pictures.size} of {total} pictures drawn
        </p>
      </div>
      {problem && <p role="alert">The handout could not be prepared: {problem}</p>}
      {steps && (
        <ol className="handout-steps">
          {steps.map((step) => (
            <StepItem key={step.number} step={step} picture={pictures.get(step.number)} />
          ))}
        </ol>
      )}
      <p className="handout-note">
        The pictures come from a practice world (seed 1, the simulator’s default start date), not from your recorder.
      </p>
    </main>
  );
}

export function HandoutPage({ id }: { id: string | null }) {
  if (!id) return <HandoutList />;
  const scenario = scenarioById(id);
  if (!scenario) return <UnknownHandout id={id} />;
  return <Handout scenario={scenario} />;
}
