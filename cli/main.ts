/**
 * The command line (`npx recorder-sim …`, bin/recorder-sim.mjs). Commands so far:
 *
 *   recorder-sim scenarios [--json]                       lists the scenarios
 *   recorder-sim scenarios solve <id…|all> [--shard=i/n]  solves them headless; --seed=<n>, --start=<ISO>, --json
 *
 * Exit codes: 0 every scenario passed (or a list was printed), 1 at least one failed, 2 the command line was wrong
 * (the message says why). `run` and `replay` come with the session journal (issue 12).
 */
import { parseArgs } from 'node:util';
import { listScenarios, pickScenarios, solveOne, type SolveResult } from './scenariosCommand';
import { parseShard, shardOf } from './shard';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const USAGE = `Usage:
  recorder-sim scenarios [--json]
  recorder-sim scenarios solve <id...|all> [--shard=i/n] [--seed=<n>] [--start=<ISO date>] [--json]`;

/** Where the command writes (process.stdout / stderr, or a test's buffers). */
export interface Output {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** The solve defaults: a fixed seed and a Monday morning, so a run is the same on every machine. */
export const DEFAULT_SEED = 1;
export const DEFAULT_START = '2026-03-02T09:00:00Z';

function usage(output: Output, message: string): number {
  output.err(message);
  output.err(USAGE);
  return EXIT.usage;
}

function resultLine(result: SolveResult): string {
  if (result.passed) return `passed  ${result.id} (${result.steps} steps)`;
  return `FAILED  ${result.id}: step ${result.failure?.step} of ${result.steps}: ${result.failure?.reason}`;
}

/** Runs the command line `argv` (without node and the script); resolves with the exit code. */
export async function main(argv: readonly string[], output: Output, iterations?: number): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        shard: { type: 'string' },
        seed: { type: 'string' },
        start: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return usage(output, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, sub, ...ids] = positionals;
  if (values.help) {
    output.out(USAGE);
    return EXIT.ok;
  }
  if (command !== 'scenarios') return usage(output, `Unknown command "${command ?? ''}".`);
  if (sub === undefined) {
    const listed = listScenarios();
    if (values.json) output.out(JSON.stringify(listed, null, 2));
    else for (const s of listed) output.out(`${s.id.padEnd(16)} ${s.path.padEnd(4)} ${s.steps} steps  ${s.title}`);
    return EXIT.ok;
  }
  if (sub !== 'solve') return usage(output, `Unknown scenarios command "${sub}": use solve.`);
  if (ids.length === 0) return usage(output, 'Name the scenarios to solve, or all.');
  const { scenarios, unknown } = pickScenarios(ids);
  if (unknown.length > 0) return usage(output, `Unknown scenario(s): ${unknown.join(', ')}.`);
  const seed = Number(values.seed ?? DEFAULT_SEED);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    return usage(output, `--seed must be a whole number from 0 to 4294967295, not "${values.seed}".`);
  }
  const startTime = Date.parse(values.start ?? DEFAULT_START);
  if (!Number.isFinite(startTime)) return usage(output, `--start must be a date such as ${DEFAULT_START}.`);
  const shard = values.shard === undefined ? null : parseShard(values.shard);
  if (typeof shard === 'string') return usage(output, shard);
  const chosen = shard ? shardOf(scenarios, shard) : scenarios;
  const results: SolveResult[] = [];
  for (const scenario of chosen) {
    const result = await solveOne(scenario, {
      seed,
      startTime,
      ...(iterations ? { pbkdf2Iterations: iterations } : {}),
    });
    results.push(result);
    if (!values.json) output.out(resultLine(result));
  }
  const failed = results.filter((result) => !result.passed).length;
  if (values.json) output.out(JSON.stringify({ seed, startTime, results }, null, 2));
  else output.out(`${results.length - failed} passed, ${failed} failed`);
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
