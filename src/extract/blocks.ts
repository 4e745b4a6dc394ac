/**
 * DOM → plain text, one block per line. Readability hands back markup; what the rest of Dossier reads is
 * lines, so block boundaries decide where lines break and everything inline runs together with its spaces
 * collapsed.
 */

import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Never rendered as text, or rendered as controls rather than prose. */
const SILENT_TAGS = new Set([
  'button',
  'canvas',
  'embed',
  'head',
  'iframe',
  'input',
  'link',
  'map',
  'math',
  'meta',
  'noscript',
  'object',
  'option',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'video',
  'audio',
]);

/** Markup inside a cell that means the table lays out a page rather than holding rows of data. */
const LAYOUT_INSIDE_CELL = 'p, div, table, ul, ol, br, h1, h2, h3, h4, h5, h6, blockquote, pre';

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

class BlockWriter {
  readonly blocks: string[] = [];
  private pending = '';

  add(text: string): void {
    this.pending += text;
  }

  flush(): void {
    const line = collapse(this.pending);
    if (line) this.blocks.push(line);
    this.pending = '';
  }

  /** Code keeps its indentation; only the line ends and the blank lines around it are tidied. */
  addPreformatted(text: string): void {
    this.flush();
    const lines = text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.replace(/\s+$/, ''));
    while (lines[0] === '') lines.shift();
    while (lines.at(-1) === '') lines.pop();
    if (lines.length > 0) this.blocks.push(lines.join('\n'));
  }
}

function visit(node: DomNode, writer: BlockWriter): void {
  if (node.nodeType === TEXT_NODE) {
    writer.add(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as DomElement;
  const tag = element.localName;
  if (SILENT_TAGS.has(tag) || element.hasAttribute('hidden')) return;
  if (tag === 'br') {
    writer.flush();
    return;
  }
  if (tag === 'pre') {
    writer.addPreformatted(element.textContent ?? '');
    return;
  }
  if (tag === 'tr' && !element.querySelector(LAYOUT_INSIDE_CELL)) {
    writer.flush();
    const cells = [...element.children].map((cell) => collapse(cell.textContent ?? '')).filter(Boolean);
    writer.add(cells.join(' | '));
    writer.flush();
    return;
  }
  const isBlock = BLOCK_TAGS.has(tag);
  if (isBlock) writer.flush();
  for (const child of element.childNodes) visit(child, writer);
  if (isBlock) writer.flush();
}

/** The text blocks of an element in document order: paragraphs, headings, list items, table rows, code. */
export function textBlocks(root: DomNode): string[] {
  const writer = new BlockWriter();
  visit(root, writer);
  writer.flush();
  return writer.blocks;
}
