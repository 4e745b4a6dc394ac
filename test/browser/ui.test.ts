import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SLOW, screenshot, startUi, watchErrors } from './support.js';
import type { Ui } from './support.js';

/**
 * The web UI in a real browser against the real `dossier serve`, over the seed articles: what a reader
 * does first in each view, with a screenshot of each at laptop and phone width in test-results/.
 */

let ui: Ui;
let page: Page;
let base = '';

describe('web UI', () => {
  before(async () => {
    ui = await startUi();
    page = ui.page;
    base = ui.base;
  }, SLOW);

  after(() => ui?.stop());

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
    await screenshot(page, 'actor');
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
    await screenshot(page, 'quotes');
  });

  test('the discrepancies set "Senator" beside "Secretary of State"', SLOW, async () => {
    await page.goto(`${base}/discrepancies`);
    const rubio = page.locator('.discrepancy', { hasText: '“Senator”' });
    await rubio.waitFor();
    const variants = await rubio.locator('.variant-value').allInnerTexts();
    assert.deepEqual(variants.sort(), ['“Secretary of State”', '“Senator”']);
    await screenshot(page, 'discrepancies');
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
    await screenshot(page, 'article');
  });

  test('the figures chart each series with its sources', SLOW, async () => {
    await page.goto(`${base}/figures`);
    await page.locator('svg.series-chart').first().waitFor();
    assert.ok(await page.locator('.series .source').count(), 'every point cites its sentence');
    await screenshot(page, 'figures');
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
    await screenshot(page, 'ingest');
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

  test('the network names every actor without two names overlapping, and lists its links', SLOW, async () => {
    await page.goto(`${base}/network`);
    await page.locator('svg .node').first().waitFor();
    const boxes = (await page.evaluate(
      `[...document.querySelectorAll('svg .node-label')].map((t) => { const b = t.getBBox(); return [b.x, b.y, b.width, b.height, t.textContent]; })`,
    )) as Array<[number, number, number, number, string]>;
    assert.ok(boxes.length >= 10, `labels drawn: ${boxes.length}`);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        assert.ok(
          a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1],
          `"${a[4]}" overlaps "${b[4]}"`,
        );
    const edge = await page.locator('svg .edge-group title').first().textContent();
    assert.match(edge ?? '', /^.+ → .+: \d+ events?, .+ \([A-Z]+\)$/);
    const rows = page.locator('.link-table tbody tr');
    assert.ok((await rows.count()) > 5);
    assert.match(await rows.first().innerText(), /\d+$/);
    await screenshot(page, 'network');
    // A link's count opens its events, the filter naming both actors as the table does, not by their ids.
    const [sourceName, targetName] = await Promise.all(
      [0, 2].map((cell) => rows.first().locator('td').nth(cell).innerText()),
    );
    await rows.first().locator('td.number a').click();
    await page.locator('.timeline-list li, .timeline-list tr').first().waitFor();
    const filter = page.locator('.filters span', { hasText: 'Link:' });
    assert.equal(
      (await filter.locator('strong').allInnerTexts()).slice(0, 2).join(' → '),
      `${sourceName} → ${targetName}`,
    );
    await page.goto(`${base}/network`);
    await page.locator('.link-table tbody tr').first().waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    // The view follows the width on the resize event, after the viewport has changed: wait for it.
    await page.locator('figure.network').waitFor({ state: 'detached', timeout: 5_000 });
    assert.equal(await page.locator('figure.network').count(), 0, 'on a phone, the list comes first');
    assert.ok(await page.locator('.link-table').isVisible());
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  test('the HTML brief is styled under the app’s CSP, in headlines, every line sourced', SLOW, async () => {
    const stop = watchErrors(page);
    await page.goto(`${base}/timeline`);
    const story = page.getByRole('combobox', { name: /^Story/ });
    await story.locator('option').nth(1).waitFor({ state: 'attached' });
    const storyId = await story.locator('option').nth(1).getAttribute('value');
    await page.goto(`${base}/api/brief?story=${storyId}&format=html`);
    const transform = await page.evaluate(`getComputedStyle(document.querySelector('h2')).textTransform`);
    assert.equal(transform, 'uppercase', 'the stylesheet applies');
    const lines = await page.locator('section.what-happened li').allInnerTexts();
    // reading-4: the March story's dated, confident events are the called-off deal, Rutte's visit, the G7.
    assert.ok(lines.length >= 3, JSON.stringify(lines));
    for (const line of lines) {
      assert.doesNotMatch(line, /→|\b[A-Z]{5,}\b/, line);
      assert.match(line, /\[\d+(, \d+)*\]$/, `sourced: ${line}`);
    }
    assert.ok(await page.locator('.sources a', { hasText: 'read in Dossier' }).count());
    assert.deepEqual(stop(), [], 'no refusal by the Content-Security-Policy');
    await screenshot(page, 'brief');
  });
});
