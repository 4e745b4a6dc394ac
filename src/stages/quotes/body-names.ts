import type { Entity, Mention, Sentence } from '../../core/analysis.js';
import { type Tree, treeOf } from '../syntax/tree.js';
import { BODY_HEADS } from './subject-words.js';

/**
 * Names the tagger typed as a person that the article itself treats as a body: the subject of a verb
 * whose own object is "its" something ("Target on Wednesday cut its sales outlook"), or a name set beside
 * a body's noun ("Target, the retailer, …"). Only an "it" or "the company" pointing back may take such
 * a name (see `previousBody`); the entity keeps its type everywhere else, as one "its" is slight evidence
 * for retyping a name across the article, and enough to know that "it" may stand for it.
 */
export function namesActingAsBodies(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  typeOf: (m: Mention) => Entity['type'] | undefined,
): Set<string> {
  const found = new Set<string>();
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.kind === 'pronoun') continue;
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const sentence of sentences) {
    const named = bySentence.get(sentence.index) ?? [];
    const people = named.filter((m) => typeOf(m) === 'person' && !found.has(m.entityId));
    if (people.length === 0 || !sentence.tokens?.length) continue;
    const tree = treeOf(text, sentence);
    for (const m of people) {
      const head = tree.headOf(m.start, m.end);
      if (head < 0) continue;
      if (ownsIts(tree, head, m, named) || besideBodyNoun(tree, head)) found.add(m.entityId);
    }
  }
  return found;
}

/**
 * Whether the name heading `head` is the subject of a verb whose clause has "its" after it, with no noun
 * and no other name between them that the "its" could stand for ("Smith criticised the agency and its
 * chief" is the agency's), and the "its" not inside a clause with a subject of its own ("Smith said its
 * plan failed" may be anyone's).
 */
function ownsIts(tree: Tree, head: number, m: Mention, named: readonly Mention[]): boolean {
  if (tree.dep(head) !== 'nsubj') return false;
  const verb = tree.head(head);
  if (verb < 0 || tree.tokens[verb]!.upos !== 'VERB') return false;
  const its = tree.tokens.findIndex(
    (t, i) => t.start > m.end && tree.lower(i) === 'its' && tree.dep(i) === 'nmod:poss',
  );
  if (its < 0) return false;
  const between = { start: m.end, end: tree.tokens[its]!.start };
  if (
    tree.tokens.some((t) => t.start >= between.start && t.end <= between.end && t.upos === 'NOUN') ||
    named.some((n) => n.entityId !== m.entityId && n.start >= between.start && n.end <= between.end)
  )
    return false;
  for (let a = tree.head(its), steps = 0; a >= 0 && steps < tree.length; a = tree.head(a), steps++) {
    if (a === verb) return true;
    if (tree.child(a, 'nsubj', 'nsubj:pass', 'csubj') >= 0) return false;
  }
  return false;
}

/** Whether the name is set beside a body's noun by apposition: "Target, the retailer,", "the retailer, Target". */
function besideBodyNoun(tree: Tree, head: number): boolean {
  const beside = [...tree.children(head, 'appos'), ...(tree.dep(head) === 'appos' ? [tree.head(head)] : [])];
  return beside.some((w) => w >= 0 && BODY_HEADS.has(tree.lower(w)));
}
