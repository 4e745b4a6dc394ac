import { TITLE_HEADS } from '../entities/titles.js';

/**
 * The words and tree relations the quote trees are read by: how a name stands for a subject, which nouns
 * speak for an organisation or a state, which verbs of saying also take things.
 */

/** How a person's name stands in a subject for the subject itself: its head, or in apposition. */
export const PERSON_NAMING: ReadonlySet<string> = new Set(['head', 'appos', 'flat']);
/** How an organisation does: also as the modifier of a spokesperson, an agency, a report. */
export const ORGANISATION_NAMING: ReadonlySet<string> = new Set([
  'head',
  'appos',
  'flat',
  'compound',
  'nmod:desc',
]);

/** Prepositions giving who made a report: "figures from the UN", "a survey by LSEG". */
export const AUTHOR_MARKERS: ReadonlySet<string> = new Set(['by', 'from']);
/** Participles whose agent made the report they modify: "released by", not "obtained by" or "seen by". */
export const PUBLISHING: ReadonlySet<string> = new Set([
  'release',
  'publish',
  'issue',
  'compile',
  'conduct',
  'prepare',
]);
/**
 * Nouns that speak or publish for the organisation modifying them ("a Met Office spokesperson", "the
 * Reuters news agency", "a Reuters review"); "a City fan", "IDF soldiers", "the party leader" do not.
 */
export const SPEAK_FOR_MODIFIER: ReadonlySet<string> = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'representative',
  'statement',
  'report',
  'review',
  'analysis',
  'release',
  'agency',
  'newspaper',
  'broadcaster',
]);

/**
 * Nouns of a person who speaks for whoever owns them: "Ramaphosa's spokesperson", "the BPA's spokesman"
 * and "An Israeli foreign ministry spokesperson" give their principal's words, as a judge reads them; "Smith's
 * lawyer", "the company's chief executive" speak for themselves.
 */
export const SPEAKS_FOR_OWNER: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman']);

/** Nouns naming a body of a state, which speaks for the state: "the UK government said". */
export const STATE_BODIES: ReadonlySet<string> = new Set([
  'government',
  'ministry',
  'military',
  'army',
  'authorities',
  'administration',
  'cabinet',
  'embassy',
  'police',
]);
/** How a country modifies a state body: "UK government", "German authorities", "Russia's ministry". */
export const OWNER: ReadonlySet<string> = new Set(['compound', 'amod', 'nmod:poss']);

/** What opens the content of a report noun: "claim that", "note:", "tweet, “…”". */
export const REPORTS_AFTER = /^[\s,]*(?:that\b|:|[“"])/;

/**
 * Nouns naming a person by a role, heading a subject that names no one: a "he" after it is that person,
 * not someone named before. The role titles of the entities stage, and the words news uses for one person.
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  ...TITLE_HEADS.filter((h) => !h.includes(' ')).map((h) => h.toLowerCase()),
  'official',
  'officer',
  'analyst',
  'economist',
  'expert',
  'lawyer',
  'professor',
]);

/**
 * Nouns news uses with "the" for a body named before: "Nvidia … though the company said", "The IDF killed
 * …, the military stated". Only nouns of bodies that speak; "the country", "the government" stand for a
 * state, read elsewhere.
 */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'group',
  'agency',
  'organisation',
  'organization',
  'ministry',
  'department',
  'military',
  'army',
  'bank',
  'charity',
  'carmaker',
  'automaker',
  'retailer',
  'airline',
  'lender',
  'insurer',
  'broadcaster',
  'newspaper',
  'outlet',
  'regulator',
  'watchdog',
  'union',
]);

/** Relations by which a verb with no subject of its own shares its head's. */
export const SHARES_SUBJECT: ReadonlySet<string> = new Set(['advcl', 'conj', 'xcomp']);

/** Relative pronouns that stand for the noun their clause modifies. */
export const RELATIVE: ReadonlySet<string> = new Set(['which', 'who']);

/** How a clause or phrase hangs on a noun without naming it: "Shalev, who …", "a panel with …". */
export const MODIFIER: ReadonlySet<string> = new Set(['acl:relcl', 'acl', 'nmod']);

/** Word classes of a noun. */
export const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * Verbs of saying with a sense that takes a thing, not words: "added 18 points", "wrote a prayer",
 * "declaring 1975 the year of …", "pledged $10m", "observed a minute's silence", "claimed the title". "Stressed the importance
 * of …" or "denied the claims" report what was said through their object and are not here.
 */
export const ALSO_TAKE_THINGS: ReadonlySet<string> = new Set([
  'add',
  'write',
  'declare',
  'observe',
  'maintain',
  'pledge',
  'promise',
  'read',
  'charge',
  'claim',
]);

/** Marks that end the first phrase of a content: a comma, a semicolon, a dash, a colon, a bracket. */
export const CLAUSE_BREAK = /^[,;:—–(]$/;

/** A report named with "the", up to two words before its noun: "the statement", "The joint statement". */
export const DEFINITE_REPORT = /^[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}+)$/u;
/**
 * Nouns of writings that speak for who made them. Only these: "Police arrested a man. The man said …" is
 * not the police speaking, nor "X bought a company. The company said …" the buyer.
 */
export const WRITINGS: ReadonlySet<string> = new Set([
  'statement',
  'report',
  'post',
  'release',
  'letter',
  'filing',
  'notice',
  'announcement',
  'study',
  'survey',
  'analysis',
  'review',
  'memo',
  'email',
  'document',
  'message',
  'tweet',
  'assessment',
  'bulletin',
  'communique',
  'update',
]);
/** How many sentences back "the statement" may find the sentence that brought "a statement" in. */
export const REPORT_REACH = 6;
/** Determiners that bring a report or a role in for the first time: "in a statement", "a former minister". */
export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
