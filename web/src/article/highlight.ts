import type { ArticleDetail } from '../api';

export type HighlightKind = 'entity' | 'date' | 'quote' | 'figure' | 'target';

export interface Highlight {
  kind: HighlightKind;
  start: number;
  end: number;
  /** What the highlight means, shown as a tooltip: "Marco Rubio (person)", "2025-03-11". */
  label: string;
}

export interface Segment {
  start: number;
  end: number;
  highlights: Highlight[];
}

const isOffset = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Every span reading found, as highlights; spans with missing or broken offsets are left out. */
export function highlightsOf(detail: ArticleDetail): Highlight[] {
  const all: Highlight[] = [];
  const add = (kind: HighlightKind, start: unknown, end: unknown, label: string) => {
    if (isOffset(start) && isOffset(end) && end > start) all.push({ kind, start, end, label });
  };
  for (const entity of detail.entities ?? []) {
    const label = `${entity.name ?? 'entity'} (${entity.type ?? 'unknown'})`;
    for (const mention of entity.mentions ?? []) add('entity', mention.start, mention.end, label);
  }
  for (const date of detail.dates ?? [])
    add('date', date.start, date.end, `Date: ${date.value ?? date.text ?? ''}`);
  for (const quote of detail.quotes ?? []) {
    add(
      'quote',
      quote.content?.start,
      quote.content?.end,
      `Quote by ${quote.speaker ?? 'an unnamed speaker'}`,
    );
  }
  for (const figure of detail.figures ?? []) {
    const what = [figure.value, figure.unit, figure.subject && `of ${figure.subject}`]
      .filter((p) => p !== null && p !== undefined && p !== '')
      .join(' ');
    add('figure', figure.start, figure.end, `Figure: ${what}`);
  }
  return all;
}

export interface Paragraph {
  start: number;
  end: number;
}

/** Paragraphs are separated by blank lines in the cleaned text; offsets stay those of the whole text. */
export function paragraphsOf(text: string): Paragraph[] {
  const result: Paragraph[] = [];
  const separator = /\n\s*\n/g;
  let start = 0;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    if (match.index > start) result.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) result.push({ start, end: text.length });
  return result;
}

/**
 * Cuts [from, to) at every highlight boundary, so each piece carries exactly the highlights covering it.
 * Highlights may nest or overlap (a name inside a quote); the pieces never do.
 */
export function segmentsOf(from: number, to: number, highlights: Highlight[]): Segment[] {
  const inside = highlights.filter((h) => h.start < to && h.end > from);
  const cuts = new Set([from, to]);
  for (const h of inside) {
    cuts.add(Math.max(from, h.start));
    cuts.add(Math.min(to, h.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({ start, end, highlights: inside.filter((h) => h.start <= start && h.end >= end) });
  }
  return segments;
}

/** The span a deep link points at: `?at=120-240`, or the first place `?find=` text occurs. */
export function targetOf(
  text: string,
  at: string | null,
  find: string | null,
): { start: number; end: number } | null {
  const range = at ? /^(\d+)-(\d+)$/.exec(at) : null;
  if (range) {
    const start = Number(range[1]);
    const end = Math.min(text.length, Number(range[2]));
    if (end > start) return { start, end };
  }
  if (find) {
    const index = text.indexOf(find);
    if (index >= 0) return { start: index, end: index + find.length };
  }
  return null;
}
