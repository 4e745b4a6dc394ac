/**
 * JSON-LD blocks flattened into a list of nodes. Pages get JSON-LD wrong often (trailing commas, raw line
 * breaks inside strings, several objects in one block), so a block that cannot be read is skipped, never fatal.
 */
import type { DomDocument } from './dom.js';

export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'newsarticle',
  'article',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'blogposting',
  'liveblogposting',
  'report',
]);

function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Raw control characters inside strings are the commonest fault; a second try costs nothing.
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function flatten(value: unknown, into: JsonLdNode[], depth = 0): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, into, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  into.push(node);
  if ('@graph' in node) flatten(node['@graph'], into, depth + 1);
  if (node.mainEntity && typeof node.mainEntity === 'object') flatten(node.mainEntity, into, depth + 1);
}

export function readJsonLd(document: DomDocument): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    flatten(parseLenient(script.textContent ?? ''), nodes);
  }
  return nodes;
}

function types(node: JsonLdNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((item): item is string => typeof item === 'string').map((item) => item.toLowerCase());
}

/** The first node typed as a news article or blog post: the one whose headline, date and author we trust. */
export function findArticleNode(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  return nodes.find((node) => types(node).some((type) => ARTICLE_TYPES.has(type))) ?? null;
}
