/**
 * Guessing what a decoded input is when nothing else says: stdin, pages served with a vague content type,
 * files without a telling extension.
 */

export type InputFormat = 'html' | 'text' | 'feed' | 'jsonl' | 'json';

/** Whitespace, XML declarations, processing instructions, doctypes and comments before the first tag. */
const PROLOGUE = /^(?:\s+|<\?[\s\S]*?\?>|<!doctype[^>]*>|<!--[\s\S]*?-->)*/i;

export function sniffFormat(text: string): InputFormat {
  if (isFeed(text)) return 'feed';
  if (isHtml(text)) return 'html';
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && parsesAsJson(firstLine(trimmed))) return 'jsonl';
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && parsesAsJson(trimmed)) return 'json';
  return 'text';
}

export function isFeed(text: string): boolean {
  return /^<(?:rss|feed|rdf:RDF)[\s>]/.test(afterPrologue(text));
}

export function isHtml(text: string): boolean {
  return afterPrologue(text).startsWith('<') && /<(?:html|body|p|div)[\s>]/i.test(text);
}

/** Only the start is examined: a prologue longer than this is not one a real page has. */
function afterPrologue(text: string): string {
  const head = text.slice(0, 64 * 1024).replace(/^\ufeff/, '');
  return head.slice(PROLOGUE.exec(head)?.[0].length ?? 0);
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
