import type { Span } from '../../core/analysis.js';
import countries from './data/countries.json' with { type: 'json' };
import companies from './data/companies.json' with { type: 'json' };
import organisations from './data/organisations.json' with { type: 'json' };
import places from './data/places.json' with { type: 'json' };
import regions from './data/regions.json' with { type: 'json' };
import seats from './data/seats.json' with { type: 'json' };
import { isLetterOrNumber } from '../tokens/chars.js';

/**
 * What a surface form names: a country (by a name or a demonym), a capital (which can stand for the
 * country's government), a seat of government ("Kremlin"), another place, or an organisation.
 */
export type GazetteerKind = 'country' | 'demonym' | 'capital' | 'seat' | 'place' | 'organisation';

export interface GazetteerEntry {
  kind: GazetteerKind;
  /** Canonical name: "Ukraine" for "Ukrainian", "United Nations" for "UN". */
  name: string;
  /** ISO 3166-1 alpha-3 of the country named, or of the country the place or body belongs to. */
  country: string | null;
}

export interface GazetteerHit extends Span {
  entry: GazetteerEntry;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entry: GazetteerEntry | null;
}

const newNode = (): TrieNode => ({ next: new Map(), entry: null });

/** Demonyms like "Swiss" or "Chinese" name the people too; the others take an "s" ("Ukrainians"). */
function demonymForms(demonym: string): string[] {
  return /(ese|sh|ch|s)$/.test(demonym) ? [demonym] : [demonym, `${demonym}s`];
}

/** Every surface with its entry, in priority order: when two lists share a surface, the first one wins. */
function surfaces(): Array<[string, GazetteerEntry]> {
  const out: Array<[string, GazetteerEntry]> = [];
  for (const seat of seats) {
    out.push([seat.name, { kind: 'seat', name: seat.name, country: seat.country }]);
  }
  // Companies the news names every day; the name tagger, trained on 1996 wire copy, reads many of them
  // as products ("Airbus", "Boeing") or people ("Ryanair") or misses them ("Apple").
  for (const org of [...organisations, ...companies]) {
    const entry: GazetteerEntry = { kind: 'organisation', name: org.name, country: org.country };
    for (const surface of [org.name, ...org.aliases]) out.push([surface, entry]);
  }
  for (const c of countries) {
    const entry: GazetteerEntry = { kind: 'country', name: c.name, country: c.iso3 };
    for (const surface of [c.name, ...c.aliases]) out.push([surface, entry]);
  }
  for (const c of countries) {
    const entry: GazetteerEntry = { kind: 'demonym', name: c.name, country: c.iso3 };
    for (const demonym of c.demonyms) for (const form of demonymForms(demonym)) out.push([form, entry]);
  }
  for (const c of countries) {
    for (const capital of c.capitals) {
      out.push([capital, { kind: 'capital', name: c.capitals[0] ?? capital, country: c.iso3 }]);
    }
    for (const city of c.cities) out.push([city, { kind: 'place', name: city, country: c.iso3 }]);
  }
  for (const place of places) {
    const entry: GazetteerEntry = { kind: 'place', name: place.name, country: place.country };
    for (const surface of [place.name, ...place.aliases]) out.push([surface, entry]);
  }
  return out;
}

const REGION_NAMES = new Set(regions.map((r) => r.name));

/**
 * Every sense of each surface, the best-known first (the one the trie matches). States are only namesakes:
 * they qualify a town's name ("Georgetown, Texas", "Atlanta, Georgia") but are not matched in running text,
 * where most are better known otherwise ("Georgia" the country, "Virginia" a given name).
 */
const NAMESAKES = new Map<string, GazetteerEntry[]>();
const REGION_SENSES = regions.map((r): [string, GazetteerEntry] => [
  r.name,
  { kind: 'place', name: r.name, country: r.country },
]);
for (const [surface, entry] of [...surfaces(), ...REGION_SENSES]) {
  const senses = NAMESAKES.get(surface) ?? [];
  if (!senses.some((e) => e.kind === entry.kind && e.name === entry.name && e.country === entry.country)) {
    senses.push(entry);
  }
  NAMESAKES.set(surface, senses);
}

/** Every sense a whole surface may name, the best-known first: "Georgia" the country, then the US state. */
export function namesakes(surface: string): readonly GazetteerEntry[] {
  return NAMESAKES.get(surface) ?? [];
}

/** A sense that can contain a town: a country, or a state of one. */
export const isContainerSense = (entry: GazetteerEntry): boolean =>
  entry.kind === 'country' || (entry.kind === 'place' && REGION_NAMES.has(entry.name));

function buildTrie(): TrieNode {
  const root = newNode();
  for (const [surface, entry] of surfaces()) {
    let node = root;
    for (let i = 0; i < surface.length; i++) {
      const code = surface.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = newNode();
        node.next.set(code, child);
      }
      node = child;
    }
    node.entry ??= entry;
  }
  return root;
}

const TRIE = buildTrie();

/** The longest gazetteer surface starting at `start`, matched case-sensitively and ending at a word boundary. */
function longestAt(text: string, start: number): GazetteerHit | null {
  let node: TrieNode | undefined = TRIE;
  let best: GazetteerHit | null = null;
  for (let i = start; node && i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (node?.entry && !isLetterOrNumber(text[i + 1])) best = { start, end: i + 1, entry: node.entry };
  }
  return best;
}

/**
 * Every gazetteer name in the text, leftmost-longest and non-overlapping. Linear in the text: a match
 * starts only at a word start and is no longer than the longest surface.
 */
export function findGazetteerHits(text: string): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  // Whether the character before `i` is a letter or number: each character is looked at once on the way.
  let afterWord = false;
  let i = 0;
  while (i < text.length) {
    const word = isLetterOrNumber(text[i]);
    if (word && !afterWord) {
      const hit = longestAt(text, i);
      if (hit) {
        hits.push(hit);
        i = hit.end;
        afterWord = isLetterOrNumber(text[i - 1]);
        continue;
      }
    }
    afterWord = word;
    i++;
  }
  return hits;
}

/** The entry a whole surface names ("Kremlin", "Ukrainian"), or null. */
export function lookupName(surface: string): GazetteerEntry | null {
  const hit = longestAt(surface, 0);
  return hit && hit.end === surface.length ? hit.entry : null;
}

const COUNTRY_NAMES = new Map(countries.map((c) => [c.iso3, c.name]));

/** "Russia" for RUS. */
export function countryName(iso3: string): string {
  return COUNTRY_NAMES.get(iso3) ?? iso3;
}
