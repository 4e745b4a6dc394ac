import { InputError } from '../core/errors.js';
import { fingerprintText } from '../core/identity.js';
import type { ArticleDraft, Evidence, ExtractedArticle, PageMetadata, RawDocument } from '../core/types.js';
import { cleanText } from '../clean/boilerplate.js';
import { detectLanguage } from '../clean/language.js';
import { detectOutlet } from '../clean/outlet.js';
import { inferPublished, type PublishedInference } from '../clean/published.js';
import { cleanArticleText, PARTIAL_MARK } from '../clean/article-text.js';
import { noticeKind } from '../clean/notices.js';
import { describeDate, parseDate } from '../core/dates.js';
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
  const headline = raw.hints.title?.trim();
  if (raw.body.trim() === '' && headline) return headlineOnly(raw, headline, options);
  const url = raw.url ?? raw.hints.url ?? null;
  const page =
    raw.kind === 'html' ? extractHtml(raw.body, { url }) : { text: raw.body, metadata: NO_METADATA };
  const cleaned = cleanText(page.text);
  const given = raw.hints.title?.trim() || page.metadata.title;
  const split = splitTitle(cleaned.text);
  const firstLineIsTitle = split.title !== null && (!given || sameWords(split.title, given));
  const titled = firstLineIsTitle ? split.body : cleaned.text;
  if (titled.trim() === '') {
    // The line rules took every line: say so plainly when what they took was a notice.
    const notice = cleaned.removed.find((line) => noticeKind(line) !== null);
    throw new InputError(
      raw.source,
      'no-article',
      notice
        ? `only a ${noticeKind(notice)} notice, no article: "${notice}"`
        : 'no article text found after extraction and clean-up',
    );
  }
  const verdict = cleanArticleText(titled);
  if (!verdict.ok) throw new InputError(raw.source, 'no-article', verdict.reason);
  const text = verdict.text;
  const outlet = findOutlet(raw, page.metadata, text, cleaned.removed, url);
  // The dateline is off the text the stages read, but its date is still the text's word on when it was filed.
  const published = findPublished(raw, page.metadata, titled, options);
  return {
    title: given || split.title,
    text,
    removed: [...verdict.removed, ...cleaned.removed],
    outlet: outlet?.outlet ?? null,
    outletEvidence: outlet?.evidence ?? null,
    author: raw.hints.author?.trim() || page.metadata.author,
    lang: detectLanguage(text) ?? page.metadata.lang,
    published: published.published,
    publishedEvidence: published.evidence,
    publishedRange: published.publishedRange,
    canonicalUrl: page.metadata.canonicalUrl,
    ...(published.warning ? { warnings: [published.warning] } : {}),
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

type PublishedFound = Pick<ArticleDraft, 'published' | 'publishedRange'> & {
  evidence: Evidence | null;
  /** One line for the user when a given date could not be read. */
  warning?: string;
};

/** A feed date this far from every date the text gives is the feed's mistake, not the article's date. */
const CONTRADICTION_DAYS = 366;

function findPublished(
  raw: RawDocument,
  metadata: PageMetadata,
  text: string,
  options: PrepareOptions,
): PublishedFound {
  if (options.published) {
    const given = parseDate(options.published);
    if (given) {
      return {
        published: given.day,
        publishedRange: null,
        evidence: { origin: 'user', detail: `--published ${options.published}` },
      };
    }
  }
  const inferred = (): PublishedInference | null =>
    inferPublished(text, options.reference ? { reference: options.reference } : {});
  const raw_ = raw.hints.published;
  const hinted = raw_ ? parseDate(raw_) : null;
  if (hinted && raw_) {
    const detail = `published "${raw_}"${hinted.instant && hinted.instant !== raw_ ? ` (${describeDate(hinted)})` : ''} given by ${raw.source}`;
    const fromText = inferred();
    if (fromText?.published && contradicts(hinted.day, fromText.published)) {
      return {
        published: fromText.published,
        publishedRange: null,
        evidence: {
          origin: 'text',
          detail: `contradiction: ${detail} is years away from the text's own date, ${fromText.published}, read from "${fromText.evidence}"; the text's date is used`,
        },
      };
    }
    return { published: hinted.day, publishedRange: null, evidence: { origin: 'manifest', detail } };
  }
  const unread = raw_
    ? {
        note: `published "${raw_}" given by ${raw.source} could not be read as a date`,
        warning: `${raw.source}: published "${raw_}" could not be read as a date; stored without it`,
      }
    : null;
  const found = ((): PublishedFound => {
    if (metadata.published) {
      return {
        published: metadata.published,
        publishedRange: null,
        evidence: { origin: 'metadata', detail: metadata.publishedEvidence ?? 'page metadata' },
      };
    }
    const fromText = inferred();
    if (!fromText) return { published: null, publishedRange: null, evidence: null };
    return {
      published: fromText.published,
      publishedRange: fromText.range,
      evidence: { origin: 'text', detail: fromText.evidence },
    };
  })();
  if (!unread) return found;
  // The unreadable value is kept as evidence, beside whatever else dated the article.
  const evidence: Evidence = found.evidence
    ? { origin: found.evidence.origin, detail: `${found.evidence.detail} (${unread.note})` }
    : { origin: 'manifest', detail: unread.note };
  return { ...found, evidence, warning: unread.warning };
}

function contradicts(given: string, text: string): boolean {
  const days = Math.abs(Date.parse(`${given}T00:00:00Z`) - Date.parse(`${text}T00:00:00Z`)) / 86_400_000;
  return days > CONTRADICTION_DAYS;
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

/**
 * An item that came with a headline and no text (a feed that gives only titles and links): the headline
 * is read as the article, which is marked partial so no one takes it for the whole report. A headline too
 * short to say anything is refused as any short text is.
 */
function headlineOnly(raw: RawDocument, headline: string, options: PrepareOptions): ExtractedArticle {
  const verdict = cleanArticleText(headline);
  if (!verdict.ok)
    throw new InputError(raw.source, 'no-article', `no text, and the title: ${verdict.reason}`);
  const url = raw.url ?? raw.hints.url ?? null;
  const removed = [`[no text; ${PARTIAL_MARK}] the item carried a title only; the title is read as its text`];
  const outlet = findOutlet(raw, NO_METADATA, verdict.text, removed, url);
  const published = findPublished(raw, NO_METADATA, verdict.text, options);
  return {
    title: headline,
    text: verdict.text,
    removed,
    outlet: outlet?.outlet ?? null,
    outletEvidence: outlet?.evidence ?? null,
    author: raw.hints.author?.trim() || null,
    lang: detectLanguage(verdict.text),
    published: published.published,
    publishedEvidence: published.evidence,
    publishedRange: published.publishedRange,
    canonicalUrl: null,
    ...(published.warning ? { warnings: [published.warning] } : {}),
  };
}
