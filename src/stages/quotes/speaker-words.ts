import type { Attribution } from './attributions.js';
import { STATE_BODIES, WRITINGS } from './subject-words.js';

/** The words the speaker resolver reads around a source: pronouns, possessives, spokespeople, writings. */

/** A person's pronoun as the object of "according to", the whole of the words naming the speaker. */
export const OBJECT_PRONOUN = /^(?:him|her)$/i;

/** The pronoun of a body: "It said", "it added". */
export const BODY_PRONOUN = /^it$/i;

/** What follows a possessor's name: "Floyd's death", "Cwecwe’s mother", "Jones' son". */
export const POSSESSIVE = /^['’]s?(?![\p{L}\p{N}])/u;

/** A name of one letter, maybe with a dot. */
export const ONE_LETTER = /^\p{L}\.?$/u;

/** A pronoun the words read as the source: the tree's subject is then the same pronoun, or a misreading. */
export const ANY_PRONOUN = /^(?:he|she|it|they|we|i|you)$/i;
/** Words holding a subject pronoun ("who he said"): the pronoun, not a name near it, is the subject. */
export const HOLDS_PRONOUN = /\b(?:he|she|it|they|we|i)\b/i;
/**
 * What may follow a person's name in the words naming a speaker for the name to be the speaker: nothing, an
 * apposition or aside ("Rubio, the secretary of state"), a coordinated name ("Starmer and Macron") or a
 * reflexive. A name followed by a noun or a possessive modifies that noun: "the Biden administration",
 * "a Trump aide", "Putin's spokesman" are not Biden, Trump or Putin speaking.
 */
const AFTER_SPEAKING_NAME = /^\s*(?:$|[,(—–]|-\s|and\b|&|himself\b|herself\b)/;
export const headsSource = (after: string): boolean => AFTER_SPEAKING_NAME.test(after);
/** Words naming a spokesperson: "a Home Office spokesman", "Ramaphosa's spokesperson". */
export const SPOKESPERSON = /\bspokes(?:person|man|woman)\b/i;
/** What may come right before the words naming whom a spokesperson speaks for. */
export const SPOKESPERSON_FOR = /\bspokes(?:person|man|woman)\s+for\s+(?:the\s+)?$/i;
/** A spokesperson named before, on second mention: "the spokesperson", "The spokesman". */
export const THE_SPOKESPERSON = /^the\s+spokes(?:person|man|woman)$/i;
/** How many sentences back "the spokesperson" may find the one who spoke before. */
export const SPOKESPERSON_REACH = 3;
/** A preposition, maybe with "the", right before a name inside the words naming a speaker. */
export const AFTER_PREPOSITION = /\b(?:to|for|of|with|by|from|against|close to)\s+(?:the\s+)?$/;

/** The writings a body's words just given are taken up by: "the report added", "the statement said". */
export const REPORTED: ReadonlySet<string> = new Set(['report', 'statement']);
const WRITING_NOUN = `(?:[\\p{L}-]+\\s+){0,2}?(?:${[...WRITINGS].join('|')})`;
/** After the words naming a speaker: "said in a statement", "said on Wednesday in a statement". */
const IN_WRITING_AFTER = new RegExp(`^[^.;"“”]{0,30}?\\bin\\s+(?:a|an|its|their)\\s+${WRITING_NOUN}\\b`, 'u');
/** Before them: "In a statement, the Forum said". */
const IN_WRITING_BEFORE = new RegExp(`\\b[Ii]n\\s+(?:a|an|its|their)\\s+${WRITING_NOUN}\\s*,\\s*$`, 'u');

/** After a country's name, its state body: "'s foreign ministry", "’s army", " government". */
export const COUNTRY_STATE_BODY = new RegExp(
  `^(?:'s|’s)?(?:\\s+[\\p{Ll}-]+){0,2}?\\s+(?:${[...STATE_BODIES].join('|')})$`,
  'u',
);

/**
 * Whether the words name the writing they were said in: "the police said in a statement", "In a
 * statement, the Forum said".
 */
export function saidInWriting(text: string, a: Attribution): boolean {
  if (!a.source || !a.cue) return false;
  const end = Math.max(a.source.end, a.cue.end);
  const start = Math.min(a.source.start, a.cue.start);
  // Only words outside what is said: "said in a statement that …", not "said the man, in a statement".
  const after = a.content.start >= end ? Math.min(end + 50, a.content.start) : end + 50;
  const before = a.content.end <= start ? Math.max(start - 40, a.content.end) : start - 40;
  return (
    IN_WRITING_AFTER.test(text.slice(end, after)) ||
    IN_WRITING_BEFORE.test(text.slice(Math.max(0, before), start))
  );
}
