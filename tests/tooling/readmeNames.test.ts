/**
 * The README's table of names a walk needs beyond SPEC §6.2 must stay in step with the contract page
 * (docs/accessible-names.md): a name listed for users that the contract does not hold is a name nobody keeps.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const contract = readFileSync(new URL('../../docs/accessible-names.md', import.meta.url), 'utf8');

/** The bold names of the first column of the README's table that follows "Names a walk needs". */
function readmeExtraNames(): string[] {
  const start = readme.indexOf('Names a walk needs beyond');
  if (start < 0) return [];
  const lines = readme.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, index) => index > first && !line.startsWith('|'));
  const body = lines.slice(first + 2, end < 0 ? undefined : end);
  const names: string[] = [];
  for (const row of body) {
    const cell = row.split('|')[1] ?? '';
    for (const match of cell.matchAll(/\*\*([^*]+)\*\*/g)) names.push(match[1] ?? '');
  }
  return names;
}

describe('README names beyond the specification', () => {
  const names = readmeExtraNames();

  it('lists the controls the walks need', () => {
    for (const name of [
      'Later',
      'Answer 1',
      'Use App Verification',
      'Re-add CH<n>',
      'CH<n> Status',
      'Start Upgrade',
      'Recover',
      'Start Backup',
      'Format HDD',
      'Issue temporary password',
      'Sign Out',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('lists only names the contract page holds', () => {
    for (const name of names) expect(contract, name).toContain(`**${name}**`);
  });
});
