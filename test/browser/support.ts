import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLI, ROOT, SEEDS_MANIFEST, dossier, tempDir } from '../helpers.js';

/**
 * What every browser test needs: the real `dossier serve` over the seed articles, Debian's Chromium,
 * screenshots at laptop and phone width in test-results/, a watch for page errors, and axe-core.
 */

const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = join(ROOT, 'test-results');
export const LAPTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };
export const SLOW = { timeout: 120_000 };

function buildUiIfMissing(): void {
  if (existsSync(join(ROOT, 'dist', 'web', 'index.html'))) return;
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(built.status, 0, `building the web UI failed:\n${built.stdout}\n${built.stderr}`);
}

/** Starts `dossier serve` on a free port and resolves with the URL it prints. */
function serve(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, '--db', db, 'serve', '--port', '0'], {
    cwd: ROOT,
    // No token and a loopback address: writes are open, as for a local user.
    env: { ...process.env, DOSSIER_DB: '', DOSSIER_TOKEN: '' },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`dossier serve printed no URL:\n${output}`)), 30_000);
    const read = (chunk: string) => {
      output += chunk;
      const url = /https?:\/\/[^\s]+/.exec(output)?.[0];
      if (!url) return;
      clearTimeout(timer);
      resolve({ child, url: url.replace(/\/$/, '') });
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dossier serve exited with ${code}:\n${output}`));
    });
  });
}

export interface Ui {
  base: string;
  /** The served SQLite file, for a test that writes what the pipeline makes rarely (a merged story). */
  db: string;
  browser: Browser;
  page: Page;
  stop(): Promise<void>;
}

/** The seeds ingested into a fresh store, served, and a browser page at laptop width. */
export async function startUi(): Promise<Ui> {
  assert.ok(existsSync(CHROMIUM), `no browser at ${CHROMIUM}: run scripts/ensure-chromium.sh`);
  buildUiIfMissing();
  mkdirSync(SHOTS, { recursive: true });
  const db = join(tempDir('dossier-ui-'), 'ui.db');
  const ingested = dossier(db, ['ingest', SEEDS_MANIFEST]);
  assert.equal(ingested.status, 0, ingested.stderr);
  const { child, url } = await serve(db);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: LAPTOP });
  page.setDefaultTimeout(30_000);
  return {
    base: url,
    db,
    browser,
    page,
    async stop() {
      await browser.close();
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Collects what would break the page for a user (uncaught errors, React's reports of them, CSP refusals)
 * until the returned function is called, which stops listening and gives them.
 */
export function watchErrors(page: Page): () => string[] {
  const errors: string[] = [];
  const onPageError = (error: Error) => errors.push(`page error: ${error.message}`);
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  };
  page.on('pageerror', onPageError);
  page.on('console', onConsole);
  return () => {
    page.off('pageerror', onPageError);
    page.off('console', onConsole);
    return errors;
  };
}

/** The view still shows something: its heading and the header's sections, not a white page. */
export async function assertContentVisible(page: Page, where: string): Promise<void> {
  assert.ok(await page.locator('main h1').first().isVisible(), `${where}: the view's heading is visible`);
  assert.ok(await page.getByRole('navigation', { name: 'Sections' }).isVisible(), `${where}: the header`);
  assert.equal(await page.locator('.view-error').count(), 0, `${where}: no view failed`);
}

/** The whole page as it is now, at laptop width and again at phone width. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: join(SHOTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(LAPTOP);
}

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * A page for accessibility checks: axe-core is injected as a script, which the app's Content-Security-
 * Policy rightly refuses, so these pages ignore the policy; the app's own pages are checked with it on.
 */
export function axeContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: LAPTOP, bypassCSP: true });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  // A string, because the test is type-checked without the DOM library.
  const violations = (await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)",
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

/**
 * Reads `read` until `done` holds or `timeoutMs` passes, and returns the last value read. Views load and
 * redraw progressively (the timeline fetches its events page by page), so what a test reads right after
 * the first element appears may be a view still filling in; on a loaded machine that window is long.
 */
export async function settled<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}
