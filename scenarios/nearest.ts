/** For a link with an unknown scenario id: the ids nearest to what was typed (edit distance), best first. */
import { SCENARIOS } from './catalogue';

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

export function nearestScenarioIds(typed: string, count = 3): string[] {
  const wanted = typed.toLowerCase().slice(0, 60);
  return SCENARIOS.map((scenario) => ({ id: scenario.id, cost: distance(wanted, scenario.id) }))
    .sort((a, b) => a.cost - b.cost || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((entry) => entry.id);
}
