/**
 * The UI's time to first render of a big timeline in Chromium, in each of its two views (the list, which
 * opens by default, and the chart): the real `dossier serve` serves the built UI (from an empty store),
 * and the browser's requests for the timeline and the stories are answered with a synthetic dossier of
 * 10,000 events, so what is measured is the page (bundle, fetching page by page, layout, React rendering),
 * not the server's connecting. Goal from the issue: under 1 s.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Route } from 'playwright-core';
import { startDossier } from './bench-api.js';

const EVENTS = 10_000;
const STORIES = 25;
const RUNS = 3;
const TYPES = ['CONSULT', 'AGREE', 'REQUEST', 'ACCUSE', 'REJECT', 'SANCTION', 'ASSAULT', 'AID', 'STATEMENT'];
const HEADLINE_VERBS = ['meets', 'agrees with', 'appeals to', 'accuses', 'rejects', 'sanctions', 'attacks'];
const ACTORS = ['Ukraine', 'Russia', 'United States', 'European Union', 'Marco Rubio', 'Andrii Sybiha'];
const DAY_MS = 86_400_000;
const FROM = Date.UTC(2024, 0, 1);

/** The two ways the timeline is shown, and what marks an event drawn in each. */
const VIEWS = [
  { view: 'list', path: '/timeline', selector: '.tl-row' },
  { view: 'chart', path: '/timeline?view=chart', selector: '.lane-track .mark' },
] as const;

export interface UiRenders {
  events: number;
  stories: number;
  runs: number;
  views: UiRender[];
  browser: string;
}

export interface UiRender {
  view: (typeof VIEWS)[number]['view'];
  /** Median, from navigation start to the frame after the first event entered the page. */
  firstRenderMs: number;
  /** Median, from navigation start to the first event in the DOM (before that frame is painted). */
  firstMarkerInDomMs: number;
  /** Median first-contentful-paint: the page's shell, drawn before any event arrives. */
  firstContentfulPaintMs: number | null;
  /** Median, from navigation start to the end of the last timeline page's response. */
  timelineFetchedMs: number | null;
  /** Events drawn at first: chart markers (the rest sit in "+N" buckets) or list rows (more on request). */
  markersDrawn: number;
  /** Every run's first-render time, in run order. */
  firstRenderRunsMs: number[];
}

interface RunFigures {
  firstRender: number;
  inDom: number;
  fcp: number | null;
  fetched: number | null;
  markers: number;
}

/** Deterministic, so every run draws the same dossier; mostly day-precise, as extracted events are. */
function syntheticDossier() {
  const stories = Array.from({ length: STORIES }, (_, s) => ({
    id: `story-${s}`,
    title: `Story ${s + 1}: talks, sanctions and aid`,
    articleIds: [],
    eventIds: [],
  }));
  const timeline = Array.from({ length: EVENTS }, (_, n) => {
    const day = new Date(FROM + ((n * 7919) % (3 * 365)) * DAY_MS).toISOString().slice(0, 10);
    const kind = n % 25;
    const [source, target] = [ACTORS[n % ACTORS.length]!, ACTORS[(n + 1) % ACTORS.length]!];
    const precision = kind === 0 ? 'month' : kind === 1 ? 'around' : kind === 2 ? 'undated' : 'day';
    const date = precision === 'month' ? day.slice(0, 7) : day;
    return {
      eventId: `event-${n}`,
      date,
      precision,
      when: date,
      undated: precision === 'undated',
      type: TYPES[n % TYPES.length],
      mode: 'asserted',
      place: n % 3 === 0 ? 'Kyiv' : null,
      sourceIds: [`actor-${n % ACTORS.length}`],
      targetIds: [`actor-${(n + 1) % ACTORS.length}`],
      sourceNames: [source],
      targetNames: [target],
      storyId: n % 10 === 9 ? null : `story-${n % STORIES}`,
      articleIds: [`article-${n % 997}`],
      headline: `${source} ${HEADLINE_VERBS[n % HEADLINE_VERBS.length]} ${target}${n % 3 === 0 ? ' in Kyiv' : ''}`,
      confidence: 0.5 + (n % 50) / 100,
    };
  });
  return { stories, timeline };
}

/** Answers a list request with the page of `items` it asks for, as the API paginates. */
function answerPage(items: readonly unknown[]) {
  return (route: Route) => {
    const query = new URL(route.request().url()).searchParams;
    const limit = Number(query.get('limit') ?? 50);
    const offset = Number(query.get('offset') ?? 0);
    return route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        items: items.slice(offset, offset + limit),
        total: items.length,
        limit,
        offset,
        hidden: 0,
      }),
    });
  };
}

/**
 * Installed before the app's scripts: notes when the first event marker enters the DOM, then when the
 * frame holding it has been painted (a task queued from the next animation frame runs after that paint).
 */
const firstMarkerProbe = (selector: string) => `
  window.__firstMarker = null;
  new MutationObserver((_, observer) => {
    if (!document.querySelector('${selector}')) return;
    observer.disconnect();
    const inDom = performance.now();
    requestAnimationFrame(() => setTimeout(() => {
      window.__firstMarker = { inDom, painted: performance.now() };
    }, 0));
  }).observe(document, { childList: true, subtree: true });
`;

const collect = (selector: string) => `(() => {
  const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
  const pages = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/timeline'));
  return {
    ...window.__firstMarker,
    fcp: paint ? paint.startTime : null,
    fetched: pages.length > 0 ? Math.max(...pages.map((e) => e.responseEnd)) : null,
    markers: document.querySelectorAll('${selector}').length,
  };
})()`;

async function renderOnce(
  browser: Browser,
  url: string,
  dossier: ReturnType<typeof syntheticDossier>,
  view: (typeof VIEWS)[number],
) {
  // A fresh context each run: an empty cache, as on a first visit. The app's CSP forbids eval, which is
  // how the probes below are run; lifting it changes nothing the app itself does.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  try {
    await context.route('**/api/timeline*', answerPage(dossier.timeline));
    await context.route('**/api/stories*', answerPage(dossier.stories));
    const page = await context.newPage();
    await page.addInitScript({ content: firstMarkerProbe(view.selector) });
    await page.goto(`${url}${view.path}`);
    await page.waitForFunction('window.__firstMarker !== null', undefined, { timeout: 60_000 });
    const figures = (await page.evaluate(collect(view.selector))) as {
      inDom: number;
      painted: number;
      fcp: number | null;
      fetched: number | null;
      markers: number;
    };
    return { ...figures, firstRender: figures.painted } satisfies RunFigures;
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const medianOrNull = (values: Array<number | null>): number | null =>
  values.every((v): v is number => v !== null) ? median(values) : null;

export async function benchUiRender(): Promise<UiRenders> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-ui-bench-'));
  const server = await startDossier(path.join(dir, 'empty.db'));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const dossier = syntheticDossier();
    const views: UiRender[] = [];
    for (const view of VIEWS) {
      const runs: RunFigures[] = [];
      for (let run = 1; run <= RUNS; run++) {
        runs.push(await renderOnce(browser, server.url, dossier, view));
        process.stderr.write(
          `ui bench: ${view.view}, run ${run}, first render ${runs.at(-1)!.firstRender.toFixed(0)} ms\n`,
        );
      }
      views.push({
        view: view.view,
        firstRenderMs: median(runs.map((r) => r.firstRender)),
        firstMarkerInDomMs: median(runs.map((r) => r.inDom)),
        firstContentfulPaintMs: medianOrNull(runs.map((r) => r.fcp)),
        timelineFetchedMs: medianOrNull(runs.map((r) => r.fetched)),
        markersDrawn: runs[0]!.markers,
        firstRenderRunsMs: runs.map((r) => r.firstRender),
      });
    }
    return { events: EVENTS, stories: STORIES, runs: RUNS, views, browser: `Chromium ${browser.version()}` };
  } finally {
    await browser.close();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
