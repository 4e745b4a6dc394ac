import type { EventActor, EventType } from '../../core/analysis.js';
import {
  between,
  complementTargets,
  isLightVerb,
  prepositionalTargets,
  unique,
  type Arguments,
  type Evidence,
} from './parties.js';
import type { SentenceActors } from './sentence-actors.js';
import { lemmaIn } from './lemmas.js';
import { contentAddressees } from './addressee.js';
import { CALLING_OFF } from './mode-words.js';

/**
 * Which parties an event noun takes ("Russia's attack on Kyiv", "the release of the hostages", "talks
 * between X and Y", a light verb's subject carrying it: "held talks with"); verbs are read in `arguments.ts`.
 */

/** Verbs by which an event noun names its participants: "talks that involved Kyiv". */
const INCLUDING: ReadonlySet<string> = new Set(['include', 'involve', 'feature', 'bring', 'gather', 'unite']);

/**
 * Verbs whose subject undergoes the event noun they take as object: "received aid", "got a visit", "faces
 * boycotts", "suffered attacks".
 */
const RECEIVING: ReadonlySet<string> = new Set(['receive', 'get', 'obtain', 'face', 'suffer', 'undergo']);

/**
 * Verbs that call off or cut back a measure they take as object (`CALLING_OFF` but those whose subject
 * needs not hold it: "called", a thing that "broke" or "stalled" talks).
 */
const CALLERS_OFF: ReadonlySet<string> = new Set(
  [...CALLING_OFF].filter((v) => !['call', 'break', 'collapse', 'stall', 'abort', 'drop'].includes(v)),
);

/** Verbs whose subject tells of, witnesses or looks into the event noun they take, not does it. */
const TELLING: ReadonlySet<string> = new Set([
  'report',
  'confirm',
  'describe',
  'document',
  'record',
  'recount',
  'witness',
  'verify',
  'hear',
  'note',
  'cite',
  'detail',
  'acknowledge',
  'film',
  'investigate',
  'probe',
  'fear',
]);

/** Verbs of travel whose on-phrase is the errand travelled on: "arrived on a visit", "went on a mission". */
const TRAVEL: ReadonlySet<string> = new Set(['arrive', 'come', 'go', 'travel', 'fly', 'head', 'return']);

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

/** Event nouns of taking ground, whose place possessor is the ground taken: "Crimea's annexation". */
const GROUND_TAKEN: ReadonlySet<string> = new Set(['annexation', 'capture', 'conquest']);

/**
 * Event nouns whose in-phrase names whom they are used on. Sanctions are laid "on" a party; "sanctions in
 * Muscat" is where they were talked of.
 */
const PLACE_IS_TARGET: ReadonlySet<EventType> = new Set(['COERCE', 'MOBILIZE', 'ASSAULT', 'FIGHT']);

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
    // "Russia's attack" is Russia attacking, but "his arrest", "Navalny's release" are the person held,
    // and "Crimea's annexation", "Bakhmut's capture" the place taken (a town does not act).
    const owners = sa.actorsOf(tree.conjuncts(possessor));
    const held = lemmaIn(tree.word(n), HELD) !== null;
    const ground = lemmaIn(tree.word(n), GROUND_TAKEN) !== null;
    const undergoes = (a: EventActor) => (held && sa.isPerson(a.id)) || (ground && sa.isPlace(a.id));
    sources = owners.filter((a) => !undergoes(a));
    targets.push(...owners.filter(undergoes));
  }
  for (const c of tree.children(n, 'amod', 'compound')) {
    const m = sa.mentionAt(c);
    if (!m || !sa.isActor(m)) continue;
    const actors = sa.actorsOf(tree.conjuncts(c));
    // "the Kharkiv strike" hits Kharkiv; "the Istanbul talks" are only held there: a town names no party
    // to a meeting (a capital standing for its government, "the Kyiv talks", is no town).
    const town = sa.entityOf(m)?.type === 'place';
    if (PLACE_MODIFIED.has(type) && town) targets.push(...actors);
    else if (!town) sources.push(...actors);
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
  // "a plan to seize Gaza", "renewed its threat to invade Taiwan": the noun's infinitive names whom it is
  // about, wherever the parser hangs it (on the noun, or on the verb taking the noun as object).
  if (targets.length === 0) targets.push(...contentAddressees(sa, n, type));
  if (targets.length === 0) targets.push(...complementTargets(sa, n, 0, type));
  if (targets.length === 0 && tree.dep(n) === 'obj')
    targets.push(...complementTargets(sa, tree.head(n), 1, type));
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
  if (head >= 0 && dep === 'obj' && lemmaIn(tree.word(head), RECEIVING) !== null) carrier = head;
  // "the US lifted sanctions on Iran", "Israel halted aid to Gaza": who calls a measure off or cuts it
  // back holds it, as who imposes it does.
  if (head >= 0 && (dep === 'obj' || dep === 'nsubj:pass') && lemmaIn(tree.word(head), CALLERS_OFF) !== null)
    carrier = head;
  // "An agreement was expected to be signed by Kyiv": the passive infinitive carries the noun.
  if (carrier < 0 && head >= 0 && dep === 'nsubj:pass') {
    const complement = tree.child(head, 'xcomp');
    if (complement >= 0 && tree.isPassive(complement) && isLightVerb(tree, complement)) carrier = complement;
  }
  let engaged = false;
  if (head >= 0 && dep === 'obl') {
    const marker = tree.child(at, 'case');
    const preposition = marker >= 0 ? tree.lower(marker) : '';
    if (preposition === 'in' && isLightVerb(tree, head)) carrier = head;
    // "Serb forces were engaged in ethnic cleansing": the participle of a state one is in; with no
    // by-phrase its subject is the one taking part, not one the event is done to.
    engaged = carrier === head && tree.isPassive(head) && tree.agent(head).length === 0;
    // "Safadi arrived in Damascus on a working visit": who travels on a visit or mission pays it.
    if (preposition === 'on' && lemmaIn(tree.word(head), TRAVEL) !== null) carrier = head;
  }
  // "received aid from UNICEF", "got a visit from Macron": a receiving verb's subject is the one the event
  // is done to, and its from-phrase the doer.
  if (carrier >= 0 && lemmaIn(tree.word(carrier), RECEIVING) !== null) {
    const givers = [
      ...sources,
      ...[n, carrier].flatMap((w) =>
        tree.prepositional(w, 'from').flatMap(({ index }) => sa.actorsOf(tree.conjuncts(index))),
      ),
    ];
    return {
      sources: unique(givers),
      targets: unique(sa.actorsOf(tree.subjects(carrier))),
      sourceEvidence: givers.length === 0 ? null : (evidence ?? 'grammatical'),
      carried: true,
    };
  }
  if (carrier >= 0) {
    if (sources.length === 0) {
      sources = sa.actorsOf(engaged ? tree.subjects(carrier) : tree.agents(carrier));
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
  // "officials reported a bombing", "the army confirmed a rocket attack", "police are investigating the
  // attack": who tells of an event, or looks into it, did not do it; with no doer of its own the event
  // has none, and no word-window guess may name the teller.
  const told = head >= 0 && dep === 'obj' && lemmaIn(tree.word(head), TELLING) !== null;
  return {
    sources: unique(sources),
    targets: unique(targets),
    sourceEvidence: evidence,
    carried: carrier >= 0,
    agentless: sources.length === 0 && told,
  };
}
