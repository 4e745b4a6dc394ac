import type { EventActor, EventType } from '../../core/analysis.js';
import { HARM } from './adverbial-doers.js';
import { lemmaIn } from './lemmas.js';
import { sectorAt } from './sectors.js';
import type { SentenceActors } from './sentence-actors.js';

/** Force done to whom it strikes: an attack, a strike, fighting. */
const STRIKING: ReadonlySet<EventType> = new Set(['ASSAULT', 'FIGHT']);

/**
 * Words of taking ground or goods: a place seized, annexed or captured is where, as a place struck is, and
 * the party it is taken from, named by "from", is the one acted upon ("seized the island from Taiwan").
 */
const TAKING: ReadonlySet<string> = new Set([
  'seize',
  'annex',
  'annexation',
  'capture',
  'recapture',
  'conquer',
  'conquest',
  'occupy',
]);

/** Verbs that harm people, whose patient is the people harmed (HARM without shooting a thing). */
const HARMING: ReadonlySet<string> = new Set([...HARM].filter((v) => v !== 'shoot'));

/** What a strike on places comes to: its parties, and the places struck, now also where it happened. */
export interface StruckPlaces {
  targets: EventActor[];
  /**
   * The ids of the towns, regions or territories struck, in the order the trigger named them, with those
   * the reading let go as no party before ("Russia shelled Belgorod": a place of the doer's own country).
   */
  places: string[];
}

/**
 * A struck or attacked place is where the event happened, and where the article names its country, that
 * country is the party struck: "Russia shelled Kharkiv" in an article naming Ukraine is Russia's force
 * against Ukraine at Kharkiv, as PLOVER and ICEWS code it; on the hand-judged dev draws (seeds 811-825,
 * tuned on) a town, region or territory shown as a party there was judged wrong. Each target of a strike,
 * attack or fighting (ASSAULT, FIGHT) at trigger `w` that is a place below a country, named as itself (a
 * place's people, "Gaza residents", carry a sector and stay), gives way to its country's actor, as the
 * article names that country ("Ukraine", "Ukrainian officials"), with the civilians sector where the verb
 * harms people ("killed 20 people"), else the sector the victims' noun gives ("killed three soldiers"),
 * or to a party of that country already struck ("Ukrainian soldiers in Kharkiv"). Where its country is
 * unknown, is the source's own ("Afghan rebels attacked Kabul", coded AFG -> AFG by PLOVER and ICEWS) or is
 * never named in the article (no party is invented), the place stays the party struck, as it was before:
 * replacing it by no one cost PLOVER target accuracy (70.5 -> 69.3). Either way it is also where.
 * `named` are the targets as the trigger named them, before parties were set apart: a place among them
 * that is no target now is still where the strike fell. Ground taken (annexed, seized, captured: COERCE
 * or FIGHT) is read so too, and where a from-phrase names the party it is taken from ("seized the island
 * from Taiwan"), that party is the target and the place only where.
 */
/**
 * Whether an event of `type` named by `word` is force at a place: a strike, an attack, fighting, or ground
 * taken (a COERCE of annexing, seizing, capturing). Its place struck or taken is where, and the headline
 * may name it for the country struck (`service/headline`).
 */
export function strikesPlaces(type: EventType, word: string): boolean {
  return STRIKING.has(type) || (type === 'COERCE' && lemmaIn(word, TAKING) !== null);
}

export function struckPlaces(
  sa: SentenceActors,
  w: number,
  type: EventType,
  sources: readonly EventActor[],
  targets: readonly EventActor[],
  named: readonly EventActor[],
): StruckPlaces {
  const struck = (t: EventActor) => sa.isPlace(t.id) && t.sector === null;
  if (!strikesPlaces(type, sa.tree.word(w))) return { targets: [...targets], places: [] };
  const taking = lemmaIn(sa.tree.word(w), TAKING) !== null;
  // Where: the places as the trigger named them, then those among the targets it did not name.
  const where: string[] = [];
  for (const p of [...named, ...targets]) if (struck(p) && !where.includes(p.id)) where.push(p.id);
  const sector = harmedSector(sa, w);
  // Only places still targets give way to their country: one let go as the scene of a strike on a party
  // ("an airstrike on the town of Sirte that targeted a Turkish drone") is where, and strikes no one else.
  const parties = targets.filter((t) => !struck(t));
  const from = taking ? takenFrom(sa, w, sources) : [];
  if (from.length > 0)
    return {
      targets: [...parties, ...from.filter((f) => !parties.some((p) => p.id === f.id))],
      places: where,
    };
  const out: EventActor[] = [];
  for (const t of targets) {
    const country = struck(t) && !sources.some((a) => a.country === t.country) ? t.country : null;
    const state = country === null ? null : sa.countryActor(country);
    if (state === null) out.push(t);
    else if (![...parties, ...out].some((a) => a.country === country)) out.push({ ...state, sector });
  }
  return { targets: out, places: where };
}

/**
 * The sector of the people the strike at trigger `w` harms, by its verb or, for an event noun, the verb
 * it is the subject of ("strikes on Odesa killed nine people"): the victims' noun's ("killed three
 * soldiers": military), else civilians ("killed 20 people", "wounded 12"); null where no verb harms
 * anyone it names.
 */
function harmedSector(sa: SentenceActors, w: number): EventActor['sector'] {
  const { tree } = sa;
  const verb = tree.tokens[w]?.upos === 'VERB' ? w : tree.dep(w) === 'nsubj' ? tree.head(w) : -1;
  if (verb < 0 || tree.tokens[verb]?.upos !== 'VERB' || lemmaIn(tree.word(verb), HARMING) === null)
    return null;
  const victims = tree.patients(verb).filter((p) => ['NOUN', 'NUM'].includes(tree.tokens[p]?.upos ?? ''));
  if (victims.length === 0) return null;
  return sectorAt(tree, victims[0]!) ?? 'civilians';
}

/**
 * The parties named by the from-phrase of a taking at trigger `w` ("seized Pagasa from Taiwan", "the
 * capture of the town from the rebels"), who are not its doers, whether the parser hangs the phrase on the
 * trigger or on what is taken ("recaptured Kherson from Russia"): a place there ("seized weapons from
 * Gaza") is only where they came from, no party.
 */
function takenFrom(sa: SentenceActors, w: number, sources: readonly EventActor[]): EventActor[] {
  const { tree } = sa;
  const taken = [...tree.objects(w), ...tree.prepositional(w, 'of').map((p) => p.index)];
  const named = [w, ...taken]
    .flatMap((t) => tree.prepositional(t, 'from'))
    .flatMap(({ index }) => tree.conjuncts(index));
  return sa
    .actorsOf(named)
    .filter(
      (a) =>
        !sa.isPlace(a.id) &&
        !sources.some((s) => s.id === a.id || (s.country !== null && s.country === a.country)),
    );
}
