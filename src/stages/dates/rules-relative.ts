/**
 * Recognisers for dates said relative to the moment of writing: "yesterday", "last month", "this week",
 * "on Wednesday", "Monday morning", "the weekend", "last fall", "now", "recently", "the future".
 */
import {
  type Anchor,
  dayOffset,
  decadeOffsetValue,
  directionOf,
  yearlyDirectionOf,
  monthOffsetValue,
  seasonValue,
  weekdayValue,
  weekendValue,
  weekOffsetValue,
  yearValue,
} from './anchoring.js';
import { dayNumber, formatDay, isoWeekday } from './calendar.js';
import { PART_OF_DAY, PARTS_OF_DAY, SEASON, SEASONS, WEEKDAY, WEEKDAYS } from './lexicon.js';
import { isCapitalised, lower, type Reading, type Rule } from './rule.js';

const WEEKDAY_MODIFIER =
  '(?:last|next|this|this past|this coming|coming|past|previous|the forthcoming|forthcoming|the following|the previous|the coming)';
const EDGE = '(?:early|late|mid|earlier|later|the end of|the beginning of|the start of|the middle of)';
const RELATIVE = '(?:last|past|previous|this|next|coming|current|following)';

/** Offset of a relative modifier: -1 for "last", +1 for "next", 0 for "this". */
function offsetOf(modifier: string | undefined): number {
  const word = lower(modifier);
  if (/^(?:last|past|previous)$/.test(word)) return -1;
  if (/^(?:next|coming|following)$/.test(word)) return 1;
  return 0;
}

function namedWeekday(
  modifier: string | undefined,
  weekday: string | undefined,
  anchor: Anchor,
): string | null {
  if (!isCapitalised(weekday ?? '')) return null;
  const number = WEEKDAYS.get(lower(weekday)) ?? 1;
  return weekdayValue(anchor, number, directionOf(modifier, anchor));
}

/** The date a day word names before a part of the day: "yesterday", "last", "Friday", "this". */
function dayBeforePart(word: string, anchor: Anchor): string | null {
  if (word === 'yesterday' || word === 'last') return dayOffset(anchor, -1);
  if (word === 'tomorrow') return dayOffset(anchor, 1);
  if (word === 'today' || word === 'this') return dayOffset(anchor, 0);
  return null;
}

function holidayValue(anchor: Anchor, month: number, day: number): Reading {
  if (anchor.published === null)
    return { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}-${day}` };
  const direction = directionOf(undefined, anchor);
  const year = Number(yearValue(anchor, 0));
  const thisYear = dayNumber(year, month, day);
  const passed = thisYear <= anchor.published;
  const chosen =
    direction === 'future'
      ? passed && thisYear !== anchor.published
        ? year + 1
        : year
      : passed
        ? year
        : year - 1;
  return { type: 'DATE', value: formatDay(dayNumber(chosen, month, day)) };
}

export const RELATIVE_RULES: Rule[] = [
  {
    name: 'part-of-day',
    pattern:
      `(?:(?:early|late) )?(?:(yesterday|today|tomorrow|this|last)|(?:(${WEEKDAY_MODIFIER}) )?(${WEEKDAY})) ` +
      `(${PART_OF_DAY})`,
    read: ({ groups: [, dayWord, modifier, weekday, part] }, anchor) => {
      const code = PARTS_OF_DAY.get(lower(part)) ?? 'XX';
      const word = lower(dayWord);
      if (word === 'last' && code !== 'NI') return null;
      const date = dayWord ? dayBeforePart(word, anchor) : namedWeekday(modifier, weekday, anchor);
      return date ? { type: 'TIME', value: `${date}T${code}` } : null;
    },
  },
  {
    name: 'tonight',
    pattern: '(tonight|overnight)',
    read: (_match, anchor) => ({ type: 'TIME', value: `${dayOffset(anchor, 0)}TNI` }),
  },
  {
    name: 'day-word',
    pattern: '(?:(?:earlier|later|early|late) )?(?:the day (before|after) )?(today|yesterday|tomorrow)',
    read: ({ groups: [, dayBeforeAfter, word] }, anchor) => {
      const base = { today: 0, yesterday: -1, tomorrow: 1 }[lower(word)] ?? 0;
      const shift = dayBeforeAfter ? (lower(dayBeforeAfter) === 'before' ? -1 : 1) : 0;
      return { type: 'DATE', value: dayOffset(anchor, base + shift) };
    },
  },
  {
    name: 'weekday',
    pattern: `(?:(?:early|late) )?(?:(${WEEKDAY_MODIFIER}) )?(${WEEKDAY})(?!-)`,
    read: ({ groups: [, modifier, weekday] }, anchor) => {
      const value = namedWeekday(modifier, weekday, anchor);
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    name: 'weekend',
    pattern: '(?:(this|last|next|the|this past|this coming|coming|past) )?weekend(?!s)',
    read: ({ groups: [, modifier] }, anchor) => ({
      type: 'DATE',
      value: weekendValue(anchor, directionOf(modifier, anchor)),
    }),
  },
  {
    name: 'within-period',
    pattern: `(?:${EDGE}(?: in)? )?(?:(the) )?(${RELATIVE}) (week|month|year|decade)(?!-)|(?:earlier|later) in the (week|month|year)|(?:the end|the beginning|the start|the middle) of the (week|month|year)|(year(?:-| |'s )end|month-end)`,
    read: ({ groups: [, article, modifier, unit, unitIn, unitEdge, ending] }, anchor) => {
      if (ending)
        return {
          type: 'DATE',
          value: /^year/i.test(ending) ? yearValue(anchor, 0) : monthOffsetValue(anchor, 0),
        };
      const offset = unit ? offsetOf(modifier) : 0;
      const which = lower(unit ?? unitIn ?? unitEdge);
      if (
        article &&
        which !== 'year' &&
        which !== 'decade' &&
        offset === -1 &&
        /^past$/i.test(modifier ?? '')
      )
        return null;
      if (which === 'week') return { type: 'DATE', value: weekOffsetValue(anchor, offset) };
      if (which === 'month') return { type: 'DATE', value: monthOffsetValue(anchor, offset) };
      if (which === 'decade') return { type: 'DATE', value: decadeOffsetValue(anchor, offset) };
      return { type: 'DATE', value: yearValue(anchor, offset) };
    },
  },
  {
    name: 'the-year',
    // A company's year "ended March 31" is a stretch of time; "for the year" is the current one.
    pattern:
      '(?:the |this )(?:(full|current|latest|past|previous) )?(?:fiscal )?(year|week)(?=( end(?:ed|ing))?)(?![\\w-])',
    read: ({ groups: [, modifier, unit, ending] }, anchor) => {
      if (ending) return { type: 'DURATION', value: lower(unit) === 'week' ? 'P1W' : 'P1Y' };
      const offset = /^(?:latest|past|previous)$/i.test(modifier ?? '') ? -1 : 0;
      return {
        type: 'DATE',
        value: lower(unit) === 'week' ? weekOffsetValue(anchor, offset) : yearValue(anchor, offset),
      };
    },
  },
  {
    name: 'season',
    pattern: `(?:(?:early|late|mid)[- ])?(?:(this|last|next|the|this past|this coming|coming|past) )?(${SEASON})(?: (?:of )?((?:19|20)\\d\\d))?`,
    read: ({ groups: [, modifier, season, year], text, start }, anchor) => {
      const code = SEASONS.get(lower(season)) ?? 'XX';
      if (year) return { type: 'DATE', value: `${year}-${code}` };
      if (
        !modifier &&
        !/\b(?:in|during|by|until|since|this|last|next)\s+$/i.test(text.slice(Math.max(0, start - 8), start))
      )
        return null;
      if (
        lower(season) === 'fall' &&
        lower(modifier) === 'the' &&
        /\bthe\s+$/i.test(text.slice(start - 4, start))
      )
        return null;
      const before = text.slice(Math.max(0, start - 10), start);
      return {
        type: 'DATE',
        value: seasonValue(
          anchor,
          code,
          yearlyDirectionOf(lower(modifier) === 'the' ? undefined : modifier, anchor, before),
        ),
      };
    },
  },
  {
    name: 'holiday',
    pattern: "(christmas(?: day| eve)?|new year's(?: day| eve)|thanksgiving(?: day)?)",
    read: ({ groups: [, name] }, anchor) => {
      const word = lower(name);
      if (word.startsWith('christmas')) return holidayValue(anchor, 12, word.endsWith('eve') ? 24 : 25);
      if (word.startsWith('new year'))
        return holidayValue(anchor, word.endsWith('eve') ? 12 : 1, word.endsWith('eve') ? 31 : 1);
      if (anchor.published === null) return { type: 'DATE', value: 'XXXX-11-XX' };
      // The fourth Thursday of November.
      const first = dayNumber(Number(yearValue(anchor, 0)), 11, 1);
      const firstThursday = first + ((4 - isoWeekday(first) + 7) % 7);
      return { type: 'DATE', value: formatDay(firstThursday + 21) };
    },
  },
  {
    name: 'present',
    pattern:
      '(?:right )?now|currently|nowadays|presently|at present|the present(?: day| time)?|these days|current(?= [a-z])',
    read: ({ groups: [whole], text, end }) => {
      const after = text.slice(end, end + 10);
      if (/^now$/i.test(whole ?? '') && /^\s*that\b/i.test(after)) return null;
      // "current account", "current affairs": the adjective names a kind, not a time.
      if (
        /^current$/i.test(whole ?? '') &&
        /^ (?:accounts?|affairs|events|assets|liabilities)\b/i.test(after)
      )
        return null;
      return { type: 'DATE', value: 'PRESENT_REF' };
    },
  },
  {
    name: 'past',
    pattern:
      '(?:recently|lately|recent|past) (?:years|months|weeks|days|decades|times|quarters)|recently|lately|recent|previously|the past(?! \\d)',
    read: () => ({ type: 'DATE', value: 'PAST_REF' }),
  },
  {
    name: 'future',
    pattern:
      'the (?:near |foreseeable |distant |immediate )?future|the (?:near|short|long) term|future(?: (?:years|months|quarters))?|a later date',
    read: () => ({ type: 'DATE', value: 'FUTURE_REF' }),
  },
];
