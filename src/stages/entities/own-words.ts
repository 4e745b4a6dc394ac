import type { NameSpan, Span } from '../../core/analysis.js';
import { givenNameGender } from './given-names.js';
import { leadingHonorific } from './titles.js';

/**
 * What a name's own words say of its kind, where the tagger read the name by its look alone: its last word
 * naming a kind of body ("Yardeni Research", "the Quds Force", "The New York Times", "Israel Police") or a
 * feature of the land or sea ("Kimbe Bay"), or its first word a title written before a person's own name
 * ("Dr Tedros", "Rabbi Yisrael Friedman of Ruzhyn", "Coach Mdaka", "King Solomon"). The tagger, having met
 * few such names in training, reads them as people or places as often as not; the words themselves do not
 * hesitate. General words of the language, not lists of names.
 */

type Label = NameSpan['label'];

/**
 * The last word of a body's name. No person's or place's name ends in one ("Post", "Union", "Court" and
 * "Office" do: Emily Post, the Soviet Union, Earls Court, the Oval Office, so they are not here).
 */
const BODY_HEAD = new Set([
  'Research',
  'Police',
  'Force',
  'Forces',
  'Corps',
  'Army',
  'Navy',
  'Brigade',
  'Brigades',
  'Militia',
  'Times',
  'Herald',
  'Tribune',
  'Gazette',
  'Journal',
  'Bank',
  'Group',
  'Company',
  'Corporation',
  'Holdings',
  'Partners',
  'Ventures',
  'Industries',
  'Technologies',
  'Airlines',
  'Airways',
  'Motors',
  'Pharmaceuticals',
  'Institute',
  'University',
  'Foundation',
  'Association',
  'Agency',
  'Ministry',
  'Council',
  'Committee',
  'Commission',
  'Party',
  'Bureau',
  'Directorate',
  'Organisation',
  'Organization',
]);

/**
 * The last word of a feature of the land or sea, of a town's street or district, or of a building named after
 * someone ("Imam Khomeini Stadium"). A person's name ends
 * in one only after a given name ("Michael Bay", "Della Street"), so one opened by a given name keeps its
 * reading. Words that are common surnames ("Hill", "Park", "Lane", "Field") are not here.
 */
const PLACE_HEAD = new Set([
  'Bay',
  'Gulf',
  'Sea',
  'Ocean',
  'Lake',
  'River',
  'Island',
  'Islands',
  'Isles',
  'Peninsula',
  'Strait',
  'Straits',
  'Valley',
  'Mountains',
  'Desert',
  'Canyon',
  'Coast',
  'Harbour',
  'Harbor',
  'Reef',
  'Street',
  'Avenue',
  'Square',
  'Boulevard',
  'Bridge',
  'Airport',
  'Province',
  'County',
  'Region',
  'Governorate',
  'Prefecture',
  'City',
  'Stadium',
  'Arena',
  'Hospital',
  'Mosque',
  'Cathedral',
  'Palace',
  'Prison',
  'Crossing',
  'Hotel',
]);

/**
 * Titles written before a person's own name, beside the honorifics ("Dr", "Mr", "Rabbi", "Coach"): royal,
 * clerical and elected ones, which stay part of the name ("Queen Camilla"). "General" is not here: it opens
 * firms' names ("General Motors").
 */
const PERSON_TITLE =
  /^(?:King|Queen|Prince|Princess|Pope|Bishop|Archbishop|Cardinal|Reverend|Rev\.|President|Senator|Governor|Mayor)\s+(?=\p{Lu})/u;

/**
 * The label a name's own words give it over the tagger's, for a name of two or more words the gazetteer
 * does not know: a body's head makes a person or a place a body (a miscellaneous name too: "the Financial
 * Times"); a place's head makes a person a place unless a given name opens it; a title before a name makes
 * a body or a place a person (a miscellaneous name keeps its reading: "Miss Universe" is a contest).
 */
export function labelByOwnWords(surface: string, label: Label): Label {
  const words = surface.split(/\s+/);
  if (words.length < 2) return label;
  const last = words[words.length - 1]!.replace(/['’]s?$/u, '');
  if (BODY_HEAD.has(last)) return 'ORG';
  if (PLACE_HEAD.has(last)) {
    const givenName = givenNameGender(words[0]!) !== null || leadingHonorific(`${surface} `) !== null;
    return label === 'PER' && !givenName ? 'LOC' : label;
  }
  if (label !== 'ORG' && label !== 'LOC') return label;
  return leadingHonorific(surface) !== null || PERSON_TITLE.test(surface) ? 'PER' : label;
}

/**
 * A kind of body written right before a one-word name, in apposition: "the rap band Kneecap", "the bank
 * Citi", "chipmaker Nvidia". Persons' and places' kinds are not asked: the tagger reads those well.
 */
const BODY_KIND_BEFORE =
  /(?<![\p{L}-])(?:band|firm|company|bank|lender|insurer|broker|brokerage|carrier|airline|broadcaster|newspaper|publisher|retailer|startup|start-up|carmaker|automaker|chipmaker|drugmaker|conglomerate|charity|militia)\s+$/u;

/**
 * After a name in apposition: punctuation, a possessive, or a verb of which it is the subject ("the band
 * Kneecap was charged", "the bank Citi said"). Any other word may open a relative clause on the noun ("the
 * company Vasko founded"), the noun then being what the name did something to, not what the name is; the
 * parser does not tell the two apart reliably, so the words after the name decide.
 */
const AFTER_APPOSITION = /^(?:\s*[,.;:)"”’]|['’]s\b|\s+(?:said|says|was|is|were|are)\b)/u;

/** Whether a one-word name is named as a body by the kind written before it. */
export function bodyByKindBefore(text: string, span: Span): boolean {
  if (/\s/.test(text.slice(span.start, span.end))) return false;
  if (!BODY_KIND_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start))) return false;
  return AFTER_APPOSITION.test(text.slice(span.end, span.end + 8));
}
