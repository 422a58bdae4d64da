/**
 * The end of a lesson: in assessment mode the result (each item passed or not, and why; time in simulated and real
 * minutes) with Export result (the JSON file) and Print result (the browser's print dialog; print CSS shows only the
 * result). In a guided lesson a short "well done".
 */
import type { AssessmentResult } from '../../scenarios';

function exportResult(result: AssessmentResult): void {
  const blob = new Blob([JSON.stringify(result, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `assessment-${result.scenarioId}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function AssessmentView({ result, showDetails }: { result: AssessmentResult; showDetails: boolean }) {
  if (!showDetails) return <p className="lesson-done">Well done: you reached the goal of this scenario.</p>;
  return (
    <section className="assessment-result" aria-labelledby="assessment-title">
      <h3 id="assessment-title">Assessment result: {result.passed ? 'passed' : 'not passed'}</h3>
      <ul aria-label="Assessment items">
        {result.items.map((item) => (
          <li key={item.item}>
            <strong>{item.passed ? 'Passed' : 'Not passed'}</strong>: {item.item}. {item.why}
          </li>
        ))}
      </ul>
      <p>
        Time: {result.simulatedMinutes} simulated minutes, {result.realMinutes} real minutes.
      </p>
      <div className="lesson-buttons">
        <button type="button" onClick={() => exportResult(result)}>
          Export result
        </button>
        <button type="button" onClick={() => window.print()}>
          Print result
        </button>
      </div>
    </section>
  );
}
