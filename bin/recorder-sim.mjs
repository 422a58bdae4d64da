#!/usr/bin/env node
/**
 * `npx recorder-sim …` (cli/main.ts): runs the TypeScript command line through tsx, the way the repository's own
 * scripts run TypeScript in Node.
 */
import { register } from 'tsx/esm/api';

register();
// Piped into a command that stops reading (| head): end quietly, as command-line tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
