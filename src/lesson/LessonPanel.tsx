/**
 * The lesson panel (docs/accessible-names.md#lessons), beside the recorder in every place: the scenario's title,
 * "Step x of y", the instruction, and the buttons Hint, Show me (not in assessment mode), Restart step, Restart
 * scenario and Free play. A step change is announced once (a polite live region). P2 and P3 show the What to gather
 * checklist; at the end, the assessment result.
 */
import { useState } from 'react';
import { GATHER_ITEMS, isComplete } from '../../scenarios';
import type { LessonRecord } from '../storage/lessonRecord';
import { AssessmentView } from './AssessmentView';
import type { LessonController } from './lessonController';
import { showMe } from './showMe';

export function LessonPanel({ controller, record }: { controller: LessonController; record: LessonRecord }) {
  const { scenario } = controller;
  const { progress } = record;
  const total = scenario.steps.length;
  const complete = isComplete(progress, scenario);
  const step = scenario.steps[progress.step];
  const assess = progress.mode === 'assess';
  const [hintFor, setHintFor] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState<{ step: number; text: string } | null>(null);
  const run = (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    work().then(
      () => setBusy(false),
      (error: unknown) => {
        setBusy(false);
        setProblem(error instanceof Error ? error.message : String(error));
      },
    );
  };
  const status = complete ? `Scenario complete: all ${total} steps done.` : `Step ${progress.step + 1} of ${total}`;
  return (
    <aside className="lesson-panel" aria-labelledby="lesson-title">
      <h2 id="lesson-title">{scenario.title}</h2>
      <p className="lesson-mode">{assess ? 'Assessment: no hints' : scenario.problem}</p>
      <p className="lesson-step" aria-live="polite" aria-atomic="true">
        {status}
      </p>
      {step && !complete && (
        <>
          <p className="lesson-instruction">{step.instruction}</p>
          <p className="lesson-source">Source: {step.source}</p>
          {hintFor === progress.step && !assess && <p className="lesson-hint">Hint: {step.hint}</p>}
        </>
      )}
      <div className="lesson-buttons">
        {!complete && !assess && (
          <>
            <button
              type="button"
              onClick={() => {
                setHintFor(progress.step);
                controller.used('hint');
              }}
            >
              Hint
            </button>
            <button
              type="button"
              onClick={() => {
                if (!step) return;
                controller.used('showMe');
                void showMe(step.control).then((found) => {
                  setProblem(
                    found === 'none'
                      ? `"${step.control.name}" is not on screen yet: do the steps before it first.`
                      : null,
                  );
                  const name = `"${step.control.name}"`;
                  const text =
                    found === 'way' ? `${name} is reached through the outlined control.` : `Outlined: ${name}.`;
                  setShown(found === 'none' ? null : { step: progress.step, text });
                });
              }}
            >
              Show me
            </button>
          </>
        )}
        {!complete && (
          <button type="button" disabled={busy} onClick={() => run(() => controller.restart(progress.step))}>
            Restart step
          </button>
        )}
        <button type="button" disabled={busy} onClick={() => run(() => controller.restart(0))}>
          Restart scenario
        </button>
        <button type="button" disabled={busy} onClick={() => run(() => controller.freePlay())}>
          Free play
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
      <p className="lesson-shown" role="status">
        {shown?.step === progress.step ? shown.text : null}
      </p>
      {scenario.gather && (
        <fieldset className="lesson-gather">
          <legend>What to gather</legend>
          <ul aria-label="What to gather">
            {GATHER_ITEMS.map(({ item, label }) => {
              const ticked = progress.gathered.includes(item);
              return (
                <li key={item} aria-label={`${label}: ${ticked ? 'gathered' : 'not yet'}`}>
                  <span aria-hidden="true">{ticked ? '\u2611' : '\u2610'}</span> {label}
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      {complete && <AssessmentView result={controller.result()} showDetails={assess} />}
    </aside>
  );
}
