/**
 * The production build served by `vite preview`, for tests that must see what users get (docs/architecture.md#security-and-privacy: the production
 * build requests only its own files, under its Content Security Policy). The build goes to a folder of its own per
 * port, so it never touches `dist/` or another checkout's build; the server is stopped after the test file.
 *
 * Port: E2E_PREVIEW_PORT, else E2E_PORT + 1000 (E2E_PORT defaults to 5174, as in playwright.config.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PREVIEW_E2E_PORT = Number(process.env.E2E_PREVIEW_PORT ?? Number(process.env.E2E_PORT ?? 5174) + 1000);

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')}: ${stderr}`))));
  });
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`vite preview did not answer at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export interface PreviewServer {
  readonly origin: string;
  stop(): void;
}

export async function startPreview(port = PREVIEW_E2E_PORT): Promise<PreviewServer> {
  const outDir = join(tmpdir(), `recorder-sim-preview-${port}`);
  await run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
  const origin = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    // The server runs in its own process group (npx starts vite as a child): end the group, this server only.
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  try {
    await waitForServer(`${origin}/`, 30_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, stop };
}
