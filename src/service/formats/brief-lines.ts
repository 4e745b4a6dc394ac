import type { Brief, BriefSource, Refs } from '../brief.js';
import { hiddenTotal } from '../trust.js';
import type { HiddenCounts } from '../trust.js';

/** Words from an article, shown between quotation marks and set apart from the brief's own words. */
export interface Quoted {
  quoted: string;
}

/**
 * A brief as words, once, for every renderer: each line is a lead (a date, a speaker, a subject) shown in
 * bold, then parts that are text, quoted words or references, the last part always a reference, so no
 * claim goes unsourced. The parts carry their own separator from the lead.
 */
export interface BriefLine {
  lead: string | null;
  parts: Array<string | Quoted | Refs>;
}

export const isRefs = (part: BriefLine['parts'][number]): part is Refs => Array.isArray(part);

export interface BriefSection {
  heading: string;
  lines: BriefLine[];
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function amount(value: number, unit: string | null): string {
  const number = numberFormat.format(value);
  if (unit === null) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** TIMEX values a reader cannot place (`PRESENT_REF`, `XXXX-XX`) say nothing in a brief. */
const calendarDate = (value: string | null): string | null =>
  value !== null && /^\d{4}(-|$)/.test(value) ? value : null;

/** The sections with something in them, in reading order; the sources are rendered apart. */
export function briefSections(brief: Brief): BriefSection[] {
  const sections: BriefSection[] = [
    {
      heading: 'What happened',
      lines: brief.events.map((e) => ({
        lead: e.when,
        parts: [` ${e.headline}: `, { quoted: e.evidence }, ' ', e.refs],
      })),
    },
    {
      heading: 'Who said what',
      lines: brief.quotes.map((q) => ({
        lead: q.speaker,
        parts: [': ', { quoted: q.text }, `${q.channel ? ` (${q.channel})` : ''} `, q.refs],
      })),
    },
    {
      heading: 'Figures',
      lines: [
        ...brief.series.map((s) => ({
          lead: s.subject,
          parts: s.points.flatMap((p, i) => [
            `${i ? '; ' : ': '}${amount(p.value, s.unit)}${calendarDate(p.asOf) ? ` as of ${p.asOf}` : ''} `,
            p.refs,
          ]),
        })),
        ...brief.figures.map((f) => {
          const asOf = calendarDate(f.asOf);
          const subject = f.subject && !f.text.includes(f.subject) ? ` (${f.subject})` : '';
          const context = [
            asOf ? `as of ${asOf}` : null,
            f.attribution ? `according to ${f.attribution}` : null,
          ]
            .filter(Boolean)
            .join(', ');
          return { lead: null, parts: [`${f.text}${subject}${context ? `, ${context}` : ''} `, f.refs] };
        }),
      ],
    },
    {
      heading: 'Where the sources disagree',
      lines: brief.discrepancies.map((d) => ({
        lead: d.subject,
        parts: d.variants.flatMap((v, i) => [i ? ' or ' : ': ', { quoted: v.value }, ' ', v.refs]),
      })),
    },
  ];
  return sections.filter((section) => section.lines.length > 0);
}

/** "Title, Outlet, 2025-03-12": how a source is named in the list. */
export function sourceCitation(source: BriefSource): string {
  const named = [source.title ?? '(untitled)', source.outlet, source.published ?? 'date unknown'];
  return named.filter(Boolean).join(', ');
}

const KIND_NAMES: Record<keyof HiddenCounts, [one: string, many: string]> = {
  events: ['event', 'events'],
  quotes: ['quote', 'quotes'],
  figures: ['figure', 'figures'],
  discrepancies: ['discrepancy', 'discrepancies'],
  series: ['series', 'series'],
};

/** "12 less certain items left out (7 events, 5 quotes)…", or null when nothing was. */
export function hiddenNote(brief: Brief): string | null {
  if (brief.hidden === null) return null;
  const counts = Object.entries(brief.hidden) as Array<[keyof HiddenCounts, number]>;
  const total = hiddenTotal(brief.hidden);
  if (total === 0) return null;
  const parts = counts
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${KIND_NAMES[kind][count === 1 ? 0 : 1]}`);
  return `${total} less certain ${total === 1 ? 'item' : 'items'} left out (${parts.join(', ')})`;
}

/** "1 source", "4 sources". */
export const sourceCount = (brief: Brief): string =>
  `${brief.sources.length} source${brief.sources.length === 1 ? '' : 's'}`;

export function dateSpan(brief: Brief): string {
  if (brief.from === null && brief.to === null) return 'dates unknown';
  if (brief.from === brief.to) return brief.from!;
  return `${brief.from ?? '?'} to ${brief.to ?? '?'}`;
}
