import type { ActorSector, Entity } from '../../core/analysis.js';
import { lookupName } from '../entities/gazetteer.js';
import type { Tree } from '../syntax/tree.js';

/**
 * The sector an actor belongs to, read from the noun the text names it by ("forces", "court", "media",
 * "officials") or from the role the entity holds; null when the text does not say. Small lists of head
 * nouns per sector, as event-data coders use them (CAMEO's GOV, MIL, COP, JUD, REB/OPP, BUS, MED, CVL, IGO).
 */
const SECTOR_NOUNS: ReadonlyArray<[ActorSector, readonly string[]]> = [
  [
    'government',
    [
      'government',
      'governments',
      'ministry',
      'ministries',
      'minister',
      'ministers',
      'president',
      'presidents',
      'premier',
      'chancellor',
      'official',
      'officials',
      'spokesman',
      'spokeswoman',
      'spokesperson',
      'ambassador',
      'ambassadors',
      'diplomat',
      'diplomats',
      'envoy',
      'envoys',
      'administration',
      'cabinet',
      'secretary',
      'department',
      'delegation',
      'delegations',
      'authorities',
      'authority',
      'leader',
      'leaders',
      'king',
      'queen',
      'emir',
      'parliament',
      'lawmakers',
      'legislators',
      'senator',
      'senators',
      'governor',
      'mayor',
      'negotiator',
      'negotiators',
      'state',
      'regime',
      'junta',
      'embassy',
      'consulate',
      'foreign',
      'kremlin',
    ],
  ],
  [
    'military',
    [
      'army',
      'armies',
      'military',
      'militaries',
      'forces',
      'force',
      'troops',
      'troop',
      'soldier',
      'soldiers',
      'commander',
      'commanders',
      'navy',
      'general',
      'generals',
      'officer',
      'officers',
      'warplanes',
      'jets',
      'aircraft',
      'planes',
      'helicopters',
      'gunships',
      'tanks',
      'warships',
      'drones',
      'artillery',
      'battalion',
      'brigade',
      'unit',
      'units',
      'marines',
      'paratroopers',
    ],
  ],
  ['police', ['police', 'policemen', 'policeman', 'security', 'gendarmes', 'gendarmerie', 'guards']],
  ['judiciary', ['court', 'courts', 'judge', 'judges', 'prosecutor', 'prosecutors', 'tribunal', 'judiciary']],
  [
    'opposition',
    [
      'rebels',
      'rebel',
      'insurgents',
      'insurgent',
      'militants',
      'militant',
      'opposition',
      'guerrillas',
      'guerrilla',
      'separatists',
      'separatist',
      'militia',
      'militias',
      'militiamen',
      'fighters',
      'gunmen',
      // Those named by the violence they do outside any army: "Palestinian suicide bombers", "the attackers".
      'bombers',
      'bomber',
      'attackers',
      'assailants',
      'terrorists',
      'dissidents',
      'extremists',
      'extremist',
      // CAMEO's RAD (radicals, extremists, fundamentalists) is coded with the opposition here, as extremists are.
      'fundamentalists',
      'fundamentalist',
      'radicals',
      // The spelling many wire reports use: "Afghan guerillas".
      'guerillas',
      'guerilla',
    ],
  ],
  [
    'business',
    [
      'company',
      'companies',
      'firm',
      'firms',
      'bank',
      'banks',
      'business',
      'businesses',
      'corporation',
      'investors',
      'executives',
      'industry',
      'exporters',
      'producers',
    ],
  ],
  [
    'media',
    [
      'media',
      'newspaper',
      'newspapers',
      'television',
      'tv',
      'broadcaster',
      'journalists',
      'journalist',
      'reporters',
      'agency',
      'radio',
      'outlet',
      'outlets',
      'press',
    ],
  ],
  [
    'civilians',
    [
      'civilians',
      'civilian',
      'people',
      'residents',
      'refugees',
      'villagers',
      'protesters',
      'protestors',
      'demonstrators',
      'students',
      'workers',
      'union',
      'unions',
      'teachers',
      'employees',
      'miners',
      'nurses',
      'doctors',
      'citizens',
      'children',
      'women',
      'families',
      'households',
      'migrants',
      'farmers',
      'landowners',
      'peasants',
      'prisoners',
      'prisoner',
      'detainees',
      'detainee',
      'hostages',
      'hostage',
      'captives',
      'activists',
      'population',
      'crowd',
      'crowds',
      // People named by age, standing, settlement, trade or errand: "Palestinian youths", "Israeli settlers",
      // "Yoruba elders", "British nationals", "Shiite pilgrims"; none of them holds office or arms as such.
      'youths',
      'youth',
      'settlers',
      'elders',
      'tribesmen',
      'nationals',
      'pilgrims',
      'worshippers',
      'mourners',
      'fishermen',
      'shepherds',
      'traders',
      'shopkeepers',
      'passengers',
      'tourists',
      'voters',
      'inhabitants',
      'immigrants',
      // A people as a body living somewhere: "the Israeli community in Toronto", "the Kurdish diaspora".
      'community',
      'communities',
      'diaspora',
      // "the Israeli public": the people of a country, not its state.
      'public',
      'minority',
      'minorities',
    ],
  ],
];

const BY_NOUN: ReadonlyMap<string, ActorSector> = new Map(
  SECTOR_NOUNS.flatMap(([sector, nouns]) => nouns.map((n) => [n, sector] as const)),
);

/**
 * "state media" and "security officials" name their sector by the pair, not by "state" or "security"; an
 * attorney general or a secretary general is no general (a party's secretary general says no sector).
 */
const BY_PAIR: ReadonlyMap<string, ActorSector | null> = new Map<string, ActorSector | null>([
  ['attorney general', 'judiciary'],
  ['solicitor general', 'judiciary'],
  ['prosecutor general', 'judiciary'],
  ['procurator general', 'judiciary'],
  ['surgeon general', 'government'],
  ['inspector general', 'government'],
  ['auditor general', 'government'],
  ['governor general', 'government'],
  ['secretary general', null],
  ['state media', 'media'],
  ['state television', 'media'],
  ['state tv', 'media'],
  ['news agency', 'media'],
  ['opposition leader', 'opposition'],
  ['opposition leaders', 'opposition'],
  ['rebel leader', 'opposition'],
  ['rebel leaders', 'opposition'],
  // A group named by what it bears or does: "Palestinian armed groups", "a militant group".
  ['armed group', 'opposition'],
  ['armed groups', 'opposition'],
  ['militant group', 'opposition'],
  ['militant groups', 'opposition'],
  ['rebel group', 'opposition'],
  ['rebel groups', 'opposition'],
  ['security forces', 'police'],
  // A council or cabinet of security sits in government: "the National Security Council", "the security
  // cabinet"; "security" before them names the field it rules on, not the police.
  ['security council', 'government'],
  ['security cabinet', 'government'],
  ['security officials', 'police'],
  ['defence ministry', 'military'],
  ['defense ministry', 'military'],
  ['armed forces', 'military'],
  ['supreme court', 'judiciary'],
  ['foreign ministry', 'government'],
  ['state department', 'government'],
]);

/** The sector a head noun names, looking at the word before it for a pair ("state media"). */
export function sectorOfWords(previous: string | null, head: string): ActorSector | null {
  // "Attorney-General" is the pair written as one word.
  const parts = head.toLowerCase().split('-');
  const lower = parts[parts.length - 1]!;
  const before = parts.length > 1 ? parts[parts.length - 2]! : previous?.toLowerCase();
  if (before) {
    const pair = BY_PAIR.get(`${before} ${lower}`);
    if (pair !== undefined) return pair;
  }
  return parts.length > 1 ? null : (BY_NOUN.get(lower) ?? null);
}

/**
 * The sector word `w` of a sentence names, with the word before it for a pair. A title the tokens cut at its
 * hyphen ("Attorney-General" as "Attorney", "-", "General") is read whole: an attorney-general is no general.
 */
export function sectorAt(tree: Tree, w: number): ActorSector | null {
  const token = tree.tokens[w]!;
  const hyphen = tree.tokens[w - 1];
  const before = tree.tokens[w - 2];
  if (w >= 2 && tree.word(w - 1) === '-' && hyphen!.end === token.start && before!.end === hyphen!.start)
    return sectorOfWords(null, `${tree.word(w - 2)}-${tree.word(w)}`);
  return sectorOfWords(w > 0 ? tree.word(w - 1) : null, tree.word(w));
}

/** The sector the entity itself says: a government metonym, an international body, a role's title. */
export function sectorOfEntity(entity: Entity): ActorSector | null {
  if (entity.stands === 'government') return 'government';
  if (entity.type === 'organisation' || entity.type === 'other') {
    const entry = lookupName(entity.name);
    if (entry?.kind === 'organisation' && entry.country === null) return 'international';
    const words = entity.name.split(/\s+/);
    for (let k = words.length - 1; k >= 0; k--) {
      const sector = sectorOfWords(words[k - 1] ?? null, words[k]!);
      if (sector) return sector;
    }
  }
  if (entity.type === 'person') {
    for (const role of entity.roles) {
      const words = role.title.split(/\s+/);
      const sector = sectorOfWords(words[words.length - 2] ?? null, words[words.length - 1]!);
      if (sector) return sector;
    }
  }
  return null;
}
