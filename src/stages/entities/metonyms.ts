import type { Sentence, Span, SyntaxToken } from '../../core/analysis.js';
import { countryName } from './gazetteer.js';
import type { ReadSpan } from './things.js';

/**
 * A capital or a seat of government names a place after a locative word ("talks in Moscow", "at the
 * White House", "visit the Kremlin") and stands for the government elsewhere ("Moscow said").
 */
const LOCATIVE_BEFORE =
  /(?<![\p{L}\p{N}])(?:in|at|to|from|near|on|into|inside|outside|within|across|around|through|via|visit|visits|visited|visiting)\s+(?:the\s+)?$/iu;

/** "Approval from the Kremlin" comes from the government; "from Moscow" names the city. */
const FROM_BEFORE = /(?<![\p{L}\p{N}])from\s+(?:the\s+)?$/iu;

/**
 * A later conjunct of a locative phrase is a place too: "the Games in Moscow in 1980 and Seoul in 1988",
 * "in Paris, Berlin or Rome". The earlier conjunct is a name, at most with a year or a date after it.
 */
const LOCATIVE_CONJUNCT =
  /(?<![\p{L}\p{N}])(?:in|at|to|from|near|into|inside|outside|across|through|visit(?:s|ed|ing)?)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+(?:in|on)\s+(?:\d{4}|\p{Lu}\p{Ll}+(?:\s+\d{1,2})?))?(?:,\s*|,?\s+(?:and|or)\s+)$/u;

/**
 * A city named as the place of a city's offices, clergy or parts, or as a point to measure from: "the mayor
 * of Banjul", "the bishop of Rome", "the rabbi of Minsk", "the streets of Kyiv", "the outskirts of Moscow",
 * "northeast of Tokyo". Those nouns belong to a city, not to a government.
 */
const CITY_OF_BEFORE =
  /(?<![\p{L}\p{N}])(?:mayor|mayoralty|city|capital|streets|outskirts|suburbs?|cent(?:re|er)|heart|residents|inhabitants|districts?|neighbou?rhoods?|municipality|skyline|airport|port|university|bishop|archbishop|rabbi|imam|mufti|patriarch|(?:north|south)(?:[- ]?(?:east|west))?|east|west)\s+of\s+$/iu;

/**
 * A capital named as the capital, or as a part of the city: "the Iraqi capital, Baghdad", "north of the
 * capital, Windhoek", "Downtown Cairo", "Greater Cairo", "east London", "central Moscow", "south-west Kyiv".
 * The compass words are lower case only: written with a capital they begin a name of their own ("East
 * Jerusalem"), and a government is never a quarter of its city.
 */
const CITY_NAMED_BEFORE =
  /(?:(?<![\p{L}\p{N}])capital,?|(?<![\p{L}\p{N}])(?:Greater|Downtown|Metropolitan)|(?<![\p{L}\p{N}])(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?|(?<![\p{L}\p{N}])(?:central|inner|outer|downtown))\s+$/u;

export function isLocationPhrase(text: string, span: Span, seat: boolean): boolean {
  const before = text.slice(Math.max(0, span.start - 16), span.start);
  return LOCATIVE_BEFORE.test(before) && !(seat && FROM_BEFORE.test(before));
}

/** Whether a capital is named as a city where no locative word stands right before it (see above). */
export function namedAsCity(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  return CITY_OF_BEFORE.test(before) || CITY_NAMED_BEFORE.test(before) || LOCATIVE_CONJUNCT.test(before);
}

/**
 * What follows a capital that makes it the city's: a year ("Paris 2024", "Moscow 1980": the Games held
 * there), a contest's noun ("battling Paris win", "the Madrid final", "the London marathon": a match, a
 * club's or a tournament's result), or, after its possessive, a city's own office ("Mexico City's chief of
 * police", "Moscow's mayor", "Kyiv's city council"; as `CITY_OF_BEFORE` after "of"). A government wins no
 * final and has no mayor.
 */
const CITY_AFTER =
  /^(?:\s+(?:(?:1[89]|20)\d\d(?![\p{L}\p{N}])|(?:win|victory|defeat|loss|final|finals|semi-final|semi-finals|marathon|derby|title|triumph)(?![\p{L}\p{N}]))|['’]s\s+(?:(?:chief|head|commissioner)\s+of\s+police|police|mayor|mayoralty|deputy\s+mayor|city\s+(?:council|hall)|council|municipality|metro|subway|fire\s+(?:department|brigade|service)))/u;

/**
 * Whether a capital or seat, outside a locative phrase, can stand for a government: not when it begins a
 * longer name ("Moscow Consultations", "Kremlin Palace") or a compound ("Kyiv-based"), nor before a year or
 * a contest's noun (see `CITY_AFTER`).
 */
export function standsForGovernment(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 24);
  return !/^(?:-|\s+\p{Lu})/u.test(after) && !CITY_AFTER.test(after);
}

/**
 * Common nouns a capital or seat modifies as its government ("Kremlin officials", "Beijing authorities",
 * "the Kyiv regime", "a Kremlin statement", "Washington critics"); a possessive ("Moscow's allies") is no
 * modifier and is read as the capital acting.
 */
const GOVERNMENT_NOUN = new RegExp(
  `^(?:${[
    // its people and bodies
    'officials?|authorit(?:y|ies)|government|administration|regime|leaders(?:hip)?|rulers?|ministry|ministries',
    'negotiators?|diplomats?|envoys?|delegat(?:ion|e)s?|spokes(?:man|woman|person|people|men|women)',
    'secretary|advis[eo]rs?|aides?|chief|staff|counsel|forces?|troops?|military|army|officers?|agents?',
    // what it does, says and wants
    'polic(?:y|ies)|positions?|stance|line|decisions?|demands?|offers?|proposals?|plans?|strategy|agenda',
    'statements?|readout|response|reaction|announcement|warnings?|threats?|claims?|accusations?|denials?',
    'sanctions?|pressure|support|backing|approval|influence|interference|meddling|propaganda|narrative',
    'orders?|rule|ties|relations|deals?',
    // those who stand with or against it
    'all(?:y|ies)|critics?|opponents?|backers?|supporters?',
  ].join('|')})$`,
  'i',
);

/** Verbs that take a bare infinitive ("Moscow helps fund …"): a verb after them is no misparse. */
const BARE_INFINITIVE_TAKER = /^(?:helps|makes|lets|sees|hears|watches|has|does|needs|dares)$/i;

/**
 * The common noun a capital's last word modifies, or -1. The tree's own `compound` or `amod` to a noun
 * after it ("Tokyo residents"); and a plural the parser took for a verb because another verb follows it
 * bare ("Tokyo stocks ended lower": "stocks" a verb, "ended" its complement without "to"), which no
 * English verb of that form takes but a few ("helps fund").
 */
function modifiedNoun(tokens: readonly SyntaxToken[], last: number, text: string): number {
  const word = tokens[last]!;
  if (word.dep === 'compound' || word.dep === 'amod') {
    const head = tokens[word.head];
    return head && word.head > last && head.upos === 'NOUN' ? word.head : -1;
  }
  const next = tokens[last + 1];
  const after = tokens[last + 2];
  if (!next || !after || next.upos !== 'VERB' || after.upos !== 'VERB') return -1;
  const form = text.slice(next.start, next.end);
  const bare =
    after.head === last + 1 &&
    after.dep === 'xcomp' &&
    !tokens.some((t, i) => t.head === last + 2 && t.dep === 'mark' && i < last + 2);
  return bare && /^\p{Ll}+s$/u.test(form) && !BARE_INFINITIVE_TAKER.test(form) ? last + 1 : -1;
}

/**
 * Whether a capital or seat modifies a common noun that is not its government's: "Tokyo stocks", "Tokyo
 * residents", "Moscow traffic", "a Beijing restaurant" name the city (its market, its people, its
 * streets); "Kremlin officials" and "the Kyiv regime" still stand for the government. Without a tree, or
 * when the capital heads its own phrase ("Tokyo said"), it says nothing.
 */
export function modifiesCityNoun(text: string, span: Span, sentence: Sentence | undefined): boolean {
  const tokens = sentence?.tokens;
  if (!tokens) return false;
  const last = tokens.findLastIndex((t) => t.start >= span.start && t.end <= span.end);
  if (last < 0) return false;
  const noun = modifiedNoun(tokens, last, text);
  if (noun < 0) return false;
  const written = text.slice(tokens[noun]!.start, tokens[noun]!.end);
  return /^\p{Ll}/u.test(written) && !GOVERNMENT_NOUN.test(written);
}

const NEEDS_ARTICLE =
  /^(?:United |Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles)|Republic|Islands/;

/** "Government of Russia", "Government of the United States". */
export function governmentName(iso3: string): string {
  const country = countryName(iso3);
  return `Government of ${NEEDS_ARTICLE.test(country) ? 'the ' : ''}${country}`;
}

/** Between two members of a list: a comma, "and" or "or", and a bracketed note after the first ("(New York)"). */
const LIST_SEPARATOR = /^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*|,?\s+(?:and|or)\s+)$/;

/**
 * The capitals named in a list beside a city or region of a country that is no capital (known to the
 * gazetteer, or a place it does not know that the tagger reads as one, a town): "in Buenos Aires, Budapest,
 * Moscow and Georgetown" or "London, Manchester and Paris" list cities, not governments. A list of capitals alone ("Washington, London and
 * Paris condemned …") is left to the other rules.
 */
export function inTownLists<T extends ReadSpan>(text: string, spans: readonly T[]): Set<T> {
  const found = new Set<T>();
  let list: T[] = [];
  const close = () => {
    if (
      list.some(
        (s) => (s.entry === null && s.label === 'LOC') || (s.entry?.kind === 'place' && s.entry.country),
      )
    )
      for (const s of list) if (s.entry?.kind === 'capital') found.add(s);
    list = [];
  };
  let previous: T | undefined;
  for (const s of spans) {
    // A name in brackets right after a member is that member's note ("Minsk (Belarus)", "Georgetown (New
    // York)"), not a member: the list goes on past it.
    if (previous && /^\s*\($/.test(text.slice(previous.end, s.start)) && text[s.end] === ')') continue;
    if (!previous || !LIST_SEPARATOR.test(text.slice(previous.end, s.start))) close();
    list.push(s);
    previous = s;
  }
  close();
  return found;
}
