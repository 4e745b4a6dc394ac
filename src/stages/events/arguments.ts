import type { EventActor, EventType } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import type { SentenceActors } from './sentence-actors.js';
import { lemmaIn } from './lemmas.js';
import { sectorOfWords } from './sectors.js';
import { isEventNoun } from './triggers.js';

/**
 * Which parties of a sentence an event's trigger takes as source and target, by grammatical role: the
 * agent and patient of a verb, the possessor, modifiers and prepositions of an event noun, the subject of a
 * light verb carrying it; the actors behind each word come from `SentenceActors`.
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
const LIGHT_VERBS: ReadonlySet<string> = new Set([
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
function prepositionalTargets(sa: SentenceActors, w: number, type: EventType): EventActor[] {
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
const INNER_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'of', 'against', 'from', 'on', 'for']);

/**
 * The actors a thing acted upon belongs to, when it is no actor itself: "rejected calls by Belarus's
 * rulers" → Belarus, "an investigation into crimes committed by Croat forces" → Croatia; one level deep.
 */
function innerActors(sa: SentenceActors, noun: number): EventActor[] {
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

const possessors = (tree: Tree, noun: number): number[] => {
  const possessor = tree.possessor(noun);
  return possessor >= 0 ? tree.conjuncts(possessor) : [];
};

/** The parties of a "between A and B" phrase on `w`: the participants of a symmetric event. */
function between(sa: SentenceActors, w: number): EventActor[] {
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

const unique = (actors: readonly EventActor[]): EventActor[] =>
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
function complementTargets(sa: SentenceActors, v: number, depth: number): EventActor[] {
  const { tree } = sa;
  // "threatened Monday to resume attacks in Israel": an infinitive the parser hung as an adverbial clause
  // completes the verb all the same.
  let complement = tree.child(v, 'xcomp');
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
  const out = [...sa.actorsOf(tree.objects(complement)), ...sa.actorsOf(tree.indirectObjects(complement))];
  // "to provide 70 million dollars of aid for Romania": a quantity's of-noun is the thing provided.
  const objects = tree.children(complement, 'obj');
  const counted = objects.flatMap((o) => tree.prepositional(o, 'of').map((p) => p.index));
  const carriers = [complement, ...objects, ...counted];
  for (const c of carriers)
    for (const { preposition, index } of tree.prepositional(c))
      if (PARTY_PREPOSITIONS.has(preposition)) out.push(...sa.actorsOf(tree.conjuncts(index)));
  return out.length > 0 ? out : complementTargets(sa, complement, depth + 1);
}

/** The arguments of a verb trigger: its agent, its patient, the parties of its type's prepositions. */
export function verbArguments(sa: SentenceActors, v: number, type: EventType): Arguments {
  const { tree } = sa;
  const noun = tree.head(v);
  if (tree.dep(v) === 'acl' && noun >= 0) {
    // A sentence parsed with a noun at its root and its verb hung on it ("Community ministers agreed to
    // …" read as a noun phrase) is a misparse: the noun is the verb's subject, not its patient.
    if (noun === tree.root() && rootlessVerb(tree)) {
      const sources = sa.actorsOf(tree.conjuncts(noun));
      const rest = clauseArguments(sa, v, type);
      return sources.length > 0 ? { ...rest, sources, sourceEvidence: 'grammatical' } : rest;
    }
    // "children deported by Russia": a participle modifying a noun is passive, the noun its patient;
    // "Soussana, a veteran wounded in …": a noun in apposition stands for the name it follows.
    // A participle with an object or an auxiliary of its own ("Chalk supported this change", "Iran had
    // agreed") is a finite verb the parser hung on a noun, not a modifier: read it as a clause.
    if (/(?:ed|en|wn)$/i.test(tree.word(v)) && tree.child(v, 'obj', 'aux') < 0) {
      const sources = sa.actorsOf(tree.agent(v));
      let targets = sa.actorsOf(tree.conjuncts(noun));
      if (targets.length === 0 && tree.dep(noun) === 'appos') targets = sa.actorsOf([tree.head(noun)]);
      return sources.length > 0
        ? { sources, targets, sourceEvidence: 'grammatical' }
        : { sources, targets, sourceEvidence: null, agentless: true };
    }
  }
  return clauseArguments(sa, v, type);
}

/**
 * The actors of a verb's agents. An event noun as agent ("the drone attack in the Al-Butna area killed
 * seven soldiers", "Russia's attack killed …") acts through its own doer, its possessor, modifier or
 * by-phrase, not through where it happened. A noun naming those who do it ("demonstrators") is a doer.
 */
function agentActors(sa: SentenceActors, agents: readonly number[], type: EventType): EventActor[] {
  const { tree } = sa;
  return agents.flatMap((a) =>
    tree.tokens[a]?.upos === 'NOUN' &&
    sa.mentionAt(a) === undefined &&
    isEventNoun(tree.word(a)) &&
    sectorOfWords(null, tree.word(a)) === null
      ? nounArguments(sa, a, type).sources
      : sa.actorsOf([a]),
  );
}

/** A verb's arguments from its own clause: its agent, its patient, the parties of its type's prepositions. */
function clauseArguments(sa: SentenceActors, v: number, type: EventType): Arguments {
  const { tree } = sa;
  let sources = agentActors(sa, tree.agents(v), type);
  // "signed a Memorandum of Understanding", "accepted the deal": what is agreed to is the agreement, never
  // a party to it; its parties are named by "with" or inside it ("accepted Kyiv's proposal").
  let targets = [
    ...(type === 'AGREE' ? [] : sa.actorsOf(tree.patients(v))),
    ...sa.actorsOf(tree.indirectObjects(v)),
    ...prepositionalTargets(sa, v, type),
  ];
  let evidence: Evidence | null = sources.length > 0 ? 'grammatical' : null;
  if (sources.length === 0 && !tree.isPassive(v)) {
    const parties = between(sa, v);
    if (parties.length > 0) [sources, evidence] = [parties, 'grammatical'];
  }
  // "rejected calls by Belarus's rulers": the thing acted upon names whose it is.
  // "a camp for Congolese refugees was attacked": so does the subject of a passive.
  // "signed an agreement with Kosovo", "agreed a truce with the rebels": an event noun as object names the
  // parties of the verb's event by its own prepositions.
  if (targets.length === 0)
    for (const o of tree.objects(v))
      if (isEventNoun(tree.word(o))) targets.push(...prepositionalTargets(sa, o, type));
  // What is agreed to names a party only as its owner ("accepted Kyiv's proposal"); "a Memorandum of
  // Understanding" names none.
  if (targets.length === 0)
    for (const o of tree.patients(v))
      targets.push(...(type === 'AGREE' ? sa.actorsOf(possessors(tree, o)) : innerActors(sa, o)));
  // "rejected calls by Belarus's rulers", with the by-phrase hung on the verb: an active verb has no agent
  // phrase, so its by-phrase names whose the thing acted upon is.
  if (targets.length === 0 && !tree.isPassive(v) && tree.objects(v).length > 0)
    for (const { index } of tree.prepositional(v, 'by')) targets.push(...sa.actorsOf(tree.conjuncts(index)));
  // "agreed to cooperate with Kyiv", "refused to meet Putin": the complement names whom it is about.
  if (targets.length === 0) targets = complementTargets(sa, v, 0);
  // "threatened to launch an offensive unless Baghdad accepted": a threat is aimed at whoever must act to
  // avert it, the subject of its condition.
  if (targets.length === 0 && type === 'THREATEN') targets = conditionTargets(sa, v);
  // "Kyiv was attacked overnight": a passive with no by-phrase leaves the doer unsaid, and one with a
  // by-phrase naming no actor ("was attacked by gunmen") has said who it was; no guess names another.
  return {
    sources: unique(sources),
    targets: unique(targets),
    sourceEvidence: evidence,
    agentless: tree.isPassive(v) && sources.length === 0,
  };
}

/** Whether the sentence's root is a noun with no copula: a sentence whose verb the parser missed. */
function rootlessVerb(tree: Tree): boolean {
  const root = tree.root();
  const upos = tree.tokens[root]?.upos;
  return (upos === 'NOUN' || upos === 'PROPN') && tree.children(root, 'cop').length === 0;
}

/** The subjects of the if/unless clause on verb `v` or on the infinitives completing it, two deep. */
function conditionTargets(sa: SentenceActors, v: number): EventActor[] {
  const { tree } = sa;
  for (let at = v, depth = 0; at >= 0 && depth < 3; at = tree.child(at, 'xcomp'), depth++) {
    const condition = tree.conditionOf(at);
    if (condition >= 0) return sa.actorsOf(tree.subjects(condition));
  }
  return [];
}

/** Verbs by which an event noun names its participants: "talks that involved Kyiv". */
const INCLUDING: ReadonlySet<string> = new Set(['include', 'involve', 'feature', 'bring', 'gather', 'unite']);

/** Event nouns whose of-phrase names who acts, and those whose of-phrase names who undergoes it. */
const OF_ACTS: ReadonlySet<EventType> = new Set(['MOBILIZE', 'RETREAT', 'PROTEST', 'CONSULT', 'COOPERATE']);
const OF_UNDERGOES: ReadonlySet<EventType> = new Set([
  'ASSAULT',
  'COERCE',
  'FIGHT',
  'INVESTIGATE',
  'SUPPORT',
  'AID',
]);

/** Event nouns whose person possessor is the one they are done to: "his arrest", "her release". */
const HELD: ReadonlySet<string> = new Set([
  'arrest',
  'detention',
  'release',
  'deportation',
  'extradition',
  'execution',
  'capture',
  'abduction',
  'kidnapping',
  'assassination',
  'imprisonment',
]);

/** Event nouns whose in-phrase names whom they are used on. */
const PLACE_IS_TARGET: ReadonlySet<EventType> = new Set([
  'COERCE',
  'SANCTION',
  'MOBILIZE',
  'ASSAULT',
  'FIGHT',
]);

/** Event nouns whose noun-compound modifier is where it happened, not who did it: "the Kyiv strike". */
const PLACE_MODIFIED: ReadonlySet<EventType> = new Set(['ASSAULT', 'FIGHT', 'COERCE', 'PROTEST']);

/**
 * Whether the of-phrase noun `w` of an event noun names nobody but through an in/at phrase: "a meeting of
 * foreign ministers in Canada" is held in Canada (the parser hangs the place on the nearest noun), it is
 * not Canada meeting.
 */
function placedOnly(sa: SentenceActors, w: number): boolean {
  const { tree } = sa;
  if (sa.mentionAt(w) || tree.children(w, 'amod', 'compound', 'nmod:poss').some((c) => sa.mentionAt(c)))
    return false;
  return tree.children(w, 'nmod').some((c) => {
    const marker = tree.child(c, 'case');
    return marker >= 0 && ['in', 'at'].includes(tree.lower(marker)) && sa.mentionAt(c) !== undefined;
  });
}

/**
 * The arguments of an event noun: its possessor or modifier ("Russia's attack", "US sanctions"), its
 * by-agent, a between-phrase, else the subject of the verb that takes it as object ("held talks");
 * targets from the type's prepositions on the noun, or on that verb ("imposed sanctions on Russia").
 */
export function nounArguments(sa: SentenceActors, n: number, type: EventType): Arguments {
  const { tree } = sa;
  let sources: EventActor[] = [];
  let targets: EventActor[] = [];
  let evidence: Evidence | null = null;
  const possessor = tree.possessor(n);
  if (possessor >= 0) {
    // "Russia's attack" is Russia attacking, but "his arrest", "Navalny's release" are the person held.
    const owners = sa.actorsOf(tree.conjuncts(possessor));
    const undergone = lemmaIn(tree.word(n), HELD) !== null;
    sources = undergone ? owners.filter((a) => !sa.isPerson(a.id)) : owners;
    if (undergone) targets.push(...owners.filter((a) => sa.isPerson(a.id)));
  }
  for (const c of tree.children(n, 'amod', 'compound')) {
    const m = sa.mentionAt(c);
    if (!m || !sa.isActor(m)) continue;
    const actors = sa.actorsOf(tree.conjuncts(c));
    if (PLACE_MODIFIED.has(type) && sa.entityOf(m)?.type === 'place') targets.push(...actors);
    else sources.push(...actors);
  }
  if (sources.length > 0) evidence = 'modifier';
  for (const { preposition, index } of tree.prepositional(n)) {
    if (preposition === 'by' && sources.length === 0) {
      sources = sa.actorsOf(tree.conjuncts(index));
      evidence = 'grammatical';
    }
    // "the deployment of NATO troops", "a meeting of foreign ministers": the of-phrase acts;
    // "the capture of Kyiv", "the arrest of journalists": it is acted upon.
    // "the release of an Iranian detainee", "the arrest of journalists": the one held undergoes it.
    if (preposition === 'of') {
      const actors = sa.actorsOf(tree.conjuncts(index));
      const acts = OF_ACTS.has(type) && lemmaIn(tree.word(n), HELD) === null;
      if (acts && sources.length === 0 && actors.length > 0 && !placedOnly(sa, index))
        [sources, evidence] = [actors, 'grammatical'];
      else if (!acts && (OF_UNDERGOES.has(type) || lemmaIn(tree.word(n), HELD) !== null))
        targets.push(...actors);
    }
  }
  // "the meeting, which included Lammy and Rubio": who an event noun includes take part in it.
  for (const r of tree.children(n, 'acl:relcl', 'acl')) {
    if (sources.length > 0 || lemmaIn(tree.word(r), INCLUDING) === null) continue;
    const parties = sa.actorsOf(tree.objects(r));
    if (parties.length > 0) [sources, evidence] = [parties, 'grammatical'];
  }
  if (sources.length === 0) {
    const parties = between(sa, n);
    if (parties.length > 0) [sources, evidence] = [parties, 'grammatical'];
  }
  targets.push(...prepositionalTargets(sa, n, type));
  // "the withdrawal of Russian troops from Kherson", "an airstrike by Sudanese forces on Nyala": the parser
  // hangs the type's phrase on the nearest noun, the doer's; a doer's own "from"/"on" is the event's.
  if (targets.length === 0)
    for (const { preposition, index } of tree.prepositional(n))
      if (preposition === 'of' || preposition === 'by')
        targets.push(...prepositionalTargets(sa, index, type));
  // "a curfew in Montenegro", "the crackdown in Gaza": where force is used is whom it is used on.
  if (targets.length === 0 && PLACE_IS_TARGET.has(type))
    for (const { index } of tree.prepositional(n, 'in')) targets.push(...sa.actorsOf(tree.conjuncts(index)));
  // "a dialogue with the President of Russia, Vladimir Putin": a person in apposition that the parser
  // hung on the event noun names the party just before it.
  for (const c of tree.children(n, 'appos')) {
    const m = sa.mentionAt(c);
    if (m && sa.entityOf(m)?.type === 'person' && targets.length > 0) {
      const person = sa.actorAt(c);
      if (person) targets[targets.length - 1] = person;
    }
  }
  // The verb that carries the noun: "Russia launched an attack", "talks were held by…", "took part in talks".
  let carrier = -1;
  let at = n;
  // "25,000 tons of food aid", "a new round of sanctions": the quantity stands where the event noun would.
  if (tree.dep(at) === 'nmod' && tree.head(at) >= 0 && tree.tokens[tree.head(at)]?.upos === 'NOUN') {
    const marker = tree.child(at, 'case');
    if (marker >= 0 && tree.lower(marker) === 'of') at = tree.head(at);
  }
  const dep = tree.dep(at);
  const head = tree.head(at);
  if (head >= 0 && (dep === 'obj' || dep === 'nsubj:pass') && isLightVerb(tree, head)) carrier = head;
  // "An agreement was expected to be signed by Kyiv": the passive infinitive carries the noun.
  if (carrier < 0 && head >= 0 && dep === 'nsubj:pass') {
    const complement = tree.child(head, 'xcomp');
    if (complement >= 0 && tree.isPassive(complement) && isLightVerb(tree, complement)) carrier = complement;
  }
  if (head >= 0 && dep === 'obl' && isLightVerb(tree, head)) {
    const marker = tree.child(at, 'case');
    if (marker >= 0 && tree.lower(marker) === 'in') carrier = head;
  }
  if (carrier >= 0) {
    if (sources.length === 0) {
      sources = sa.actorsOf(tree.agents(carrier));
      if (sources.length > 0) evidence = 'light-verb';
      else {
        const parties = between(sa, carrier);
        if (parties.length > 0) [sources, evidence] = [parties, 'light-verb'];
      }
    }
    if (targets.length === 0)
      targets = [...sa.actorsOf(tree.indirectObjects(carrier)), ...prepositionalTargets(sa, carrier, type)];
    // "gave the Ivory Coast 5.1 million dollars of aid": a name before the object with no "'s" is the
    // recipient of a double object the parser read as a possessor.
    const owner = at !== n ? tree.possessor(at) : -1;
    if (targets.length === 0 && owner >= 0 && tree.child(owner, 'case') < 0 && tree.dep(at) === 'obj')
      targets = sa.actorsOf([owner]);
  }
  return {
    sources: unique(sources),
    targets: unique(targets),
    sourceEvidence: evidence,
    carried: carrier >= 0,
  };
}
