/**
 * Browser benchmark (the performance budgets): the production build in headless Chromium (scripts/chromium.mjs: the same
 * browser and flags as the e2e tests, software WebGL through SwiftShader), against bench-only baseline pages built in
 * the same run (scripts/bench-pages/). Figures, each with its budget:
 *
 *   first frame   navigation start to the OSD renderer's "osd:first-frame" mark on a fresh profile (empty IndexedDB:
 *                 a new world is created), against the bare pixi.js page's mark; --runs=N runs each (default 5),
 *                 alternating, a new browser context per run; medians, ratio <= 1.3
 *   JavaScript    gzip (level 9, node:zlib) of the .js files the page had received before its first frame, against
 *                 the bare pixi.js + React + XState page's; ratio <= 1.3
 *   input         a key press or a click dispatched in the page (Main Menu: ArrowDown, ArrowUp, Settings, Escape)
 *                 to the next rendered OSD frame; median of 20; budget: the next animation frame
 *   idle          OSD frames rendered during 5 s of doing nothing, on the Main Menu (budget 0) and on live view
 *                 (the clock and the live tiles only: at most LIVE_VIEW_MAX_FPS frames a second, *invented*)
 *
 * Run with `npm run bench` or `npm run bench -- browser` (scripts/bench.mjs runs this with tsx); it builds dist/
 * first. Not a test: a figure over budget prints OVER and sets exit code 1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.mjs';
import {
  FRAME_RECORDER,
  firstFrameTime,
  framesWhileIdle,
  inputToFrame,
  scriptsLoaded,
  type BenchInput,
} from './bench-browser-page';
import { median, reportFigures, type BenchFigure } from './bench-figures';
import { buildApp, buildBaselines, serveFolder, type StaticServer } from './bench-serve';

const RATIO_BUDGET = 1.3;
const IDLE_MS = 5_000;
/** Live view may animate its tiles at a low fixed rate, plus the clock once a second (*invented* ceiling). */
const LIVE_VIEW_MAX_FPS = 5;
const INPUT_SAMPLES = 20;
const PASSWORD = 'Camera2026';
const runsFlag = process.argv.find((arg) => arg.startsWith('--runs='));
const RUNS = Math.max(1, Number(runsFlag?.slice('--runs='.length) ?? 5) || 5);

/** Opens `url` in a fresh context (no cache, no storage) and returns the page once the first frame is drawn. */
async function openFresh(browser: Browser, url: string): Promise<{ page: Page; firstFrameMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
  await context.addInitScript(FRAME_RECORDER);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error on ${url}: ${error.message}`));
  await page.goto(url);
  // Poll on a timer, not on animation frames: polling must not add frames to the page being measured.
  await page.waitForFunction(firstFrameTime, undefined, { polling: 100, timeout: 60_000 });
  return { page, firstFrameMs: (await page.evaluate(firstFrameTime))! };
}

const gzipKb = (server: StaticServer, paths: readonly string[]) =>
  paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(server.folder, path)), { level: 9 }).length, 0) / 1000;

async function firstFrameFigures(browser: Browser, app: StaticServer, rect: StaticServer): Promise<BenchFigure[]> {
  const appMs: number[] = [];
  const rectMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const [server, times] of [
      [app, appMs],
      [rect, rectMs],
    ] as const) {
      const { page, firstFrameMs } = await openFresh(browser, `${server.origin}/`);
      times.push(firstFrameMs);
      await page.context().close();
    }
  }
  const [appMedian, rectMedian] = [median(appMs), median(rectMs)];
  const list = (times: number[]) => times.map((t) => Math.round(t)).join(', ');
  return [
    {
      name: 'first OSD frame: the app',
      value: appMedian,
      unit: 'ms',
      budget: null,
      budgetText: '(in the ratio)',
      higherIsBetter: false,
      note: `navigation to osd:first-frame, production build, fresh profile; median of ${RUNS}: ${list(appMs)}`,
    },
    {
      name: 'first OSD frame: bare pixi.js page',
      value: rectMedian,
      unit: 'ms',
      budget: null,
      budgetText: '(in the ratio)',
      higherIsBetter: false,
      note: `one rectangle, WebGL, same browser and flags; median of ${RUNS}: ${list(rectMs)}`,
    },
    {
      name: 'first OSD frame: ratio',
      value: appMedian / rectMedian,
      unit: '×',
      budget: RATIO_BUDGET,
      higherIsBetter: false,
      note: 'README.md (Performance): at most 1.3× the bare pixi.js page, measured in the same run',
    },
  ];
}

async function javaScriptFigures(browser: Browser, app: StaticServer, stack: StaticServer): Promise<BenchFigure[]> {
  const measure = async (server: StaticServer) => {
    const { page } = await openFresh(browser, `${server.origin}/`);
    await page.waitForTimeout(2_000); // let what loads after the first frame arrive, for the "of all" note
    const scripts = await page.evaluate(scriptsLoaded);
    await page.context().close();
    return {
      kb: gzipKb(server, scripts.beforeFirstFrame),
      files: scripts.beforeFirstFrame.length,
      allKb: gzipKb(server, scripts.all),
    };
  };
  const [ours, bare] = [await measure(app), await measure(stack)];
  return [
    {
      name: 'first-frame JavaScript: the app',
      value: ours.kb,
      unit: 'kB',
      budget: null,
      budgetText: '(in the ratio)',
      higherIsBetter: false,
      note: `gzip of ${ours.files} .js files received before osd:first-frame (of ${ours.allKb.toFixed(1)} kB in all)`,
    },
    {
      name: 'first-frame JavaScript: bare stack',
      value: bare.kb,
      unit: 'kB',
      budget: null,
      budgetText: '(in the ratio)',
      higherIsBetter: false,
      note: `gzip of ${bare.files} .js files: pixi.js + React + XState drawing one rectangle`,
    },
    {
      name: 'first-frame JavaScript: ratio',
      value: ours.kb / bare.kb,
      unit: '×',
      budget: RATIO_BUDGET,
      higherIsBetter: false,
      note: 'README.md (Performance): at most 1.3× a bare pixi.js + React + XState page',
    },
  ];
}

/** A new world on a fresh profile: boot, Device Initialization, live view. */
async function toLiveView(page: Page): Promise<void> {
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  await button('Advance 1 minute').click();
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm Password', { exact: true }).fill(PASSWORD);
  await button('Next').click();
  await button('Finish').click();
  await page.getByLabel('System Date').waitFor({ timeout: 30_000 });
}

async function toMainMenu(page: Page): Promise<void> {
  const screen = page.getByRole('application', { name: 'Recorder screen' });
  await screen.click({ button: 'right', position: { x: 640, y: 360 } });
  await page.getByRole('menuitem', { name: 'Main Menu' }).click();
  await page.getByLabel('User Name', { exact: true }).fill('admin');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await page.getByRole('button', { name: 'Settings', exact: true }).waitFor({ timeout: 30_000 });
}

/** Idle frames on `where`, with the mouse off the screen and a second to settle first. */
async function idleFrames(page: Page): Promise<number> {
  await page.mouse.move(2, 2);
  await page.waitForTimeout(1_000);
  return page.evaluate(framesWhileIdle, IDLE_MS);
}

async function interactionFigures(browser: Browser, app: StaticServer): Promise<BenchFigure[]> {
  const { page } = await openFresh(browser, `${app.origin}/`);
  await toLiveView(page);
  const liveView = await idleFrames(page);
  await toMainMenu(page);
  const mainMenu = await idleFrames(page);

  const cycle: BenchInput[] = [
    { kind: 'key', key: 'ArrowDown' },
    { kind: 'key', key: 'ArrowUp' },
    { kind: 'click', label: 'Settings' },
    { kind: 'key', key: 'Escape' },
  ];
  const samples: { ms: number; frames: number }[] = [];
  for (let i = 0; i < INPUT_SAMPLES; i++) {
    const input = cycle[i % cycle.length]!;
    const sample = await page.evaluate(inputToFrame, input);
    if (!sample) throw new Error(`bench: ${JSON.stringify(input)} on the Main Menu rendered no frame`);
    samples.push(sample);
    await page.waitForTimeout(100);
  }
  await page.context().close();
  const frames = samples.map((s) => s.frames);
  const seconds = IDLE_MS / 1_000;
  return [
    {
      name: 'input to frame: animation frames',
      value: median(frames),
      unit: 'frames',
      budget: 1,
      higherIsBetter: false,
      note:
        `median of ${INPUT_SAMPLES} (max ${Math.max(...frames)}): key presses and clicks dispatched on the Main Menu ` +
        `to the next osd:frame; ${median(samples.map((s) => s.ms)).toFixed(1)} ms median`,
    },
    {
      name: 'idle frames: Main Menu',
      value: mainMenu,
      unit: 'frames',
      budget: 0,
      higherIsBetter: false,
      note: `OSD frames rendered in ${seconds} s with nothing changing`,
    },
    {
      name: 'idle frames: live view',
      value: liveView,
      unit: 'frames',
      budget: LIVE_VIEW_MAX_FPS * seconds,
      higherIsBetter: false,
      note: `in ${seconds} s: the clock each second and the live tiles at a low fixed rate (<= ${LIVE_VIEW_MAX_FPS}/s)`,
    },
  ];
}

async function runBrowserBench(): Promise<BenchFigure[]> {
  const distDir = await buildApp();
  const baselines = await buildBaselines();
  const servers = {
    app: await serveFolder(distDir),
    rect: await serveFolder(baselines.dirs.rect),
    stack: await serveFolder(baselines.dirs.stack),
  };
  const { executablePath } = findChromium();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs(), headless: true });
  try {
    return [
      ...(await firstFrameFigures(browser, servers.app, servers.rect)),
      ...(await javaScriptFigures(browser, servers.app, servers.stack)),
      ...(await interactionFigures(browser, servers.app)),
    ];
  } finally {
    await browser.close();
    await Promise.all(Object.values(servers).map((server) => server.close()));
    await baselines.cleanUp();
  }
}

reportFigures(await runBrowserBench());
