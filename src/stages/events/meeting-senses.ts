import type { EventActor, EventType } from '../../core/analysis.js';
import { lemmaIn } from './lemmas.js';
import { sectorAt } from './sectors.js';
import { party } from './parties.js';
import type { SentenceActors } from './sentence-actors.js';
import type { Sense } from './senses.js';
import { eventNounType } from './triggers.js';

/**
 * The senses of the words of meeting (`senseOf` reads them in its order): a welcome given to a person or a
 * person welcomed receives a guest; a thing hosted or visited, or a topic talked over with an audience, is
 * no meeting of parties.
 */

const WELCOME: ReadonlySet<string> = new Set(['welcome', 'greet', 'receive']);

/** Verbs that give a welcome to someone: "gave a warm welcome to de Klerk". */
const GIVE: ReadonlySet<string> = new Set(['give', 'extend', 'accord', 'offer']);

const HOST: ReadonlySet<string> = new Set(['host']);

export function welcomeGiven(
  sa: SentenceActors,
  w: number,
  type: EventType,
  targets: readonly EventActor[],
): Sense | undefined {
  const { tree } = sa;
  // "gave a warm welcome to de Klerk": a welcome given to a person receives a guest, a visit (CONSULT), as
  // "welcomed Sharif" does below; a welcome given to a plan stays support.
  if (
    type === 'SUPPORT' &&
    lemmaIn(tree.lower(w), WELCOME) !== null &&
    tree.dep(w) === 'obj' &&
    lemmaIn(tree.lower(tree.head(w)), GIVE) !== null &&
    targets.length > 0 &&
    targets.every((t) => sa.isPerson(t.id))
  )
    return { type: 'CONSULT', targets };
  return undefined;
}

export function welcomedGuest(
  sa: SentenceActors,
  w: number,
  type: EventType,
  targets: readonly EventActor[],
): Sense | undefined {
  const { tree } = sa;
  if (
    type === 'SUPPORT' &&
    lemmaIn(tree.word(w), WELCOME) !== null &&
    tree.patients(w).some((p) => isPerson(sa, p) || welcomedTo(sa, w, p))
  )
    return { type: 'CONSULT', targets };
  return undefined;
}

/**
 * Whether people welcomed at `w` are welcomed to somewhere ("welcomed 12 foreign ministers to the summit",
 * "welcomed the delegation to Moscow"): guests received, a hosting, not the support a welcome of a plan
 * or a decision gives. Patient `p` is a person or a noun of people (one with a sector); the to-phrase
 * hangs on the verb or, as parsers often hang it, on the patient.
 */
function welcomedTo(sa: SentenceActors, w: number, p: number): boolean {
  const { tree } = sa;
  const people = isPerson(sa, p) || (tree.tokens[p]?.upos === 'NOUN' && sectorAt(tree, p) !== null);
  return people && [w, p].some((h) => tree.prepositional(h, 'to').some(({ index }) => index > p));
}

export function hostedThing(
  sa: SentenceActors,
  w: number,
  type: EventType,
  targets: readonly EventActor[],
): null | undefined {
  const { tree } = sa;
  // "hosted Hamas leaders", "hosted the summit" receive parties; "hosts a podcast", "hosted a ceremony"
  // put on a thing, no meeting of parties.
  if (type === 'CONSULT' && lemmaIn(tree.word(w), HOST) !== null && targets.length === 0) {
    // "the World Cup, which Qatar hosted": a relative pronoun object stands for the noun its clause describes.
    const objects = tree
      .objects(w)
      .map((o) =>
        tree.dep(w) === 'acl:relcl' && ['which', 'that'].includes(tree.lower(o)) ? tree.head(w) : o,
      );
    if (objects.length > 0 && !objects.some((o) => party(sa, o) || eventNounType(tree.word(o)) !== null))
      return null;
  }
  return undefined;
}

export function visitedThingSense(sa: SentenceActors, w: number, type: EventType): null | undefined {
  const { tree } = sa;
  // "visited the Qatari plane", "visited a car factory": a visit to a thing is no visit paid to a party;
  // one to a party, a body ("visited the embassy") or a country, city or region is.
  if (type === 'CONSULT' && lemmaIn(tree.word(w), VISIT_VERB) !== null) {
    const objects = tree.objects(w);
    if (objects.length > 0 && objects.every((o) => visitedThing(sa, o))) return null;
  }
  return undefined;
}

export function talkedToAudience(sa: SentenceActors, w: number, type: EventType): null | undefined {
  const { tree } = sa;
  // "discussed normalisation with Iraq in an interview", "spoke about the talks on a podcast": what one
  // talks over with a journalist or an audience is a topic, no meeting with the party it names.
  if (type === 'CONSULT' && lemmaIn(tree.word(w), TALK) !== null && saidToAnAudience(sa, w)) return null;
  return undefined;
}

const VISIT_VERB: ReadonlySet<string> = new Set(['visit', 'tour']);

/** Common nouns of where a visit is paid to whoever holds it: a country, a city, a region. */
const VISITED_PLACES: ReadonlySet<string> = new Set([
  'country',
  'nation',
  'state',
  'kingdom',
  'republic',
  'capital',
  'city',
  'town',
  'village',
  'region',
  'province',
  'territory',
  'island',
  'area',
  'headquarters',
]);

/** Whether object `o` of a visit is a thing no one is received at: a common noun naming no party or place. */
function visitedThing(sa: SentenceActors, o: number): boolean {
  const { tree } = sa;
  return (
    tree.tokens[o]?.upos === 'NOUN' &&
    sa.mentionAt(o) === undefined &&
    !party(sa, o) &&
    lemmaIn(tree.lower(o), VISITED_PLACES) === null
  );
}

const TALK: ReadonlySet<string> = new Set(['discuss', 'talk', 'speak']);

/** Where one talks to journalists or an audience rather than with a party. */
const AUDIENCE_SETTINGS: ReadonlySet<string> = new Set([
  'interview',
  'podcast',
  'speech',
  'address',
  'op-ed',
  'article',
  'column',
  'broadcast',
  'programme',
  'program',
  'show',
  'documentary',
  'video',
  'post',
  'letter',
  'book',
  'memoir',
]);

/**
 * Whether verb `w` is set in an interview, a speech or a broadcast ("in an interview this week"): the
 * setting hangs in its clause, on the verb or, as parsers often hang a late phrase, on a noun after it.
 */
function saidToAnAudience(sa: SentenceActors, w: number): boolean {
  const { tree } = sa;
  const inOwnClause = (x: number): boolean => {
    for (let at = tree.head(x); at >= 0 && at !== w; at = tree.head(at))
      if (tree.isPredicate(at)) return false;
    return tree.dominates(w, x);
  };
  return tree.tokens.some(
    (_, x) =>
      lemmaIn(tree.lower(x), AUDIENCE_SETTINGS) !== null &&
      tree.tokens[x]?.upos === 'NOUN' &&
      tree.children(x, 'case').some((c) => ['in', 'during', 'on'].includes(tree.lower(c))) &&
      inOwnClause(x),
  );
}

const isPerson = (sa: SentenceActors, x: number): boolean => {
  const m = sa.mentionAt(x);
  return m !== undefined && sa.entityOf(m)?.type === 'person';
};
