/**
 * The standfirst: the sentence or two a page sets right under its headline, often in the page header rather
 * than in the article body, so Readability leaves it behind. Read before Readability takes the page apart.
 */
import type { DomDocument, DomElement } from './dom.js';

/** Shorter than this, the line under a headline is a byline, a date or a label. */
const MIN_WORDS = 8;
const MAX_WORDS = 80;
/** A standfirst is prose; a line of links under a headline is a breadcrumb or a topic list. */
const MAX_LINK_SHARE = 0.2;
/** How many elements after the headline may come before the standfirst (a kicker, an empty wrapper). */
const MAX_SIBLINGS = 2;
const BYLINE = /^(?:by|von|par|por|di)\s/i;

function collapsed(element: DomElement): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function nextSiblings(element: DomElement): DomElement[] {
  const siblings = [...(element.parentElement?.children ?? [])];
  return siblings.slice(siblings.indexOf(element) + 1, siblings.indexOf(element) + 1 + MAX_SIBLINGS);
}

/** A paragraph, or a wrapper around a single one; anything else under a headline is a meta bar or a figure. */
function paragraphOf(element: DomElement): DomElement | null {
  if (element.localName === 'p') return element;
  const children = [...element.children];
  return children.length === 1 && children[0] ? paragraphOf(children[0]) : null;
}

function asStandfirst(element: DomElement): string | null {
  if (element.querySelector('img, time, button')) return null;
  const text = collapsed(element);
  const words = text.split(' ').length;
  if (words < MIN_WORDS || words > MAX_WORDS || BYLINE.test(text)) return null;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += collapsed(link).length;
  return linked / text.length > MAX_LINK_SHARE ? null : text;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Titles add the site name or get reworded for search; most of the headline's words still appear in them. */
const MIN_SHARED_WORDS = 0.6;
const MIN_HEADLINE_WORDS = 3;

/** The headline: the page's only <h1>, or the one the page title mostly repeats. */
function findHeadline(document: DomDocument, title: string | null): DomElement | null {
  const headlines = [...document.querySelectorAll('h1')];
  if (headlines.length === 1) return headlines[0] ?? null;
  const wanted = new Set(words(title ?? ''));
  return (
    headlines.find((headline) => {
      const own = words(headline.textContent ?? '');
      const shared = own.filter((word) => wanted.has(word)).length;
      return own.length >= MIN_HEADLINE_WORDS && shared >= own.length * MIN_SHARED_WORDS;
    }) ?? null
  );
}

/** The standfirst set right under the headline, or null when the page has none we can be sure of. */
export function findStandfirst(document: DomDocument, title: string | null): string | null {
  const headline = findHeadline(document, title);
  if (!headline) return null;
  for (const sibling of nextSiblings(headline)) {
    const paragraph = paragraphOf(sibling);
    const text = paragraph ? asStandfirst(paragraph) : null;
    if (text) return text;
  }
  return null;
}
