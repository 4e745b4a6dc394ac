import { createHash } from 'node:crypto';
import type { Brief } from '../brief.js';
import { briefSections, dateSpan, hiddenNote, sourceCount, isRefs, sourceCitation } from './brief-lines.js';
import type { BriefLine } from './brief-lines.js';
import { escapeMarkup as html } from './text.js';

/**
 * The brief's one stylesheet, inline so a saved brief is one file. Pages that forbid inline styles (the
 * app's Content-Security-Policy does) allow this one by its hash, `BRIEF_STYLE_HASH`: nothing else inline
 * runs, and any change to the text below changes the hash with it.
 */
const STYLE = `
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6570; --line: #d5dae0; --accent: #0b5cad; }
body { font: 16px/1.55 Georgia, 'Times New Roman', serif; color: var(--ink); background: #fff; margin: 0; }
main { max-width: 48rem; margin: 2.5rem auto; padding: 0 1.25rem; }
header { border-bottom: 3px solid var(--ink); padding-bottom: 0.6rem; }
.kicker { font: 600 0.8rem/1 system-ui, sans-serif; letter-spacing: 0.08em; text-transform: uppercase;
  color: var(--muted); margin: 0 0 0.4rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.4rem; }
.meta, .hidden-note { color: var(--muted); font: 0.9rem/1.4 system-ui, sans-serif; margin: 0.2rem 0; }
h2 { font: 700 0.85rem/1.2 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.07em;
  border-bottom: 1px solid var(--line); padding-bottom: 0.3rem; margin: 2rem 0 0.6rem; }
ul.lines { list-style: none; padding: 0; margin: 0; }
ul.lines li { padding: 0.45rem 0; border-bottom: 1px solid #eef1f4; break-inside: avoid; }
.what-happened li { display: grid; grid-template-columns: 8.5rem 1fr; column-gap: 1rem; }
.what-happened .lead { font: 600 0.85rem/1.6 system-ui, sans-serif; color: var(--muted); }
.lead { font-weight: 700; }
.quoted { font-style: italic; color: #3a434d; }
.refs { font: 0.78rem system-ui, sans-serif; white-space: nowrap; color: var(--muted); }
a { color: var(--accent); }
.sources { padding-left: 0; list-style: none; font: 0.88rem/1.45 system-ui, sans-serif; }
.sources li { margin: 0.3rem 0; overflow-wrap: anywhere; }
.sources li:target { background: #fff6cc; }
.outside { color: var(--muted); }
@media (max-width: 40rem) { .what-happened li { grid-template-columns: 1fr; } h1 { font-size: 1.5rem; } }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .sources a[href^="http"]::after { content: " <" attr(href) ">"; }
  h2 { break-after: avoid; }
}
`;

/** For a Content-Security-Policy's `style-src`: the hash that allows the brief's inline stylesheet. */
export const BRIEF_STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

const refs = (numbers: readonly number[]) =>
  `<span class="refs">[${numbers.map((n) => `<a href="#source-${n}">${n}</a>`).join(', ')}]</span>`;

const part = (piece: BriefLine['parts'][number]) =>
  isRefs(piece)
    ? refs(piece)
    : typeof piece === 'string'
      ? html(piece)
      : `<span class="quoted">“${html(piece.quoted)}”</span>`;

/** A link only for web addresses: a `javascript:` URL from a hostile feed must stay text. */
function location(url: string | null, source: string): string {
  if (url && /^https?:\/\//i.test(url)) return `<a href="${html(url)}">${html(url)}</a>`;
  return html(url ?? source);
}

export interface BriefHtmlOptions {
  /** Where a reader can open an article (the app's reader); a saved brief has none. */
  articleHref?: (articleId: string) => string;
}

const sectionClass = (heading: string) => heading.toLowerCase().replace(/[^a-z]+/g, '-');

/**
 * The brief as one standalone, print-friendly HTML page: one hashed stylesheet, no scripts, every piece
 * of text escaped, and a policy that forbids scripts and remote loads in case anything ever slips through.
 */
export function renderBriefHtml(brief: Brief, options: BriefHtmlOptions = {}): string {
  const sections = briefSections(brief).map((section) => {
    const items = section.lines.map((line) => {
      const lead = line.lead === null ? '' : `<span class="lead">${html(line.lead)}</span>`;
      return `      <li>${lead}<span>${line.parts.map(part).join('')}</span></li>`;
    });
    return [
      `    <section class="${sectionClass(section.heading)}">`,
      `    <h2>${html(section.heading)}</h2>`,
      '    <ul class="lines">',
      ...items,
      '    </ul>',
      '    </section>',
    ];
  });
  const sources = brief.sources.map((source) => {
    const outside = source.inScope ? '' : ' <span class="outside">(outside this story)</span>';
    const reader = options.articleHref
      ? ` · <a href="${html(options.articleHref(source.articleId))}">read in Dossier</a>`
      : '';
    return `      <li id="source-${source.ref}">[${source.ref}] ${html(sourceCitation(source))}${outside}: ${location(source.url, source.source)}${reader}</li>`;
  });
  const note = hiddenNote(brief);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${BRIEF_STYLE_HASH}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Brief: ${html(brief.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '  <main>',
    '    <header>',
    '    <p class="kicker">Dossier brief</p>',
    `    <h1>${html(brief.title)}</h1>`,
    `    <p class="meta">${html(`${dateSpan(brief)} · ${sourceCount(brief)}`)}</p>`,
    ...(note ? [`    <p class="hidden-note">${html(note)}</p>`] : []),
    '    </header>',
    ...sections.flat(),
    '    <section>',
    '    <h2>Sources</h2>',
    '    <ol class="sources">',
    ...sources,
    '    </ol>',
    '    </section>',
    '  </main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
