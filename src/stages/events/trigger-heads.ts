import type { Tree } from '../syntax/tree.js';
import type { SentenceActors } from './sentence-actors.js';
import type { Patient } from './lexicon.js';
import { lemmaIn } from './lemmas.js';
import { sectorOfWords } from './sectors.js';

/**
 * Which word of a sentence's tree a trigger stands on, and whether that word names an event at all: a verb
 * whose objects fit its sense, not a noun or adjective naming a kind of thing (`tree-events.ts`).
 */

/** The parts of speech of a noun heading its phrase. */
const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * Whether verb `w`'s direct objects fit the event's sense (`Patient`): none, or, for `party`, one naming
 * an actor or people ("released three hostages", "met Trump"); for `actor`, one naming an actor.
 */
export function takesPatient(tree: Tree, sa: SentenceActors, w: number, patient: Patient): boolean {
  const objects = tree.children(w, 'obj');
  if (patient === 'actor')
    return objects.some((o) => tree.tokens[o]!.upos !== 'PRON' && sa.actorAt(o) !== null);
  if (objects.length === 0) return true;
  if (patient === 'none') return false;
  return objects.some(
    (o) =>
      sa.actorAt(o) !== null ||
      sectorOfWords(null, tree.word(o)) !== null ||
      tree.tokens[o]!.upos === 'PRON' ||
      tree.tokens[o]!.upos === 'PROPN',
  );
}

/**
 * Nouns that carry the event of the noun compounded with them: "mediation efforts", "aid deliveries", "an
 * invasion plan". Any other noun so modified is a thing of that kind: "invasion forces", "riot police".
 */
const CARRIERS: ReadonlySet<string> = new Set([
  'effort',
  'mission',
  'program',
  'programme',
  'delivery',
  'shipment',
  'convoy',
  'package',
  'operation',
  'campaign',
  'initiative',
  'process',
  'plan',
  'proposal',
  'round',
  'supply',
  'deal',
  'agreement',
  'death',
  'toll',
  'order',
]);

/**
 * Whether a trigger word names a kind of thing rather than something that happened: an attributive
 * adjective or participle ("the banned group", "an occupying army", "strict and demanding"), or a noun
 * modifying another noun ("a jail term", "a news release", "attack drones"). A predicate adjective ("is
 * opposed to") keeps its event. A sentence parsed with no verb at its root ("Israeli tanks shelled
 * positions" read as a noun phrase) is a misparse whose modifiers prove nothing.
 */
export function namesAKind(tree: Tree, w: number): boolean {
  const root = tree.root();
  if (root >= 0 && NOMINAL.has(tree.tokens[root]!.upos) && tree.children(root, 'cop').length === 0)
    return false;
  const dep = tree.dep(w);
  const head = tree.head(w);
  if (dep === 'amod') return true;
  if (tree.tokens[w]!.upos === 'ADJ')
    return tree.children(w, 'cop').length === 0 && !['root', 'ccomp', 'xcomp', 'advcl'].includes(dep);
  return (
    dep === 'compound' && tree.tokens[head]?.upos === 'NOUN' && lemmaIn(tree.word(head), CARRIERS) === null
  );
}

/**
 * The word heading a trigger's span. A phrase ending in a preposition ("spoke with", "talks with") has two
 * words headed outside it, the preposition hanging on the party after it: the phrase is its first part. So
 * has a particle the parser hung on what follows ("handed over 700 kg", "over" read as "more than").
 */
export function triggerHead(tree: Tree, start: number, end: number): number {
  const w = tree.headOf(start, end);
  const upos = w < 0 ? '' : tree.tokens[w]!.upos;
  if ((upos !== 'ADP' && upos !== 'ADV') || tree.tokens[w]!.start <= start) return w;
  const before = tree.headOf(start, tree.tokens[w]!.start);
  return before >= 0 ? before : w;
}
