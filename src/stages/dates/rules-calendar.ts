/**
 * Recognisers for dates the text spells out on the calendar: "Aug. 7, 1998", "July 1997", "Nov 12",
 * "the 1990s", "fiscal 1997", "the third quarter", "5 p.m. Wednesday".
 */
import {
  type Anchor,
  dayOffset,
  directionOf,
  yearlyDirectionOf,
  formatQuarter,
  monthDayValue,
  monthValue,
  namedQuarter,
  quarterOf,
  reportedQuarter,
  shiftQuarter,
  weekdayValue,
  yearValue,
} from './anchoring.js';
import { isRealDate, pad, toCalendar } from './calendar.js';
import { MONTH, MONTHS, ORDINALS, readNumber, QUARTER_ORDINAL, WEEKDAY, WEEKDAYS } from './lexicon.js';
import { isCapitalised, lower, type Rule } from './rule.js';

/** Before a day number, abbreviations may drop their full stop: "Sept 30". */
const MONTH_BEFORE_DAY = `(?:${MONTH}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?= ?\\d))`;
const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)';
const EDGE = '(?:early|late|mid|the end of|the beginning of|the start of|the middle of)';
const TIME_ZONE = '(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|local time)';
const DAY_WORD = `(?:${WEEKDAY}|today|yesterday|tomorrow|tonight)`;

function monthNumber(written: string | undefined): number {
  return MONTHS.get(lower(written).replace(/\.$/, '')) ?? 0;
}

function fullYear(written: string): number {
  const year = Number(written);
  if (written.length !== 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

function dateValue(year: number, month: number, day: number): string | null {
  return isRealDate(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

/** The date a day word names: a weekday resolved by tense, or today, yesterday, tomorrow. */
function dayWordValue(word: string | undefined, anchor: Anchor): string {
  const written = lower(word);
  const weekday = WEEKDAYS.get(written);
  if (weekday) return weekdayValue(anchor, weekday, directionOf(undefined, anchor));
  if (written === 'yesterday') return dayOffset(anchor, -1);
  if (written === 'tomorrow') return dayOffset(anchor, 1);
  return dayOffset(anchor, 0);
}

/** A calendar word in lower case is a verb or a modal far more often than a date ("may", "march"). */
function looksLikeName(word: string | undefined): boolean {
  return isCapitalised(word ?? '');
}

/** Words after which a bare four-digit number is a year even when a plural noun follows it. */
const YEAR_CUE =
  /\b(?:the|in|of|since|by|from|until|to|and|or|through|before|after|during|for|its|their|his|her|early|late|mid|between)\s+$|'s\s+$/i;

/** Prepositions and modifiers that make a bare "May" or "March" a month. */
const MONTH_CUE =
  /\b(?:in|since|until|till|by|from|through|to|during|before|after|of|last|next|this|early|late|mid|and|or|between|on|since)[\s-]+$/i;

export const CALENDAR_RULES: Rule[] = [
  {
    name: 'iso-date',
    pattern: '(\\d{4})-(\\d{2})-(\\d{2})(?![-\\d])',
    read: ({ groups: [, year, month, day] }) => {
      const value = dateValue(Number(year), Number(month), Number(day));
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    name: 'numeric-date',
    pattern: '(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![/\\d])',
    read: ({ groups: [, month, day, year] }) => {
      const value = dateValue(fullYear(year ?? ''), Number(month), Number(day));
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    name: 'clock-time',
    pattern:
      `(\\d{1,2})(?:[:.](\\d{2}))? ?(?:([ap])\\.? ?m\\b\\.?|(?=:\\d\\d ${TIME_ZONE}))(?: ?${TIME_ZONE})?` +
      `(?:,? (?:on )?(?:(${DAY_WORD})|(${MONTH_BEFORE_DAY}) ?(\\d{1,2})(?:,? (${YEAR}))?))?`,
    read: ({ groups: [, hourText, minuteText, meridiem, dayWord, month, day, year] }, anchor) => {
      let hour = Number(hourText);
      const minute = Number(minuteText ?? 0);
      if (hour > 23 || minute > 59 || (meridiem && (hour > 12 || hour === 0))) return null;
      if (lower(meridiem) === 'p' && hour < 12) hour += 12;
      if (lower(meridiem) === 'a' && hour === 12) hour = 0;
      let date = dayWordValue(dayWord, anchor);
      if (month) {
        const explicit = year ? dateValue(Number(year), monthNumber(month), Number(day)) : null;
        date = explicit ?? monthDayValue(anchor, monthNumber(month), Number(day)) ?? date;
      }
      return { type: 'TIME', value: `${date}T${pad(hour)}:${pad(minute)}` };
    },
  },
  {
    name: 'noon-midnight',
    pattern: `(noon|midday|midnight)(?: (${DAY_WORD}))?`,
    read: ({ groups: [, word, dayWord] }, anchor) => {
      const hour = lower(word) === 'midnight' ? '24' : '12';
      return { type: 'TIME', value: `${dayWordValue(dayWord, anchor)}T${hour}:00` };
    },
  },
  {
    name: 'month-day-year',
    pattern: `(?:(${WEEKDAY}),? )?(${MONTH_BEFORE_DAY}) ?(\\d{1,2})(?:st|nd|rd|th)?(?:,? (${YEAR}))?(?![\\d,]\\d)`,
    read: ({ groups: [, , month, day, year] }, anchor) => {
      if (!looksLikeName(month)) return null;
      const value = year
        ? dateValue(Number(year), monthNumber(month), Number(day))
        : monthDayValue(anchor, monthNumber(month), Number(day));
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    name: 'day-month-year',
    pattern: `(?:(${WEEKDAY}),? )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH})(?:,? (${YEAR}))?`,
    read: ({ groups: [, , day, month, year] }, anchor) => {
      if (!looksLikeName(month)) return null;
      const value = year
        ? dateValue(Number(year), monthNumber(month), Number(day))
        : monthDayValue(anchor, monthNumber(month), Number(day));
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    name: 'month-year',
    pattern: `(?:${EDGE}[- ](?:of )?)?(${MONTH}),? (?:of )?(${YEAR})`,
    read: ({ groups: [, month, year] }) =>
      looksLikeName(month) ? { type: 'DATE', value: `${year}-${pad(monthNumber(month))}` } : null,
  },
  {
    name: 'month',
    pattern: `(?:${EDGE}[- ](?:in )?)?(?:(last|next|this|this past|this coming|coming|past|previous) )?(${MONTH})`,
    read: ({ groups: [whole, modifier, month], text, start }, anchor) => {
      if (!looksLikeName(month)) return null;
      const ambiguous = /^(?:may|march)$/i.test(month ?? '');
      if (ambiguous && whole === month && !MONTH_CUE.test(text.slice(Math.max(0, start - 12), start)))
        return null;
      const before = text.slice(Math.max(0, start - 10), start);
      return {
        type: 'DATE',
        value: monthValue(anchor, monthNumber(month), yearlyDirectionOf(modifier, anchor, before)),
      };
    },
  },
  {
    name: 'spoken-year',
    pattern:
      '(?:the year )?(?:nineteen (ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' +
      '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)|' +
      'two thousand(?: and (one|two|three|four|five|six|seven|eight|nine|ten))?)',
    read: ({ groups: [, late, early] }) => {
      if (late) return { type: 'DATE', value: String(1900 + (readNumber(late) ?? 0)) };
      return { type: 'DATE', value: String(2000 + (early ? (readNumber(early) ?? 0) : 0)) };
    },
  },
  {
    name: 'decade',
    pattern:
      `(?:the )?(?:(?:early|mid|late)[- ])?(?:(1[0-9]|20)(\\d)0'?s|'(\\d)0s|` +
      '(?<=the (?:early |mid-|late )?)(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))',
    read: ({ groups: [, century, decade, shortDecade, spoken] }) => {
      if (spoken) return { type: 'DATE', value: `19${(readNumber(spoken.replace(/ies$/i, 'y')) ?? 0) / 10}` };
      return { type: 'DATE', value: century ? `${century}${decade}` : `19${shortDecade}` };
    },
  },
  {
    name: 'century',
    pattern: '(?:the )?(?:(?:early|mid|late)[- ])?(\\d{1,2})(?:st|nd|rd|th)[- ]century',
    read: ({ groups: [, ordinal] }) => ({ type: 'DATE', value: pad(Number(ordinal) - 1) }),
  },
  {
    name: 'numbered-quarter',
    pattern:
      // "the third quarter" keeps its article; the adjective "third-quarter" leaves it to its noun.
      `(?:(?:(last|this|next) year's )|(?:the )(?!(?:${YEAR} )?(?:fiscal[- ])?${QUARTER_ORDINAL}-))?` +
      `(?:(${YEAR}) )?(?:fiscal[- ])?(${QUARTER_ORDINAL})[- ](?:fiscal[- ])?` +
      `(?:quarter|period)(?:,? (?:of |in )?(?:fiscal )?(?:(${YEAR})|(last|this|next) year))?`,
    read: ({ groups: [, relativeBefore, yearBefore, ordinal, yearAfter, relativeYearAfter] }, anchor) => {
      const relativeYear = relativeBefore ?? relativeYearAfter;
      const quarter = ORDINALS.get(lower(ordinal)) ?? 1;
      const year = yearBefore ?? yearAfter;
      let resolved = year
        ? { year: Number(year), quarter }
        : namedQuarter(anchor, quarter, directionOf(undefined, anchor));
      if (!year && relativeYear && anchor.published !== null) {
        const offset = { last: -1, this: 0, next: 1 }[lower(relativeYear)] ?? 0;
        resolved = { year: toCalendar(anchor.published).year + offset, quarter };
      }
      if (resolved) anchor.lastQuarter = resolved;
      return { type: 'DATE', value: formatQuarter(resolved) };
    },
  },
  {
    name: 'referred-quarter',
    pattern:
      "(?:the )?(?:(latest|current|this|past|last|previous|recent|next|coming|same|comparable|(?:last|this) year's|" +
      `(?:comparable |same )?year-(?:earlier|ago)|${YEAR}) (?:fiscal )?(?:quarter|period)|(?<=\\bthe )quarter)`,
    read: ({ groups: [, modifier] }, anchor) => {
      const word = lower(modifier);
      const reported = reportedQuarter(anchor);
      const current = anchor.published === null ? null : quarterOf(anchor.published);
      let quarter = reported;
      if (/^(?:current|this)$/.test(word)) quarter = current;
      else if (/^(?:past|last|previous)$/.test(word)) quarter = current && shiftQuarter(current, -1);
      else if (/^(?:next|coming)$/.test(word)) quarter = current && shiftQuarter(current, 1);
      else if (/year-|same|comparable|last year/.test(word)) quarter = reported && shiftQuarter(reported, -4);
      else if (/^\d{4}$/.test(word)) quarter = reported && { year: Number(word), quarter: reported.quarter };
      return { type: 'DATE', value: formatQuarter(quarter) };
    },
  },
  {
    name: 'half-year',
    pattern: `(?:the )?(first|second|last|latter) half(?: of (?:fiscal )?(?:(${YEAR})|(last|this|next) year))?`,
    read: ({ groups: [, which, year, relativeYear] }, anchor) => {
      const half = lower(which) === 'first' ? 1 : 2;
      if (year) return { type: 'DATE', value: `${year}-H${half}` };
      const offset = { last: -1, this: 0, next: 1 }[lower(relativeYear)] ?? 0;
      if (anchor.published === null) return { type: 'DATE', value: `XXXX-H${half}` };
      const now = toCalendar(anchor.published);
      const notBegun = half === 2 && now.month < 7 && !relativeYear && anchor.tense() !== 'future';
      return { type: 'DATE', value: `${yearValue(anchor, offset - (notBegun ? 1 : 0))}-H${half}` };
    },
  },
  {
    name: 'year',
    pattern:
      `(?:${EDGE}[- ](?:of )?)?(?:(?:the )?(?:fiscal|calendar|financial|budget|model|school)(?: year)?[- ])?(${YEAR})` +
      `(?![-/.,]\\d|\\s*%| percent| per cent)`,
    read: ({ groups: [whole, year], text, start, end }) => {
      const before = text.slice(Math.max(0, start - 12), start);
      if (/[$#£€]\s*$|no\.\s*$|\d[-.,]$/i.test(before)) return null;
      // "hold 2000 prisoners" counts; "the 1998 elections" and "in 1998" date.
      const countsThings = whole === year && /^ [a-z]+s\b/.test(text.slice(end, end + 20));
      if (countsThings && !YEAR_CUE.test(before)) return null;
      return { type: 'DATE', value: year ?? 'XXXX' };
    },
  },
  {
    name: 'fiscal-short-year',
    pattern: "fiscal(?: year)? '?(\\d\\d)(?![\\d%])",
    read: ({ groups: [, year] }) => ({ type: 'DATE', value: String(fullYear(year ?? '')) }),
  },
];
