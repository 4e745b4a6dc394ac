/**
 * Boilerplate Readability leaves inside an article: share bars, "related" lists, newsletter boxes, comment
 * sections, photo credits, author cards, navigation boxes. Judged by the names pages give these widgets, which
 * are far more regular than their wording; an element holding much of the article is never dropped, whatever
 * it is called.
 */
import type { DomElement } from './dom.js';

const WIDGET_NAME =
  /(?:^|[^a-z])(?:share|sharing|sharebar|social|newsletter|subscribe|subscription|signup|related|recommended|promo|advert|advertisement|ads?|comments?|respond|credits?|copyright|byline|breadcrumbs?|author-(?:bio|box|card|info|details|profile)|about-(?:the-)?author|more-stories|next-?(?:post|story|article)s?|nextstory|read-more|popular|trending|outbrain|taboola|navbox)(?:[^a-z]|$)/i;

/** Past this share of the article's text an element is the article, not a widget inside it. */
const MAX_WIDGET_SHARE = 0.3;

/** A caption that only says who took the picture: "Photograph by …", "REUTERS/…", "© Getty Images". */
const CREDIT_TEXT =
  /(?:^|[\s(])(?:(?:photo|photograph|image|picture|video)s?\s*(?:by\b|:|credit)|credits?\s*:|courtesy\b|©)|(?:getty images|shutterstock|reuters\/|ap photo|afp)\b/i;
const MAX_CREDIT_WORDS = 15;

function isCreditCaption(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= MAX_CREDIT_WORDS && CREDIT_TEXT.test(text);
}

function widgetName(element: DomElement): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
}

function textLength(element: DomElement): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').length;
}

/** Removes boilerplate widgets from `content` in place; `content` is ours, Readability built it. */
export function pruneWidgets(content: DomElement): void {
  const total = textLength(content);
  for (const caption of [...content.querySelectorAll('figcaption')]) {
    if (isCreditCaption(caption.textContent ?? '')) caption.remove();
  }
  for (const element of [...content.querySelectorAll('[class], [id]')]) {
    if (!element.parentNode || !WIDGET_NAME.test(widgetName(element))) continue;
    if (textLength(element) > total * MAX_WIDGET_SHARE) continue;
    element.remove();
  }
}
