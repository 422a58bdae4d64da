#!/usr/bin/env node
/**
 * `npm run bench`: the performance figures of README.md (Performance), each printed next to its budget. Benchmarks, not tests: a
 * figure over budget sets exit code 1 but nothing here runs in the test suites.
 *
 * Parts (run in order; `npm run bench -- firmware` runs one part, `-- --json` prints JSON, `-- --threads=2` runs the
 * model cases of the path set on two worker threads, `-- --runs=9` loads each page 9 times for the first frame):
 *   firmware   scripts/bench-firmware.ts: events per second in Node, the model-based path set (generate + replay)
 *   browser    scripts/bench-browser.ts: the production build (built into dist/ first) in headless Chromium against
 *              bench-only baseline pages: first OSD frame, first-frame JavaScript, input to frame, idle frames
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PARTS = {
  firmware: ['scripts/bench-firmware.ts'],
  browser: ['scripts/bench-browser.ts'],
};

const args = process.argv.slice(2);
const flags = args.filter((arg) => arg.startsWith('--'));
const chosen = args.filter((arg) => !arg.startsWith('--'));
const unknown = chosen.filter((name) => !(name in PARTS));
if (unknown.length > 0) {
  console.error(`Unknown bench part(s): ${unknown.join(', ')}. Parts: ${Object.keys(PARTS).join(', ')}.`);
  process.exit(2);
}

if (!flags.includes('--json')) {
  // Figures depend on what else runs: print the machine's state with them.
  const load = loadavg()[0].toFixed(2);
  console.log(`Node ${process.version}, ${availableParallelism()} cores, load average (1 min) ${load}`);
}

let failed = false;
for (const name of chosen.length > 0 ? chosen : Object.keys(PARTS)) {
  if (!flags.includes('--json')) console.log(`\n== ${name} ==`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...PARTS[name], ...flags], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
