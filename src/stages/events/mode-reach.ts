import type { Tree } from '../syntax/tree.js';
import { lemmaIn } from './lemmas.js';
import { conditionOf, modalOf } from '../syntax/modality.js';

/**
 * How far a clause's mode reaches beyond its own verb: whether a coordinated verb shares a "did not", and
 * which clauses and nouns hang on something still to be settled ("depending on", "a decision on", "a
 * deadline for"). Read by `clause-mode.ts`.
 */

/** Whether adverbial clause `p` opens with "depending on", the marker hung on it or on its head. */
export function dependsOn(tree: Tree, p: number): boolean {
  const marks = [...tree.children(p, 'mark'), ...tree.children(tree.head(p), 'mark')];
  return marks.some(
    (m) => m < p && (tree.lower(m) === 'depending' || (m > 0 && tree.lower(m - 1) === 'depending')),
  );
}

/** Nouns whose topic is still to be settled: "a decision on sanctions", "talks on a ceasefire". */
const DECIDING: ReadonlySet<string> = new Set([
  'decision',
  'vote',
  'debate',
  'discussion',
  'question',
  'talk',
  'negotiation',
  'consultation',
]);

const TOPIC_MARKERS: ReadonlySet<string> = new Set(['on', 'regarding', 'about', 'over', 'concerning']);

/**
 * "No decision was made regarding the granting of approval", "held a vote on sanctions", "talks on a
 * ceasefire": an event noun that is the topic of a decision or a debate (through "of" phrases between) is
 * what is being settled, not done.
 */
export function topicOfDecision(tree: Tree, n: number): boolean {
  let at = n;
  for (let steps = 0; steps < 3; steps++) {
    const head = tree.head(at);
    if (head < 0 || (tree.dep(at) !== 'nmod' && tree.dep(at) !== 'obl')) return false;
    const marker = tree.child(at, 'case');
    const preposition = marker >= 0 ? tree.lower(marker) : '';
    // The topic hangs on the noun, or on the verb the noun is made or held by ("a decision was made on").
    const deciders = [head, ...tree.children(head, 'nsubj:pass', 'obj')];
    if (TOPIC_MARKERS.has(preposition) && deciders.some((d) => lemmaIn(tree.word(d), DECIDING) !== null))
      return true;
    if (preposition !== 'of') return false;
    at = head;
  }
  return false;
}

/** Nouns of a time set for what is to come: "a deadline for talks". */
export const DEADLINES: ReadonlySet<string> = new Set(['deadline', 'timetable', 'date', 'timeline']);

const DO_SUPPORT: ReadonlySet<string> = new Set(['do', 'does', 'did']);

/**
 * Whether `p`'s auxiliary is "do" or a modal, or `p` is an infinitive after "to", which only a bare verb can
 * share: "needed to take action but defended Bush" tells the defence as done.
 */
export function needsBare(tree: Tree, p: number): boolean {
  return (
    modalOf(tree, p) !== null ||
    tree.children(p, 'aux').some((a) => DO_SUPPORT.has(tree.lower(a))) ||
    tree.children(p, 'mark').some((m) => tree.lower(m) === 'to')
  );
}

/**
 * A past participle with no auxiliary or subject of its own ("contractors, backed by the Israeli military",
 * "aid delivered by the UN"), hung on a noun (acl) or, carrying its by-agent, misread as a verb joined to
 * the one before: no finite past verb, so a coordinated one shares its clause's mode (`clause-mode.ts`).
 */
export function describingParticiple(tree: Tree, p: number): boolean {
  const word = tree.lower(p);
  if (tree.tokens[p]?.upos !== 'VERB' || !(inflected(word) || /(?:en|wn)$/.test(word))) return false;
  if (tree.child(p, 'aux', 'aux:pass', 'nsubj', 'nsubj:pass') >= 0) return false;
  return tree.dep(p) === 'acl' || (tree.dep(p) === 'conj' && tree.child(p, 'obl:agent') >= 0);
}

/**
 * Whether an if-clause conditions `w` ("sanctions if Israel does not stop"); "even if" concedes, it sets no
 * condition ("received praise, even if the coach admitted…").
 */
export function conditioned(tree: Tree, w: number): boolean {
  const clause = conditionOf(tree, w);
  if (clause < 0) return false;
  const mark = tree.children(clause, 'mark')[0] ?? -1;
  return !(mark > 0 && tree.lower(mark - 1) === 'even');
}

/** Bare verbs that end as a past does. */
const BARE_IN_ED: ReadonlySet<string> = new Set([
  'need',
  'feed',
  'heed',
  'bleed',
  'breed',
  'speed',
  'proceed',
  'succeed',
  'exceed',
  'shed',
  'embed',
]);

/** A past form ("criticized", "met"): no bare verb a "did not" or a modal could govern. */
export function inflected(word: string): boolean {
  if (PAST_IRREGULAR.has(word)) return true;
  return /ed$/.test(word) && !BARE_IN_ED.has(word);
}

const PAST_IRREGULAR: ReadonlySet<string> = new Set(
  'held made gave sent began struck led took met said told wrote spoke sought went saw knew thought fought shot threw swore withdrew froze withheld broke stood laid'.split(
    ' ',
  ),
);
