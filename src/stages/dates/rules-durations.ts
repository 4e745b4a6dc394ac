/**
 * Recognisers for amounts of time and for recurrences: "three years", "30-day", "the past two months",
 * "two weeks ago", "decades", "quarterly", "every month", "$5 a year".
 */
import { reportedQuarter, shiftQuarter, formatQuarter, shiftedValue, type Anchor } from './anchoring.js';
import {
  NUMBER,
  QUARTER_ORDINAL,
  readNumber,
  SEASON,
  SEASONS,
  UNIT,
  unitCode,
  WEEKDAY,
  WEEKDAYS,
} from './lexicon.js';
import { lower, type Rule } from './rule.js';

/** Hedges TimeML keeps inside the extent; prepositions such as "over" or "about" stay outside. */
const APPROXIMATELY =
  '(?:around|roughly|approximately|nearly|almost|some|more than|less than|fewer than|at least|at most|' +
  'up to|an additional|close to|upwards of)';

/** "two to three weeks", "12 to 18 months": a range, read by its first number. */
const AMOUNT = `${NUMBER}(?:(?: to | or |-)${NUMBER}(?=[- ]${UNIT}))?`;

const DURATION_DETERMINER =
  '(?:the )?(?:(?:past|last|next|first|final|previous|coming|following|remaining|latest|' +
  'preceding|initial|ensuing|recent|same|entire|full) )';

const DURATION_FILLER =
  '(?:(?:more|additional|straight|consecutive|full|long|trading|business|calendar|working|successive|odd)[- ])';

/** A period value: `P3Y`, `PT5H`, `PXM`; half units become the next smaller unit where TIMEX3 has one. */
export function periodValue(amount: number | null, code: string): string {
  const time = code.startsWith('T');
  const letter = time ? code.slice(1) : code;
  const prefix = time ? 'PT' : 'P';
  if (amount === null) return `${prefix}X${letter}`;
  if (letter === 'DE' && Number.isInteger(amount)) return `P${amount * 10}Y`;
  if (letter === 'CE' && Number.isInteger(amount)) return `P${amount * 100}Y`;
  if (letter === '2W') return `P${amount * 2}W`;
  if (Number.isInteger(amount)) return `${prefix}${amount}${letter}`;
  // Half units ("2 1/2 years") are written in the next smaller unit, as TIMEX3 has no fractions.
  const whole = Math.floor(amount);
  const head = whole ? `${whole}${letter}` : '';
  const part = amount - whole;
  switch (letter) {
    case 'Y':
      return `P${head}${Math.round(part * 12)}M`;
    case 'M':
      return `P${head}${Math.round(part * 30)}D`;
    case 'W':
      return `P${head}${Math.round(part * 7)}D`;
    case 'D':
      return `P${head}T${Math.round(part * 24)}H`;
    case 'H':
      return `PT${head}${Math.round(part * 60)}M`;
    default:
      return `${prefix}${amount}${letter}`;
  }
}

/**
 * "a year earlier" in a text about a quarter means the same quarter a year before, as earnings reports
 * use it.
 */
function speaksOfQuarters(anchor: Anchor): boolean {
  return anchor.lastQuarter !== null || /\bquarter|\bperiod\b/i.test(anchor.sentence());
}

/** Reports rate things "a year" only after an amount: "$5 a year", "2% a month", "twice a day". */
const RATE_CUE = /(?:\d|%|\bcents?|\bdollars?|\bmillion|\bbillion|\btimes|\bonce|\btwice)[^.;\n]{0,30}$/i;

export const DURATION_RULES: Rule[] = [
  {
    name: 'shifted-by',
    // "Three days later" marks only "three days": TimeML leaves "later", "before" and "after" to the event.
    pattern: `(?:${APPROXIMATELY} )?(${NUMBER})[ -](${UNIT})s? (ago|earlier|from now|hence)`,
    read: ({ groups: [, number, unit, direction] }, anchor) => {
      const amount = readNumber(number ?? '');
      const code = unitCode(unit ?? '');
      const sign = /ago|earlier/i.test(direction ?? '') ? -1 : 1;
      if (amount === null) return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
      if (code === 'Y' && amount === 1 && speaksOfQuarters(anchor)) {
        const quarter = reportedQuarter(anchor);
        return { type: 'DATE', value: formatQuarter(quarter && shiftQuarter(quarter, sign * 4)) };
      }
      const value = Number.isInteger(amount) ? shiftedValue(anchor, sign * amount, code) : null;
      return value ? { type: 'DATE', value } : { type: 'DURATION', value: periodValue(amount, code) };
    },
  },
  {
    name: 'vaguely-shifted',
    pattern: `(?:(?:a few|several|many|some) )?(${UNIT})s ago`,
    read: () => ({ type: 'DATE', value: 'PAST_REF' }),
  },
  {
    name: 'year-earlier',
    pattern:
      `(?:the (?=(?:comparable |same )?year-(?:earlier|ago) (?:${QUARTER_ORDINAL} )?(?:quarter|period)))?` +
      `(?:comparable |same )?year-(?:earlier|ago)(?: (?:${QUARTER_ORDINAL} )?(?:quarter|period))?`,
    read: (_match, anchor) => {
      if (!speaksOfQuarters(anchor)) return { type: 'DATE', value: shiftedValue(anchor, -1, 'Y') ?? 'XXXX' };
      const quarter = reportedQuarter(anchor);
      return { type: 'DATE', value: formatQuarter(quarter && shiftQuarter(quarter, -4)) };
    },
  },
  {
    name: 'frequency-adverb',
    pattern:
      '(hourly|daily|nightly|weekly|biweekly|monthly|bimonthly|quarterly|semi-?annually|annually|yearly)',
    read: ({ groups: [, word] }) => {
      const periods: Record<string, string> = {
        hourly: 'PT1H',
        daily: 'P1D',
        nightly: 'P1D',
        weekly: 'P1W',
        biweekly: 'P2W',
        monthly: 'P1M',
        bimonthly: 'P2M',
        quarterly: 'P3M',
        semiannually: 'P6M',
        'semi-annually': 'P6M',
        annually: 'P1Y',
        yearly: 'P1Y',
      };
      return { type: 'SET', value: periods[lower(word)] ?? 'P1D' };
    },
  },
  {
    name: 'every',
    pattern: `(?:every|each)(?: (other|single))?(?: (${NUMBER}))? (?:(${UNIT})s?|(${WEEKDAY})|(${SEASON}))(?!-)`,
    read: ({ groups: [, other, number, unit, weekday, season] }) => {
      if (weekday) return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS.get(lower(weekday)) ?? 'X'}` };
      if (season) return { type: 'SET', value: `XXXX-${SEASONS.get(lower(season)) ?? 'X'}` };
      const amount = number ? readNumber(number) : lower(other) === 'other' ? 2 : 1;
      return { type: 'SET', value: periodValue(amount, unitCode(unit ?? '')) };
    },
  },
  {
    name: 'rate',
    pattern: `(?:(?:once|twice|${NUMBER} times) )?(?:a|per) (${UNIT})(?![\\w-])`,
    read: ({ groups: [whole, unit], text, start }) => {
      const counted = /^(?:once|twice|\S+ times)/i.test(whole ?? '');
      if (!counted && !RATE_CUE.test(text.slice(Math.max(0, start - 40), start))) return null;
      return { type: 'SET', value: periodValue(1, unitCode(unit ?? '')) };
    },
  },
  {
    name: 'counted-duration',
    // A hyphenated amount is an adjective ("the 30-day limit") whose determiner belongs to the noun.
    pattern:
      `(?:${APPROXIMATELY} )?(?:(?:the |${DURATION_DETERMINER})(?!${NUMBER}-))?(?:${APPROXIMATELY} )?(${AMOUNT})` +
      `[- ]${DURATION_FILLER}?(${UNIT})s?(?:-long)?(?: or so)?(?![- ]old\\b|-)`,
    read: ({ groups: [, number, unit] }) => {
      const written = lower(number);
      const code = unitCode(unit ?? '');
      if ((code === 'Q' || code === 'TS') && /^(?:an?|one)$/.test(written)) return null;
      return { type: 'DURATION', value: periodValue(readNumber(written), code) };
    },
  },
  {
    name: 'vague-duration',
    pattern:
      `(?:(?:the )?(?:coming|next|past|last|previous|following) (${UNIT})s|` +
      `(?<=\\b(?:for|over|within|takes?|took|taking|than|lasting|in) )(${UNIT})s|(decade|centurie)s)(?:-long)?|a while`,
    read: ({ groups: [, spanUnit, afterPreposition, longUnit] }) => ({
      type: 'DURATION',
      value: periodValue(null, unitCode(spanUnit ?? afterPreposition ?? longUnit ?? '')),
    }),
  },
];
