/**
 * Turning what a phrase says ("last Wednesday", "in November", "a year ago") into a TIMEX3 value, measured
 * from the publication date. Without a publication date, the parts that would need it stay `X`, as TIMEX3
 * writes an unknown, rather than being guessed from today's clock.
 */
import {
  dayNumber,
  daysInMonth,
  formatDay,
  formatMonth,
  formatWeek,
  isoWeekday,
  pad,
  shiftMonth,
  toCalendar,
} from './calendar.js';
import type { Tense } from './tense.js';

/**
 * Which occurrence of a recurring date a phrase means: `before`/`after` exclude the reference day ("last",
 * "next"); `past`/`future` include it (a bare "Wednesday" in a past or future sentence).
 */
export type Direction = 'before' | 'past' | 'after' | 'future';

export interface Quarter {
  year: number;
  quarter: number;
}

/** What a rule may read about where it stands; tense is computed only when a rule asks for it. */
export interface Anchor {
  /** Publication date as a day number, or null when unknown. */
  readonly published: number | null;
  tense(): Tense;
  /** The sentence around the match, for rules whose reading depends on it ("a year ago" beside "quarter"). */
  sentence(): string;
  /** The quarter the document last spoke of, which "the quarter" and "the year-earlier period" refer to. */
  lastQuarter: Quarter | null;
}

const UNKNOWN_DAY = 'XXXX-XX-XX';

/** "this" names the occurrence in the current year or week, whichever way the sentence looks. */
export function yearlyDirectionOf(
  modifier: string | undefined,
  anchor: Anchor,
  context = '',
): Direction | 'this' {
  if (/^this$/i.test(modifier ?? '')) return 'this';
  if (!modifier && /\b(?:by|until|till|through|before)\s+$/i.test(context)) return 'future';
  return directionOf(modifier, anchor);
}

/** Direction implied by a modifier word, or by the sentence's tense when there is none. */
export function directionOf(modifier: string | undefined, anchor: Anchor): Direction {
  const word = (modifier ?? '').toLowerCase().replace(/^the /, '');
  if (/^(?:last|past|previous|preceding|this past)$/.test(word)) return 'before';
  if (/^(?:next|coming|following|forthcoming|upcoming|this coming)$/.test(word)) return 'after';
  return anchor.tense() === 'future' ? 'future' : 'past';
}

export function dayOffset(anchor: Anchor, days: number): string {
  return anchor.published === null ? UNKNOWN_DAY : formatDay(anchor.published + days);
}

/** The named weekday (1 = Monday) nearest the publication date in the given direction. */
export function weekdayDay(anchor: Anchor, weekday: number, direction: Direction): number | null {
  if (anchor.published === null) return null;
  const today = isoWeekday(anchor.published);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  switch (direction) {
    case 'past':
      return anchor.published - back;
    case 'before':
      return anchor.published - (back || 7);
    case 'future':
      return anchor.published + ahead;
    case 'after':
      return anchor.published + (ahead || 7);
  }
}

export function weekdayValue(anchor: Anchor, weekday: number, direction: Direction): string {
  const day = weekdayDay(anchor, weekday, direction);
  return day === null ? `XXXX-WXX-${weekday}` : formatDay(day);
}

/** A month named without a year: the occurrence before or after publication that the direction asks for. */
export function monthValue(anchor: Anchor, month: number, direction: Direction | 'this'): string {
  if (anchor.published === null) return `XXXX-${pad(month)}`;
  const now = toCalendar(anchor.published);
  let year = now.year;
  if (direction === 'this') return formatMonth(year, month);
  if (direction === 'before' && month >= now.month) year -= 1;
  else if (direction === 'past' && month > now.month) year -= 1;
  else if (direction === 'after' && month <= now.month) year += 1;
  else if (direction === 'future' && month < now.month) year += 1;
  return formatMonth(year, month);
}

/**
 * "Nov. 12" without a year: the occurrence nearest the publication date, unless the sentence's tense
 * points clearly to the past or the future and the nearest lies the other way.
 */
export function monthDayValue(anchor: Anchor, month: number, day: number): string | null {
  if (day < 1 || day > 31) return null;
  const published = anchor.published;
  if (published === null) return `XXXX-${pad(month)}-${pad(day)}`;
  const year = toCalendar(published).year;
  const candidates = [year - 1, year, year + 1]
    .filter((candidate) => day <= daysInMonth(candidate, month))
    .map((candidate) => dayNumber(candidate, month, day));
  if (candidates.length === 0) return null;
  const distance = (at: number) => Math.abs(at - published);
  const nearest = candidates.reduce((best, at) => (distance(at) < distance(best) ? at : best));
  const tense = anchor.tense();
  const allowed = candidates.filter((at) =>
    tense === 'past' ? at <= published : tense === 'future' ? at >= published : true,
  );
  const chosen = allowed.reduce<number | null>(
    (best, at) => (best === null || distance(at) < distance(best) ? at : best),
    null,
  );
  return formatDay(chosen !== null && distance(chosen) < 300 ? chosen : nearest);
}

export function yearValue(anchor: Anchor, offset: number): string {
  return anchor.published === null ? 'XXXX' : pad(toCalendar(anchor.published).year + offset, 4);
}

export function monthOffsetValue(anchor: Anchor, offset: number): string {
  if (anchor.published === null) return 'XXXX-XX';
  const now = toCalendar(anchor.published);
  const shifted = shiftMonth(now.year, now.month, offset);
  return formatMonth(shifted.year, shifted.month);
}

export function weekOffsetValue(anchor: Anchor, offset: number): string {
  return anchor.published === null ? 'XXXX-WXX' : formatWeek(anchor.published + offset * 7);
}

export function decadeOffsetValue(anchor: Anchor, offset: number): string {
  if (anchor.published === null) return 'XXX';
  return String(Math.floor(toCalendar(anchor.published).year / 10) + offset);
}

/** The weekend nearest publication in the direction: past weekends for past sentences, coming ones else. */
export function weekendValue(anchor: Anchor, direction: Direction): string {
  const saturday = weekdayDay(anchor, 6, direction);
  return saturday === null ? 'XXXX-WXX-WE' : `${formatWeek(saturday)}-WE`;
}

export function quarterOf(day: number): Quarter {
  const date = toCalendar(day);
  return { year: date.year, quarter: Math.ceil(date.month / 3) };
}

export function formatQuarter(quarter: Quarter | null): string {
  return quarter ? `${pad(quarter.year, 4)}-Q${quarter.quarter}` : 'XXXX-QX';
}

export function shiftQuarter(quarter: Quarter, by: number): Quarter {
  const index = quarter.year * 4 + quarter.quarter - 1 + by;
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

/**
 * "The third quarter" without a year: the latest such quarter already begun at publication, since
 * companies report quarters that have ended, unless a future sentence speaks of one still to come this year.
 */
export function namedQuarter(anchor: Anchor, quarter: number, direction: Direction): Quarter | null {
  if (anchor.published === null) return null;
  const current = quarterOf(anchor.published);
  const future = direction === 'after' || direction === 'future';
  return { year: quarter > current.quarter && !future ? current.year - 1 : current.year, quarter };
}

/** The quarter a financial text is about when it says "the quarter": the one it named last, else the last one reported. */
export function reportedQuarter(anchor: Anchor): Quarter | null {
  if (anchor.lastQuarter) return anchor.lastQuarter;
  return anchor.published === null ? null : shiftQuarter(quarterOf(anchor.published), -1);
}

/** A season named without a year, resolved like a month. */
export function seasonValue(anchor: Anchor, code: string, direction: Direction | 'this'): string {
  if (anchor.published === null) return `XXXX-${code}`;
  const now = toCalendar(anchor.published);
  if (direction === 'this') return `${pad(now.year, 4)}-${code}`;
  const starts: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  const start = starts[code] ?? 1;
  const current = now.month >= start && now.month < start + 3;
  let year = now.year;
  if (direction === 'before' && !(now.month >= start + 3)) year -= 1;
  else if (direction === 'past' && now.month < start) year -= 1;
  else if (direction === 'after' && (current || now.month >= start)) year += 1;
  else if (direction === 'future' && now.month >= start + 3) year += 1;
  return `${pad(year, 4)}-${code}`;
}

/** "Two weeks ago", "a year earlier": the reference shifted, at the precision the unit speaks in. */
export function shiftedValue(anchor: Anchor, amount: number, unit: string): string | null {
  const published = anchor.published;
  switch (unit) {
    case 'D':
      return dayOffset(anchor, amount);
    case 'W':
      return dayOffset(anchor, amount * 7);
    case 'M':
      return monthOffsetValue(anchor, amount);
    case 'Q': {
      const quarter = reportedQuarter(anchor);
      return quarter ? formatQuarter(shiftQuarter(quarter, amount)) : 'XXXX-QX';
    }
    case 'Y':
      return yearValue(anchor, amount);
    case 'DE':
      return published === null ? 'XXX' : String(Math.floor((toCalendar(published).year + amount * 10) / 10));
    default:
      return null;
  }
}
