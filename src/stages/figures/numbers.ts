/**
 * How amounts are written: numerals, number words, scale words and units, each as a regex source fragment
 * without capturing groups (the scanner names its own groups) together with the reading it needs.
 */

const SMALL: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/** Longest first, so that "seventeen" is not read as "seven". */
const byLength = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).join('|');
const NUMBER_WORD = `(?:${byLength(SMALL.keys())}|${byLength(MULTIPLIERS.keys())})`;

/**
 * "seventy", "twenty-five", "nineteen thousand", "one hundred and twenty", "a million". A lone "one" or "a"
 * is left out here and refused by the scanner: it is an article far more often than an amount.
 */
export const WORD_NUMBER = `(?:(?:half|a quarter of|three quarters of) an? (?=${byLength(MULTIPLIERS.keys())})|an? (?=${byLength(MULTIPLIERS.keys())}))?${NUMBER_WORD}(?:(?:[- ]|,? and )${NUMBER_WORD}(?![\\w-]))*`;

/** "19,000", "19.3", "701", "1.2"; thousands separators only in groups of three. */
export const NUMERAL = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** Words that scale the number before them; the short forms only directly after money. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['mn', 1e6],
  ['bn', 1e9],
  ['tn', 1e12],
  ['m', 1e6],
  ['b', 1e9],
  ['k', 1e3],
]);

export const SCALE = String.raw`\s?(?:thousand|million|billion|trillion|bn|mn|tn)|(?<=\d)(?:m|b|k)`;

/** Currency signs before the amount. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['US$', 'USD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₴', 'UAH'],
  ['₽', 'RUB'],
]);

export const CURRENCY_SIGN = String.raw`US\$|C\$|A\$|\$|€|£|¥|₴|₽`;

/** Units after the amount, as written (lower case, spaces collapsed) → the unit code a figure carries. */
const UNIT_CODES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:%|percent|per cent)$/, '%'],
  [/^percentage points?$/, 'pp'],
  // "cut the rate by 25 basis points" measures the rate; the basis points are how much.
  [/^(?:basis points?|bps)$/, 'bp'],
  [/^(?:km²|km2|sq\.? ?km|square kilomet(?:re|er)s?)$/, 'km2'],
  [/^(?:m²|sq\.? ?met(?:re|er)s|square met(?:re|er)s)$/, 'm2'],
  [/^(?:sq\.? ?mi(?:les?)?|square miles?)$/, 'sq mi'],
  [/^hectares?$/, 'ha'],
  [/^cubic met(?:re|er)s$/, 'm3'],
  [/^cubic feet$/, 'ft3'],
  [/^(?:km|kilomet(?:re|er)s)$/, 'km'],
  [/^nautical miles$/, 'nmi'],
  [/^miles$/, 'mi'],
  [/^(?:feet|ft)$/, 'ft'],
  [/^inches$/, 'in'],
  [/^yards$/, 'yd'],
  [/^met(?:re|er)s$/, 'm'],
  [/^(?:tonnes|tons|metric tons)$/, 't'],
  [/^barrels$/, 'bbl'],
  [/^cents$/, 'cents'],
  [/^(?:kg|kilo(?:gram(?:me)?)?s)$/, 'kg'],
  [/^(?:grams?|grammes?|gr)$/, 'g'],
  [/^(?:lbs?)$/, 'lb'],
  [/^(?:ounces|oz)$/, 'oz'],
  [/^(?:lit(?:re|er)s)$/, 'l'],
  [/^gallons$/, 'gal'],
  [/^(?:mph|miles per hour)$/, 'mph'],
  [/^(?:km\/h|kph|kilomet(?:re|er)s per hour)$/, 'km/h'],
  [/^(?:°c|degrees c(?:elsius)?|degrees centigrade)$/, '°C'],
  [/^(?:°f|degrees f(?:ahrenheit)?)$/, '°F'],
  [/^gw$/, 'GW'],
  [/^mw$/, 'MW'],
  [/^kw$/, 'kW'],
  [/^twh$/, 'TWh'],
  [/^gwh$/, 'GWh'],
  [/^mwh$/, 'MWh'],
  [/^kwh$/, 'kWh'],
  [/^(?:euros?)$/, 'EUR'],
  [/^(?:us dollars|dollars?)$/, 'USD'],
  [/^(?:pounds sterling|pounds)$/, 'GBP'],
  [/^(?:roubles?|rubles?)$/, 'RUB'],
  [/^hryvnias?$/, 'UAH'],
  [/^yuan$/, 'CNY'],
  [/^yen$/, 'JPY'],
  // Money written with its ISO 4217 code after the amount ("44 trillion USD").
  [/^(?:usd|eur|gbp|rub|uah|cny|jpy|cad|aud)$/, ''],
];

export const UNIT =
  String.raw`\s?(?:%|percent(?:age points?)?|per cent|bps)|\sbasis points?|` +
  String.raw`\s(?:km²|km2|sq\.? ?km|square kilomet(?:re|er)s?|m²|sq\.? ?met(?:re|er)s|square met(?:re|er)s|sq\.? ?mi(?:les)?|square miles?|hectares?|` +
  String.raw`euros?|US dollars|dollars|pounds sterling|roubles|rubles|hryvnias?|yuan|yen|USD|EUR|GBP|RUB|UAH|CNY|JPY|CAD|AUD|` +
  // Lengths, weights and barrels: "55 kilometers" measures a distance, not "kilometers".
  String.raw`cubic met(?:re|er)s|cubic feet|km/h|kph|km|kilomet(?:re|er)s(?: per hour)?|nautical miles|miles(?: per hour)?|mph|met(?:re|er)s|feet|ft|inches|yards|(?:metric )?tons|tonnes|barrels|cents|` +
  // Power and energy: "0.8 GW of electricity demand" measures the demand, not "GW".
  String.raw`TWh|GWh|MWh|kWh|GW|MW|kW|` +
  // Weights, volumes and temperatures: "125 gr of blueberries" measures blueberries, not "gr".
  String.raw`kg|kilo(?:gram(?:me)?)?s|grams?|grammes?|gr|lbs?|ounces|oz|lit(?:re|er)s|gallons|degrees (?:c(?:elsius)?|f(?:ahrenheit)?|centigrade))` +
  String.raw`|\s?°[cf]` +
  // "pounds" is a weight as often as money; only a scale word ("£", "million pounds") makes it money.
  String.raw`|(?<=(?:illion|bn|mn))\spounds|(?<=\d)km²`;

export function unitCode(unit: string): string | null {
  const written = unit.trim().toLowerCase().replace(/\s+/g, ' ');
  const code = UNIT_CODES.find(([pattern]) => pattern.test(written))?.[1];
  // An empty code stands for the written ISO code itself.
  return code === undefined ? null : code || written.toUpperCase();
}

export const MONEY_UNITS: ReadonlySet<string> = new Set([
  'EUR',
  'USD',
  'GBP',
  'RUB',
  'UAH',
  'CNY',
  'JPY',
  'CAD',
  'AUD',
]);

/** Fractions written before "a million", "a billion": "half a million" is 500,000. */
const FRACTIONS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^half\s+/, 0.5],
  [/^a quarter of\s+/, 0.25],
  [/^three quarters of\s+/, 0.75],
];

/** The value of a numeral or number words; null for words that do not make a number. */
export function readNumber(written: string): number | null {
  const text = written.trim().toLowerCase();
  if (/^\d/.test(text)) return Number(text.replace(/,/g, ''));
  const fraction = FRACTIONS.find(([pattern]) => pattern.test(text));
  if (fraction !== undefined) {
    const whole = readNumber(text.replace(fraction[0], ''));
    return whole === null ? null : whole * fraction[1];
  }
  let total = 0;
  let current = 0;
  for (const word of text.split(/[\s-]+/)) {
    if (word === 'a' || word === 'an' || word === 'and' || word === '') continue;
    const small = SMALL.get(word);
    if (small !== undefined) {
      current += small;
      continue;
    }
    const multiplier = MULTIPLIERS.get(word);
    if (multiplier === undefined) return null;
    if (multiplier === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * multiplier;
      current = 0;
    }
  }
  return total + current;
}

/** `amount × scale` without the binary noise of decimal fractions (1.2 × 10¹² is not 1200000000000.0002). */
export function scaled(amount: number, scale: string | undefined): number {
  const factor = scale === undefined ? 1 : (SCALES.get(scale.trim().toLowerCase()) ?? 1);
  return Number((amount * factor).toPrecision(15));
}
