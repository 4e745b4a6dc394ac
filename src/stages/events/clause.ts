import type { EventActor, Mention } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { TOPICAL, lemmaIn } from './lemmas.js';
import type { SentenceActors } from './sentence-actors.js';

/**
 * What an event's own clause says about it besides its mode (`clause-mode.ts`), read from the tree: who
 * reports it, when and where. Only the clause's own words count: a date or place in another clause of the
 * sentence, or a deadline ("by Friday"), is not the event's.
 */

/** Verbs of saying: the subject of one asserts what its complement says. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'announce',
  'state',
  'claim',
  'report',
  'add',
  'note',
  'insist',
  'confirm',
  'allege',
  'write',
  'tweet',
  'post',
  'declare',
  'explain',
  'argue',
  'acknowledge',
  'admit',
  'reveal',
  'disclose',
  'indicate',
  'stress',
  'assert',
  'maintain',
  'contend',
  'estimate',
  'predict',
  'recall',
  'repeat',
  'reiterate',
  'emphasize',
  'emphasise',
  'suggest',
  'warn',
  'testify',
  'believe',
  'think',
  'announce',
]);

export const isSpeechVerb = (tree: Tree, w: number): boolean =>
  tree.tokens[w]?.upos === 'VERB' && lemmaIn(tree.word(w), SPEECH_VERBS) !== null;

/**
 * Who asserts the clause of `p`: the subject of the verb of saying whose complement it is ("Kyiv said
 * Russia attacked"), of a speech verb in parenthesis ("Russia attacked, officials said"), or the party of
 * "according to"; the entity id, or null when the narrator asserts it.
 */
export function reporterOf(sa: SentenceActors, p: number): string | null {
  return reporterActorOf(sa, p)?.id ?? null;
}

/** The same as `reporterOf`, with the reporter coded. */
export function reporterActorOf(sa: SentenceActors, p: number): EventActor | null {
  const { tree } = sa;
  for (let a = p, steps = 0; a >= 0 && steps < 6; a = tree.head(a), steps++) {
    for (const { index } of tree.prepositional(a, 'according to')) {
      const actor = sa.actorAt(index);
      if (actor) return actor;
    }
    // "Russia attacked Kyiv, officials said": the speech verb after its report, as parataxis (or, as the
    // parser often reads it, a complement with a subject of its own and nothing reported).
    for (const c of tree.children(a, 'parataxis', 'ccomp')) {
      if (!isSpeechVerb(tree, c) || c < a) continue;
      if (tree.dep(c) === 'ccomp' && (tree.reported(c) >= 0 || tree.child(c, 'nsubj') < 0)) continue;
      const speaker = sa.actorsOf(tree.subjects(c))[0];
      if (speaker) return speaker;
    }
    const dep = tree.dep(a);
    const head = tree.head(a);
    if (head < 0) break;
    if ((dep === 'ccomp' || dep === 'parataxis') && isSpeechVerb(tree, head)) {
      const speaker = sa.actorsOf(tree.subjects(head))[0];
      return speaker ?? null;
    }
    if (dep !== 'conj' && dep !== 'xcomp' && dep !== 'ccomp' && tree.isPredicate(a)) break;
  }
  return null;
}

export { clauseDateMention, clauseHead } from '../syntax/attachment.js';
import { clauseHead } from '../syntax/attachment.js';

export interface ClausePlace {
  text: string;
  entityId: string;
  start: number;
  /** Where the first place's own name ends ("Jeddah" of "Jeddah, Saudi Arabia"). */
  firstEnd: number;
}

/** Prepositions whose object is what a talk or an act is about ("talks on the war in Syria"). */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on',
  'about',
  'over',
  'regarding',
  'concerning',
  'into',
]);

/** Nouns of time: "over the weekend in Gaza" says when, not what about. */
const TIME_NOUNS: ReadonlySet<string> = new Set([
  'weekend',
  'night',
  'day',
  'days',
  'week',
  'weeks',
  'morning',
]);

/**
 * Whether the place headed by `h` is a topic rather than the scene: it qualifies a noun that is what a
 * talk is about ("talks on the war in Syria", "an inquiry into deaths in Gaza"), or it follows the object
 * of a verb of discussing ("met to discuss the situation in Syria", however the parser hangs "in Syria").
 */
function isTopicPlace(tree: Tree, h: number): boolean {
  if (tree.dep(h) === 'nmod') {
    for (let n = tree.head(h), steps = 0; n >= 0 && steps < 4; n = tree.head(n), steps++) {
      const topic = tree.tokens[n]!.upos === 'NOUN' && !TIME_NOUNS.has(tree.lower(n));
      if (topic && tree.children(n, 'case').some((c) => TOPIC_PREPOSITIONS.has(tree.lower(c)))) return true;
      if (tree.dep(n) === 'obj' && lemmaIn(tree.word(tree.head(n)), TOPICAL) !== null) return true;
      if (tree.dep(n) !== 'nmod') return false;
    }
    return false;
  }
  const verb = tree.head(h);
  if (verb < 0 || lemmaIn(tree.word(verb), TOPICAL) === null) return false;
  const object = tree.child(verb, 'obj');
  const marker = tree.children(h, 'case')[0] ?? -1;
  // The place right after the verb's object qualifies that object.
  return (
    object >= 0 && object < h && marker > 0 && (marker - 1 === object || tree.dominates(object, marker - 1))
  );
}

/** The place named by an in/at phrase of the clause of `w` (or of the event noun itself), with its region. */
export function clausePlace(
  tree: Tree,
  w: number,
  mentions: readonly Mention[],
  text: string,
): ClausePlace | null {
  const clause = clauseHead(tree, w);
  let best: { k: number; distance: number } | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.kind === 'demonym' || (m.type !== 'place' && m.type !== 'country' && m.kind !== 'metonym'))
      continue;
    const head = tree.headOf(m.start, m.end);
    if (head < 0) continue;
    if (!tree.children(head, 'case').some((c) => ['in', 'at'].includes(tree.lower(c)))) continue;
    if (clauseHead(tree, head) !== clause) continue;
    if (isTopicPlace(tree, head)) continue;
    const distance = Math.abs(m.start - tree.tokens[w]!.start);
    if (!best || distance < best.distance) best = { k, distance };
  }
  if (!best) return null;
  const first = mentions[best.k]!;
  let last = first;
  for (let k = best.k + 1; k < mentions.length; k++) {
    const m = mentions[k]!;
    if ((m.type !== 'place' && m.type !== 'country') || !/^,\s*$/.test(text.slice(last.end, m.start))) break;
    last = m;
  }
  return {
    text: text.slice(first.start, last.end),
    entityId: first.entityId,
    start: first.start,
    firstEnd: first.end,
  };
}
