import type { EventActor, EventType } from '../../core/analysis.js';
import { HARM } from './adverbial-doers.js';
import { lemmaIn } from './lemmas.js';
import { sectorAt } from './sectors.js';
import type { SentenceActors } from './sentence-actors.js';

/** Force done to whom it strikes: an attack, a strike, fighting. */
const STRIKING: ReadonlySet<EventType> = new Set(['ASSAULT', 'FIGHT']);

/** Verbs that harm people, whose patient is the people harmed (HARM without shooting a thing). */
const HARMING: ReadonlySet<string> = new Set([...HARM].filter((v) => v !== 'shoot'));

/** What a strike on places comes to: its parties, and the places struck, now where it happened. */
export interface StruckPlaces {
  targets: EventActor[];
  /**
   * The ids of the towns, regions or territories struck, in the order the trigger named them, with those
   * the reading let go as no party before ("Russia shelled Belgorod": a place of the doer's own country).
   */
  places: string[];
  /** Whether a place of another country than the doer's, known, was struck: the force was aimed abroad. */
  abroad: boolean;
}

/**
 * A struck or attacked place is where the event happened, not the party it happened to: "Russia shelled
 * Kharkiv" is Russia's force against Ukraine at Kharkiv, as PLOVER and ICEWS code it, and on the
 * hand-judged dev draws (seeds 811-825, tuned on) a town, region or territory shown as a party was judged
 * wrong. Each target of a strike, attack or fighting (ASSAULT, FIGHT) at trigger `w` that is a place below
 * a country, named as itself (a place's people, "Gaza residents", carry a sector and stay), gives way to
 * its country's actor, as the article names that country ("Ukraine", "Ukrainian officials"), with the
 * civilians sector where the verb harms people ("killed 20 people"), else the sector the victims' noun
 * gives ("killed three soldiers"). The place gives way to no one, and the event keeps its other parties,
 * where its country is unknown, is the source's own (a government acting in its own territory), is not
 * named in the article (no party is invented) or is already a target ("Ukrainian soldiers in Kharkiv").
 * `named` are the targets as the trigger named them, before parties were set apart: a place among them
 * that is no target now (the doer's own) is still where the strike fell, though no country is struck.
 */
export function struckPlaces(
  sa: SentenceActors,
  w: number,
  type: EventType,
  sources: readonly EventActor[],
  targets: readonly EventActor[],
  named: readonly EventActor[],
): StruckPlaces {
  const struck = (t: EventActor) => sa.isPlace(t.id) && t.sector === null;
  if (!STRIKING.has(type)) return { targets: [...targets], places: [], abroad: false };
  const parties = targets.filter((t) => !struck(t));
  const places = targets.filter(struck);
  const ids = new Set([...named, ...places].filter(struck).map((p) => p.id));
  const where = named.filter((p) => ids.has(p.id)).map((p) => p.id);
  for (const p of places) if (!where.includes(p.id)) where.push(p.id);
  const sector = harmedSector(sa, w);
  // Only places still targets give way to their country: one let go as the scene of a strike on a party
  // ("an airstrike on the town of Sirte that targeted a Turkish drone") is where, and strikes no one else.
  const out = [...parties];
  let abroad = false;
  for (const { country } of places) {
    if (country === null || sources.some((a) => a.country === country)) continue;
    abroad = true;
    if (out.some((t) => t.country === country)) continue;
    const state = sa.countryActor(country);
    if (state) out.push({ ...state, sector });
  }
  return { targets: out, places: where, abroad };
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
