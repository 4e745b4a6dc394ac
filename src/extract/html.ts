/**
 * HTML page → article text and page metadata. One DOM per page: metadata is read first, because Readability
 * rearranges the document it is given (we parsed it ourselves, so nobody else's DOM is touched).
 */
import { Readability } from '@mozilla/readability';
import type { PageMetadata } from '../core/types.js';
import { textBlocks } from './blocks.js';
import { boundHtml, type HtmlLimits } from './bounded-html.js';
import { parseDocument, type DomDocument, type DomElement } from './dom.js';
import { findDenseContainer, MIN_PARAGRAPH } from './fallback.js';
import { findStandfirst } from './lead.js';
import { readPageMetadata } from './metadata.js';
import { pruneWidgets } from './prune.js';

export interface HtmlExtraction {
  text: string;
  metadata: PageMetadata;
}

export interface HtmlExtractionOptions {
  url?: string | null;
  /** Pages with more elements than this skip Readability, whose scoring grows badly with page size. */
  maxElements?: number;
  /** Nesting depth and element count past which a page is flattened before it is parsed. */
  limits?: HtmlLimits;
}

const DEFAULT_MAX_ELEMENTS = 20_000;
/**
 * Readability's pick is replaced when it holds less than this share of the prose in the densest container:
 * it then took a teaser or a sidebar for the article.
 */
const FALLBACK_RATIO = 0.5;
/** An article has at least one sentence-long block; a page of short ones is menus and buttons. */
const MIN_LONGEST_BLOCK = 40;

type ReadabilityResult = {
  content: DomElement | null | undefined;
  title?: string | null;
  byline?: string | null;
};

/**
 * Never article text, and costly for Readability, which serialises the whole body before scoring it. Scripts
 * go too: the JSON-LD in them has already been read.
 */
const NEVER_CONTENT = 'script, style, svg, iframe, template, link, meta';

/**
 * Readability takes the first element named like a byline or dateline for the byline and deletes it; a
 * dateline run into the lead paragraph ("KOBE – A total of …") is the start of the article, so it loses the
 * name that would get it deleted.
 */
const INLINE_DATELINE = 'p > [class*="dateline" i], p > [class*="byline" i]';
/** A byline on a line of its own fills its paragraph; one run into prose is a small part of it. */
const MAX_DATELINE_SHARE = 0.25;

function keepInlineDatelines(document: DomDocument): void {
  for (const element of [...document.querySelectorAll(INLINE_DATELINE)]) {
    const own = (element.textContent ?? '').trim().length;
    const paragraph = (element.parentElement?.textContent ?? '').trim().length;
    if (own <= paragraph * MAX_DATELINE_SHARE) element.removeAttribute('class');
  }
}

function runReadability(document: DomDocument, maxElements: number): ReadabilityResult | null {
  for (const element of [...document.querySelectorAll(NEVER_CONTENT)]) element.remove();
  keepInlineDatelines(document);
  try {
    return new Readability<DomElement>(document, {
      maxElemsToParse: maxElements,
      // Kept so pruneWidgets can recognise share bars and related lists by their class names.
      keepClasses: true,
      disableJSONLD: true,
      serializer: (node) => node as unknown as DomElement,
    }).parse();
  } catch {
    // Thrown for pages over maxElemsToParse; the dense-container fallback takes over.
    return null;
  }
}

function articleBlocks(content: DomElement): string[] {
  pruneWidgets(content);
  return textBlocks(content);
}

/** Counted as the dense container counts: short lines are names, menus and captions, not prose. */
function proseLength(blocks: readonly string[]): number {
  return blocks.reduce((sum, block) => (block.length >= MIN_PARAGRAPH ? sum + block.length : sum), 0);
}

/** The dense container of a freshly parsed copy: Readability has already taken the first one apart. */
function fallbackBlocks(html: string): string[] {
  const container = findDenseContainer(parseDocument(html));
  return container ? articleBlocks(container.element) : [];
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function extractHtml(page: string, options: HtmlExtractionOptions = {}): HtmlExtraction {
  const html = boundHtml(page, options.limits);
  const document = parseDocument(html);
  const metadata = readPageMetadata(document, options.url ?? null);
  const dense = findDenseContainer(document);
  const standfirst = findStandfirst(document, metadata.title);
  const article = runReadability(document, options.maxElements ?? DEFAULT_MAX_ELEMENTS);
  let blocks = article?.content ? articleBlocks(article.content) : [];
  if (dense && proseLength(blocks) < dense.proseLength * FALLBACK_RATIO) {
    const fallback = fallbackBlocks(html);
    if (proseLength(fallback) > proseLength(blocks)) blocks = fallback;
  }
  if (!metadata.author && article?.byline) metadata.author = article.byline.trim().replace(/^by\s+/i, '');
  const title = metadata.title ?? article?.title?.trim() ?? null;
  if (title && blocks[0] && comparable(blocks[0]) === comparable(title)) blocks.shift();
  if (standfirst && !blocks.some((block) => comparable(block).includes(comparable(standfirst))))
    blocks.unshift(standfirst);
  if (!blocks.some((block) => block.length >= MIN_LONGEST_BLOCK)) return { text: '', metadata };
  return { text: [title, ...blocks].filter(Boolean).join('\n\n'), metadata };
}
