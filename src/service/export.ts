import { isPartial } from '../clean/article-text.js';
import type { Writable } from 'node:stream';
import type { Article } from '../core/types.js';
import type { Store } from '../store/store.js';
import { storedDossier } from './connect.js';
import {
  exportedDates,
  exportedEntities,
  exportedEvents,
  exportedFigures,
  exportedQuotes,
  exportedStances,
} from './export-reading.js';

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_SCHEMA = 'dossier/1';

/** An article as `dossier/1` publishes it (see docs/export-format.md). */
export function exportedArticle(article: Article) {
  return {
    id: article.id,
    source: article.source,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    outlet: article.outlet,
    outletEvidence: article.outletEvidence,
    author: article.author,
    lang: article.lang,
    published: article.published,
    publishedEvidence: article.publishedEvidence,
    publishedRange: article.publishedRange,
    text: article.text,
    removed: article.removed,
    partial: isPartial(article.removed),
    fingerprint: article.fingerprint,
    revision: article.revision,
    ingestedAt: article.ingestedAt,
    updatedAt: article.updatedAt,
  };
}

/**
 * Writes every stored article in one format, streaming: memory stays flat however large the store.
 * Resolves once everything is handed to `out` (respecting back-pressure). The JSON document also
 * carries what reading found (`entities`, `dates`), each item with its `articleId` and evidence sentence.
 */
export async function exportArticles(store: Store, format: ExportFormat, out: Writable): Promise<number> {
  const write = (chunk: string) =>
    out.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', resolve));
  if (format === 'json') return exportJsonDocument(store, write);
  const writers: Record<Exclude<ExportFormat, 'json'>, { head: string; item: (a: Article) => string }> = {
    jsonl: { head: '', item: (a) => `${JSON.stringify(exportedArticle(a))}\n` },
    csv: { head: `${csvRow(CSV_COLUMNS)}\r\n`, item: (a) => `${csvRow(csvValues(a))}\r\n` },
    md: { head: '# Dossier: articles\n', item: markdownArticle },
  };
  const writer = writers[format];
  let count = 0;
  await write(writer.head);
  for await (const article of store.iterateArticles()) {
    await write(writer.item(article));
    count += 1;
  }
  return count;
}

async function exportJsonDocument(store: Store, write: (chunk: string) => Promise<void>): Promise<number> {
  let count = 0;
  await write(`{"schema":${JSON.stringify(EXPORT_SCHEMA)},"articles":[`);
  for await (const article of store.iterateArticles()) {
    await write(`${count ? ',' : ''}\n${JSON.stringify(exportedArticle(article))}`);
    count += 1;
  }
  // Each table is its own pass over the store, so no table is ever held in memory whole.
  const tables = {
    entities: exportedEntities,
    dates: exportedDates,
    quotes: exportedQuotes,
    figures: exportedFigures,
    events: exportedEvents,
    stances: exportedStances,
  };
  for (const [name, rows] of Object.entries(tables)) {
    await write(`\n],${JSON.stringify(name)}:[`);
    let first = true;
    for await (const article of store.iterateArticles()) {
      const stored = await store.getReading(article.id);
      if (!stored || stored.revision !== article.revision) continue;
      for (const row of rows(article, stored.reading)) {
        await write(`${first ? '' : ','}\n${JSON.stringify(row)}`);
        first = false;
      }
    }
  }
  const connected = await storedDossier(store);
  const together = {
    actors: connected.entities,
    connectedEvents: connected.events,
    stories: connected.stories,
    duplicates: connected.duplicates,
    discrepancies: connected.discrepancies,
    series: connected.series,
  };
  for (const [name, rows] of Object.entries(together)) {
    await write(`\n],${JSON.stringify(name)}:[`);
    for (const [i, row] of (rows as unknown[]).entries())
      await write(`${i ? ',' : ''}\n${JSON.stringify(row)}`);
  }
  await write('\n]}\n');
  return count;
}

const CSV_COLUMNS = [
  'id',
  'source',
  'url',
  'title',
  'outlet',
  'outlet_evidence',
  'author',
  'lang',
  'published',
  'published_from',
  'published_to',
  'published_evidence',
  'revision',
  'fingerprint',
  'removed',
  'text',
];

function csvValues(a: Article): string[] {
  return [
    a.id,
    a.source,
    a.url ?? '',
    a.title ?? '',
    a.outlet ?? '',
    a.outletEvidence?.detail ?? '',
    a.author ?? '',
    a.lang ?? '',
    a.published ?? '',
    a.publishedRange?.from ?? '',
    a.publishedRange?.to ?? '',
    a.publishedEvidence?.detail ?? a.publishedRange?.evidence ?? '',
    String(a.revision),
    a.fingerprint,
    a.removed.join('\n'),
    a.text,
  ];
}

/**
 * RFC 4180: quote a field when it holds a comma, quote or line break; double inner quotes. A field that a
 * spreadsheet would run as a formula (one beginning with = + - @, tab or carriage return, as a title
 * `=HYPERLINK(...)` from a hostile page does) gets a leading apostrophe, so it is shown as text; plain
 * numbers (-3.5, +2) are left as they are.
 */
export function csvRow(values: string[]): string {
  return values
    .map(neutralCell)
    .map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v))
    .join(',');
}

function neutralCell(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value) || /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i.test(value))
    return value;
  return `'${value}`;
}

function markdownArticle(a: Article): string {
  const date =
    a.published ??
    (a.publishedRange ? `between ${a.publishedRange.from} and ${a.publishedRange.to}` : 'unknown');
  const lines = [
    '',
    `## ${a.title ?? '(untitled)'}`,
    '',
    `- **Id:** \`${a.id}\``,
    `- **Outlet:** ${a.outlet ?? 'unknown'}${a.outletEvidence ? ` (${a.outletEvidence.origin}: ${a.outletEvidence.detail})` : ''}`,
    `- **Published:** ${date}`,
    `- **Source:** ${a.url ?? a.source}`,
    '',
    ...a.text.split(/\n+/).map((p) => `${p}\n`),
  ];
  return lines.join('\n');
}
