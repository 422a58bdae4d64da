/**
 * Playwright global set-up: the server on the e2e port must be this checkout's dev server. Locally Playwright reuses a
 * server already listening there, which on a shared machine may be another checkout's (another branch, another
 * person's app): the suite would then test the wrong code and pass or fail for nothing. The dev server says which
 * folder it serves (vite.config.ts, CHECKOUT_PATH); anything else stops the run with a message saying what to do.
 */
import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { CHECKOUT_PATH } from '../../../vite.config';

export default async function checkServer(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL ?? '';
  const here = realpathSync(config.configFile ? dirname(config.configFile) : process.cwd());
  let served: string | null;
  try {
    const answer = (await (await fetch(new URL(CHECKOUT_PATH, baseURL))).json()) as { root?: unknown };
    served = typeof answer.root === 'string' ? realpathSync(answer.root) : null;
  } catch {
    served = null;
  }
  if (served !== here) {
    throw new Error(
      `The server at ${baseURL} is not this checkout's dev server (it serves ${served ?? 'something else'}, ` +
        `this checkout is ${here}). Stop it, or run the tests on another port: E2E_PORT=5175 npm test.`,
    );
  }
}
