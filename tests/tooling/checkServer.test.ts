/**
 * The e2e suite's server check (tests/e2e/support/checkServer.ts): a server on the e2e port that is not this
 * checkout's dev server (another checkout's, or not a dev server at all) stops the run with a message saying what to
 * do; this checkout's own dev server passes.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { afterEach, describe, expect, it } from 'vitest';
import checkServer from '../e2e/support/checkServer';
import { CHECKOUT_PATH } from '../../vite.config';

const CHECKOUT = resolve(__dirname, '../..');
let server: Server | null = null;
afterEach(() => server?.close());

/** A server answering every request with `body`; the config of a suite pointed at it. */
async function serving(body: string): Promise<FullConfig> {
  server = createServer((request, response) => {
    response.setHeader('Content-Type', request.url === CHECKOUT_PATH ? 'application/json' : 'text/html');
    response.end(body);
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    configFile: resolve(CHECKOUT, 'playwright.config.ts'),
    projects: [{ use: { baseURL: `http://127.0.0.1:${port}` } }],
  } as unknown as FullConfig;
}

describe('the e2e server check', () => {
  it("passes this checkout's dev server", async () => {
    await expect(checkServer(await serving(JSON.stringify({ root: CHECKOUT })))).resolves.toBeUndefined();
  });

  it("stops at another checkout's server, naming both and the way out", async () => {
    const config = await serving(JSON.stringify({ root: '/' }));
    await expect(checkServer(config)).rejects.toThrow(/serves \/, this checkout is .*E2E_PORT=5175 npm test/);
  });

  it('stops at a server that is not a dev server of this app', async () => {
    await expect(checkServer(await serving('<!doctype html><title>other app</title>'))).rejects.toThrow(
      /not this checkout's dev server \(it serves something else/,
    );
  });
});
