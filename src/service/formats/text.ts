import type { MergedEvent, ResolvedEntity } from '../../core/connected.js';
import type { ConnectedDossier } from '../connect.js';
import { csvRow } from '../export.js';

// Article text is untrusted: control characters other than tab and line breaks, and lone surrogates, are
// not allowed in XML 1.0 at all, so escaping alone would still leave a document Gephi refuses to open.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside HTML or XML, in element content and in quoted attributes alike. */
export function escapeMarkup(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** One CSV document: a header row, then one row per record, CRLF line ends as RFC 4180 has them. */
export function csvDocument(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  return [header, ...rows].map((row) => `${csvRow(row.map(cell))}\r\n`).join('');
}

/** Resolved entities by id: every format names actors, none of them by id alone. */
export function entityIndex(dossier: ConnectedDossier): Map<string, ResolvedEntity> {
  return new Map(dossier.entities.map((entity) => [entity.id, entity]));
}

export const namesOf = (ids: readonly string[], entities: ReadonlyMap<string, ResolvedEntity>): string[] =>
  ids.map((id) => entities.get(id)?.name ?? id);

/** The articles reporting an event, each once, in evidence order. */
export const reportingArticles = (event: MergedEvent): string[] => [
  ...new Set(event.evidence.map((evidence) => evidence.articleId)),
];

/** A long sentence cut at a word boundary, so a one-page summary stays one page. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
