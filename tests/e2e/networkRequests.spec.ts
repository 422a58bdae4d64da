/**
 * docs/architecture.md#security-and-privacy: "The app sends nothing anywhere: the production build requests only its own files." A full P2 walk on
 * the production build (vite build + vite preview, started by this file on its own port) records every request the
 * page makes (and any WebSocket): each one is to the app's own origin (data: and blob: URLs never leave the page),
 * and the Content Security Policy blocked nothing (a blocked request would be an attempt to reach elsewhere).
 */
import { expect, test } from './support/fixtures';
import { walkP2 } from './support/p2Walk';
import { startPreview, type PreviewServer } from './support/previewServer';

let preview: PreviewServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  preview = await startPreview();
});

test.afterAll(() => preview?.stop());

test('a full P2 walk on the production build requests only the app’s own origin', async ({
  page,
  recorder,
  website,
  inbox,
}) => {
  test.setTimeout(180_000);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('websocket', (socket) => requested.push(socket.url()));
  // A request the Content Security Policy blocks never reaches the network (and may not be reported above): the
  // browser reports the violation on the console instead.
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });

  await walkP2({ recorder, website, inbox }, `${preview.origin}/?model=LNR6108&speed=0&start=2026-03-02T09:00:00Z`);

  const isLocal = (url: string) => url.startsWith('data:') || url.startsWith('blob:');
  const elsewhere = requested.filter((url) => !isLocal(url) && new URL(url).origin !== preview.origin);
  expect(elsewhere).toEqual([]);
  expect(violations).toEqual([]);
  // The walk did load the app from the preview server (the check above is not vacuous).
  expect(requested.filter((url) => url.startsWith(`${preview.origin}/assets/`)).length).toBeGreaterThan(0);
});
