import type { Precision } from '../api';

/**
 * Calendar arithmetic for the time axis, in whole UTC days so a time zone never moves an event to the
 * neighbouring day.
 */

const DAY_MS = 86_400_000;

export const dayNumber = (year: number, month = 1, day = 1): number =>
  Date.UTC(year, month - 1, day) / DAY_MS;

export const dayToIso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export interface DayRange {
  /** First day, inclusive. */
  from: number;
  /** Last day, inclusive. */
  to: number;
}

/** The days a TIMEX-like value covers: `2025`, `2025-03`, `2025-03-11`, `2025-W49`, else its year. */
export function rangeOf(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day) {
    const at = dayNumber(Number(day[1]), Number(day[2]), Number(day[3]));
    return { from: at, to: at };
  }
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) {
    // ISO week 1 holds the year's first Thursday; its Monday is the week's first day.
    const jan4 = dayNumber(Number(week[1]), 1, 4);
    const mondayOfWeek1 = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7);
    const from = mondayOfWeek1 + (Number(week[2]) - 1) * 7;
    return { from, to: from + 6 };
  }
  const month = /^(\d{4})-(\d{2})(?!\d)/.exec(value);
  if (month) {
    const year = Number(month[1]);
    const m = Number(month[2]);
    return { from: dayNumber(year, m), to: dayNumber(year, m + 1) - 1 };
  }
  const year = /^(\d{4})/.exec(value);
  if (year) return { from: dayNumber(Number(year[1])), to: dayNumber(Number(year[1]) + 1) - 1 };
  return null;
}

/** How the axis shows a precision: a day is a point, anything coarser a span. */
export function isSpan(precision: Precision | null | undefined, range: DayRange): boolean {
  return precision !== 'day' && precision !== 'undated' && range.to > range.from;
}

export interface Tick {
  day: number;
  label: string;
  major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Tick marks dense enough to read dates off, sparse enough (≥ ~70px apart) that labels never collide. */
export function ticks(from: number, to: number, pxPerDay: number): Tick[] {
  const minGapDays = 70 / pxPerDay;
  const start = new Date(from * DAY_MS);
  const result: Tick[] = [];
  if (minGapDays > 120) {
    const step = Math.max(1, Math.ceil(minGapDays / 365));
    for (let year = start.getUTCFullYear(); dayNumber(year) <= to; year += step) {
      if (dayNumber(year) >= from) result.push({ day: dayNumber(year), label: String(year), major: true });
    }
    return result;
  }
  if (minGapDays > 14) {
    const step = [1, 2, 3, 6].find((months) => months * 30 >= minGapDays) ?? 6;
    const firstMonth = start.getUTCFullYear() * 12 + start.getUTCMonth();
    for (let index = firstMonth; ; index += step) {
      const year = Math.floor(index / 12);
      const month = index % 12;
      const day = dayNumber(year, month + 1);
      if (day > to) break;
      if (day >= from)
        result.push({ day, label: month === 0 ? `Jan ${year}` : (MONTHS[month] ?? ''), major: month === 0 });
    }
    return result;
  }
  const step = [1, 2, 7, 14].find((days) => days >= minGapDays) ?? 14;
  for (let day = Math.ceil(from); day <= to; day += 1) {
    const date = new Date(day * DAY_MS);
    const first = date.getUTCDate() === 1;
    const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    // Each month restarts the count on its 1st, so a tick too close to the next 1st is dropped.
    const tooCloseToNextMonth = daysInMonth - date.getUTCDate() + 1 < step * 0.6;
    if (!first && ((date.getUTCDate() - 1) % step !== 0 || tooCloseToNextMonth)) continue;
    const month = MONTHS[date.getUTCMonth()] ?? '';
    result.push({
      day,
      label: first ? `${month} ${date.getUTCFullYear()}` : `${date.getUTCDate()} ${month}`,
      major: first,
    });
  }
  return result;
}
