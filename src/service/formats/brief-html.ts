import type { Brief } from '../brief.js';
import { briefSections, dateSpan, sourceCitation } from './brief-lines.js';
import { escapeMarkup as html } from './text.js';

const STYLE = `
body { font: 16px/1.5 Georgia, 'Times New Roman', serif; color: #1d1d1d; background: #fff; margin: 0; }
main { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font: 600 0.95rem/1.2 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.05em;
  border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; margin-top: 1.8rem; }
.meta { color: #555; font-family: system-ui, sans-serif; font-size: 0.9rem; margin-top: 0; }
ul { padding-left: 1.1rem; } li { margin: 0.35rem 0; }
.refs { font-family: system-ui, sans-serif; font-size: 0.8rem; white-space: nowrap; }
.refs a, .sources a { color: #0b5394; }
.sources { list-style: none; padding-left: 0; font-size: 0.9rem; }
.sources li:target { background: #fff6cc; }
.outside { color: #777; }
@media print { main { margin: 0 auto; } .refs a { color: inherit; text-decoration: none; } }
`;

const refs = (numbers: readonly number[]) =>
  `<span class="refs">[${numbers.map((n) => `<a href="#source-${n}">${n}</a>`).join(', ')}]</span>`;

/** A link only for web addresses: a `javascript:` URL from a hostile feed must stay text. */
function location(url: string | null, source: string): string {
  if (url && /^https?:\/\//i.test(url)) return `<a href="${html(url)}">${html(url)}</a>`;
  return html(url ?? source);
}

/**
 * The brief as one standalone HTML page: inline CSS, no scripts, every piece of text escaped, and a
 * policy that forbids scripts and remote loads in case anything ever slips through.
 */
export function renderBriefHtml(brief: Brief): string {
  const sections = briefSections(brief).map((section) => {
    const items = section.lines.map((line) => {
      const lead = line.lead === null ? '' : `<strong>${html(line.lead)}</strong>`;
      const body = line.parts.map((part) => (typeof part === 'string' ? html(part) : refs(part))).join('');
      return `      <li>${lead}${body}</li>`;
    });
    return [
      `    <section>`,
      `    <h2>${html(section.heading)}</h2>`,
      '    <ul>',
      ...items,
      '    </ul>',
      '    </section>',
    ];
  });
  const sources = brief.sources.map((source) => {
    const outside = source.inScope ? '' : ' <span class="outside">(outside this story)</span>';
    return `      <li id="source-${source.ref}">[${source.ref}] ${html(sourceCitation(source))}${outside}: ${location(source.url, source.source)}</li>`;
  });
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Brief: ${html(brief.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '  <main>',
    `    <h1>${html(brief.title)}</h1>`,
    `    <p class="meta">${html(`${dateSpan(brief)} · ${brief.sources.length} sources`)}</p>`,
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
