import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { SLOW, axeContext, screenshot, seriousViolations, startUi } from './support.js';
import type { Ui } from './support.js';

/**
 * axe-core over every main view of the UI, on the seed articles, with its content loaded: any serious or
 * critical violation fails. The views not pictured by the other browser tests get their screenshot here.
 */

let ui: Ui;
let context: BrowserContext;
let page: Page;

const VIEWS: Array<{ name: string; path: string; ready: string; shot?: string }> = [
  { name: 'timeline list', path: '/timeline', ready: '.tl-row' },
  { name: 'timeline chart', path: '/timeline?view=chart', ready: '.lane-track .mark' },
  { name: 'an open event', path: '/timeline', ready: '.tl-row', shot: 'event' },
  { name: 'stories', path: '/stories', ready: 'main h2, main li', shot: 'stories' },
  { name: 'actors', path: '/actors', ready: 'main li, main tr', shot: 'actors' },
  { name: 'an actor', path: '/actors/Witkoff', ready: '.role-list, .entry-list' },
  { name: 'network', path: '/network', ready: 'svg .node' },
  { name: 'quotes', path: '/quotes', ready: '.quote' },
  { name: 'figures', path: '/figures', ready: 'svg.series-chart' },
  { name: 'discrepancies', path: '/discrepancies', ready: '.discrepancy' },
  { name: 'articles', path: '/articles', ready: '.article-list li', shot: 'articles' },
  { name: 'search', path: '/search?q=ceasefire', ready: 'main li', shot: 'search' },
  { name: 'ingest', path: '/ingest', ready: 'textarea' },
];

describe('accessibility', () => {
  before(async () => {
    ui = await startUi();
    context = await axeContext(ui.browser);
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  }, SLOW);

  after(async () => {
    await context?.close();
    await ui?.stop();
  });

  for (const view of VIEWS) {
    test(`axe finds nothing serious in ${view.name}`, SLOW, async () => {
      await page.goto(`${ui.base}${view.path}`);
      await page.locator(view.ready).first().waitFor();
      if (view.name === 'an open event') {
        await page.locator('.tl-headline').first().click();
        await page.locator('.event-detail .sources li').first().waitFor();
      }
      assert.deepEqual(await seriousViolations(page), []);
      if (view.shot) await screenshot(page, view.shot);
    });
  }

  test('axe finds nothing serious in an article with its extractions highlighted', SLOW, async () => {
    await page.goto(`${ui.base}/articles`);
    await page.locator('.article-list a').first().click();
    await page.locator('.article-text').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });

  test('axe finds nothing serious in the HTML brief', SLOW, async () => {
    await page.goto(`${ui.base}/api/brief?format=html`);
    await page.locator('h1').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });
});
