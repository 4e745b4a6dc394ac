/**
 * A plain-words headline for any event, made from its record: who (the actors, by the names a newspaper
 * would use), did what (a verb for the PLOVER type, sharpened by the words that named the event), to whom,
 * where, and for an attack the toll the same sentence reports. "Witkoff meets Putin in Moscow", "Russian
 * missile strike on Kyiv kills at least 8", "Planned: Witkoff to meet Umerov in Miami". Everything that
 * shows an event shows this headline, so the timeline, profiles, the CLI, briefs and exports agree.
 *
 * It is written for the whole ontology and for any actor, never for particular stories: the wording
 * comes from the type, the mode, the trigger's own words and the actors' names and kinds.
 */
import type { EntityType, EventMode, EventType } from '../../core/analysis.js';
import countries from '../../stages/entities/data/countries.json' with { type: 'json' };
import { lookupName } from '../../stages/entities/gazetteer.js';
import { strikesPlaces } from '../../stages/events/struck-places.js';
import { MODE_LABEL, PHRASES, isNounTrigger } from './phrases.js';
import type { Phrasing, Verb } from './phrases.js';

/** What a headline needs to know of an actor. */
export interface HeadlineActor {
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-3 of the actor's country, when it has one. */
  country: string | null;
  stands: 'government' | null;
  aliases: readonly string[];
}

/** A number of people killed or injured, as the sentence reporting the event gives it. */
export interface Toll {
  value: number;
  /** "at least", "more than", "about"…; null when the number is exact. */
  qualifier: string | null;
}

/** What a headline is made from: one event, with the words of its best report. */
export interface HeadlineEvent {
  type: EventType;
  mode: EventMode;
  place: string | null;
  sourceIds: readonly string[];
  targetIds: readonly string[];
  /** The words that named the event in its best report ("missile strike", "met"), when known. */
  trigger: string | null;
  killed?: Toll | null;
  injured?: Toll | null;
}

const countryByIso = new Map(countries.map((c) => [c.iso3, c]));

/** An alias a headline writer would use: "US" for the United States, "EU" for the European Union. */
function acronym(name: string, aliases: readonly string[]): string | null {
  if (!/\s/.test(name)) return null;
  return aliases.find((alias) => /^[A-Z]{2,4}$/.test(alias)) ?? null;
}

/** Name particles that belong to a surname: "von der Leyen", "de Gaulle", "bin Salman". */
const PARTICLE = /^(von|van|der|den|de|del|della|di|da|du|la|le|al|el|bin|ibn|ben|dos|das)$/i;

function surname(name: string): string {
  const words = name.split(/\s+/).filter((w) => !/^(jr\.?|sr\.?|ii|iii|iv)$/i.test(w));
  if (words.length < 2) return name;
  let start = words.length - 1;
  while (start > 1 && PARTICLE.test(words[start - 1]!)) start -= 1;
  return words.slice(start).join(' ');
}

/** The name a headline uses: a person's surname, a country's or body's short form. */
function shortName(actor: HeadlineActor): string {
  if (actor.type === 'person') return surname(actor.name);
  if (actor.stands === 'government' && actor.country) {
    const demonym = countryByIso.get(actor.country)?.demonyms[0];
    if (demonym) return `${demonym} government`;
  }
  return acronym(actor.name, actor.aliases) ?? actor.name;
}

/** "Russian" for Russia (and its government), when the actor is a country's. */
function adjectiveOf(actor: HeadlineActor): string | null {
  if (actor.type !== 'country' && actor.stands !== 'government') return null;
  return (actor.country && countryByIso.get(actor.country)?.demonyms[0]) ?? null;
}

/** "A", "A and B", "A, B and C", "A, B, C and 2 others". */
function listOf(names: readonly string[]): string {
  const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} others`] : names;
  if (shown.length <= 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** Short names, made full again where two actors in one headline would share one ("Trump" and "Trump"). */
function namesFor(
  ids: readonly string[],
  all: readonly string[],
  actors: ReadonlyMap<string, HeadlineActor>,
): string[] {
  const short = (id: string) => {
    const actor = actors.get(id);
    return actor ? shortName(actor) : id;
  };
  const counts = new Map<string, number>();
  for (const id of all) counts.set(short(id), (counts.get(short(id)) ?? 0) + 1);
  return ids.map((id) => ((counts.get(short(id)) ?? 0) > 1 ? (actors.get(id)?.name ?? id) : short(id)));
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

const QUALIFIER: Record<string, string> = {
  'at least': 'at least',
  'more than': 'more than',
  over: 'more than',
  'upwards of': 'more than',
  approximately: 'about',
  about: 'about',
  around: 'about',
  roughly: 'about',
  some: 'about',
  nearly: 'nearly',
  almost: 'nearly',
  'up to': 'up to',
};

function toll(figure: Toll): string {
  const qualifier = figure.qualifier ? QUALIFIER[figure.qualifier.toLowerCase()] : undefined;
  return `${qualifier ? `${qualifier} ` : ''}${numberFormat.format(figure.value)}`;
}

/** The place's first part ("Miami" of "Miami, Florida"), unless an actor already names it. */
function placeOf(place: string | null, named: readonly string[]): string | null {
  const first = place?.split(',')[0]?.trim();
  if (!first) return null;
  const folded = first.toLowerCase();
  if (named.some((name) => name.toLowerCase() === folded)) return null;
  return first;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The trigger as a headline writes it: lower case, unless it is a name or an acronym. */
const triggerWords = (trigger: string) =>
  trigger
    .trim()
    .split(/\s+/)
    .map((word) => (/^[A-Z][a-z]/.test(word) ? word.toLowerCase() : word))
    .join(' ');

/** The stem of each of the trigger's words checked against a phrasing's special verbs, first match wins. */
function specialVerb(phrasing: Phrasing, trigger: string | null) {
  if (!trigger || !phrasing.triggers) return null;
  const words = trigger.toLowerCase().split(/\s+/);
  for (const [stem, verb, prep, alone] of phrasing.triggers) {
    if (words.some((word) => stem.test(word))) return { verb, prep, alone: alone ?? null };
  }
  return null;
}

/**
 * The headline of one event. Actors are named from `actors` (resolved entities by id); an id missing
 * there is shown as it is rather than dropped. Never a bare type code, never an arrow between names.
 */
export function headlineOf(event: HeadlineEvent, actors: ReadonlyMap<string, HeadlineActor>): string {
  const phrasing = PHRASES[event.type];
  const sourceIds = [...new Set(event.sourceIds)];
  // An actor acting on itself is a reading slip; the headline says who acted.
  const targetIds = [...new Set(event.targetIds)].filter((id) => !sourceIds.includes(id));
  const all = [...sourceIds, ...targetIds];
  const sources = namesFor(sourceIds, all, actors);
  const struck = townOfTarget(event, targetIds, actors);
  const targets = namesFor(targetIds, all, actors).map((name, k) =>
    k === struck?.target ? struck.town : name,
  );
  const place = placeOf(struck ? null : event.place, [
    ...sources,
    ...targets,
    ...all.map((id) => actors.get(id)?.name ?? ''),
  ]);
  const where = place ? ` in ${place}` : '';
  const trigger = event.trigger ? triggerWords(event.trigger) : null;
  const nounTrigger = trigger !== null && isNounTrigger(trigger) ? trigger : null;
  const label = event.mode === 'asserted' ? null : MODE_LABEL[event.mode];

  // Nobody named as acting, or a country's material act told by its noun: a noun phrase.
  const adjectives = sourceIds.map((id) => {
    const actor = actors.get(id);
    return actor ? adjectiveOf(actor) : null;
  });
  const adjectival =
    phrasing.adjectival === true &&
    nounTrigger !== null &&
    sourceIds.length === 1 &&
    adjectives.every((a) => a !== null);
  if (sources.length === 0 || adjectival) {
    const head = nounTrigger ?? phrasing.noun;
    const prep = nounPrep(head, phrasing.nounPrep);
    const phrase = [
      adjectival ? adjectives[0] : null,
      head,
      targets.length > 0 ? `${prep} ${listOf(targets)}` : null,
    ]
      .filter(Boolean)
      .join(' ');
    const killed = casualties(event, isPlural(head) ? 'plural' : 'nominal');
    return capitalise(`${label ? `${label}: ` : ''}${phrase}${where}${killed}`);
  }

  const special = specialVerb(phrasing, trigger);
  const plural = sourceIds.length > 1;
  const subject = listOf(sources);
  let verb: Verb;
  let object = '';
  if (targets.length > 0) {
    if (nounTrigger && phrasing.takes && !special) {
      const [takes, prep] = phrasing.takes;
      verb = [`${takes[0]} ${nounTrigger}`, `${takes[1]} ${nounTrigger}`];
      object = ` ${prep} ${listOf(targets)}`;
    } else {
      verb = special?.verb ?? phrasing.verb;
      const prep = special ? special.prep : phrasing.prep;
      object = ` ${prep ? `${prep} ` : ''}${listOf(targets)}`;
    }
  } else if (nounTrigger && phrasing.takes && !special) {
    verb = [`${phrasing.takes[0][0]} ${nounTrigger}`, `${phrasing.takes[0][1]} ${nounTrigger}`];
  } else {
    verb = special?.alone ?? phrasing.alone;
  }
  const killed = casualties(event, 'verbal');
  if (event.mode === 'asserted')
    return capitalise(`${subject} ${verb[plural ? 1 : 0]}${object}${where}${killed}`);
  if (event.mode === 'denied')
    return capitalise(`${subject} ${plural ? 'do' : 'does'} not ${verb[1]}${object}${where}`);
  return capitalise(`${label}: ${subject} to ${verb[1]}${object}${where}`);
}

/**
 * "Russian missile strike on Kyiv", "Russia shells Kharkiv", "Russia annexes Crimea": force at a place
 * (`strikesPlaces`) the record gives a country as its target and a town or towns of that country as its
 * place is headlined by the towns, as a newspaper
 * writes it, rather than "on Ukraine in Kyiv". The record keeps the country as the party struck and the
 * towns as where. Null when no country target is the country of every town of the place.
 */
function townOfTarget(
  event: HeadlineEvent,
  targetIds: readonly string[],
  actors: ReadonlyMap<string, HeadlineActor>,
): { target: number; town: string } | null {
  const town = event.place?.split(',')[0]?.trim();
  const word = event.trigger?.trim().split(/\s+/).at(-1) ?? '';
  if (!strikesPlaces(event.type, word) || !town) return null;
  const countries = town.split(/\s+and\s+/).map((part) => {
    const entry = lookupName(part);
    return entry?.kind === 'place' || entry?.kind === 'capital' ? entry.country : null;
  });
  const home = countries[0];
  if (!home || countries.some((c) => c !== home)) return null;
  const target = targetIds.findIndex((id) => {
    const actor = actors.get(id);
    return actor?.type === 'country' && actor.country === home;
  });
  return target < 0 ? null : { target, town };
}

/** "invasion of Ukraine", "offensive against", else the type's own preposition. */
function nounPrep(head: string, fallback: string): string {
  if (/(invasion|annexation|occupation|deportation|arrest|withdrawal|rejection)$/.test(head)) return 'of';
  if (/offensive$/.test(head)) return 'against';
  if (/(strike|strikes|attack|attacks|raid|raids|sanctions|ban|embargo)$/.test(head)) return 'on';
  return fallback;
}

/** ", killing at least 8" after a clause, " kills at least 8" after a noun phrase; injuries when no deaths. */
function casualties(event: HeadlineEvent, after: 'nominal' | 'plural' | 'verbal'): string {
  if (event.mode !== 'asserted') return '';
  const [figure, forms] = event.killed
    ? [event.killed, ['kills', 'kill', 'killing']]
    : event.injured
      ? [event.injured, ['injures', 'injure', 'injuring']]
      : [];
  if (!figure || !forms) return '';
  if (after === 'verbal') return `, ${forms[2]} ${toll(figure)}`;
  return ` ${forms[after === 'nominal' ? 0 : 1]} ${toll(figure)}`;
}

/** "strikes", "talks": a plural head takes a plural verb ("strikes kill"). */
const isPlural = (head: string) => /[^su]s$/.test(head.split(' ').at(-1) ?? '');
