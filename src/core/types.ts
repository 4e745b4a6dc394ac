import type { Analysis } from './analysis.js';

/**
 * The records that flow through Dossier. Every layer above `core` speaks in these types; none of them
 * knows how a record is stored or where it was fetched from.
 */

/** Metadata supplied alongside a document by whoever handed it to us (JSONL line, feed item, CLI flag). */
export interface MetadataHints {
  title?: string | undefined;
  /** ISO 8601 date or date-time, as supplied; normalised later. */
  published?: string | undefined;
  outlet?: string | undefined;
  author?: string | undefined;
  url?: string | undefined;
}

/** One document as a source produced it: decoded to a string, not yet extracted or cleaned. */
export interface RawDocument {
  /** Where it came from, for people: a path, a URL, `stdin`, or `file.jsonl:12`. */
  source: string;
  /** The document's own URL when known (fetched from it, or named by a manifest or feed). */
  url: string | null;
  kind: 'text' | 'html';
  body: string;
  hints: MetadataHints;
}

/** Where a piece of metadata was found, in words a user can check. */
export type EvidenceOrigin =
  | 'user' // a CLI flag or `dossier set`
  | 'manifest' // a JSONL/JSON field or feed item
  | 'metadata' // <meta>, JSON-LD, <time>, canonical link
  | 'url' // the document's URL
  | 'text'; // a cue in the article's own text

export interface Evidence {
  origin: EvidenceOrigin;
  /** The exact cue: the meta tag, the JSON field, the sentence or line that gave the value away. */
  detail: string;
}

/** A publication date known only to lie within a span (both ends inclusive, ISO dates). */
export interface DateRange {
  from: string;
  to: string;
  evidence: string;
}

/** Metadata found in an HTML page by the extractor. */
export interface PageMetadata {
  title: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  published: string | null;
  publishedEvidence: string | null;
  outlet: string | null;
  outletEvidence: string | null;
  canonicalUrl: string | null;
  lang: string | null;
}

/** The result of extraction and clean-up: one page in, one article out, nothing stored. */
export interface ExtractedArticle {
  title: string | null;
  text: string;
  /** Every line clean-up removed, in document order, so a user can see what was dropped. */
  removed: string[];
  outlet: string | null;
  outletEvidence: Evidence | null;
  author: string | null;
  /** ISO 639-1 code where one exists (`en`), else ISO 639-3; null when the text is too short to tell. */
  lang: string | null;
  published: string | null;
  publishedEvidence: Evidence | null;
  publishedRange: DateRange | null;
  canonicalUrl: string | null;
  /** What preparing the article has to tell the user (an unreadable date); not stored. */
  warnings?: string[];
}

/** An article ready to be stored: extracted, cleaned, fingerprinted. */
export interface ArticleDraft extends ExtractedArticle {
  source: string;
  url: string | null;
  /**
   * SHA-256 of the normalised text as the line and notice rules left it, before furniture learned from
   * the store is removed: equal fingerprints mean the same article, however much furniture was known.
   */
  fingerprint: string;
}

/** A stored article, as the store returns it. */
export interface Article extends ArticleDraft {
  id: string;
  /** 1 for the first text seen; +1 each time a changed text arrives at the same URL. */
  revision: number;
  ingestedAt: string;
  updatedAt: string;
}

export type ArticleSummary = Pick<
  Article,
  'id' | 'title' | 'outlet' | 'published' | 'lang' | 'source' | 'url' | 'revision'
>;

/** `updated`: a text already stored, whose copy brought better metadata (a manifest's date, say). */
export type SaveOutcome = 'added' | 'revised' | 'updated' | 'unchanged';

export interface SaveResult {
  outcome: SaveOutcome;
  id: string;
  revision: number;
}

/** A user's correction of an article's metadata; only the fields given change. */
export interface ArticlePatch {
  title?: string;
  outlet?: string;
  published?: string;
}

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** A short excerpt around the match, with the matched terms between «…». */
  snippet: string;
}

/** What reading an article found; the text itself stays on the article. */
export type ArticleReading = Omit<Analysis, 'text'>;

/** A reading that found nothing yet: where the pipeline starts, and what an unreadable text keeps. */
export function emptyReading(): ArticleReading {
  return {
    sentences: [],
    mentions: [],
    entities: [],
    dates: [],
    quotes: [],
    figures: [],
    events: [],
    stances: [],
  };
}

/** A stored reading, tagged with the pipeline that produced it so a newer pipeline knows to redo it. */
export interface StoredReading {
  articleId: string;
  /** The article revision that was read. */
  revision: number;
  pipeline: string;
  reading: ArticleReading;
}
