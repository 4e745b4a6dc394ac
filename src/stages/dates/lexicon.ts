/**
 * Words the recognisers are built from, each with the value normalisation needs. Patterns are regex
 * source fragments without capturing groups, so rules can embed them and still count their own groups.
 */

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** Full month names, and abbreviations only with their full stop, which "Mar" or "Jan" alone rarely mean. */
export const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|' +
  '(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.)';

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['sunday', 7],
]);

export const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

/** TIMEX3 codes for parts of the day. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['mid-afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  ['overnight', 'NI'],
]);

export const PART_OF_DAY = '(?:morning|mid-afternoon|afternoon|evening|night)';

export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['fall', 'FA'],
  ['autumn', 'FA'],
  ['winter', 'WI'],
]);

export const SEASON = '(?:spring|summer|fall|autumn|winter)';

/** Calendar units as TIMEX3 duration letters; time units carry the `T` they need inside a period. */
export const UNITS: ReadonlyMap<string, string> = new Map([
  ['second', 'TS'],
  ['minute', 'TM'],
  ['hour', 'TH'],
  ['day', 'D'],
  ['night', 'D'],
  ['week', 'W'],
  ['fortnight', '2W'],
  ['month', 'M'],
  ['quarter', 'Q'],
  ['year', 'Y'],
  ['decade', 'DE'],
  ['century', 'CE'],
  ['centurie', 'CE'],
  ['millennium', 'ML'],
  ['millennia', 'ML'],
  ['weekend', 'WE'],
]);

export const UNIT =
  '(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|centurie|millenni(?:um|a))';

const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...SMALL_NUMBERS.map((word, index) => [word, index] as const),
  ...TENS.map((word, index) => [word, (index + 2) * 10] as const),
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['a single', 1],
  ['a dozen', 12],
  ['dozen', 12],
  ['a couple of', 2],
  ['a couple', 2],
  ['a hundred', 100],
  ['hundred', 100],
  ['a thousand', 1000],
  ['thousand', 1000],
  ['half a', 0.5],
  ['a half', 0.5],
]);

/** Words that count without saying how many: their durations take an `X` for the number. */
const VAGUE_NUMBERS = ['a few', 'few', 'several', 'many', 'some', 'a number of', 'numerous', 'countless'];

export const NUMBER =
  '(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?: 1/2)?|' +
  `(?:${TENS.join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|` +
  `${SMALL_NUMBERS.slice(1).reverse().join('|')}|a (?:dozen|couple(?: of)?|hundred|thousand|single)|` +
  `(?:one |a )?hundred|(?:one |a )?thousand|half an?|an?|${VAGUE_NUMBERS.join('|')})`;

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['1st', 1],
  ['second', 2],
  ['2nd', 2],
  ['third', 3],
  ['3rd', 3],
  ['fourth', 4],
  ['4th', 4],
]);

export const QUARTER_ORDINAL = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';

/**
 * A written number as a value: 12 for "twelve", "12" or "a dozen", 2.5 for "2 1/2", null for vague ones
 * ("several"), which TIMEX3 writes as X.
 */
export function readNumber(written: string): number | null {
  const word = written.toLowerCase().replace(/\s+/g, ' ');
  const range = /^(.+?)(?: to | or |-(?=\d))/.exec(word);
  if (range) return readNumber(range[1] ?? '');
  if (VAGUE_NUMBERS.includes(word)) return null;
  const digits = /^([\d,]+(?:\.\d+)?)( 1\/2)?$/.exec(word);
  if (digits) return Number((digits[1] ?? '').replace(/,/g, '')) + (digits[2] ? 0.5 : 0);
  const known = NUMBER_WORDS.get(word.replace(/^one /, 'a '));
  if (known !== undefined) return known;
  const [tens = '', ones = ''] = word.split(/[- ]/);
  const tensValue = NUMBER_WORDS.get(tens);
  const onesValue = NUMBER_WORDS.get(ones);
  return tensValue !== undefined && onesValue !== undefined ? tensValue + onesValue : null;
}

export function unitCode(written: string): string {
  const singular = written.toLowerCase().replace(/s$/, '');
  return UNITS.get(singular) ?? 'X';
}
