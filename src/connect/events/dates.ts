import type { DatePrecision } from '../../core/connected.js';

/** A TIMEX value read as the days it may fall on, both ends inclusive. */
export interface DateRange {
  /** The value as shown: YYYY-MM-DD, YYYY-MM, YYYY, or the TIMEX value for an approximate date. */
  value: string;
  precision: Exclude<DatePrecision, 'undated'>;
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
const lastDayOf = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
}

export function addDays(day: string, days: number): string {
  return iso(Date.parse(day) + days * DAY_MS);
}

/** Monday of ISO week `week` of `year`. */
function isoWeekStart(year: number, week: number): number {
  const jan4 = utc(year, 1, 4);
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  return mondayOfWeek1 + (week - 1) * 7 * DAY_MS;
}

/**
 * The days a TIMEX3 value names: `2025-12-02` (also with a time or part of day), `2025-12`, `2025`; a week
 * (`2025-W49`) or a quarter (`2025-Q4`) is an approximate date; anything else (`PRESENT_REF`, `XXXX-XX-XX`,
 * durations) is no date, and null.
 */
export function parseTimex(value: string | null): DateRange | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    return Number.isNaN(Date.parse(day)) ? null : { value: day, precision: 'day', from: day, to: day };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return { value, precision: 'month', from: iso(utc(y, mo, 1)), to: iso(utc(y, mo, lastDayOf(y, mo))) };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { value, precision: 'year', from: `${value}-01-01`, to: `${value}-12-31` };
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const start = isoWeekStart(Number(m[1]), Number(m[2]));
    return { value, precision: 'around', from: iso(start), to: iso(start + 6 * DAY_MS) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    return {
      value,
      precision: 'around',
      from: iso(utc(y, q * 3 - 2, 1)),
      to: iso(utc(y, q * 3, lastDayOf(y, q * 3))),
    };
  }
  return null;
}

/** Finer first: a day says more than a week, a week more than a month. */
export const PRECISION_RANK: Record<DatePrecision, number> = {
  day: 0,
  around: 1,
  month: 2,
  year: 3,
  undated: 4,
};

export const contains = (outer: DateRange, inner: DateRange): boolean =>
  outer.from <= inner.from && inner.to <= outer.to;

/** One names the other's days or a part of them ("2025-12" holds "2025-12-02"); approximate dates need only overlap. */
export function rangesAgree(a: DateRange, b: DateRange): boolean {
  if (a.precision === 'around' || b.precision === 'around') return a.from <= b.to && b.from <= a.to;
  return contains(a, b) || contains(b, a);
}
