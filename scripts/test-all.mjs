#!/usr/bin/env node
/**
 * `npm test`: every check of the repository, in order, each one run even when an earlier one failed:
 *   0. browser     (scripts/ensure-chromium.mjs)       finds, or installs as root with apt-get, a Chromium;
 *                                                     a failure counts as 1 failed
 *   1. typecheck   (npm run typecheck)                 a failure counts as 1 failed
 *   2. lint        (npm run lint)                      a failure counts as 1 failed
 *   3. vitest      (vitest run, all projects)          every test counted from .test-results/vitest.json
 *   4. playwright  (playwright test)                   every test counted from .test-results/playwright.json
 * A runner that fails without a failed test in its report (crash, config or import error, no report) counts as
 * 1 failed. Skipped tests are not passed: they are shown per stage only.
 * Prints a summary per stage, then one plain line `N passed, N failed`, also written to .test-results/summary.txt.
 * Exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = '.test-results';
const VITEST_JSON = join(OUT, 'vitest.json');
const PLAYWRIGHT_JSON = join(OUT, 'playwright.json');
const BIN = join('node_modules', '.bin');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command with the console attached; returns its exit code (1 if it could not start) and duration. */
function run(command, args, env = {}) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  if (result.error) console.error(result.error.message);
  return { code: result.status ?? 1, seconds: (Date.now() - started) / 1000 };
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A stage that passes or fails as a whole (browser set-up, typecheck, lint). */
function checkStage(name, command, args) {
  const { code, seconds } = run(command, args);
  return { name, code, seconds, passed: 0, failed: code === 0 ? 0 : 1, skipped: 0, counted: false };
}

/** A test runner stage: counts come from its JSON report; a failure with no failed test counts as 1. */
function runnerStage(name, command, args, env, report, count) {
  rmSync(report, { force: true });
  const { code, seconds } = run(command, args, env);
  const json = readJson(report);
  const counts = json ? count(json) : { passed: 0, failed: 0, skipped: 0 };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return { name, code, seconds, ...counts, counted: Boolean(json) };
}

mkdirSync(OUT, { recursive: true });
const stages = [
  checkStage('browser', process.execPath, [join('scripts', 'ensure-chromium.mjs')]),
  checkStage('typecheck', NPM, ['run', 'typecheck']),
  checkStage('lint', NPM, ['run', 'lint']),
  runnerStage(
    'vitest',
    join(BIN, 'vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`],
    {},
    VITEST_JSON,
    (r) => ({
      passed: r.numPassedTests ?? 0,
      failed: r.numFailedTests ?? 0,
      skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
    }),
  ),
  runnerStage(
    'playwright',
    join(BIN, 'playwright'),
    ['test', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_FILE: PLAYWRIGHT_JSON },
    PLAYWRIGHT_JSON,
    (r) => ({
      passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
      failed: r.stats?.unexpected ?? 0,
      skipped: r.stats?.skipped ?? 0,
    }),
  ),
];

const passed = stages.reduce((sum, s) => sum + s.passed, 0);
const failed = stages.reduce((sum, s) => sum + s.failed, 0);
const line = `${passed} passed, ${failed} failed`;

console.log('\n── test summary ──');
for (const s of stages) {
  const status = s.failed === 0 ? 'ok    ' : 'FAILED';
  const isRunner = s.name === 'vitest' || s.name === 'playwright';
  const detail = !isRunner
    ? ''
    : s.counted
      ? `tests: ${s.passed} ok / ${s.failed} bad / ${s.skipped} skipped`
      : 'no report';
  console.log(`  ${s.name.padEnd(11)} ${status} exit ${s.code}  ${s.seconds.toFixed(1)}s  ${detail}`);
}
writeFileSync(join(OUT, 'summary.txt'), `${line}\n`);
console.log(line);
process.exit(failed === 0 && stages.every((s) => s.code === 0) ? 0 : 1);
