import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { CLI, ROOT, SEEDS_MANIFEST, dossier, tempDir } from '../helpers.js';

/**
 * The web UI in a real browser against the real `dossier serve`, over the seed articles: what a reader
 * does first in each view, with a screenshot of each at laptop and phone width in test-results/.
 */

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-results');
const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const SLOW = { timeout: 90_000 };

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let base = '';

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
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /https?:\/\/[^\s]+/.exec(output)?.[0];
      if (!url) return;
      clearTimeout(timer);
      resolve({ child, url: url.replace(/\/$/, '') });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dossier serve exited with ${code}:\n${output}`));
    });
  });
}

/**
 * Collects what would break the page for a user (uncaught errors, React's reports of them) until the
 * returned function is called, which stops listening and gives them.
 */
function watchErrors(): () => string[] {
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
async function assertContentVisible(where: string): Promise<void> {
  assert.ok(await page.locator('main h1').first().isVisible(), `${where}: the view's heading is visible`);
  assert.ok(await page.getByRole('navigation', { name: 'Sections' }).isVisible(), `${where}: the header`);
  assert.equal(await page.locator('.view-error').count(), 0, `${where}: no view failed`);
}

/** The whole page as it is now, at laptop width and again at phone width. */
async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: join(SHOTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(LAPTOP);
}

describe('web UI', () => {
  before(async () => {
    assert.ok(existsSync(CHROMIUM), `no browser at ${CHROMIUM}: run scripts/ensure-chromium.sh`);
    buildUiIfMissing();
    mkdirSync(SHOTS, { recursive: true });
    const db = join(tempDir('dossier-ui-'), 'ui.db');
    const ingested = dossier(db, ['ingest', SEEDS_MANIFEST]);
    assert.equal(ingested.status, 0, ingested.stderr);
    const started = await serve(db);
    server = started.child;
    base = started.url;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    page = await browser.newPage({ viewport: LAPTOP });
    page.setDefaultTimeout(20_000);
  }, SLOW);

  after(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  });

  test('the timeline shows an event with every source reporting it', SLOW, async () => {
    await page.goto(`${base}/timeline`);
    const marker = page.locator('.mark').first();
    await marker.click();
    const detail = page.locator('.event-detail');
    await detail.locator('.sources li').first().waitFor();
    assert.match(page.url(), /[?&]event=/, 'the selected event has a deep link');
    const sentence = await detail.locator('.source p').first().innerText();
    assert.ok(sentence.length > 20, `an evidence sentence, got "${sentence}"`);
    assert.ok(await detail.getByRole('link', { name: /Read in article/ }).count());
    await screenshot('timeline');
  });

  test(
    'events open, close and change, stories change, Escape, back and forward: never a white page',
    SLOW,
    async () => {
      const stop = watchErrors();
      await page.goto(`${base}/timeline`);
      const markers = page.locator('.lane-track .mark');
      const detail = page.locator('.event-detail');
      await markers.first().click();
      await detail.waitFor();
      await page.getByRole('button', { name: 'Close the event' }).click();
      await detail.waitFor({ state: 'detached' });
      await assertContentVisible('after closing an event');

      await markers.nth(1).click();
      await detail.waitFor();
      await markers.nth(2).click();
      await detail.waitFor();
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });
      assert.doesNotMatch(page.url(), /[?&]event=/, 'Escape closes the event and its deep link');
      await assertContentVisible('after Escape');

      const story = page.getByRole('combobox', { name: /^Story/ });
      const firstStory = await story.locator('option').nth(1).getAttribute('value');
      await story.selectOption(firstStory!);
      await page.waitForURL(/[?&]story=/);
      await markers.first().click();
      await detail.waitFor();
      await story.selectOption('');
      await detail.waitFor({ state: 'detached' });
      await assertContentVisible('after changing the story with an event open');

      await page.goBack();
      await page.waitForURL(/[?&]story=/);
      await markers.first().waitFor();
      await assertContentVisible('after going back');
      await page.goForward();
      await page.waitForURL((url) => !url.search.includes('story='));
      await markers.first().waitFor();
      await assertContentVisible('after going forward');
      assert.deepEqual(stop(), []);
    },
  );

  test("Rubio's profile, found from the header search, lists his quotes", SLOW, async () => {
    await page.goto(`${base}/stories`);
    await page.getByRole('searchbox', { name: /search/i }).fill('Rubio');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('link', { name: 'Marco Rubio' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Marco Rubio' }).waitFor();
    const quotes = page.locator('section[aria-labelledby="quotes"] .quote');
    await quotes.first().waitFor();
    assert.ok((await quotes.count()) >= 3, 'several quotes attributed to Rubio');
    assert.match(await page.locator('.role-list').innerText(), /Secretary of State/);
    await screenshot('actor');
  });

  test('the quote book filters by speaker and links each quote to its sentence', SLOW, async () => {
    await page.goto(`${base}/quotes?speaker=${encodeURIComponent('Marco Rubio')}`);
    await page.locator('.quote-list .quote').first().waitFor();
    assert.equal(await page.locator('input[name="speaker"]').inputValue(), 'Marco Rubio');
    // Articles name him differently ("Rubio", "Marco Rubio"); every link goes to the one resolved actor.
    const speakers = page.locator('.quote-list .quote > p a[href^="/actors/"]');
    const profiles = new Set<string | null>();
    for (const link of await speakers.all()) profiles.add(await link.getAttribute('href'));
    assert.ok(profiles.size > 0, 'quotes name their speaker');
    assert.equal(profiles.size, 1, [...profiles].join(', '));
    await screenshot('quotes');
  });

  test('the discrepancies set "Senator" beside "Secretary of State"', SLOW, async () => {
    await page.goto(`${base}/discrepancies`);
    const rubio = page.locator('.discrepancy', { hasText: '“Senator”' });
    await rubio.waitFor();
    const variants = await rubio.locator('.variant-value').allInnerTexts();
    assert.deepEqual(variants.sort(), ['“Secretary of State”', '“Senator”']);
    await screenshot('discrepancies');
  });

  test('the article reader highlights the sentence a discrepancy cites', SLOW, async () => {
    await page.goto(`${base}/discrepancies`);
    const senator = page.locator('.variant', { hasText: '“Senator”' });
    await senator
      .getByRole('link', { name: /Read in article/ })
      .first()
      .click();
    const target = page.locator('mark.hl-target');
    await target.first().waitFor();
    assert.match((await target.allInnerTexts()).join(''), /Senator/);
    assert.ok(await page.locator('.article-text .hl-entity').count(), 'names are highlighted');
    assert.ok(await page.locator('.article-text .hl-quote').count(), 'quotes are highlighted');
    await page.getByText(/What clean-up removed/).click();
    await screenshot('article');
  });

  test('the figures chart each series with its sources', SLOW, async () => {
    await page.goto(`${base}/figures`);
    await page.locator('svg.series-chart').first().waitFor();
    assert.ok(await page.locator('.series .source').count(), 'every point cites its sentence');
    await screenshot('figures');
  });

  test('an article pasted in the ingest view appears in the article list', SLOW, async () => {
    const title = 'Harbour talks resume in Valletta';
    await page.goto(`${base}/ingest`);
    await page
      .getByLabel('Article text')
      .fill(
        'Negotiators from Malta and Italy met in Valletta on Monday to resume talks on the shared harbour.\n\n' +
          '“We are closer than ever,” said Maltese Foreign Minister Ian Borg after the meeting.',
      );
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Published').fill('2025-06-02');
    await page.getByRole('button', { name: 'Ingest' }).click();
    await page.getByRole('status').filter({ hasText: /^Done/ }).waitFor({ timeout: 60_000 });
    await screenshot('ingest');
    await page.getByRole('link', { name: 'See the articles' }).click();
    await page.locator('.article-list').getByRole('link', { name: title }).waitFor();
  });

  test('a keyboard user can skip to the content', SLOW, async () => {
    await page.goto(`${base}/timeline`);
    // React renders after the load event; a Tab pressed before that lands on the bare document.
    await page.getByRole('link', { name: 'Skip to content' }).waitFor({ state: 'attached' });
    await page.keyboard.press('Tab');
    // A string, because the test is type-checked without the DOM library.
    assert.equal(await page.evaluate('document.activeElement.textContent'), 'Skip to content');
    await page.keyboard.press('Enter');
    // Following an in-page link updates the URL after the key event returns.
    await page.waitForURL(/#main$/, { timeout: 5_000 });
    assert.match(page.url(), /#main$/);
  });
});
