/**
 * The specs' `test` and `expect`: Playwright's, with the page objects as fixtures (each made for the test's page, only
 * when the test asks for it) and the option `recorderStart`, the start most specs share (tests/e2e/support/
 * recorderPage.ts, RecorderStart). With `test.use({ recorderStart: { query, password } })` the `recorder` fixture
 * comes opened with `query`, booted and, given a password, initialized; a test that starts otherwise calls
 * `recorder.start(...)` or the single steps itself.
 */
import { test as base } from '@playwright/test';
import { CamerasPage } from './camerasPage';
import { MobileAppPage } from './mobileAppPage';
import { RecorderPage, type RecorderStart } from './recorderPage';
import { InboxPage, SupportDeskPage, WebsitePage } from './worldPages';

export { expect } from '@playwright/test';

export interface PlaceFixtures {
  readonly recorder: RecorderPage;
  readonly cameras: CamerasPage;
  readonly website: WebsitePage;
  readonly inbox: InboxPage;
  readonly desk: SupportDeskPage;
  readonly app: MobileAppPage;
}

export interface StartOptions {
  /** How the `recorder` fixture starts before the test; null: not opened at all. */
  readonly recorderStart: RecorderStart | null;
}

export const test = base.extend<PlaceFixtures & StartOptions>({
  recorderStart: [null, { option: true }],
  recorder: async ({ page, recorderStart }, use) => {
    const recorder = new RecorderPage(page);
    if (recorderStart) await recorder.start(recorderStart);
    await use(recorder);
  },
  cameras: async ({ page }, use) => use(new CamerasPage(page)),
  website: async ({ page }, use) => use(new WebsitePage(page)),
  inbox: async ({ page }, use) => use(new InboxPage(page)),
  desk: async ({ page }, use) => use(new SupportDeskPage(page)),
  app: async ({ page }, use) => use(new MobileAppPage(page)),
});
