import type { Figure } from '../../core/analysis.js';

/**
 * The end of a range written as a quote's last digits: "$1.1323-1324" and "162.92-96" run to 1.1324 and
 * 162.96. Only where the end read as written could not close the range (below its start, or a hundredfold
 * above it); "6.5-7" and "2.5-10" stay as written.
 */
export function rangeEnd(start: string, end: string): number | null {
  const written = Number(end.replace(/,/g, ''));
  const decimals = /\.(\d+)$/.exec(start)?.[1];
  const from = Number(start.replace(/,/g, ''));
  const shorthand =
    decimals !== undefined &&
    /^\d+$/.test(end) &&
    end.length >= 2 &&
    end.length <= decimals.length &&
    (written < from || written > from * 100);
  return shorthand ? Number(start.slice(0, start.length - end.length) + end) : null;
}

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
      !endsOnMeasure(previous) &&
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
 * Whether a figure's words run on to what it measures: "fell 120.5 points to 3,400.12" and "three soldiers
 * to 12" are an amount and where it went, no range ("500 to 600 lorries" has no noun in between).
 */
function endsOnMeasure(figure: Figure): boolean {
  const last = figure.subject?.split(/\s+/).pop()?.toLowerCase();
  return last !== undefined && /\p{L}/u.test(last) && figure.text.toLowerCase().endsWith(last);
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

/** "or 37 cents per share", "($12.68 a share)": an amount per share, restating the one before it. */
const PER_SHARE = /^\s*(?:per|a)\s+share\b/i;
const RESTATING = /^\s*(?:,\s*)?(?:or|\()\s*$/i;

/**
 * An amount per share restating a sum ("net income fell to $262.1 million, or 37 cents per share") measures
 * what the sum does, per share; one that restates nothing measured keeps saying nothing.
 */
export function perShare(text: string, figures: Figure[]): Figure[] {
  return figures.map((figure, k) => {
    const sum = figures[k - 1];
    // Read alone, the amount per share may have borrowed the sum's measure without the "per share".
    const own = figure.subject !== null && figure.subject !== sum?.subject;
    if (own || sum?.subject == null || sum.sentence !== figure.sentence) return figure;
    const restates =
      PER_SHARE.test(text.slice(figure.end, figure.end + 12)) &&
      RESTATING.test(text.slice(sum.end, figure.start));
    return restates ? { ...figure, subject: `${sum.subject} per share`, confidence: sum.confidence } : figure;
  });
}
