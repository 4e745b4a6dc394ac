import type { EventActor, EventType } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import type { SentenceActors } from './sentence-actors.js';
import { TOPICAL, lemmaIn } from './lemmas.js';
import { LOCATED, RELATED_OTHERS } from './actor-words.js';
import { sectorOfWords } from './sectors.js';
import { eventNounType } from './triggers.js';
import { PLACE_TAKING } from './where-parties.js';

/**
 * What verbs and event nouns share in reading an event's parties: the prepositions of each type, light
 * verbs, the shape of an event's arguments, and the parties named by a preposition, a possessor or
 * "between" (`arguments.ts` reads verbs, `noun-arguments.ts` event nouns).
 */

/** The prepositions naming the party an event of a type is directed at ("met with", "sanctions on"). */
export const TARGET_PREPOSITIONS: Readonly<Record<EventType, readonly string[]>> = {
  CONSULT: ['with', 'to'],
  AGREE: ['with'],
  SUPPORT: ['for', 'to'],
  CONCEDE: ['to'],
  COOPERATE: ['with'],
  AID: ['to', 'for'],
  RETREAT: ['from'],
  REQUEST: ['from', 'of'],
  // "complained to the UN over Israeli raids": what a complaint or protest is over is its target; the
  // party it is made to only hears it.
  ACCUSE: ['against', 'over'],
  // "opposed to French mediation": what one is opposed or objects to.
  REJECT: ['to'],
  THREATEN: ['against'],
  PROTEST: ['against', 'over'],
  SANCTION: ['on', 'against'],
  MOBILIZE: ['against'],
  COERCE: ['against', 'on'],
  ASSAULT: ['on', 'against'],
  FIGHT: ['with', 'against'],
  DEMAND: ['on', 'of', 'from'],
  DISAPPROVE: ['against', 'over', 'about'],
  INVESTIGATE: ['into', 'against'],
  OTHER: [],
};

/** Types whose sides act alike: every actor is a participant, whichever side the grammar puts it on. */
export const SYMMETRIC: ReadonlySet<EventType> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** Verbs that take an event noun as object and make their subject its actor: "held talks", "imposed sanctions". */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'hold',
  'launch',
  'impose',
  'carry',
  'conduct',
  'stage',
  'mount',
  'sign',
  'reach',
  'strike',
  'begin',
  'start',
  'open',
  'resume',
  'host',
  'have',
  'make',
  'order',
  'unleash',
  'wage',
  'level',
  'issue',
  'deliver',
  'extend',
  'provide',
  'give',
  'send',
  'continue',
  'intensify',
  'lodge',
  'file',
  'express',
  'voice',
  'announce',
  'approve',
  'offer',
  'pledge',
  'step',
  'escalate',
  'lead',
  'attend',
  'join',
  'initiate',
  'renew',
  'broker',
  'seal',
  'finalize',
  'finalise',
  'agree',
  'expand',
  'tighten',
  'slap',
  'enact',
  'adopt',
  'introduce',
  'declare',
  'press',
  'mobilize',
  'deploy',
  'organize',
  'organise',
  'call',
  'make',
  'receive',
  'accept',
  'seek',
  'request',
  'take',
  'participate',
  'engage',
  'pursue',
]);

export const isLightVerb = (tree: Tree, w: number): boolean => lemmaIn(tree.word(w), LIGHT_VERBS) !== null;

/** Where the actors of one trigger were read from, for the confidence. */
export type Evidence = 'grammatical' | 'light-verb' | 'modifier' | 'guessed';

export interface Arguments {
  sources: EventActor[];
  targets: EventActor[];
  /** How the source was found: a subject or agent of its own, or one borrowed from a governing verb. */
  sourceEvidence: Evidence | null;
  /**
   * The grammar says the doer is left unsaid: a participle modifying a noun with no "by" agent ("a
   * handout released on May 14", "soldiers killed in the fighting"). No word-window guess may name one.
   */
  agentless?: boolean;
  /** For an event noun: a verb carries it ("held talks", "launched an attack"). */
  carried?: boolean;
}

/**
 * The parties the type's prepositions name on word `w`, with their conjuncts. An infinitive ("welcomed a
 * decision by the AU to pull out of Somalia", the parser hanging "to pull" on the verb) is a clause, not a
 * to-phrase: whom it names is its own business, read by `complementTargets` as the verb's complement.
 */
export function prepositionalTargets(sa: SentenceActors, w: number, type: EventType): EventActor[] {
  const prepositions = TARGET_PREPOSITIONS[type];
  const out: EventActor[] = [];
  for (const { preposition, index } of [...sa.tree.prepositional(w), ...countedOver(sa.tree, w)]) {
    if (!prepositions.includes(preposition) || infinitive(sa.tree, index)) continue;
    const direct = sa.actorsOf(sa.tree.conjuncts(index));
    out.push(...(direct.length > 0 ? direct : innerActors(sa, index)));
  }
  return out;
}

/**
 * "complained to the UN over two Peruvian air raids": the parser reads "over" before a number as "more
 * than", a modifier of the number, and leaves the noun a bare oblique of the verb. Where "over" opens the
 * oblique's phrase and the verb takes "over", it is the preposition.
 */
function countedOver(tree: Tree, w: number): Array<{ preposition: string; index: number }> {
  return tree
    .children(w, 'obl', 'obl:unmarked')
    .filter((o) => {
      if (tree.child(o, 'case') >= 0) return false;
      const first = tree.tokens.findIndex((t) => t.start === tree.span(o).start);
      return first >= 0 && tree.lower(first) === 'over' && tree.dep(first) === 'advmod';
    })
    .map((index) => ({ preposition: 'over', index }));
}

/** Whether `w` is a verb its "to" introduces as an infinitive clause. */
const infinitive = (tree: Tree, w: number): boolean =>
  ['VERB', 'AUX'].includes(tree.tokens[w]?.upos ?? '') &&
  tree.children(w, 'mark').some((m) => tree.lower(m) === 'to');

/**
 * Relations inside a noun phrase that name whose it is: "calls by Belarus's rulers", "crimes against
 * Serbs", "a camp for refugees".
 */
export const INNER_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'of', 'against', 'from', 'on', 'for']);

/**
 * The actors a thing acted upon belongs to, when it is no actor itself: "rejected calls by Belarus's
 * rulers" → Belarus, "an investigation into crimes committed by Croat forces" → Croatia; one level deep.
 */
export function innerActors(sa: SentenceActors, noun: number): EventActor[] {
  const { tree } = sa;
  // "condemned Ukraine's allies", "struck Iran's proxies": others tied to the owner are not the owner.
  if (lemmaIn(tree.lower(noun), RELATED_OTHERS) !== null) return [];
  const possessor = tree.possessor(noun);
  if (possessor >= 0) {
    const owners = sa.actorsOf(tree.conjuncts(possessor));
    if (owners.length > 0) return owners;
  }
  // "accused the journalist of being a Hamas operative": a clause after the preposition says what the
  // thing is or does, not whose it is. "The withdrawal from Lebanon": what a retreat leaves is not whose
  // the retreat is.
  const leaving = eventNounType(tree.word(noun)) === 'RETREAT';
  for (const { preposition, index } of tree.prepositional(noun))
    if (
      INNER_PREPOSITIONS.has(preposition) &&
      !(leaving && preposition === 'from') &&
      tree.child(index, 'cop', 'nsubj') < 0
    ) {
      const found = sa.actorsOf(tree.conjuncts(index));
      if (found.length > 0) return found;
    }
  // "an investigation into crimes committed by Croat forces": a participle right after the noun describes
  // it, though the parser may hang it on the noun before ("investigation"), or on the verb as a clause of
  // its own ("protested over a tax imposed by the government"); only its by-agent is read below.
  const head = tree.head(noun);
  const end = tree.span(noun).end;
  const hung =
    head >= 0
      ? tree
          .children(head, 'acl', 'advcl', 'xcomp')
          .filter((r) => r > noun && tree.tokens[r - 1]!.end === end)
      : [];
  for (const r of [...tree.children(noun, 'acl', 'acl:relcl'), ...hung]) {
    const agents = sa.actorsOf(tree.agent(r));
    if (agents.length > 0) return agents;
  }
  return [];
}

export const possessors = (tree: Tree, noun: number): number[] => {
  const possessor = tree.possessor(noun);
  return possessor >= 0 ? tree.conjuncts(possessor) : [];
};

/** The parties of a "between A and B" phrase on `w`: the participants of a symmetric event. */
export function between(sa: SentenceActors, w: number): EventActor[] {
  const { tree } = sa;
  const found = tree.prepositional(w, 'between')[0] ?? tree.prepositional(w, 'among')[0];
  if (!found) return [];
  const parties = sa.actorsOf(tree.conjuncts(found.index));
  if (parties.length > 0) return parties;
  // "a meeting between officials from both nations": a from/of phrase right after the parties, however
  // the parser attaches it, says whose they are, since "between" wants parties and the event noun has none.
  const after = tree.span(found.index).end;
  for (const { preposition, index } of tree.prepositional(w)) {
    if (preposition !== 'from' && preposition !== 'of') continue;
    const marker = tree.child(index, 'case');
    if (marker >= 0 && /^\s*$/.test(tree.text.slice(after, tree.tokens[marker]!.start)))
      return sa.actorsOf(tree.conjuncts(index));
  }
  return [];
}

export const unique = (actors: readonly EventActor[]): EventActor[] =>
  actors.filter((a, i) => actors.findIndex((b) => b.id === a.id) === i);

/** Prepositions that name a party in a frame's complement: "agreed to lift sanctions on Iran". */
const PARTY_PREPOSITIONS: ReadonlySet<string> = new Set([
  'to',
  'with',
  'for',
  'on',
  'against',
  'from',
  'in',
  'into',
]);

/**
 * The parties the complement of a frame verb names ("refused to meet Putin", "agreed to provide aid for
 * Romania"): the objects of its infinitive and the parties of their prepositions, two clauses deep at most.
 */
export function complementTargets(
  sa: SentenceActors,
  v: number,
  depth: number,
  type: EventType,
): EventActor[] {
  const { tree } = sa;
  // "threatened Monday to resume attacks in Israel": an infinitive the parser hung as an adverbial clause
  // completes the verb all the same.
  let complement = tree.child(v, 'xcomp');
  // "its threat to invade Taiwan": an event noun's infinitive is its content too.
  if (complement < 0)
    complement =
      tree.children(v, 'acl').find((c) => tree.children(c, 'mark').some((m) => tree.lower(m) === 'to')) ?? -1;
  if (complement < 0)
    complement =
      tree.children(v, 'advcl').find((c) => tree.children(c, 'mark').some((m) => tree.lower(m) === 'to')) ??
      -1;
  // "warned that it would retaliate against Poland": a that-clause whose subject is a pronoun for the
  // speaker says what the speaker will do, to whom.
  if (complement < 0 && depth === 0)
    complement =
      tree
        .children(v, 'ccomp')
        .find((c) => tree.children(c, 'nsubj').some((x) => tree.tokens[x]?.upos === 'PRON')) ?? -1;
  if (complement < 0 || depth > 1 || tree.tokens[complement]?.upos !== 'VERB') return [];
  // "met to discuss the situation in Syria": what is discussed is a topic, and only "with" names a party.
  if (lemmaIn(tree.word(complement), TOPICAL) !== null)
    return tree.prepositional(complement, 'with').flatMap(({ index }) => sa.actorsOf(tree.conjuncts(index)));
  const out = [...sa.actorsOf(tree.objects(complement)), ...sa.actorsOf(tree.indirectObjects(complement))];
  // "to provide 70 million dollars of aid for Romania", "to withdraw $3 billion in funding from Harvard": a
  // quantity's of-noun, or a sum's in-noun, is the thing provided.
  const objects = tree.children(complement, 'obj');
  const counted = objects.flatMap((o) =>
    tree
      .prepositional(o)
      .filter((p) => p.preposition === 'of' || (p.preposition === 'in' && isQuantity(tree, o)))
      .map((p) => p.index),
  );
  const carriers = [complement, ...objects, ...counted];
  // "agreed to invest in Ukraine" names a party by the verb's in-phrase; "signed an MoU to develop a
  // project in Iraq" names by its object's only where the thing is, its setting. Force or a restriction
  // threatened there ("threatened to resume attacks in Israel", "to impose a curfew in Algiers") falls on
  // the place's people, as a place struck by name does (`PLACE_TAKING`).
  const setting = (c: number, preposition: string) =>
    c !== complement && LOCATED.has(preposition) && !PLACE_TAKING.has(type);
  for (const c of carriers)
    for (const { preposition, index } of tree.prepositional(c))
      if (PARTY_PREPOSITIONS.has(preposition) && !setting(c, preposition))
        out.push(...sa.actorsOf(tree.conjuncts(index)));
  return out.length > 0 ? out : complementTargets(sa, complement, depth + 1, type);
}

/** Whether word `w` is a sum or count ("$3 billion", "5,000"): a number or currency sign heads it. */
const isQuantity = (tree: Tree, w: number): boolean => ['NUM', 'SYM'].includes(tree.tokens[w]?.upos ?? '');

/** Types aimed at whoever goods are kept from or taken from: bans, blockades, seizures. */
const GOODS_TYPES: ReadonlySet<EventType> = new Set(['SANCTION', 'COERCE']);

/**
 * "banned exports to Russia", "blockaded supplies to Gaza", "confiscated cash from Palestinians": a ban,
 * blockade or seizure of a thing is aimed at the party the thing goes to or is taken from, named by a
 * to/from phrase on the thing or on the verb. Only with a thing as object: "deported him to Mexico" sends
 * a person somewhere, it is not aimed at Mexico.
 */
export function goodsTargets(sa: SentenceActors, v: number, type: EventType): EventActor[] {
  const { tree } = sa;
  if (!GOODS_TYPES.has(type) || tree.isPassive(v)) return [];
  const things = tree
    .objects(v)
    .filter(
      (o) =>
        tree.tokens[o]?.upos === 'NOUN' &&
        sa.mentionAt(o) === undefined &&
        sectorOfWords(null, tree.word(o)) === null,
    );
  if (things.length === 0 || things.length < tree.objects(v).length) return [];
  const out: EventActor[] = [];
  for (const c of [v, ...things])
    for (const { preposition, index } of tree.prepositional(c))
      if (preposition === 'to' || preposition === 'from') out.push(...sa.actorsOf(tree.conjuncts(index)));
  return unique(out);
}

/** Whether word `x` itself names a party: an actor's name, a pronoun, a body ("police", "the army"). */
export function party(sa: SentenceActors, x: number): boolean {
  const { tree } = sa;
  const m = sa.mentionAt(x);
  return (
    (m !== undefined && sa.isActor(m)) ||
    tree.tokens[x]?.upos === 'PRON' ||
    sectorOfWords(null, tree.word(x)) !== null
  );
}
