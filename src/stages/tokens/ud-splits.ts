/**
 * Where Universal Dependencies English (EWT) splits a word that a space does not: the parser learnt its
 * trees over these words, so the tokenizer cuts the same places.
 */

/**
 * Prefixes that keep their hyphen: UD writes "e-mail", "non-profit", "co-founder" as one word and splits
 * every other hyphenated compound ("long - range", "al - Qaeda", "U.S. - led"). Lower case.
 */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'e',
  'a',
  'non',
  'mid',
  'pre',
  'anti',
  're',
  'post',
  'co',
  'pro',
  'multi',
  'ex',
  'sub',
  'semi',
  'neo',
  'psycho',
  'counter',
  'socio',
  'intra',
  'inter',
  'micro',
  'macro',
  'mega',
  'over',
  'cross',
  'pan',
  'trans',
  'ultra',
  'extra',
  'bi',
  'tri',
  'un',
  'de',
  'mis',
  'pseudo',
  'quasi',
  'geo',
]);

/**
 * Words UD writes as two ("cannot" as "can" "not"), with the length of the first. Lower case. Contractions
 * typed without their apostrophe ("dont", "didnt", "thats") are split as if it were there; those that are
 * words too ("cant", "wont", "its", "ill", "Ive") are left whole.
 */
export const JOINED_WORDS: ReadonlyMap<string, number> = new Map([
  ['cannot', 3],
  ['gonna', 3],
  ['wanna', 3],
  ['gotta', 3],
  ['dont', 2],
  ['didnt', 3],
  ['doesnt', 4],
  ['isnt', 2],
  ['arent', 3],
  ['wasnt', 3],
  ['werent', 4],
  ['havent', 4],
  ['hasnt', 3],
  ['hadnt', 3],
  ['couldnt', 5],
  ['wouldnt', 5],
  ['shouldnt', 6],
  ['aint', 2],
  ['thats', 4],
  ['youre', 3],
]);

/** The lengths of `JOINED_WORDS`' keys, so most words are never looked up. */
export const JOINED_SHORTEST = 4;
export const JOINED_LONGEST = 8;

/**
 * Units and magnitudes written against a number: "5pm", "35mm", "65k", "3bn" are a number and a word in
 * UD. Lower case; "1990s", "2nd" and "G7" stay whole.
 */
export const UNITS_AFTER_NUMBER: ReadonlySet<string> = new Set([
  'am',
  'pm',
  'k',
  'm',
  'mn',
  'bn',
  'b',
  'tn',
  'km',
  'cm',
  'mm',
  'kg',
  'mg',
  'g',
  'lb',
  'lbs',
  'oz',
  'ft',
  'mph',
  'kph',
  'kmh',
  'mw',
  'gw',
  'kw',
  'kwh',
  'gb',
  'mb',
  'tb',
  'ghz',
  'mhz',
  'hrs',
  'hr',
  'min',
  'yrs',
]);

/** Units read only in lower case: "5g" is grams, but "5G" a network's generation and "10MM" millions. */
export const LOWER_CASE_UNITS: ReadonlySet<string> = new Set(['g', 'mm']);
