import { InputError } from '../core/errors.js';
import { fingerprintText } from '../core/identity.js';
import type { ArticleDraft, Evidence, ExtractedArticle, PageMetadata, RawDocument } from '../core/types.js';
import { cleanText } from '../clean/boilerplate.js';
import { detectLanguage } from '../clean/language.js';
import { detectOutlet } from '../clean/outlet.js';
import { inferPublished } from '../clean/published.js';
import { splitTitle } from '../clean/title.js';
import { extractHtml } from '../extract/html.js';

export interface PrepareOptions {
  /** A publication date the user gave on the command line; it beats every other source. */
  published?: string | undefined;
  /** The date relative cues in the text are read against when nothing else dates the article. */
  reference?: string | undefined;
}

const NO_METADATA: PageMetadata = {
  title: null,
  author: null,
  published: null,
  publishedEvidence: null,
  outlet: null,
  outletEvidence: null,
  canonicalUrl: null,
  lang: null,
};

/**
 * One raw document in, one article out: extraction (for HTML), clean-up, title, outlet, language and
 * publication date, each with the evidence it rests on. Pure: nothing is read or stored.
 */
export function extractArticle(raw: RawDocument, options: PrepareOptions = {}): ExtractedArticle {
  const url = raw.url ?? raw.hints.url ?? null;
  const page =
    raw.kind === 'html' ? extractHtml(raw.body, { url }) : { text: raw.body, metadata: NO_METADATA };
  const cleaned = cleanText(page.text);
  const given = raw.hints.title?.trim() || page.metadata.title;
  const split = splitTitle(cleaned.text);
  const firstLineIsTitle = split.title !== null && (!given || sameWords(split.title, given));
  const text = firstLineIsTitle ? split.body : cleaned.text;
  if (text.trim() === '') {
    throw new InputError(raw.source, 'no-article', 'no article text found after extraction and clean-up');
  }
  const outlet = findOutlet(raw, page.metadata, text, cleaned.removed, url);
  const published = findPublished(raw, page.metadata, text, options);
  return {
    title: given || split.title,
    text,
    removed: cleaned.removed,
    outlet: outlet?.outlet ?? null,
    outletEvidence: outlet?.evidence ?? null,
    author: raw.hints.author?.trim() || page.metadata.author,
    lang: detectLanguage(text) ?? page.metadata.lang,
    published: published.published,
    publishedEvidence: published.evidence,
    publishedRange: published.publishedRange,
    canonicalUrl: page.metadata.canonicalUrl,
  };
}

export function prepareArticle(raw: RawDocument, options: PrepareOptions = {}): ArticleDraft {
  const article = extractArticle(raw, options);
  return {
    ...article,
    source: raw.source,
    url: raw.url ?? raw.hints.url ?? null,
    fingerprint: fingerprintText(article.text),
  };
}

function findOutlet(
  raw: RawDocument,
  metadata: PageMetadata,
  text: string,
  removed: string[],
  url: string | null,
): { outlet: string; evidence: Evidence } | null {
  const hinted = raw.hints.outlet?.trim();
  if (hinted)
    return { outlet: hinted, evidence: { origin: 'manifest', detail: `outlet given by ${raw.source}` } };
  if (metadata.outlet) {
    return {
      outlet: metadata.outlet,
      evidence: { origin: 'metadata', detail: metadata.outletEvidence ?? 'page metadata' },
    };
  }
  return detectOutlet({ text, removed, url });
}

function findPublished(
  raw: RawDocument,
  metadata: PageMetadata,
  text: string,
  options: PrepareOptions,
): Pick<ArticleDraft, 'published' | 'publishedRange'> & { evidence: Evidence | null } {
  if (options.published) {
    return { published: options.published, publishedRange: null, evidence: cliEvidence(options.published) };
  }
  const hinted = raw.hints.published ? isoDate(raw.hints.published) : null;
  if (hinted) {
    return {
      published: hinted,
      publishedRange: null,
      evidence: { origin: 'manifest', detail: `published "${raw.hints.published}" given by ${raw.source}` },
    };
  }
  if (metadata.published) {
    return {
      published: metadata.published,
      publishedRange: null,
      evidence: { origin: 'metadata', detail: metadata.publishedEvidence ?? 'page metadata' },
    };
  }
  const inferred = inferPublished(text, options.reference ? { reference: options.reference } : {});
  if (!inferred) return { published: null, publishedRange: null, evidence: null };
  return {
    published: inferred.published,
    publishedRange: inferred.range,
    evidence: { origin: 'text', detail: inferred.evidence },
  };
}

function cliEvidence(value: string): Evidence {
  return { origin: 'user', detail: `--published ${value}` };
}

/** The calendar date an ISO date or date-time names in its own offset; null when it is not one. */
export function isoDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? `${y}-${m}-${d}` : null;
}

function sameWords(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.join(' ') ?? '';
  return words(a) === words(b);
}
