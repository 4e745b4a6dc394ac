/**
 * What the speaker resolver asks of a text's dependency trees (answered over the parse by the quotes stage,
 * `index.ts`), kept apart so the resolver reads as rules over those answers, not over trees.
 */
import type { Mention, Span } from '../../core/analysis.js';
import type { Attribution } from './attributions.js';
import type { SubjectBody } from './bodies.js';
import type { MainSubject } from './subjects.js';

/** What the dependency trees tell the resolver; without them (a text read before parsing), nothing. */
export interface TreeReadings {
  /** The person or organisation the subject of the attribution's speech verb names. */
  subjectOf(a: Attribution): { entityId: string; span: Span } | null;
  /**
   * The subject a bare participle or conjunct of saying takes from the verb it hangs on ("China criticised
   * the move, saying …"), when it has none of its own.
   */
  sharedSubjectOf(a: Attribution): { entityId: string; span: Span } | null;
  /** The main subject of a sentence when it is a person: the mention naming it, or none for an unnamed one. */
  mainSubject(sentence: number): MainSubject | null;
  /** The subject of the speech verb when the source words are only a clause or modifier hung on it. */
  subjectAround(a: Attribution): { entityId: string; span: Span } | null;
  /** The person or organisation the attribution's source words name by their structure. */
  namedIn(a: Attribution): string | null;
  /** Who brought in a report named by a noun with "a" in a sentence. */
  introducerOf(sentence: number, noun: string): { found: boolean; entityId: string | null };
  /** Whether a name is given with a common noun saying what it names ("her father James"). */
  isLabelled(m: Mention): boolean;
  /** Whether a mention is the subject of a verb, or in apposition to one. */
  isSubject(m: Mention): boolean;
  /** Whether a person's mention is a possessor of another person, whom a later pronoun does not take up. */
  isBystander(m: Mention): boolean;
  /** Whether a name is the possessor of a verb's subject ("Cwecwe's mother revealed"). */
  possessesSubject(m: Mention): boolean;
  /** Whether several parties joined by "and" are the subject of the speech verb or the source words. */
  isJoint(a: Attribution): boolean;
  /** The party the source words name by the later conjunct of parties joined by "and" before them. */
  laterConjunct(a: Attribution): string | null;
  /** The index of the sentence holding an offset. */
  sentenceOf(offset: number): number;
  /** The main subject of a sentence as a body an "it" may stand for, when its words end before `before`. */
  subjectBody(sentence: number, before: number): SubjectBody | null;
  /** Whether the word at `offset` and a mention's name stand in apposition ("Mark Carney, the prime minister"). */
  inApposition(m: Mention, offset: number): boolean;
  /** Whether a name typed as a person is one the article treats as a body (see `namesActingAsBodies`). */
  actsAsBody(entityId: string): boolean;
}

export const NO_TREE: TreeReadings = {
  subjectOf: () => null,
  sharedSubjectOf: () => null,
  subjectAround: () => null,
  mainSubject: () => null,
  namedIn: () => null,
  introducerOf: () => ({ found: false, entityId: null }),
  isBystander: () => false,
  possessesSubject: () => false,
  isSubject: () => false,
  isLabelled: () => false,
  isJoint: () => false,
  laterConjunct: () => null,
  sentenceOf: () => -1,
  subjectBody: () => null,
  inApposition: () => false,
  actsAsBody: () => false,
};
