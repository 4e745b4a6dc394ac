import type { Tree } from '../syntax/tree.js';
import { lemmaIn } from './lemmas.js';
import { isEventNoun } from './triggers.js';

/**
 * Who does what an adverbial gerund or a reduced relative names, where the tree leaves it out or hangs it
 * on the wrong word.
 */

/**
 * Prepositions that open a gerund done by the subject of the clause it modifies: "by demanding …". Not
 * "without", whose gerund is what was not done.
 */
const GERUND_MARKS: ReadonlySet<string> = new Set([
  'by',
  'after',
  'before',
  'while',
  'upon',
  'on',
  'in',
  'since',
  'through',
]);

/**
 * "By demanding a ceasefire, the leaders in Madrid … angered Israel", "after meeting Putin, Trump
 * said": a gerund with no subject of its own, opened by a preposition, is done by the subject of the clause
 * it opens. That is the subject set right after the gerund's phrase and its comma, however the parser hung
 * the two (it often makes a second gerund, "and by demanding …", a conjunct of the verb before it); else,
 * for a gerund hung as an adverbial, the subjects of the clause it modifies (`Tree.subjects` takes only
 * bare and to-adverbials). Null for any other verb, so that the clause's own reading stands.
 */
export function gerundDoers(tree: Tree, v: number): number[] | null {
  if (!/ing$/i.test(tree.word(v)) || tree.tokens[v]?.upos !== 'VERB') return null;
  if (tree.children(v, 'nsubj', 'nsubj:pass', 'csubj', 'aux', 'aux:pass').length > 0) return null;
  const mark = tree.child(v, 'mark');
  if (mark < 0 || mark > v || !GERUND_MARKS.has(tree.lower(mark))) return null;
  const following = subjectAfterPhrase(tree, v);
  if (following >= 0) return tree.conjuncts(following);
  const head = tree.head(v);
  if (tree.dep(v) !== 'advcl' || head < 0) return null;
  // "defended the king's decision to lift sanctions before meeting the emir": a verb between the two may be
  // the one the gerund belongs to, which the parser passed over; its doer is then not told.
  const [from, to] = head < v ? [head, v] : [v, head];
  for (let k = from + 1; k < to; k++) if (tree.tokens[k]?.upos === 'VERB') return null;
  // Only a clause's own subject is taken: one it inherits from a verb above is a guess on a guess.
  if (tree.children(head, 'nsubj', 'nsubj:pass').length === 0) return null;
  const subjects = tree.subjects(head);
  return subjects.length > 0 ? subjects : null;
}

/** The subject whose phrase begins right after the comma closing the phrase of `v`, or -1. */
function subjectAfterPhrase(tree: Tree, v: number): number {
  let comma = v + 1;
  while (comma < tree.length && tree.word(comma) !== ',') {
    if (!tree.dominates(v, comma)) return -1;
    comma++;
  }
  const next = tree.tokens[comma + 1];
  if (comma >= tree.length || !next) return -1;
  for (let s = comma + 1; s < tree.length; s++) {
    if (!tree.dep(s).startsWith('nsubj') || tree.head(s) < s) continue;
    return tree.span(s).start === next.start ? s : -1;
  }
  return -1;
}

/** Verbs of harming people one by one: their patient is a person, never an event or a thing. */
export const HARM: ReadonlySet<string> = new Set(['kill', 'shoot', 'murder', 'stab', 'wound', 'injure']);

/**
 * The noun a participle modifier at `v` describes ("miners killed by a soldier"): the word it hangs on,
 * but when the parser hung a participle with a by-agent and no object on a verb, or a participle of harm
 * on an event noun ("visits to families of miners killed by a soldier": no visit is killed), a misparse,
 * the noun right before it, as a reduced relative follows its noun.
 */
export function describedNoun(tree: Tree, v: number): number {
  const head = tree.head(v);
  const nominal = (w: number) => ['NOUN', 'PROPN', 'PRON'].includes(tree.tokens[w]?.upos ?? '');
  const before = v - 1;
  const unfit = !nominal(head) || (isEventNoun(tree.word(head)) && lemmaIn(tree.word(v), HARM) !== null);
  const misparse =
    tree.dep(v) === 'acl' &&
    head >= 0 &&
    head < before &&
    unfit &&
    nominal(before) &&
    tree.child(v, 'obl:agent') >= 0 &&
    tree.child(v, 'obj') < 0;
  return misparse ? before : head;
}
