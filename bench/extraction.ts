/**
 * Extraction evaluation and throughput, over trafilatura's English evaluation pages in
 * `../shared/bench/extraction`. A library for the `eval` and `bench` runners: nothing runs on import.
 */
import { readFile, readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export type Extractor = (html: string, url: string) => string;

export interface ExtractionScore {
  pages: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  seconds: number;
}

export interface ExtractionSpeed {
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  /** Highest resident set size seen between pages, in MiB; includes whatever the process held before. */
  peakRssMiB: number;
}

interface EvalEntry {
  file: string;
  with: string[];
  without: string[];
}

interface EvalPage {
  url: string;
  html: string;
  entry: EvalEntry;
}

/** Resolved from the working directory because npm scripts run at the repo root, beside `../shared`. */
export const defaultDir = resolve(process.cwd(), '../shared/bench/extraction');

const collapseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

async function loadPages(dir: string): Promise<EvalPage[]> {
  const index = JSON.parse(await readFile(resolve(dir, 'evaldata-en.json'), 'utf8')) as Record<
    string,
    EvalEntry
  >;
  const available = new Set(await readdir(resolve(dir, 'html')));
  const pages: EvalPage[] = [];
  for (const [url, entry] of Object.entries(index)) {
    const name = `${entry.file}.gz`;
    if (!available.has(name)) continue;
    const html = gunzipSync(await readFile(resolve(dir, 'html', name))).toString('utf8');
    pages.push({ url, html, entry });
  }
  return pages;
}

/**
 * Counts as trafilatura's `tests/evaluate.py` does: each `with` snippet found is a true positive, else a
 * false negative; each `without` snippet found is a false positive, else a true negative. An extractor that
 * throws is scored as one that returned nothing.
 */
export async function evaluateExtraction(extract: Extractor, dir = defaultDir): Promise<ExtractionScore> {
  const pages = await loadPages(dir);
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  const started = performance.now();
  for (const page of pages) {
    let output = '';
    try {
      output = collapseWhitespace(extract(page.html, page.url));
    } catch {
      output = '';
    }
    for (const snippet of page.entry.with) {
      if (output.includes(collapseWhitespace(snippet))) tp++;
      else fn++;
    }
    for (const snippet of page.entry.without) {
      if (output.includes(collapseWhitespace(snippet))) fp++;
      else tn++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = (tp + tn) / (tp + fp + tn + fn || 1);
  return { pages: pages.length, tp, fp, tn, fn, precision, recall, f1, accuracy, seconds };
}

/** Plain Readability over linkedom, no clean-up: the peer our extractor is compared with. */
export function readabilityBaseline(html: string, url: string): string {
  const { document } = parseHTML(html);
  // linkedom leaves documentURI unset; Readability resolves links against it.
  Object.defineProperty(document, 'documentURI', { value: url });
  const article = new Readability(document).parse();
  return article?.textContent ?? '';
}

/**
 * Throughput of one extractor over the evaluation pages (all of them, or the first `pages`), cycling
 * through them again when more pages are asked for than there are.
 */
export async function benchExtraction(
  extract: Extractor,
  pages?: number,
  dir = defaultDir,
): Promise<ExtractionSpeed> {
  const corpus = await loadPages(dir);
  const count = pages ?? corpus.length;
  let peakRss = process.memoryUsage.rss();
  const started = performance.now();
  for (let i = 0; i < count && corpus.length > 0; i++) {
    const page = corpus[i % corpus.length]!;
    try {
      extract(page.html, page.url);
    } catch {
      // A failing page still cost its time; its error is the evaluation's business, not the bench's.
    }
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    pages: count,
    seconds,
    pagesPerSecond: seconds > 0 ? count / seconds : 0,
    peakRssMiB: Math.round(peakRss / (1024 * 1024)),
  };
}
