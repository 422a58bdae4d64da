/**
 * Which Chromium the browser tests drive, and how; shared by playwright.config.ts and `npm test`.
 * Playwright cannot download its own browsers on every machine, so:
 *   1. CHROMIUM_PATH, when set (it must exist);
 *   2. else Playwright's bundled Chromium, when `npx playwright install chromium` has put it on disk;
 *   3. else Debian's /usr/bin/chromium (`apt-get install -y chromium`);
 *   4. else null (ensure-chromium.mjs installs Debian's, or explains how).
 * The launch flags pin rendering to SwiftShader (software WebGL) so the OSD's pixels are the same on any machine,
 * and keep the browser from talking to the network on its own.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const INSTALL_HELP =
  'Install one of:\n' +
  '  apt-get install -y chromium          (Debian/Ubuntu; used from /usr/bin/chromium)\n' +
  '  npx playwright install chromium      (Playwright’s own build)\n' +
  'or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** Playwright's own Chromium, if it is installed (executablePath() names where it would be, installed or not). */
function bundledChromium() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The browser to use, or null when none is installed. Throws when CHROMIUM_PATH names a missing file. */
export function locateChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  }
  if (bundledChromium()) return { executablePath: undefined, source: 'playwright' };
  if (existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, source: 'debian' };
  return null;
}

/** Like locateChromium, but a missing browser is an error that says how to install one. */
export function findChromium(env = process.env) {
  const found = locateChromium(env);
  if (!found) throw new Error(`No Chromium found for the browser tests. ${INSTALL_HELP}`);
  return found;
}

/** Flags for deterministic, offline rendering: software WebGL through SwiftShader, no background traffic. */
export function chromiumArgs() {
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
