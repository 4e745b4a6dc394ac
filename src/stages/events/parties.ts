import type { EventActor, EventType } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import type { SentenceActors } from './sentence-actors.js';
import { lemmaIn } from './lemmas.js';

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

/** The parties the type's prepositions name on word `w`, with their conjuncts. */
export function prepositionalTargets(sa: SentenceActors, w: number, type: EventType): EventActor[] {
  const prepositions = TARGET_PREPOSITIONS[type];
  const out: EventActor[] = [];
  for (const { preposition, index } of sa.tree.prepositional(w)) {
    if (!prepositions.includes(preposition)) continue;
    const direct = sa.actorsOf(sa.tree.conjuncts(index));
    out.push(...(direct.length > 0 ? direct : innerActors(sa, index)));
  }
  return out;
}

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
  const possessor = tree.possessor(noun);
  if (possessor >= 0) {
    const owners = sa.actorsOf(tree.conjuncts(possessor));
    if (owners.length > 0) return owners;
  }
  for (const { preposition, index } of tree.prepositional(noun))
    if (INNER_PREPOSITIONS.has(preposition)) {
      const found = sa.actorsOf(tree.conjuncts(index));
      if (found.length > 0) return found;
    }
  for (const r of tree.children(noun, 'acl', 'acl:relcl')) {
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
