#!/usr/bin/env node
/**
 * Makes sure the browser tests have a Chromium (first step of `npm test`): if none is found (see chromium.mjs) and
 * this runs as root on a machine with apt-get, it installs Debian's `chromium` package; otherwise it explains how
 * to install one and exits 1. Exits 0 when a browser is there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { INSTALL_HELP, locateChromium } from './chromium.mjs';

let found;
try {
  found = locateChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
if (found) {
  console.log(`Chromium for the browser tests: ${found.executablePath ?? 'Playwright’s own'} (${found.source}).`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(`No Chromium found for the browser tests. ${INSTALL_HELP}`);
  process.exit(1);
}

console.log('No Chromium found: installing Debian’s chromium package with apt-get.');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', 'chromium']]) {
  const { status } = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed. ${INSTALL_HELP}`);
    process.exit(1);
  }
}
process.exit(locateChromium() ? 0 : 1);
