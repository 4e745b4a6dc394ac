/** The words and names that tell the event stage's actor reading who a word stands for. */
import type { Entity } from '../../core/analysis.js';
import { lookupName } from '../entities/gazetteer.js';

/** Pronouns that can stand for a country, a body or a group. */
export const PERSONAL: ReadonlySet<string> = new Set([
  'it',
  'they',
  'its',
  'their',
  'he',
  'she',
  'his',
  'her',
  'we',
  'our',
]);

export const PERSONAL_HUMAN: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her']);

/** Determiners that count a population without making it a definite side: "many Russians", "some Iraqis". */
export const COUNTING: ReadonlySet<string> = new Set(['many', 'some', 'most', 'few', 'several', 'all', 'no']);

/** Prepositions that tie a common noun to whom it belongs: "the president of Russia", "a court in Guyana". */
export const MEMBER_OF: ReadonlySet<string> = new Set(['of', 'in', 'from', 'at']);

/** The prepositions of `MEMBER_OF` that say where, not whose: "in", "at". */
export const LOCATED: ReadonlySet<string> = new Set(['in', 'at']);

/**
 * Participles naming who stands behind a group rather than the group itself: "Iranian-backed", "US-funded",
 * "Russia-aligned". A "Saudi-led coalition" is led by its members and stays theirs.
 */
export const BACKING: ReadonlySet<string> = new Set([
  'back',
  'fund',
  'finance',
  'sponsor',
  'support',
  'arm',
  'train',
  'align',
  'ally',
  'affiliate',
  'inspire',
]);

/**
 * Nouns naming others by their tie to an owner: "Ukraine's allies", "Iran's proxies", "US partners", "the
 * enemies of France" are not Ukraine, Iran, the US or France. A demonym before them says whose nationals
 * they are ("Israeli critics of the plan"), so it still names them.
 */
export const RELATED_OTHERS: ReadonlySet<string> = new Set([
  'ally',
  'enemy',
  'foe',
  'rival',
  'opponent',
  'adversary',
  'critic',
  'detractor',
  'proxy',
  'partner',
  'neighbour',
  'neighbor',
  'friend',
  'backer',
  'sponsor',
]);

/**
 * The country a group's or body's own name opens with, or that an organisation's name ends "of", when the
 * entities stage gave it none: "Iraqi Kurds", "Latvian Constitutional Court", "Serbian Workers' Union",
 * "the Red Crescent Society of Iran". A person's name says no country.
 */
export function namedCountry(entity: Entity): string | null {
  if (entity.country !== null || (entity.type !== 'other' && entity.type !== 'organisation')) return null;
  const first = entity.name.split(/\s+/)[0] ?? '';
  const entry = lookupName(first);
  if (entry && (entry.kind === 'demonym' || entry.kind === 'country')) return entry.country;
  // "the National Union for the Total Independence of Angola", "the Red Crescent Society of Iran": a body
  // named as of a country is that country's. Only an organisation, and only when the whole of what follows
  // its last "of" is the country's name ("the University of California" names no country).
  if (entity.type !== 'organisation') return null;
  const owner = /\bof\s+(?:the\s+)?([^,()]+?)\s*$/.exec(entity.name)?.[1];
  const named = owner ? lookupName(owner) : null;
  return named?.kind === 'country' ? named.country : null;
}

/** The last word of a body of water's name: "the Red Sea", "the Strait of Hormuz", "the Gulf of Aden". */
const WATERS: ReadonlySet<string> = new Set([
  'sea',
  'ocean',
  'gulf',
  'strait',
  'straits',
  'bay',
  'channel',
  'river',
  'lake',
  'canal',
  'lagoon',
]);

/**
 * Whether a place is a body of water ("the Red Sea", "the Strait of Hormuz"): where ships are attacked or
 * patrol, never a party to what happens there, since no one lives there to act or be acted upon.
 */
export function namesWater(entity: Entity): boolean {
  if (entity.type !== 'place') return false;
  const words = entity.name.toLowerCase().split(/\s+/);
  const of = words.indexOf('of');
  return WATERS.has(words[of > 0 ? of - 1 : words.length - 1] ?? '');
}

/** Head words of a name that is an occasion held, not a body: "the G20 Summit", "the Olympic Games". */
const OCCASIONS: ReadonlySet<string> = new Set([
  'summit',
  'games',
  'olympics',
  'championship',
  'championships',
  'cup',
  'festival',
  'expo',
  'ceremony',
]);

/** Head words of a name that is a text or a case: "the Land Expropriation Act", "the Paris Accord". */
const TEXTS: ReadonlySet<string> = new Set([
  'act',
  'bill',
  'treaty',
  'accord',
  'accords',
  'agreement',
  'charter',
  'declaration',
  'protocol',
  'case',
]);

/**
 * Whether a named thing is an occasion ("the last Summit was hosted by Biden", "the Regional Climate
 * Summit", "the World Cup") or a text or case ("the Land Expropriation Act", "the Gaza Case"): something
 * held, attended, won, signed or argued, never a party to what happens at it or to it. Its head is the
 * last word, or the word before "of" ("Summit of the Americas", "Charter of the United Nations").
 */
export function namesOccasionOrText(entity: Entity): boolean {
  if (entity.type === 'person' || entity.type === 'country') return false;
  const words = entity.name.toLowerCase().split(/\s+/);
  const of = words.indexOf('of');
  const head = words[of > 0 ? of - 1 : words.length - 1] ?? '';
  return OCCASIONS.has(head) || TEXTS.has(head);
}
