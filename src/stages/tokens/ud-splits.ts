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
 * words too ("cant", "wont", "its", "ill", "Ive") are split only where the next word shows the contraction
 * (`CONTRACTIONS_IN_CONTEXT`).
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
  ['theres', 5],
  ['whats', 4],
  ['youll', 3],
  ['alot', 1],
]);

/** The lengths of `JOINED_WORDS`' keys, so most words are never looked up. */
export const JOINED_SHORTEST = 4;
export const JOINED_LONGEST = 8;

/**
 * What may follow "its" meant as "it's" but never the possessive "its" of edited text, which a noun or an
 * adjective follows ("its own", "its very existence", "its going rate", "its all-time high", "its just
 * decision", "its now infamous" and "its still unnamed successor" are why "own", "very", "going", "all",
 * "just", "now" and "still" are not here). In EWT's and GUM's training sets 42 of 220 "its" are
 * "it" "s", mostly before these words.
 */
const AFTER_ITS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'not',
  'been',
  'being',
  'getting',
  'gonna',
  'really',
  'simply',
  'definitely',
  'probably',
  'actually',
  'also',
  'always',
  'never',
  'like',
  'in',
  'for',
  'from',
  'between',
  'nothing',
  'my',
  'your',
  'his',
  'her',
  'our',
  'their',
]);

/** What follows "ive" meant as "I've": a participle or an adverb before one. */
const AFTER_IVE: ReadonlySet<string> = new Set([
  'been',
  'had',
  'got',
  'gotten',
  'seen',
  'heard',
  'done',
  'tried',
  'made',
  'never',
  'always',
  'just',
  'already',
  'ever',
  'paid',
  'found',
  'known',
  'lived',
  'used',
  'spent',
]);

/**
 * Words after which "wont", "cant", "im" and "hes" are not the contraction: "as was his wont to", "the cant
 * of". Any other lower-case word shows it ("wont be", "cant wait", "im sorry", "hes just").
 */
const NOT_AFTER_CONTRACTION: ReadonlySet<string> = new Set([
  'to',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'with',
  'that',
  'which',
  'as',
  'from',
  'by',
  'is',
  'was',
]);

/**
 * Contractions typed without their apostrophe that are words too, split as UD splits them ("it" "s", "wo"
 * "nt", "ca" "nt", "I" "m", "I" "ve", "he" "s") only before a lower-case word (not hyphened: "its
 * not-for-profit arm") that shows the contraction: the length of the first word and the test of the next.
 * Lower case; a capitalised form ("Its", "Im", "Ive") is read so only where no capitalised word stands
 * before it, so names ("Jony Ive had", "Im Sung-jae") stay whole.
 */
export const CONTRACTIONS_IN_CONTEXT: ReadonlyMap<
  string,
  { first: number; shows: (next: string) => boolean }
> = new Map([
  ['its', { first: 2, shows: (next: string) => AFTER_ITS.has(next) }],
  ['ive', { first: 1, shows: (next: string) => AFTER_IVE.has(next) }],
  ...['wont', 'cant', 'im', 'hes'].map(
    (word) =>
      [
        word,
        { first: word === 'im' ? 1 : 2, shows: (next: string) => !NOT_AFTER_CONTRACTION.has(next) },
      ] as const,
  ),
]);

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
