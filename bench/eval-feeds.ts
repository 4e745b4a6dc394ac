import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isPartial } from '../src/clean/article-text.js';
import type { Article } from '../src/core/types.js';
import { ingest } from '../src/service/ingest.js';
import { recleanAll } from '../src/service/furniture.js';
import { SqliteStore } from '../src/store/sqlite/index.js';

/**
 * Real feeds in, clean text out (issue 9), on ../shared/bench/corpora/rss-2025-05/: RSS items of eight
 * outlet families as a scraper saved them. The corpus is ingested as a user would (`dossier ingest` of the
 * gzipped JSONL, then `dossier reprocess`'s clean-up), and the stored text is measured with counters of
 * its own, not with clean-up's rules:
 * - furniture left: the share of stored text in sentences of 30+ characters that recur word for word in
 *   3 or more stored articles of one site;
 * - reporting removed: furniture removed that occurs in only one article of its site in the corpus;
 * - notices left: stored articles still carrying a paywall, script or retrieval-error notice;
 * - datelines left: stored articles whose text still opens with a dateline.
 */
const CORPUS = resolve(process.cwd(), '../shared/bench/corpora/rss-2025-05/articles.jsonl.gz');

export interface FeedsEval {
  given: number;
  stored: number;
  refused: Array<{ input: string; reason: string }>;
  articles: number;
  furnitureLeft: number;
  /** Before `dossier reprocess`: what one ingest run leaves. */
  furnitureLeftAfterIngest: number;
  cleanedByReprocess: number;
  furnitureRemoved: number;
  reportingRemoved: number;
  reportingExamples: string[];
  noticesLeft: number;
  noticeExamples: string[];
  partial: number;
  datelinesLeft: number;
  datelineExamples: string[];
  warnings: number;
}

interface CorpusItem {
  url?: string;
  outlet?: string;
  text?: string;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** The measuring splitter: sentence ends and line breaks, nothing clever. */
function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?]["”’)]?)\s+(?=["“(]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function site(url: string | null | undefined, outlet: string | null | undefined): string {
  try {
    return new URL(url ?? '').hostname.replace(/^www\./, '');
  } catch {
    return (outlet ?? '?').toLowerCase();
  }
}

const NOTICE =
  /\b(?:subscribe (?:now|to (?:continue|read))|continue reading|trouble retrieving|enable javascript|javascript is (?:disabled|deactivated)|already a subscriber|already have an account|create a free account|you have reached your limit|page not found|access denied|forgot password|remember me)\b/i;
const DATELINE =
  /^(?:[A-Z][A-Z.'’ -]{2,}(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?\.?\s*(?:\([A-Za-z ]+\)|\/[A-Za-z]+\/\.?)?\s*(?:—|–|--?)\s|[A-Z][a-z]+ (?:—|–) |[A-Z][A-Z ]+, [A-Z][a-z]+ \d{1,2}\. \/[A-Z]+\/)/;

async function storedArticles(store: SqliteStore): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const article of store.iterateArticles()) articles.push(article);
  return articles;
}

/** Share of stored text in sentences of 30+ characters that 3 or more stored articles of one site hold. */
function furnitureShare(articles: readonly Article[]): number {
  const holders = new Map<string, Set<string>>();
  for (const a of articles) {
    for (const s of new Set(sentences(a.text).map(norm))) {
      if (s.length < 30) continue;
      const key = `${site(a.url, a.outlet)}\u0000${s}`;
      holders.set(key, (holders.get(key) ?? new Set()).add(a.id));
    }
  }
  let total = 0;
  let left = 0;
  for (const a of articles) {
    total += a.text.length;
    for (const s of sentences(a.text)) {
      const n = norm(s);
      if (n.length >= 30 && (holders.get(`${site(a.url, a.outlet)}\u0000${n}`)?.size ?? 0) >= 3)
        left += s.length;
    }
  }
  return total === 0 ? 0 : left / total;
}

export async function evaluateFeeds(): Promise<FeedsEval | null> {
  if (!existsSync(CORPUS)) return null;
  const items = gunzipSync(readFileSync(CORPUS))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusItem);
  const rawBySite = new Map<string, string[]>();
  for (const item of items) {
    const key = site(item.url, item.outlet);
    rawBySite.set(key, [...(rawBySite.get(key) ?? []), norm(item.text ?? '')]);
  }

  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'dossier-feeds-')), 'feeds.db'));
  try {
    let stored = 0;
    const report = await ingest(store, [CORPUS], {
      sources: { allowPrivate: false, maxBytes: 20 << 20, maxContainerBytes: 64 << 20 },
      read: false,
      onItem: (item) => {
        if (item.outcome !== 'failed') stored += 1;
      },
    });
    const afterIngest = furnitureShare(await storedArticles(store));
    const cleaned = await recleanAll(store);
    const articles = await storedArticles(store);
    const furnitureLeft = furnitureShare(articles);
    // Reporting removed: removed furniture found in no more than one article of its site in the corpus.
    let furnitureRemoved = 0;
    const reporting: string[] = [];
    for (const a of articles) {
      const raw = rawBySite.get(site(a.url, a.outlet)) ?? [];
      for (const line of a.removed) {
        const match = /^\[furniture:[^\]]*\] (.*)$/s.exec(line);
        if (!match) continue;
        furnitureRemoved += 1;
        const sentence = norm(match[1]!);
        if (raw.filter((text) => text.includes(sentence)).length <= 1) reporting.push(match[1]!);
      }
    }
    const notices = articles.filter((a) => sentences(a.text).some((s) => NOTICE.test(s)));
    const datelines = articles.filter((a) =>
      a.text
        .split('\n\n')
        .slice(0, 3)
        .some((p) => DATELINE.test(p)),
    );
    return {
      given: items.length,
      stored,
      refused: report.failed.map((e) => ({ input: e.input, reason: e.reason })),
      articles: articles.length,
      furnitureLeft,
      furnitureLeftAfterIngest: afterIngest,
      cleanedByReprocess: cleaned,
      furnitureRemoved,
      reportingRemoved: reporting.length,
      reportingExamples: reporting.slice(0, 5),
      noticesLeft: notices.length,
      noticeExamples: notices.slice(0, 3).map((a) => sentences(a.text).find((s) => NOTICE.test(s)) ?? ''),
      partial: articles.filter((a) => isPartial(a.removed)).length,
      datelinesLeft: datelines.length,
      datelineExamples: datelines.slice(0, 3).map((a) => a.text.slice(0, 80)),
      warnings: report.warnings?.length ?? 0,
    };
  } finally {
    await store.close();
  }
}
