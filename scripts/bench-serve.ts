/**
 * Builds and serving for the browser benchmark: the app's production build (`vite build` with vite.config.ts, into
 * dist/, exactly what `npm start` serves) and the bench-only baseline pages of scripts/bench-pages/ (each its own
 * Vite build into a temporary folder, never into dist/), and a tiny static file server on a free port of 127.0.0.1.
 * The server answers GET for files under its folder (index.html for "/"), nothing else; it compresses nothing
 * and says no-store: every cold run fetches and parses the same bytes.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '..');
export const BASELINE_PAGES = ['rect', 'stack'] as const;
export type BaselinePage = (typeof BASELINE_PAGES)[number];

/** The production build, as `npm run build` makes it. Returns the output folder. */
export async function buildApp(): Promise<string> {
  const outDir = join(ROOT, 'dist');
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir } });
  return outDir;
}

/** The baseline pages, built with the app's target and React plugin into a temporary folder each. */
export async function buildBaselines(): Promise<{ dirs: Record<BaselinePage, string>; cleanUp: () => Promise<void> }> {
  const temp = await mkdtemp(join(tmpdir(), 'recorder-sim-bench-'));
  const dirs = {} as Record<BaselinePage, string>;
  for (const page of BASELINE_PAGES) {
    dirs[page] = join(temp, page);
    await build({
      root: join(ROOT, 'scripts', 'bench-pages', page),
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir: dirs[page], emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2_000 },
    });
  }
  return { dirs, cleanUp: () => rm(temp, { recursive: true, force: true }) };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.fnt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface StaticServer {
  readonly origin: string;
  readonly folder: string;
  close(): Promise<void>;
}

/** Serves `folder` at http://127.0.0.1:<free port>/. */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const base = resolve(folder);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    const refuse = (status: number) => response.writeHead(status).end();
    if (request.method !== 'GET' || !file.startsWith(base + sep)) return refuse(405);
    stat(file).then(
      (info) => {
        if (!info.isFile()) return refuse(404);
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'content-length': info.size,
          'cache-control': 'no-store',
        });
        createReadStream(file).pipe(response);
      },
      () => refuse(404),
    );
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    folder: base,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
