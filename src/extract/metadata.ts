/**
 * Page metadata from `<meta>`, JSON-LD, `<link>` and `<time>`: read-only over a parsed document, so the
 * extractor can call it on the same DOM before Readability rearranges it.
 */
import { parseDate } from '../core/dates.js';
import type { PageMetadata } from '../core/types.js';
import type { DomDocument } from './dom.js';
import { findArticleNode, readJsonLd, type JsonLdNode } from './json-ld.js';

/** Lower-cased `property`, `name` or `itemprop` of each `<meta>`, with the first non-empty content it had. */
type MetaIndex = Map<string, { attribute: string; key: string; content: string }>;

const PUBLISHED_META: readonly string[] = [
  'article:published_time',
  'og:published_time',
  'date',
  'pubdate',
  'publishdate',
  'dc.date',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
];

const TITLE_SEPARATOR = /\s+(?:\||-|–|—|::|·|•|»)\s+/g;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function indexMeta(document: DomDocument): MetaIndex {
  const index: MetaIndex = new Map();
  for (const meta of document.querySelectorAll('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, { attribute, key, content });
    }
  }
  return index;
}

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1000) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string | null {
  if (!isValidDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The calendar date a timestamp names, read from its own digits: converting "2025-03-12T23:30:00-05:00" to
 * UTC would move the story to the 13th, a day its readers never saw.
 */
export function normaliseDate(value: string): string | null {
  const text = value.trim();
  const parsed = parseDate(text);
  if (parsed) return parsed.day;
  const iso =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(text) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\b|T)/.exec(text);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/i.exec(text);
  if (dayFirst) {
    const month = MONTHS[dayFirst[2]!.toLowerCase()];
    if (month) return isoDate(Number(dayFirst[3]), month, Number(dayFirst[1]));
  }
  const monthFirst = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(text);
  if (monthFirst) {
    const month = MONTHS[monthFirst[1]!.toLowerCase()];
    if (month) return isoDate(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  return null;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function hostLabel(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** "Storm hits coast | The Daily Example" → "Storm hits coast", but only when the suffix is the site's name. */
export function stripSiteSuffix(title: string, siteNames: readonly string[]): string {
  const names = siteNames.map(comparable).filter(Boolean);
  if (names.length === 0) return title;
  const separators = [...title.matchAll(TITLE_SEPARATOR)];
  for (const separator of separators) {
    const suffix = comparable(title.slice(separator.index + separator[0].length));
    const head = title.slice(0, separator.index).trim();
    if (head && names.includes(suffix)) return head;
  }
  const prefix = separators[0];
  if (prefix && names.includes(comparable(title.slice(0, prefix.index)))) {
    const tail = title.slice(prefix.index + prefix[0].length).trim();
    if (tail) return tail;
  }
  return title;
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return [collapse(value)].filter(Boolean);
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object' && 'name' in value) return names((value as { name: unknown }).name);
  return [];
}

function firstString(value: unknown): string | null {
  if (typeof value === 'string') return collapse(value) || null;
  if (Array.isArray(value)) return value.map(firstString).find((item) => item !== null) ?? null;
  return null;
}

function readOutlet(meta: MetaIndex, article: JsonLdNode | null, graph: readonly JsonLdNode[]) {
  const siteName = meta.get('og:site_name');
  if (siteName) return { outlet: collapse(siteName.content), evidence: 'meta[property="og:site_name"]' };
  const publisher =
    names(article?.publisher)[0] ?? graph.map((node) => names(node.publisher)[0]).find(Boolean);
  if (publisher) return { outlet: publisher, evidence: 'JSON-LD publisher.name' };
  const application = meta.get('application-name');
  if (application)
    return { outlet: collapse(application.content), evidence: 'meta[name="application-name"]' };
  return { outlet: null, evidence: null };
}

function readTitle(document: DomDocument, meta: MetaIndex, article: JsonLdNode | null, siteNames: string[]) {
  const candidates = [
    () => meta.get('og:title')?.content,
    () => meta.get('twitter:title')?.content,
    () => firstString(article?.headline),
    () => document.querySelector('h1')?.textContent,
    () => document.querySelector('title')?.textContent,
  ];
  let title = '';
  for (const candidate of candidates) {
    title = collapse(candidate());
    if (title) break;
  }
  return title ? stripSiteSuffix(title, siteNames) : null;
}

function readPublished(document: DomDocument, meta: MetaIndex, article: JsonLdNode | null) {
  for (const key of PUBLISHED_META) {
    const entry = meta.get(key);
    const published = entry && normaliseDate(entry.content);
    if (entry && published) {
      return { published, evidence: `meta[${entry.attribute}="${entry.key}"]="${entry.content}"` };
    }
  }
  for (const element of document.querySelectorAll('[itemprop="datePublished"]')) {
    const value =
      element.getAttribute('content') ?? element.getAttribute('datetime') ?? collapse(element.textContent);
    const published = value ? normaliseDate(value) : null;
    if (published) return { published, evidence: `[itemprop="datePublished"]="${value}"` };
  }
  const jsonLdDate = firstString(article?.datePublished);
  const fromJsonLd = jsonLdDate ? normaliseDate(jsonLdDate) : null;
  if (fromJsonLd) {
    return {
      published: fromJsonLd,
      evidence: `JSON-LD ${firstString(article?.['@type'])}.datePublished="${jsonLdDate}"`,
    };
  }
  const time = document.querySelector('article time[datetime], main time[datetime]');
  const datetime = time?.getAttribute('datetime');
  const fromTime = datetime ? normaliseDate(datetime) : null;
  if (fromTime) return { published: fromTime, evidence: `<time datetime="${datetime}">` };
  return { published: null, evidence: null };
}

/** Document metadata wins over a byline guessed from the text, so only these sources are read here. */
function readAuthor(document: DomDocument, meta: MetaIndex, article: JsonLdNode | null): string | null {
  const fromMeta = [meta.get('author'), meta.get('article:author'), meta.get('parsely-author')]
    .map((entry) => collapse(entry?.content))
    .find((value) => value && !/^https?:/i.test(value));
  if (fromMeta) return fromMeta;
  const fromJsonLd = [...new Set(names(article?.author))];
  if (fromJsonLd.length > 0) return fromJsonLd.join(', ');
  return (
    collapse(
      document.querySelector('a[rel~="author"], [itemprop="author"] [itemprop="name"]')?.textContent,
    ) || null
  );
}

function httpUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    const resolved = base ? new URL(href.trim(), base) : new URL(href.trim());
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

function readLang(document: DomDocument): string | null {
  const primary = document.documentElement?.getAttribute('lang')?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

export function readPageMetadata(document: DomDocument, url: string | null): PageMetadata {
  const meta = indexMeta(document);
  const graph = readJsonLd(document);
  const article = findArticleNode(graph);
  const outlet = readOutlet(meta, article, graph);
  const host = hostLabel(url);
  const siteNames = [
    outlet.outlet,
    meta.get('og:site_name')?.content,
    meta.get('application-name')?.content,
    ...names(article?.publisher),
    host,
    host?.replace(/\.[a-z.]+$/, ''),
  ].filter((name): name is string => !!name);
  const published = readPublished(document, meta, article);
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  return {
    title: readTitle(document, meta, article, siteNames),
    author: readAuthor(document, meta, article),
    published: published.published,
    publishedEvidence: published.evidence,
    outlet: outlet.outlet,
    outletEvidence: outlet.evidence,
    canonicalUrl: httpUrl(canonical, url) ?? httpUrl(meta.get('og:url')?.content, url),
    lang: readLang(document),
  };
}
