/**
 * The part of linkedom's DOM that extraction uses. The project compiles without the DOM library (it runs on
 * Node), and linkedom's own typings lean on it, so the shapes we rely on are written out here.
 */
import { parseHTML } from 'linkedom';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly textContent: string | null;
  readonly childNodes: Iterable<DomNode> & { readonly length: number };
  readonly parentNode: DomNode | null;
}

export interface DomParent {
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement> & { readonly length: number };
}

export interface DomElement extends DomNode, DomParent {
  readonly localName: string;
  readonly children: Iterable<DomElement> & { readonly length: number };
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  remove(): void;
}

export interface DomDocument extends DomParent {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
}

/**
 * A fresh document of our own, so nothing a caller holds is ever changed by extraction. A fragment (a feed's
 * `content:encoded`, a manifest's `html` field) is put in a body first: linkedom makes its first element the
 * document element and gives it no body, and nothing would be extracted from it.
 */
export function parseDocument(html: string): DomDocument {
  const whole = /<(?:html|head|body)[\s>]/i.test(html);
  const { document } = parseHTML(whole ? html : `<html><body>${html}</body></html>`) as {
    document: DomDocument;
  };
  // linkedom builds no <html> for input without a single tag, and its `body` getter then throws.
  if (document.documentElement) return document;
  return (parseHTML(`<html><body>${html}</body></html>`) as { document: DomDocument }).document;
}
