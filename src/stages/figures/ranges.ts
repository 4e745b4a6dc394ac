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

/**
 * An amount restated in brackets ("4 million pounds ($5.4 million) in aid", "the $10m (£7.5m) bounty")
 * measures what the amount it restates measures: whichever of the two the reading found it for lends it to
 * the other.
 */
export function shareRestated(text: string, figures: Figure[]): Figure[] {
  const out = [...figures];
  for (let k = 1; k < out.length; k++) {
    const [outer, inner] = [out[k - 1]!, out[k]!];
    const restated =
      outer.sentence === inner.sentence &&
      /^\s*\(\s*$/.test(text.slice(outer.end, inner.start)) &&
      /^\s*\)/.test(text.slice(inner.end, inner.end + 3));
    if (!restated || (outer.subject === null) === (inner.subject === null)) continue;
    if (outer.subject === null)
      out[k - 1] = { ...outer, subject: inner.subject, confidence: inner.confidence };
    else out[k] = { ...inner, subject: outer.subject, confidence: outer.confidence };
  }
  return out;
}
