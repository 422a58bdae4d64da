/**
 * Vite (app, dev server, production build) and Vitest (unit tests) configuration.
 *
 * Ports are fixed so the README and Playwright can name them: `npm run dev` 5173, `npm start` (production build,
 * served by `vite preview`) 4173, the e2e test server 5174.
 */
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The production build's Content Security Policy (docs/architecture.md#security-and-privacy: the app requests only its own files). Only in the build:
 * the dev server needs inline scripts for React's hot reload. Styles may be inline (React style props, pixi);
 * pixi loads images through blob: workers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'recorder-sim:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Where the dev server says which checkout it serves (tests/e2e/support/checkServer.ts reads it). */
export const CHECKOUT_PATH = '/__recorder-sim/checkout';

/**
 * The dev server answers CHECKOUT_PATH with the folder it serves, so the e2e suite can tell that the server on its port
 * is this checkout's and not another one's left running on a shared machine. Dev server only; never in a build.
 */
function checkoutIdentity(): Plugin {
  return {
    name: 'recorder-sim:checkout-identity',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(CHECKOUT_PATH, (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify({ root: server.config.root }));
      });
    },
  };
}

export const DEV_PORT = 5173;
export const PREVIEW_PORT = 4173;

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), checkoutIdentity()],
  server: { port: DEV_PORT, strictPort: true },
  // Pre-bundle every dependency at server start: a dependency discovered on first page load makes Vite re-optimize
  // and reload the page, which would interrupt the first browser test on a fresh clone.
  optimizeDeps: {
    entries: ['index.html', 'tests/visual/harness.html'],
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      'xstate',
      '@xstate/react',
      'pixi.js',
      'pixi.js/unsafe-eval',
      'idb',
      'zod/mini',
      'qrcode',
    ],
  },
  preview: { port: PREVIEW_PORT, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/firmware/**/*.test.ts',
            'tests/osd/**/*.test.ts',
            'tests/font/**/*.test.ts',
            'tests/storage/**/*.test.ts',
            'tests/lint/**/*.test.ts',
            'tests/outside/**/*.test.ts',
            'tests/scenarios/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/tooling/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['tests/src/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
