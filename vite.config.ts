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

export const DEV_PORT = 5173;
export const PREVIEW_PORT = 4173;

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
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
