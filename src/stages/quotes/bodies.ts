import type { Entity, Mention, Sentence, Span } from '../../core/analysis.js';
import { overlaps } from './spans.js';
import type { Tree } from '../syntax/tree.js';
import {
  BODY_HEADS,
  ORGANISATION_NAMING,
  OWNER,
  PERSON_NAMING,
  STATE_BODIES,
  WRITINGS,
} from './subject-words.js';

/**
 * The bodies an "it" or a definite "the company" stands for in a speaker's words ("It said …", "the
 * military added"): the organisation or country a subject before them names, read from the tree.
 */

/** How many sentences back "it" or "the company" may find its body. */
const BODY_REACH = 3;

/**
 * What the subject of a sentence's main verb is, for an "it" or "the company" pointing back: the
 * organisation or country it names, else only its kind (a person, a pronoun, some other thing).
 */
export type SubjectBody =
  | { kind: 'body'; entityId: string; words: Span }
  | { kind: 'person' | 'pronoun' | 'thing'; entityId: null; words: Span };

/**
 * The subject of the sentence's main verb as a body an "it" or "the company" may point back to: the
 * organisation or country heading it, in apposition or naming it ("British maritime security firm
 * Ambrey", "the IDF"), or a country's state body ("the Israeli military"); else the subject's kind. With
 * `before`, only a subject whose words end before that offset; null when there is none.
 */
export function subjectBody(
  tree: Tree,
  sentence: Sentence,
  mentions: readonly Mention[],
  typeOf: (m: Mention) => Entity['type'] | undefined,
  before: number,
): SubjectBody | null {
  const root = tree.root();
  if (root < 0) return null;
  const subjects = tree.subjects(root);
  const subject = subjects[0];
  if (subject === undefined) return null;
  const words = tree.span(subject, ['acl:relcl', 'acl', 'appos']);
  if (words.end > before) return null;
  if (tree.tokens[subject]!.upos === 'PRON') return { kind: 'pronoun', entityId: null, words };
  // How a name stands to the subject; a person to any of two subjects the parser may read
  // ("Its director Anna Berg" as two).
  const relation = (m: Mention, to = subject): string => {
    const head = tree.headOf(m.start, m.end);
    if (head === to) return 'head';
    return head >= 0 && tree.head(head) === to ? tree.dep(head) : '';
  };
  const named = mentions.filter((m) => m.sentence === sentence.index && m.kind !== 'pronoun');
  const person = (m: Mention): boolean =>
    typeOf(m) === 'person' && subjects.some((w) => PERSON_NAMING.has(relation(m, w)));
  if (named.some(person)) return { kind: 'person', entityId: null, words };
  // "Norway and Sweden signed …": two bodies are no one "it".
  if (subjects.length > 1) return { kind: 'thing', entityId: null, words };
  // A name modifying the subject's noun names it only when the noun is a body's ("maritime security firm
  // Ambrey"): "The Ultra plan", "Google's Project Mariner technology" are things.
  const naming = BODY_HEADS.has(tree.lower(subject)) ? ORGANISATION_NAMING : PERSON_NAMING;
  const body =
    named.find((m) => (typeOf(m) === 'organisation' || typeOf(m) === 'country') && naming.has(relation(m))) ??
    (STATE_BODIES.has(tree.lower(subject))
      ? named.find((m) => typeOf(m) === 'country' && OWNER.has(relation(m)))
      : undefined);
  return body ? { kind: 'body', entityId: body.entityId, words } : { kind: 'thing', entityId: null, words };
}

/** What the resolver knows of the sentences before: who spoke in them, and their words. */
export interface BodiesBefore {
  /** The last organisation or country resolved as speaking in a sentence. */
  bodySpoke(sentence: number): string | null;
  /** Whether words of the sentence were said by someone not known (and by no known person). */
  unknownSpoke(sentence: number): boolean;
  /** Whether a person was resolved as speaking in the sentence. */
  personSpoke(sentence: number): boolean;
  /** Whether the body speaking in the sentence did so in a writing it issued ("said in a statement"). */
  issuedWriting(sentence: number): boolean;
  /** The text of a span, for the nouns of a subject. */
  words(span: Span): string;
  subjectBody(sentence: number, before: number): SubjectBody | null;
  mentionsIn(sentence: number): readonly Mention[];
  typeOf(entityId: string): Entity['type'] | undefined;
  /** Quotations: a subject or a body inside one is talked about. */
  quoted: readonly Span[];
}

/**
 * The body an "it" or a "the company" stands for: the organisation (or, for "it", the country) speaking
 * or heading the main clause in the nearest sentence before that has one, or earlier in the sentence
 * itself outside what is reported ("Nvidia is …, though the company said"); a country only for "it" and
 * for a state body ("the military"). A pronoun as subject is passed over, and a person for "it". The
 * search ends with no one at a subject naming some other thing, as "it" may stand for that thing ("The
 * report came out. It said …") and "the company" may be another than one named further back; at a body
 * of the wrong kind; at a sentence whose words someone unknown said, or whose subject is quoted; and at
 * a sentence naming another body after its subject ("The BBC asked the ADF. It responded …").
 */
export function previousBody(
  before: BodiesBefore,
  at: { sentence: number; source: Span; content: Span; countries: boolean; pronoun: boolean },
): string | null {
  const { sentence, source, content } = at;
  const fits = (id: string): boolean => {
    const type = before.typeOf(id);
    return type === 'organisation' || (at.countries && type === 'country');
  };
  for (let s = sentence; s >= Math.max(0, sentence - BODY_REACH); s--) {
    if (s < sentence) {
      const spoke = before.bodySpoke(s);
      if (spoke) return fits(spoke) ? spoke : null;
      if (before.unknownSpoke(s)) return null;
    }
    const until = s === sentence ? source.start : Number.MAX_SAFE_INTEGER;
    const subject = before.subjectBody(s, until);
    if (!subject || (s === sentence && overlaps(subject.words, content))) continue;
    if (before.quoted.some((q) => overlaps(subject.words, q))) return null;
    const another = before
      .mentionsIn(s)
      .some(
        (m) =>
          m.start >= subject.words.end &&
          m.end <= until &&
          m.entityId !== subject.entityId &&
          (m.type === 'organisation' || m.type === 'country') &&
          !before.quoted.some((q) => overlaps(m, q)),
      );
    if (subject.kind === 'body') return fits(subject.entityId) && !another ? subject.entityId : null;
    if (subject.kind === 'thing' || (subject.kind === 'person' && !at.pronoun)) return null;
  }
  return null;
}

/** How many sentences back an "it" may find a body that spoke in a statement, past sentences about things. */
const ISSUER_REACH = 3;

/**
 * The organisation an "it said" stands for when the sentences between it and the body name no one:
 * "The Metropolitan Police said in a statement. The flag was displayed at the O2 Forum …. It said …".
 * `previousBody` stops at a subject naming a thing, as "it" may be that thing; a thing that issues no
 * words (a flag, a backlog) is not what speaks, and a statement the body issued speaks for that body, so
 * the "it" is the body either way. Only when the nearest sentence with words of anyone's is one where an
 * organisation, alone, spoke in a writing it issued; every sentence between must have a subject naming a
 * thing that is neither a body nor a writing ("A report came out. It said …" is the report, someone
 * else's), name no organisation or country outside quotations (two bodies compete for the "it"), and
 * carry no one's words.
 */
export function issuerBefore(before: BodiesBefore, sentence: number): string | null {
  for (let s = sentence - 1; s >= Math.max(0, sentence - ISSUER_REACH); s--) {
    const spoke = before.bodySpoke(s);
    if (spoke)
      return before.typeOf(spoke) === 'organisation' && before.issuedWriting(s) && !before.personSpoke(s)
        ? spoke
        : null;
    if (before.unknownSpoke(s) || before.personSpoke(s)) return null;
    const named = before
      .mentionsIn(s)
      .some(
        (m) =>
          (m.type === 'organisation' || m.type === 'country') && !before.quoted.some((q) => overlaps(m, q)),
      );
    if (named) return null;
    const subject = before.subjectBody(s, Number.MAX_SAFE_INTEGER);
    if (subject?.kind !== 'thing' || before.quoted.some((q) => overlaps(subject.words, q))) return null;
    const nouns = before
      .words(subject.words)
      .toLowerCase()
      .split(/[^\p{L}]+/u);
    if (nouns.some((w) => WRITINGS.has(w) || BODY_HEADS.has(w) || STATE_BODIES.has(w))) return null;
  }
  return null;
}
