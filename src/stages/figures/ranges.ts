import type { Figure } from '../../core/analysis.js';

/** Between the two ends of a range: "£49bn to £57bn", "10-12%", "between 5 and 7 million". */
const RANGE_JOIN = /^\s*(?:to|[-–—]|and)\s*$/;

/**
 * Two amounts of one unit joined as a range ("£49bn to £57bn") are one figure from the first to the
 * second; "and" joins them only after "between".
 */
export function joinRanges(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const figure of figures) {
    const previous = out.at(-1);
    const join = previous ? text.slice(previous.end, figure.start) : '';
    if (
      previous &&
      previous.sentence === figure.sentence &&
      previous.valueMax === null &&
      previous.unit === figure.unit &&
      figure.value > previous.value &&
      RANGE_JOIN.test(join) &&
      (!/and/.test(join) ||
        /\bbetween\s+$/i.test(text.slice(Math.max(0, previous.start - 12), previous.start)))
    ) {
      out[out.length - 1] = {
        ...previous,
        text: text.slice(previous.start, figure.end),
        end: figure.end,
        valueMax: figure.value,
        subject: previous.subject ?? figure.subject,
        qualifier: previous.qualifier ?? figure.qualifier,
        asOf: previous.asOf ?? figure.asOf,
        attribution: previous.attribution ?? figure.attribution,
      };
      continue;
    }
    out.push(figure);
  }
  return out;
}
