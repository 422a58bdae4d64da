/**
 * Which Chromium the e2e tests drive, and how. Playwright cannot download its own browsers on every machine, so:
 *   1. CHROMIUM_PATH, when set (it must exist);
 *   2. else Playwright's bundled Chromium, when `npx playwright install chromium` has put it on disk;
 *   3. else Debian's /usr/bin/chromium (`apt-get install -y chromium`);
 *   4. else a clear error telling how to install one.
 * The launch flags pin rendering to SwiftShader (software WebGL) so the OSD's pixels are the same on any machine,
 * and keep the browser from talking to the network on its own.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumChoice {
  /** The browser binary, or undefined to let Playwright use its own bundled one. */
  executablePath: string | undefined;
  /** Where it came from, for logs. */
  source: 'CHROMIUM_PATH' | 'playwright' | 'debian';
}

/** Playwright's own Chromium, if it is installed (executablePath() names where it would be, installed or not). */
function bundledChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  }
  if (bundledChromium()) return { executablePath: undefined, source: 'playwright' };
  if (existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, source: 'debian' };
  throw new Error(
    'No Chromium found for the e2e tests. Install one of:\n' +
      '  apt-get install -y chromium          (Debian/Ubuntu; used from /usr/bin/chromium)\n' +
      '  npx playwright install chromium      (Playwright’s own build)\n' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

/** Flags for deterministic, offline rendering: software WebGL through SwiftShader, no background traffic. */
export function chromiumArgs(): string[] {
  const args = [
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  // Chromium refuses to start its sandbox as root (CI containers run as root).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
