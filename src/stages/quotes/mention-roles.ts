import type { Entity, Mention, Sentence } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';

/**
 * Where a name stands in its sentence's tree, for whether a later "he" or "she" takes it up and whether
 * it is the one acting: a bystander possessing another person's phrase, the possessor of a subject, a
 * verb's subject, a name given with a common noun saying what it names.
 */

/**
 * Whether a person's name stands where no later "he" or "she" would take it up: the possessor of a
 * phrase naming another person ("Iwai's father Yuji"); "Kara's path has never been easy. He began …" is
 * still Kara.
 */
export function isBystander(
  tree: Tree,
  sentence: Sentence,
  mentions: readonly Mention[],
  typeOf: (m: Mention) => Entity['type'] | undefined,
  m: Mention,
): boolean {
  const w = tree.headOf(m.start, m.end);
  if (w < 0) return false;
  const possessed = tree.dep(w) === 'nmod:poss' ? tree.head(w) : -1;
  return (
    possessed >= 0 &&
    mentions.some(
      (other) =>
        other !== m &&
        other.sentence === sentence.index &&
        typeOf(other) === 'person' &&
        tree.dominates(possessed, tree.headOf(other.start, other.end)) &&
        !tree.dominates(w, tree.headOf(other.start, other.end)),
    )
  );
}

/** Whether a name is the possessor of a verb's subject: "Cwecwe's mother revealed", "Floyd's death had forced". */
export function possessesSubject(tree: Tree, m: Mention): boolean {
  const w = tree.headOf(m.start, m.end);
  if (w < 0 || tree.dep(w) !== 'nmod:poss') return false;
  const owned = tree.head(w);
  return owned >= 0 && tree.dep(owned).startsWith('nsubj');
}

/**
 * Whether a name is the subject of a verb, or in apposition to one ("Najwa says", "her son, Omer,
 * said"); not of a copula's noun or adjective.
 */
export function isSubject(tree: Tree, m: Mention): boolean {
  const w = tree.headOf(m.start, m.end);
  if (w < 0) return false;
  const up = tree.dep(w) === 'appos' && tree.head(w) >= 0 ? tree.head(w) : w;
  // A verb's: "Berdychiv was home to …" is a place's description, not anyone acting.
  const verb = tree.head(up);
  return tree.dep(up).startsWith('nsubj') && verb >= 0 && tree.tokens[verb]!.upos === 'VERB';
}

/**
 * Whether a name is given with a common noun saying what it names: "her father James", "hostage Yarden",
 * the noun right before the name and joined to it; "the Whopper", "sang Mother" have none.
 */
export function isLabelled(tree: Tree, m: Mention): boolean {
  const w = tree.headOf(m.start, m.end);
  const before = tree.tokenAt(m.start) - 1;
  if (w < 0 || before < 0 || tree.tokens[before]!.upos !== 'NOUN') return false;
  return tree.head(before) === w || tree.head(w) === before;
}
