/**
 * The command line (cli/): `scenarios` lists the catalogue, `scenarios solve` solves scenarios headless and says
 * which step went wrong and why, `--shard=i/n` splits the list into disjoint parts that cover it, and a wrong command
 * line gets a message and exit code 2. The last tests run the real bin (bin/recorder-sim.mjs) in a child process.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../cli/main';
import { solveOne } from '../../cli/scenariosCommand';
import { parseShard, shardOf, type Shard } from '../../cli/shard';
import { SCENARIOS, scenarioById } from '../../scenarios';

const FAST = 1_000;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) }, FAST);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('recorder-sim scenarios', () => {
  it('lists every scenario of the catalogue, as text and as JSON', async () => {
    const text = await run('scenarios');
    expect(text.code).toBe(EXIT.ok);
    expect(text.out.split('\n')).toHaveLength(SCENARIOS.length);
    expect(text.out).toMatch(/^p11-cloud\s+P11\s+3 steps\s+My recorder says the account is locked$/m);
    const json = await run('scenarios', '--json');
    const listed = JSON.parse(json.out) as { id: string; steps: number }[];
    expect(listed.map((s) => s.id)).toEqual(SCENARIOS.map((s) => s.id));
    expect(listed.find((s) => s.id === 'p2-cloud')?.steps).toBe(10);
  });

  it('solves the scenarios named, each with its own solution, and exits 0', async () => {
    const result = await run('scenarios', 'solve', 'p11-cloud', 'p1-legacy');
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain('passed  p11-cloud (3 steps)');
    expect(result.out).toContain('passed  p1-legacy (5 steps)');
    expect(result.out.split('\n').at(-1)).toBe('2 passed, 0 failed');
    const json = await run('scenarios', 'solve', 'p11-cloud', '--json', '--seed=42');
    expect(JSON.parse(json.out)).toMatchObject({ seed: 42, results: [{ id: 'p11-cloud', passed: true, steps: 3 }] });
  });

  it('reports the first step that goes wrong, and why', async () => {
    const scenario = scenarioById('p11-cloud')!;
    const options = { seed: 1, startTime: Date.UTC(2026, 2, 2, 9), pbkdf2Iterations: FAST };
    const neverTrue = {
      ...scenario,
      steps: scenario.steps.map((step, index) =>
        index === 1 ? { ...step, check: { says: 'the moon is out', holds: () => false } } : step,
      ),
    };
    expect(await solveOne(neverTrue, options)).toEqual({
      id: 'p11-cloud',
      passed: false,
      steps: 3,
      failure: { step: 2, reason: 'its check ("the moon is out") did not hold after its solution' },
    });
    const noControl = {
      ...scenario,
      steps: scenario.steps.map((step, index) =>
        index === 0 ? { ...step, solution: [{ do: 'click' as const, name: 'Self-destruct' }] } : step,
      ),
    };
    const result = await solveOne(noControl, options);
    expect(result.failure?.step).toBe(1);
    expect(result.failure?.reason).toMatch(/^its solution could not be run: .*Self-destruct/);
  });

  it('refuses a wrong command line with a message and exit code 2, solving nothing', async () => {
    for (const [argv, message] of [
      [['launch'], 'Unknown command "launch".'],
      [['scenarios', 'fix'], 'Unknown scenarios command "fix": use solve.'],
      [['scenarios', 'solve'], 'Name the scenarios to solve, or all.'],
      [['scenarios', 'solve', 'p2-clod'], 'Unknown scenario(s): p2-clod.'],
      [['scenarios', 'solve', 'all', '--shard=3/2'], '--shard must be i/n with 1 <= i <= n'],
      [['scenarios', 'solve', 'all', '--seed=-1'], '--seed must be a whole number'],
      [['scenarios', 'solve', 'all', '--start=soon'], '--start must be a date'],
      [['scenarios', '--colour'], "Unknown option '--colour'"],
    ] as const) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).toBe(EXIT.usage);
      expect(result.err).toContain(message);
      expect(result.out).toBe('');
    }
  });
});

describe('--shard=i/n', () => {
  it('splits a list into n disjoint parts, in order, that together cover it', () => {
    const ids = SCENARIOS.map((s) => s.id);
    for (let count = 1; count <= 9; count++) {
      const parts = Array.from({ length: count }, (_, i) => shardOf(ids, { index: i + 1, count }));
      expect(parts.flat()).toEqual(ids);
      const sizes = parts.map((part) => part.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('reads i/n, and says why anything else is not a shard', () => {
    expect(parseShard('2/4')).toEqual<Shard>({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '2', '2/0', 'a/b', '-1/3']) expect(typeof parseShard(bad)).toBe('string');
  });

  it('solves only its part of the list', async () => {
    const result = await run('scenarios', 'solve', 'p11-cloud', 'p11-legacy', 'p1-cloud', '--shard=2/3');
    expect(result.out).toBe('passed  p11-legacy (3 steps)\n1 passed, 0 failed');
  });
});

describe('the bin', () => {
  const bin = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/recorder-sim.mjs', ...args], { encoding: 'utf8', timeout: 120_000 });

  it('solves a scenario from the shell and exits 0', () => {
    const result = bin('scenarios', 'solve', 'p11-cloud', '--json');
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).results).toEqual([{ id: 'p11-cloud', passed: true, steps: 3 }]);
  }, 120_000);

  it('exits 2 on a wrong command line, with the usage on stderr', () => {
    const result = bin('replay-all');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage:');
  }, 60_000);
});
