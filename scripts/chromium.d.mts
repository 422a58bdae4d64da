/** Types of scripts/chromium.mjs (for playwright.config.ts). */
export interface ChromiumChoice {
  /** The browser binary, or undefined to let Playwright use its own bundled one. */
  executablePath: string | undefined;
  /** Where it came from, for logs. */
  source: 'CHROMIUM_PATH' | 'playwright' | 'debian';
}
export const DEBIAN_CHROMIUM: string;
export const INSTALL_HELP: string;
export function locateChromium(env?: NodeJS.ProcessEnv): ChromiumChoice | null;
export function findChromium(env?: NodeJS.ProcessEnv): ChromiumChoice;
export function chromiumArgs(): string[];
