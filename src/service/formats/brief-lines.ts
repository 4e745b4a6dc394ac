import type { Brief, BriefSource, Refs } from '../brief.js';
import { eventHeadline } from './text.js';

/**
 * A brief as words, once, for every renderer: each line is a lead (a date, a speaker, a subject) shown in
 * bold, then parts that are either text or references, the last part always a reference, so no claim goes
 * unsourced. The parts carry their own separator from the lead.
 */
export interface BriefLine {
  lead: string | null;
  parts: Array<string | Refs>;
}

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
      lines: brief.events.map((e) => {
        const details = [e.mode === 'asserted' ? null : e.mode, e.place ? `in ${e.place}` : null].filter(
          Boolean,
        );
        const headline = eventHeadline(e.type, e.sources, e.targets);
        return {
          lead: e.when,
          parts: [
            ` ${headline}${details.length ? ` (${details.join(', ')})` : ''}: “${e.evidence}” `,
            e.refs,
          ],
        };
      }),
    },
    {
      heading: 'Who said what',
      lines: brief.quotes.map((q) => ({
        lead: q.speaker,
        parts: [`: “${q.text}”${q.channel ? ` (${q.channel})` : ''} `, q.refs],
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
        parts: d.variants.flatMap((v, i) => [`${i ? ' or ' : ': '}“${v.value}” `, v.refs]),
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

export function dateSpan(brief: Brief): string {
  if (brief.from === null && brief.to === null) return 'dates unknown';
  if (brief.from === brief.to) return brief.from!;
  return `${brief.from ?? '?'} to ${brief.to ?? '?'}`;
}
