import type { EventActor, EventType } from '../../core/analysis.js';
import { modalOf } from '../syntax/modality.js';
import { lemmaIn } from './lemmas.js';
import { party } from './parties.js';
import type { SentenceActors } from './sentence-actors.js';
import type { Sense } from './senses.js';
import { eventNounType } from './triggers.js';

/**
 * The senses of the words of demand and threat (`senseOf` reads them in its order): a call for a punitive
 * measure on a party criticises it, "insisted" stating a fact demands nothing, and a warning of a danger or
 * about a third party is a caution, no threat.
 */

const WARN: ReadonlySet<string> = new Set(['warn', 'caution']);

/** What a warning can hold over a party: "warned of consequences", "warned of further steps". */
const RESPONSES: ReadonlySet<string> = new Set([
  'consequence',
  'action',
  'step',
  'measure',
  'retaliation',
  'response',
  'reprisal',
]);

const INSIST: ReadonlySet<string> = new Set(['insist']);

/** Measures laid on a party against its will: what a call for them aims at is criticised, not asked. */
const PUNITIVE: ReadonlySet<string> = new Set([
  'sanction',
  'tariff',
  'ban',
  'embargo',
  'boycott',
  'duty',
  'levy',
]);

/** Auxiliaries and copulas of a that-clause that states a fact: "insists the plan is needed". */
const INDICATIVE: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'does',
  'did',
  'will',
  "'s",
  "'re",
]);

export function calledForMeasure(
  sa: SentenceActors,
  w: number,
  type: EventType,
  targets: readonly EventActor[],
): Sense | undefined {
  const { tree } = sa;
  // "called for sanctions against Nigeria", "urged a ban on Russian oil": the party a call for a measure is
  // aimed at is asked for nothing; the call criticises it (PLOVER's DISAPPROVE), whoever is to impose it.
  if (type !== 'DEMAND') return undefined;
  const asked = [...tree.objects(w), ...tree.prepositional(w, 'for').map((p) => p.index)];
  const aimedAt = asked
    .filter((c) => lemmaIn(tree.lower(c), PUNITIVE) !== null)
    .flatMap((c) => [...tree.prepositional(c, 'on'), ...tree.prepositional(c, 'against')])
    .flatMap((p) => tree.conjuncts(p.index));
  const aimed = sa.actorsOf(aimedAt);
  if (aimed.length > 0 && targets.every((t) => aimed.some((a) => a.id === t.id)))
    return { type: 'DISAPPROVE', targets: targets.length > 0 ? targets : aimed };
  return undefined;
}

export function insistedFact(sa: SentenceActors, w: number, type: EventType): null | undefined {
  const { tree } = sa;
  // "insisted on a ceasefire", "insisted that Israel withdraw" demand; "insists the plan is needed",
  // "insisted there was no deal" assert: a that-clause stating a fact is what is said, no demand.
  if (
    type === 'DEMAND' &&
    lemmaIn(tree.word(w), INSIST) !== null &&
    tree.prepositional(w, 'on').length === 0
  ) {
    const content = tree.child(w, 'ccomp');
    if (content >= 0 && statesAFact(sa, content)) return null;
  }
  return undefined;
}

export function warnedOfDanger(sa: SentenceActors, w: number, type: EventType): null | undefined {
  const { tree } = sa;
  if (type === 'THREATEN' && lemmaIn(tree.word(w), WARN) !== null && cautionAboutOthers(sa, w)) return null;
  if (type === 'THREATEN' && lemmaIn(tree.word(w), WARN) !== null && tree.objects(w).length === 0) {
    const content = tree.child(w, 'ccomp');
    if (content >= 0 && !tree.subjects(content).some((x) => party(sa, x))) return null;
    // "as the IPC has warned about", "warned of the possible savannisation": with no one warned, no
    // clause and nothing warned against, what is warned of is a danger unless it is an act, a party or a
    // response ("warned of consequences if Tsurkov remained in captivity").
    const warnedOf = tree
      .prepositional(w)
      .filter((p) => p.preposition === 'of' || p.preposition === 'about')
      .map((p) => p.index);
    const heldOver = (x: number) =>
      party(sa, x) || eventNounType(tree.word(x)) !== null || lemmaIn(tree.lower(x), RESPONSES) !== null;
    if (
      tree.child(w, 'ccomp', 'xcomp', 'iobj', 'advcl', 'parataxis') < 0 &&
      tree.prepositional(w, 'against').length === 0 &&
      !warnedOf.some(heldOver)
    )
      return null;
  }
  return undefined;
}

/**
 * "warned the Trump administration that Iran is stalling": a that-clause whose subject names a third party,
 * neither the one warning nor the one warned, tells what that party does; a caution about it, no threat.
 * "warned Iran that it would respond" (a pronoun, the warner's own act) and "warned Iran that Tehran must
 * stop" (the one warned) stay threats.
 */
function cautionAboutOthers(sa: SentenceActors, w: number): boolean {
  const { tree } = sa;
  const content = tree.child(w, 'ccomp');
  if (content < 0) return false;
  const subjects = tree.subjects(content).filter((x) => tree.tokens[x]?.upos !== 'PRON');
  const about = sa.actorsOf(subjects);
  if (about.length === 0) return false;
  const sides = sa.actorsOf([...tree.subjects(w), ...tree.objects(w), ...tree.indirectObjects(w)]);
  return about.every(
    (a) => !sides.some((b) => b.id === a.id || (a.country !== null && a.country === b.country)),
  );
}

/**
 * Whether clause `c` states a fact rather than what should be done: a tensed auxiliary or copula ("is
 * needed", "has no plan") or a past or third-person verb ("there was", "Israel wants"), with no modal of
 * obligation. "that Israel withdraw" (a bare verb) and "that Israel must withdraw" do not.
 */
function statesAFact(sa: SentenceActors, c: number): boolean {
  const { tree } = sa;
  const modal = modalOf(tree, c);
  if (modal === 'must' || modal === 'should') return false;
  if (tree.children(c, 'aux', 'aux:pass', 'cop').some((a) => INDICATIVE.has(tree.lower(a)))) return true;
  return tree.tokens[c]?.upos === 'VERB' && /(?:ed|[^s]s)$/i.test(tree.word(c));
}
