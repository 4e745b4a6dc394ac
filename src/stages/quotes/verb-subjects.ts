import type { Entity, Mention, Sentence, Span } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import {
  MODIFIER,
  NOUN_TAGS,
  ORGANISATION_NAMING,
  OWNER,
  PERSON_NAMING,
  RELATIVE,
  SHARES_SUBJECT,
  STATE_BODIES,
} from './subject-words.js';

/**
 * The subject of a cue's verb, by the dependency tree: who says the words when the words before the verb
 * do not name the speaker ("Ellen Johnson Sirleaf, former President of Liberia and founder of the EJS
 * Center, said"), the subject a participle or conjunct of saying borrows, and the subject a relative
 * clause read as the source hangs on.
 */

/** The relations of a clause whose subject a bare participle of saying hung on it shares. */
const LENDS_SUBJECT: ReadonlySet<string> = new Set(['root', 'conj', 'advcl', 'parataxis']);

/** A verb's subject as a named speaker, and whether the verb borrowed it from the clause it hangs on. */
export interface VerbSubject {
  entityId: string;
  span: Span;
  shared: boolean;
}

/**
 * The person or organisation the subject of the cue's verb names, with the subject's words (its relative
 * clauses left out): the mention the subject heads, or a name in apposition to it ("the scholar, Prof.
 * Githu Muigai"). With `countries`, a country heading the subject speaks as itself. Null for a pronoun, a
 * subject naming no one, or no verb.
 */
export function subjectIn(
  tree: Tree,
  sentence: Sentence,
  mentions: readonly Mention[],
  typeOf: (m: Mention) => Entity['type'] | undefined,
  cue: Span,
  countries: boolean,
): VerbSubject | null {
  const verb = tree.tokenAt(cue.start);
  if (verb < 0 || tree.tokens[verb]!.upos !== 'VERB') return null;
  let subject = tree.children(verb, 'nsubj')[0];
  // "Asked about the blast, O'Neill said…", "Cruz exhorted Republicans … and said…": a participle or a
  // conjoined verb with no subject of its own is said by the subject of the verb it hangs on.
  const head = tree.head(verb);
  const borrows = subject === undefined && SHARES_SUBJECT.has(tree.dep(verb)) && head >= 0;
  if (borrows) subject = tree.children(head, 'nsubj')[0];
  // A bare participle (", saying …") hangs on the clause just before it; one with a marker of its own
  // ("while also emphasizing …") as often belongs to the main clause, wherever the parser put it. And the
  // clause lent from must be a clause of its own: the subject of a reported clause ("said that the US
  // should be hesitant, stating …") or of a noun's modifier is no speaker.
  const shared = borrows && tree.children(verb, 'mark').length === 0 && LENDS_SUBJECT.has(tree.dep(head));
  // "the US Treasury, which said he had been…": a relative pronoun's verb is said by the noun it stands
  // for, the one its clause hangs on or, as the parser may hang the clause elsewhere, the noun just before.
  if (subject !== undefined && RELATIVE.has(tree.lower(subject))) {
    const before = tree.lower(subject - 1) === ',' ? subject - 2 : subject - 1;
    if (tree.dep(verb) === 'acl:relcl' && tree.head(verb) >= 0) subject = tree.head(verb);
    else if (before >= 0 && NOUN_TAGS.has(tree.tokens[before]!.upos)) {
      // The word before is the last of a name ("Dame Priti Patel, who suggested"): the name's head.
      subject = before;
      while (tree.dep(subject) === 'flat' && tree.head(subject) >= 0) subject = tree.head(subject);
    }
  }
  if (subject === undefined || tree.tokens[subject]!.upos === 'PRON') return null;
  const span = tree.span(subject, ['acl:relcl', 'acl']);
  // A name heads the subject or stands in apposition to it; an organisation may also modify it ("a Met
  // Office spokesperson" speaks for the Met Office), a person may not ("a Biden aide" is not Biden).
  const relation = (m: Mention): string | null => {
    const head = tree.headOf(m.start, m.end);
    if (head < 0) return null;
    if (head === subject) return 'head';
    return tree.head(head) === subject ? tree.dep(head) : null;
  };
  const candidates = mentions.filter((m) => m.sentence === sentence.index && m.kind !== 'pronoun');
  const found =
    candidates.find((m) => typeOf(m) === 'person' && PERSON_NAMING.has(relation(m) ?? '')) ??
    candidates.find((m) => typeOf(m) === 'organisation' && ORGANISATION_NAMING.has(relation(m) ?? '')) ??
    // "Sweden has criticised the move, saying …": a country heading the subject speaks as itself.
    (countries
      ? candidates.find((m) => typeOf(m) === 'country' && m.kind !== 'metonym' && relation(m) === 'head')
      : undefined) ??
    // "the UK government", "German authorities", "Russia's foreign ministry": a state body speaks for
    // its country; an official or a source does not.
    (STATE_BODIES.has(tree.lower(subject))
      ? candidates.find((m) => typeOf(m) === 'country' && OWNER.has(relation(m) ?? ''))
      : undefined);
  return found ? { entityId: found.entityId, span, shared } : null;
}

/**
 * The subject of the cue's verb when the words read as the source are a relative clause or a modifier
 * hung on it, not the subject itself: "Shalev, who sat on a panel with Mark Bailen, added" is Shalev,
 * whose clause the words before the verb only reach into.
 */
export function subjectAround(tree: Tree, found: VerbSubject | null, words: Span): VerbSubject | null {
  const subject = found ? tree.headOf(found.span.start, found.span.end) : -1;
  let w = tree.headOf(words.start, words.end);
  if (subject < 0 || w < 0 || w === subject) return null;
  while (w >= 0 && tree.head(w) !== subject) w = tree.head(w);
  return w >= 0 && MODIFIER.has(tree.dep(w)) ? found : null;
}
