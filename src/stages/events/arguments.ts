import type { EventActor, EventType } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import type { SentenceActors } from './sentence-actors.js';
import { TOPICAL, lemmaIn } from './lemmas.js';
import { sectorAt, sectorOfWords } from './sectors.js';
import { eventNounType, isEventNoun } from './triggers.js';
import { nounArguments } from './noun-arguments.js';
import { contentAddressees } from './addressee.js';
import {
  type Arguments,
  type Evidence,
  between,
  complementTargets,
  goodsTargets,
  innerActors,
  possessors,
  prepositionalTargets,
  SYMMETRIC,
  TARGET_PREPOSITIONS,
  unique,
} from './parties.js';
import { conditionOf } from '../syntax/modality.js';
import { ANNOUNCING } from './mode-words.js';
import { describedNoun, gerundDoers } from './adverbial-doers.js';

/**
 * Which parties of a sentence an event's trigger takes as source and target, by grammatical role: the
 * agent and patient of a verb, the possessor, modifiers and prepositions of an event noun, the subject of a
 * light verb carrying it; the actors behind each word come from `SentenceActors`.
 */

/** Types that take a stance on what they are aimed at, rather than act on it. */
const STANCES: ReadonlySet<EventType> = new Set(['SUPPORT', 'DISAPPROVE']);

/** Whether verb `v` of `type` takes a stance on an event it names as its object ("backed the invasion"). */
export function stanceOnEvent(tree: Tree, v: number, type: EventType): boolean {
  return tree.patients(v).some((p) => stanceOn(tree, p, type));
}

/** Acts of force or pressure done to a party: "the invasion of Ukraine", "sanctions on Russia". */
const DONE_TO: ReadonlySet<EventType> = new Set([
  'ASSAULT',
  'FIGHT',
  'COERCE',
  'SANCTION',
  'THREATEN',
  'MOBILIZE',
]);

/**
 * Whether patient `p` is an act of force or pressure a stance of `type` is taken on; "lodged a protest
 * with Albania", "voiced support for Kyiv" name the stance itself and whom it is aimed at.
 */
const stanceOn = (tree: Tree, p: number, type: EventType): boolean => {
  const done = eventNounType(tree.word(p));
  return STANCES.has(type) && done !== null && DONE_TO.has(done);
};

/** Who did the event named by noun `n`: its owner ("Russia's invasion") or its by-phrase. */
function doersOf(sa: SentenceActors, n: number): EventActor[] {
  const { tree } = sa;
  return [
    ...sa.actorsOf(possessors(tree, n)),
    ...tree.prepositional(n, 'by').flatMap(({ index }) => sa.actorsOf(tree.conjuncts(index))),
  ];
}

/** The arguments of a verb trigger: its agent, its patient, the parties of its type's prepositions. */
export function verbArguments(sa: SentenceActors, v: number, type: EventType): Arguments {
  const { tree } = sa;
  const noun = tree.head(v);
  if (tree.dep(v) === 'acl' && noun >= 0) {
    // A sentence parsed with a noun at its root and its verb hung on it ("Community ministers agreed to
    // …" read as a noun phrase) is a misparse: the noun is the verb's subject, not its patient.
    // A participle with a by-agent is no such verb: "Syrian rebels backed by Turkey" are backed.
    if (noun === tree.root() && rootlessVerb(tree) && tree.child(v, 'obl:agent') < 0) {
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
      let targets = sa.actorsOf(tree.conjuncts(describedNoun(tree, v)));
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

/**
 * A clause has one subject, with its conjuncts. A verb the parser gave several apart ("During an interview
 * with CNBC's show, CEO Jane Roe defended …" with CNBC, the show and Roe each a subject) has only one
 * right when the one nearest before it names someone: a subject set off from it by a comma, with no "and"
 * between, is a word of a phrase before it that lost its head. Subjects run together ("Turkish
 * intelligence chief Ibrahim Kalin") are one name split, and stay.
 */
function oneSubject(sa: SentenceActors, v: number, agents: number[]): number[] {
  const { tree } = sa;
  const own = tree.children(v, 'nsubj', 'nsubj:pass');
  const before = own.filter((s) => s < v);
  const nearest = before[before.length - 1];
  if (own.length < 2 || nearest === undefined || tree.tokens[nearest]?.upos === 'PRON') return agents;
  // "The Asia-Pacific Economic Cooperation (APEC) forum has agreed": a nearest subject naming no one is
  // the head noun of the name before it, split off.
  if (sa.actorsOf([nearest]).length === 0) return agents;
  const apart = (s: number): boolean => {
    if (s >= nearest || tree.conjuncts(nearest).includes(s)) return false;
    const between = Array.from({ length: nearest - s - 1 }, (_, k) => s + 1 + k);
    // "Officials from Poland, Italy, and Greece met": a list the parser split at its "and" is one subject.
    return (
      between.some((w) => tree.word(w) === ',') && !between.some((w) => tree.tokens[w]?.upos === 'CCONJ')
    );
  };
  const dropped = new Set(own.filter(apart).flatMap((s) => tree.conjuncts(s)));
  return agents.filter((a) => !dropped.has(a));
}

/** Verbs that report what someone says, believes or claims: their subject tells, it does not act. */
const REPORTING: ReadonlySet<string> = new Set([
  ...ANNOUNCING,
  'claim',
  'allege',
  'believe',
  'think',
  'report',
  'insist',
  'argue',
  'suspect',
  'estimate',
]);

/**
 * "a video that Trump said supported his claim", "fighters who Israel said attacked the convoy": a said
 * clause whose subject the relative pulled out is done by the noun the relative clause describes, never by
 * the one who says it. A finite verb the parser hung as an infinitive on a verb of saying (no "to") is such
 * a clause too, relative or not, and is done by no one it names. Null for any other verb.
 */
function saidClauseAgents(tree: Tree, v: number): number[] | null {
  const head = tree.head(v);
  const dep = tree.dep(v);
  if ((dep !== 'xcomp' && dep !== 'ccomp') || head < 0 || lemmaIn(tree.word(head), REPORTING) === null)
    return null;
  if (tree.children(v, 'mark').some((m) => tree.lower(m) === 'to')) return null;
  if (tree.children(v, 'nsubj', 'nsubj:pass', 'csubj').length > 0 || tree.isPassive(v)) return null;
  if (tree.dep(head) === 'acl:relcl') return tree.conjuncts(tree.head(head));
  return dep === 'xcomp' ? [] : null;
}

/** A verb's arguments from its own clause: its agent, its patient, the parties of its type's prepositions. */
function clauseArguments(sa: SentenceActors, v: number, type: EventType): Arguments {
  const { tree } = sa;
  const agents = saidClauseAgents(tree, v) ?? gerundDoers(tree, v) ?? tree.agents(v);
  let sources = agentActors(sa, oneSubject(sa, v, agents), type);
  // "signed a Memorandum of Understanding", "accepted the deal": what is agreed to is the agreement, never
  // a party to it; its parties are named by "with" or inside it ("accepted Kyiv's proposal").
  // A stance on an event ("backed the invasion of Ukraine") is not aimed at whom the event names.
  const onEvent = (p: number) => stanceOn(tree, p, type);
  let targets = [
    ...(type === 'AGREE' ? [] : sa.actorsOf(tree.patients(v).filter((p) => !onEvent(p)))),
    ...sa.actorsOf(tree.indirectObjects(v)),
    ...prepositionalTargets(sa, v, type),
    ...aimedAt(sa, v, type),
  ];
  const left = retreatOrigins(sa, v, type);
  targets = targets.filter((t) => !left.has(t.id));
  if (targets.length === 0) targets = sharedTargets(sa, v, type);
  let evidence: Evidence | null = sources.length > 0 ? 'grammatical' : null;
  if (sources.length === 0 && !tree.isPassive(v)) {
    const parties = between(sa, v);
    if (parties.length > 0) [sources, evidence] = [parties, 'grammatical'];
  }
  // "discussed funding for southern Lebanon", "discussed the YPG laying down arms": what is discussed is
  // the topic, whoever it names; the party discussed with is named by "with" alone.
  if (lemmaIn(tree.word(v), TOPICAL) !== null) {
    const withOn = (w: number) =>
      tree.prepositional(w, 'with').flatMap(({ index }) => sa.actorsOf(tree.conjuncts(index)));
    let partners = withOn(v);
    // "discussed the war in Ukraine with Putin": the parser hangs the with-phrase on the verb's phrase
    // before it; it is the verb's all the same.
    if (partners.length === 0)
      partners = tree
        .prepositional(v)
        .filter((p) => p.preposition !== 'with')
        .flatMap(({ index }) => withOn(index));
    return {
      sources: unique(sources),
      targets: unique(partners.length > 0 ? partners : withDeep(sa, v)),
      sourceEvidence: evidence,
      agentless: tree.isPassive(v) && sources.length === 0,
    };
  }
  // "rejected calls by Belarus's rulers": the thing acted upon names whose it is.
  // "a camp for Congolese refugees was attacked": so does the subject of a passive.
  // "signed an agreement with Kosovo", "agreed a truce with the rebels": an event noun as object names the
  // parties of the verb's event by its own prepositions; so does one a counted quantity holds ("sent 300
  // tons of aid to Kenya", "imposed a package of sanctions on Iran"), the quantity standing where it would.
  // "hosted talks between Israel and Hamas", "mediated a truce between Kyiv and Moscow": those between
  // whom it is are its parties.
  if (targets.length === 0)
    for (const o of tree.objects(v))
      for (const noun of [o, ...tree.prepositional(o, 'of').map((p) => p.index)])
        if (isEventNoun(tree.word(noun)))
          targets.push(...prepositionalTargets(sa, noun, type), ...between(sa, noun));
  // What is agreed to names a party only as its owner ("accepted Kyiv's proposal"); "a Memorandum of
  // Understanding" names none.
  // A stance on an event ("backed the invasion of Ukraine", "condemned the attack on Gaza") is taken
  // towards whoever did it, named as its owner or by "by", never towards whom it was done to.
  if (targets.length === 0)
    for (const o of tree.patients(v))
      targets.push(
        ...(type === 'AGREE'
          ? sa.actorsOf(possessors(tree, o))
          : onEvent(o)
            ? doersOf(sa, o)
            : innerActors(sa, o)),
      );
  // "condemned the heinous crime committed by the occupation forces": the parser may read a noun and the
  // participle describing it as a clause of their own ("crime" its subject). With no auxiliary it is no
  // clause but the thing condemned, and the participle's by-agent names whose it is, as for an event noun.
  if (targets.length === 0 && type !== 'AGREE')
    for (const c of tree.children(v, 'ccomp'))
      if (describedThing(tree, c)) targets.push(...sa.actorsOf(tree.agent(c)));
  // "rejected calls by Belarus's rulers", with the by-phrase hung on the verb: an active verb has no agent
  // phrase, so its by-phrase names whose the thing acted upon is.
  if (targets.length === 0 && !tree.isPassive(v) && tree.objects(v).length > 0)
    for (const { index } of tree.prepositional(v, 'by')) targets.push(...sa.actorsOf(tree.conjuncts(index)));
  // "complained to Egypt about Israeli raids": the parser hangs the type's phrase on the noun before it,
  // the party spoken to; it is the verb's all the same. An of-phrase is always its noun's ("in the wake
  // of the execution").
  if (targets.length === 0)
    for (const { preposition, index } of tree.prepositional(v))
      if (!TARGET_PREPOSITIONS[type].includes(preposition))
        for (const { preposition: nested, index: party } of tree.prepositional(index))
          if (nested !== 'of' && TARGET_PREPOSITIONS[type].includes(nested)) {
            const direct = sa.actorsOf(tree.conjuncts(party));
            targets.push(...(direct.length > 0 ? direct : innerActors(sa, party)));
          }
  if (targets.length === 0 && SYMMETRIC.has(type)) targets = withDeep(sa, v);
  if (targets.length === 0 && !UNSHARED.has(type)) targets = sa.actorsOf(gapObjects(tree, v));
  // "demanded that Iran release the sailors": a demand's or accusation's clause names whom it is aimed at.
  if (targets.length === 0) targets = contentAddressees(sa, v, type);
  // "agreed to cooperate with Kyiv", "refused to meet Putin": the complement names whom it is about.
  if (targets.length === 0) targets = complementTargets(sa, v, 0, type);
  if (targets.length === 0) targets = goodsTargets(sa, v, type);
  // "threatened to launch an offensive unless Baghdad accepted": a threat is aimed at whoever must act to
  // avert it, the subject of its condition.
  if (targets.length === 0 && type === 'THREATEN') targets = conditionTargets(sa, v);
  // "Kyiv was attacked overnight": a passive with no by-phrase leaves the doer unsaid, and one with a
  // by-phrase naming no actor ("was attacked by gunmen") has said who it was; no guess names another.
  return {
    sources: unique(sources),
    targets: unique(targets).filter((t) => !left.has(t.id)),
    sourceEvidence: evidence,
    agentless: tree.isPassive(v) && sources.length === 0,
  };
}

/**
 * "demanded the withdrawal of Israeli troops from Lebanon", "backed a pullout from Gaza": the place a
 * retreat named as the verb's object leaves is no party to the demand or stance on it, whether the parser
 * hangs its from-phrase on the noun or on the verb; the party is who withdraws, its owner or modifier. The
 * ids of the actors so named, for a verb of another type than the retreat's own.
 */
function retreatOrigins(sa: SentenceActors, v: number, type: EventType): Set<string> {
  const { tree } = sa;
  if (type === 'RETREAT') return new Set();
  const retreats = tree.objects(v).filter((o) => eventNounType(tree.word(o)) === 'RETREAT');
  if (retreats.length === 0) return new Set();
  const origins = [v, ...retreats].flatMap((w) => tree.prepositional(w, 'from').map((p) => p.index));
  return new Set(sa.actorsOf(origins.flatMap((o) => tree.conjuncts(o))).map((a) => a.id));
}

/**
 * "the soldiers Hamas killed", "the tanker that Iran seized": a clause describing a noun, with a subject of
 * its own and no object, is done to that noun. The parser hangs it on the noun (`acl`, `acl:relcl`), or reads
 * the noun as a second subject before the real one ("soldiers" and "Hamas" both subjects of "killed").
 */
function gapObjects(tree: Tree, v: number): number[] {
  // "the soldiers that Hamas killed" may have its "that" read as the object: it stands for the noun.
  const objects = tree.children(v, 'obj');
  const relativeObject = objects.length === 1 && RELATIVE_WORDS.has(tree.lower(objects[0]!));
  if (tree.isPassive(v) || (objects.length > 0 && !relativeObject)) return [];
  if (tree.child(v, 'iobj', 'ccomp', 'xcomp', 'obl:agent') >= 0) return [];
  if (tree.children(v, 'mark').some((m) => tree.lower(m) !== 'that')) return [];
  const subjects = tree.children(v, 'nsubj').filter((x) => x < v);
  const head = tree.head(v);
  if (
    (tree.dep(v) === 'acl' || tree.dep(v) === 'acl:relcl') &&
    head >= 0 &&
    head < v &&
    subjects.length === 1 &&
    !RELATIVE_WORDS.has(tree.lower(subjects[0]!)) &&
    ['NOUN', 'PROPN'].includes(tree.tokens[head]?.upos ?? '')
  )
    return tree.conjuncts(head);
  if (relativeObject) return [];
  if (subjects.length === 2 && tree.child(subjects[0]!, 'det') >= 0) return tree.conjuncts(subjects[0]!);
  return [];
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);

/** Types whose verbs mostly take no object ("retreated and regrouped", "protested and blocked roads"). */
const UNSHARED: ReadonlySet<EventType> = new Set(['RETREAT', 'PROTEST', 'MOBILIZE']);

/** Dependents that may stand between two verbs sharing what follows the second: "condemned and sanctioned". */
const BETWEEN_SHARING: ReadonlySet<string> = new Set(['cc', 'punct', 'advmod']);

/**
 * "condemned and sanctioned Taiwan", "donated and delivered food to Sudan": two verbs of one subject
 * joined right before the words they share, which the parser hangs on the second. Verb `v` takes the
 * second's patient and type's phrase only when nothing of its own stands after it before the second verb
 * ("attacked on Monday and seized Kyiv" has its own ending), the second has no subject of its own, and
 * `v` has no object of its own.
 */
function sharedTargets(sa: SentenceActors, v: number, type: EventType): EventActor[] {
  const { tree } = sa;
  if (UNSHARED.has(type) || tree.isPassive(v) || tree.child(v, 'obj', 'iobj', 'ccomp', 'xcomp') >= 0)
    return [];
  const next = tree.children(v, 'conj').find((c) => c > v && tree.tokens[c]!.upos === 'VERB');
  if (next === undefined || tree.child(next, 'nsubj', 'nsubj:pass') >= 0 || tree.isPassive(next)) return [];
  const own = tree.children(v).filter((c) => c > v && c < next);
  if (own.some((c) => !BETWEEN_SHARING.has(tree.dep(c)))) return [];
  return [
    ...(type === 'AGREE' ? [] : sa.actorsOf(tree.objects(next))),
    ...sa.actorsOf(tree.indirectObjects(next)),
    ...prepositionalTargets(sa, next, type),
  ];
}

/** Types of force whose verb can name whom it is aimed at with "at": "fired rockets at Turkish troops". */
const AIMED: ReadonlySet<EventType> = new Set(['ASSAULT', 'FIGHT']);

/** Verbs that send something at a mark: only they take their target with "at" ("arrested at the airport" is where). */
const AIMING: ReadonlySet<string> = new Set([
  'fire',
  'shoot',
  'throw',
  'hurl',
  'lob',
  'launch',
  'aim',
  'open',
]);

/**
 * The parties force is aimed at: an at-phrase on a verb of aiming or on what it fires ("fired rockets at
 * Turkish troops", "shot at protesters") whose head names a party itself, a name or a sector noun. "At"
 * also says where or when ("at the border", "at dawn"): those heads name no party.
 */
function aimedAt(sa: SentenceActors, v: number, type: EventType): EventActor[] {
  if (!AIMED.has(type) || lemmaIn(sa.tree.word(v), AIMING) === null) return [];
  const { tree } = sa;
  const out: EventActor[] = [];
  for (const host of [v, ...tree.objects(v)])
    for (const { index } of tree.prepositional(host, 'at'))
      for (const c of tree.conjuncts(index)) {
        const m = sa.mentionAt(c);
        const named = m !== undefined && sa.isActor(m) && !sa.isPlace(m.entityId);
        if (named || sectorAt(tree, c) !== null) out.push(...sa.actorsOf([c]));
      }
  return out;
}

/**
 * Whether clause `c` is a noun with a past participle describing it, misread as a clause: a participle with
 * a noun subject, a by-agent and no auxiliary ("the crime committed by the forces").
 */
function describedThing(tree: Tree, c: number): boolean {
  return (
    tree.pastParticiple(c) &&
    tree.child(c, 'aux', 'aux:pass', 'cop', 'mark') < 0 &&
    tree.child(c, 'obl:agent') >= 0 &&
    tree.children(c, 'nsubj', 'nsubj:pass').some((x) => tree.tokens[x]?.upos === 'NOUN')
  );
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
    const condition = conditionOf(tree, at);
    if (condition >= 0) return sa.actorsOf(tree.subjects(condition));
  }
  return [];
}

/** Relations that stay inside one noun phrase, down which a with-phrase may be hung. */
const INSIDE_PHRASE = ['nmod', 'obl', 'conj', 'amod', 'nummod', 'compound'] as const;

/**
 * "signed a deal on gas exports with Egypt", "signed deals worth a trillion dollars with Qatar": the parser
 * hangs the with-phrase of a meeting or pact on the last noun before it, however deep in the verb's object;
 * it names the verb's other party. Never inside another clause, nor below a named actor or
 * another event noun.
 */
function withDeep(sa: SentenceActors, v: number): EventActor[] {
  const { tree } = sa;
  const out: EventActor[] = [];
  const visit = (w: number, depth: number) => {
    if (depth > 4 || tree.isPredicate(w)) return;
    // A named actor, or another event noun ("mediation in the talks with the Palestinians"), keeps its own.
    if (depth > 1 && (sa.actorAt(w) !== null || isEventNoun(tree.word(w)))) return;
    for (const { index } of tree.prepositional(w, 'with')) out.push(...sa.actorsOf(tree.conjuncts(index)));
    for (const c of tree.children(w, ...INSIDE_PHRASE)) visit(c, depth + 1);
  };
  for (const c of tree.children(v, 'obj')) visit(c, 1);
  return unique(out);
}
