import type { EventActor, EventType } from '../../core/analysis.js';
import { lemmaIn } from './lemmas.js';
import { party } from './parties.js';
import type { SentenceActors } from './sentence-actors.js';
import type { Sense } from './senses.js';
import { eventNounType, type Trigger } from './triggers.js';

/**
 * The senses of the words of agreement (`senseOf` reads them in its order): an offer made to no one, a
 * ceasefire one side puts into effect, a signed text that is no pact, "agree" sharing a view.
 */

const SIGN: ReadonlySet<string> = new Set(['sign']);

/** Verbs by which one side puts its own ceasefire into effect: "declared a unilateral ceasefire". */
const PUT_IN_EFFECT: ReadonlySet<string> = new Set(['declare', 'observe', 'implement']);

const CEASEFIRE: ReadonlySet<string> = new Set(['ceasefire', 'cease-fire', 'truce']);

/** Texts signed between parties that the lexicon does not list as events: "signed a memorandum". */
const PACT_TEXTS: ReadonlySet<string> = new Set([
  'memorandum',
  'contract',
  'mou',
  'communique',
  'declaration',
  'charter',
  'convention',
  'protocol',
]);

/** An offer or promise: aimed at the parties it is made to, none when it offers a thing to no one. */
export function offeredSense(
  sa: SentenceActors,
  w: number,
  trigger: Trigger,
  type: EventType,
  nominal: boolean,
  targets: readonly EventActor[],
): Sense | null | undefined {
  const { tree } = sa;
  if (trigger.role === 'proposal' && targets.length === 0) {
    const offeredTo = sa.actorsOf([
      ...tree.indirectObjects(w),
      ...tree
        .prepositional(w)
        .filter((p) => p.preposition === 'to' || p.preposition === 'with')
        .flatMap((p) => tree.conjuncts(p.index)),
    ]);
    if (offeredTo.length > 0) return { type, targets: offeredTo };
    if (!nominal && offeredThing(sa, w)) return null;
  }
  return undefined;
}

export function declaredCeasefire(
  sa: SentenceActors,
  w: number,
  type: EventType,
  targets: readonly EventActor[],
): Sense | undefined {
  const { tree } = sa;
  // "Hizbollah declared a unilateral ceasefire": a ceasefire put into effect, no pact between sides named,
  // is PLOVER's RETREAT (CAMEO 0871, "observing a ceasefire"); "agreed a ceasefire with" stays AGREE.
  if (type === 'AGREE' && lemmaIn(tree.lower(w), CEASEFIRE) !== null) {
    const verb = tree.head(w);
    if (
      tree.dep(w) === 'obj' &&
      lemmaIn(tree.lower(verb), PUT_IN_EFFECT) !== null &&
      tree.prepositional(w, 'between').length === 0 &&
      tree.prepositional(w, 'with').length === 0 &&
      tree.prepositional(verb, 'with').length === 0
    )
      return { type: 'RETREAT', targets };
  }
  return undefined;
}

export function signedNoPact(
  sa: SentenceActors,
  w: number,
  type: EventType,
  targets: readonly EventActor[],
): null | undefined {
  const { tree } = sa;
  // "signed a deal with Kyiv" agrees; "signed an executive order", "signed the bill into law" enact what
  // one party decides: a signed thing that is no pact, with no party signed with, is no agreement.
  if (type === 'AGREE' && lemmaIn(tree.word(w), SIGN) !== null && targets.length === 0) {
    // The signed thing is the object, a passive's subject ("the decree was signed by Putin"), or the noun a
    // participle with no object of its own describes ("a law signed by Ramaphosa", "a letter signed by 42
    // MPs"); "the faction met, signing a charter" has its own.
    const own = tree.patients(w);
    const objects = tree.dep(w) === 'acl' && own.length === 0 ? [tree.head(w)] : own;
    if (objects.length > 0 && !objects.some((o) => isPact(tree.word(o)))) return null;
  }
  return undefined;
}

export function concurred(
  sa: SentenceActors,
  w: number,
  type: EventType,
  targets: readonly EventActor[],
): Sense | undefined {
  if (type === 'AGREE' && concurs(sa, w)) return { type: 'SUPPORT', targets };
  return undefined;
}

const CONCUR: ReadonlySet<string> = new Set(['agree', 'concur']);

/** What an agreement is reached on, or to: "agreed with Kyiv on a truce", "agreed with Iran to talks". */
const AGREED_ON: ReadonlySet<string> = new Set(['on', 'upon', 'to', 'over', 'about', 'for', 'that']);

/**
 * Whether "agree" at verb `w` shares a view rather than reaches an agreement: "agreed with Trump", "agreed
 * with Rubio's assessment" name only whom or what one thinks alike with, a stance (SUPPORT aimed at them);
 * "agreed with Kyiv on a truce", "agreed with Hamas to free hostages", "agreed a deal with Egypt" and
 * "agreed with Egypt's proposal" (a pact or a proposal accepted) reach one.
 */
function concurs(sa: SentenceActors, w: number): boolean {
  const { tree } = sa;
  if (lemmaIn(tree.word(w), CONCUR) === null) return false;
  const partners = tree.prepositional(w, 'with');
  if (partners.length === 0 || tree.child(w, 'obj', 'iobj', 'xcomp', 'ccomp') >= 0) return false;
  if (tree.prepositional(w).some((p) => AGREED_ON.has(p.preposition))) return false;
  return !partners.some(({ index }) => isPact(tree.word(index)) || eventNounType(tree.word(index)) !== null);
}

/** Whether offer verb `w` offers a thing, no party: its object, or the noun its participle modifies. */
function offeredThing(sa: SentenceActors, w: number): boolean {
  const { tree } = sa;
  const things = tree.dep(w) === 'acl' ? [tree.head(w)] : tree.objects(w);
  return things.some((t) => t >= 0 && tree.tokens[t]?.upos === 'NOUN' && !party(sa, t));
}

const isPact = (word: string): boolean =>
  eventNounType(word) === 'AGREE' || lemmaIn(word.toLowerCase(), PACT_TEXTS) !== null;
