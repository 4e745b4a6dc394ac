/**
 * What the words around an argument say about the parties it names, read from the tree alone: the other
 * members of a written list, the partner of a hyphened pair, the preposition marking a nominal, and whether
 * a people named by its demonym is a population and where it lives. `SentenceActors` maps what these find
 * to actors.
 */
import type { Entity, Mention } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { COUNTING, namedCountry } from './actor-words.js';

/** What these readings need to know of the sentence's mentions. */
export interface PhraseMentions {
  /** The mention headed by word `w`, if any. */
  mentionAt(w: number): Mention | undefined;
  entityOf(m: Mention): Entity | undefined;
}

/**
 * `words` with the second name of each pair joined by a hyphen: "Iran-US talks", "Israel-Hamas fighting"
 * name both parties, as "talks between Iran and the US" does, but the parser hangs the second name on the
 * first as part of one name ("Bosnia-Herzegovina", one name, is one mention and adds nothing). People
 * are left out: "Yaxley-Lennon", "Baharav-Miara" are one person's double surname, cut by the tagger.
 */
export function withHyphenedPartners(tree: Tree, words: readonly number[], at: PhraseMentions): number[] {
  const party = (w: number): boolean => {
    const m = at.mentionAt(w);
    return m !== undefined && at.entityOf(m)?.type !== 'person';
  };
  const partners = words.flatMap((w) =>
    tree
      .children(w, 'flat', 'compound')
      .filter(
        (f) =>
          f > w && tree.word(f - 1) === '-' && at.mentionAt(f) !== at.mentionAt(w) && party(w) && party(f),
      ),
  );
  return [...words, ...partners];
}

/**
 * `words` with the list members the parser hung as appositions: in "Japan, Britain and the EU banned",
 * "Britain" is read as an apposition of "Japan" and only "the EU" as its conjunct. An apposition set off
 * by a comma before a later conjunct of the same word sits inside a list, so it is a member of it.
 */
export function withListAppositions(tree: Tree, words: readonly number[]): number[] {
  const out = [...words];
  for (const w of words) {
    let first = w;
    while (tree.dep(first) === 'conj' && tree.head(first) >= 0) first = tree.head(first);
    const conjuncts = tree.children(first, 'conj');
    if (conjuncts.length === 0) continue;
    const lastConjunct = Math.max(...conjuncts);
    for (const a of tree.children(first, 'appos'))
      if (a < lastConjunct && !out.includes(a) && /,\s*$/.test(tree.text.slice(0, tree.span(a).start)))
        out.push(a);
  }
  return out;
}

/**
 * The names written in one list with mention `m` among the sentence's mentions in text order: names of
 * one kind, each after a comma, the last after "and" or "or" ("A, B, C, and D"). Names only separated by
 * commas ("Lyon, France", "Russia, Ukraine said") are no list; a list ends at its "and", so "Russia and
 * Ukraine, France said" lists two.
 */
export function listOf(
  text: string,
  ordered: readonly Mention[],
  m: Mention,
  typeOf: (m: Mention) => Entity['type'] | undefined,
): Mention[] {
  const k = ordered.indexOf(m);
  if (k < 0) return [];
  const kind = typeOf(m);
  const joins = (a: Mention, b: Mention): 'comma' | 'and' | null => {
    if (typeOf(b) !== kind) return null;
    const gap = text.slice(a.end, b.start);
    if (/^\s*,\s*(?:the\s+)?$/.test(gap)) return 'comma';
    if (/^\s*,?\s*(?:and|or)\s+(?:the\s+)?$/.test(gap)) return 'and';
    return null;
  };
  // Back to the list's first name: over the "and" before `m` when `m` is the last, then over commas.
  let first = k;
  if (first > 0 && joins(ordered[first - 1]!, ordered[first]!) === 'and') first--;
  while (first > 0 && joins(ordered[first - 1]!, ordered[first]!) === 'comma') first--;
  const members = [ordered[first]!];
  for (let i = first; i + 1 < ordered.length; i++) {
    const how = joins(ordered[i]!, ordered[i + 1]!);
    if (how === null) return [];
    members.push(ordered[i + 1]!);
    if (how === 'and') return members.includes(m) && members.length > 2 ? members : [];
  }
  return [];
}

/**
 * The preposition marking nominal `c`: its own case word, or the one the parser hung on the first word
 * of a name it heads ("in Tel Aviv" with "in" on "Tel").
 */
export function markerOf(tree: Tree, c: number): number {
  const own = tree.child(c, 'case');
  if (own >= 0) return own;
  for (const k of tree.children(c, 'compound', 'flat')) {
    const m = k < c ? tree.child(k, 'case') : -1;
    if (m >= 0) return m;
  }
  return -1;
}

/** Whether word `w` is a noun standing as a phrase of its own, not modifying another noun. */
function headNoun(tree: Tree, w: number): boolean {
  const upos = tree.tokens[w]?.upos;
  return (upos === 'NOUN' || upos === 'PROPN') && !['amod', 'compound'].includes(tree.dep(w));
}

/**
 * Whether demonym noun `w` names a population: a bare or counted plural ("Russians protested",
 * "thousands of Egyptians", "many Ukrainians"), which event data codes as civilians. "The Russians" often
 * stands for a side or its government, and a singular ("an American") for one person, so neither says it.
 */
export function namesPopulation(tree: Tree, w: number): boolean {
  if (!headNoun(tree, w) || !/s$/i.test(tree.word(w))) return false;
  return !tree.children(w, 'det', 'nmod:poss').some((d) => !COUNTING.has(tree.lower(d)));
}

/**
 * The country a people named by demonym noun `w` (mention `own`) lives in, where the phrase says it:
 * "Bosnian Serbs", "Iraqi Kurds" (another country's demonym before it), "the Albanians of southern Serbia",
 * "ethnic Albanians in Macedonia" (a place after it); null for "ethnic Albanians" with no place, who are a
 * people and not the state their name recalls; undefined when the phrase says nothing (the demonym's
 * country). Event data codes ethnic groups by where they live.
 */
export function residenceOf(
  tree: Tree,
  w: number,
  own: Mention,
  at: PhraseMentions,
): string | null | undefined {
  if (!headNoun(tree, w)) return undefined;
  for (const c of tree.children(w, 'amod', 'compound', 'nmod')) {
    if (tree.dep(c) === 'nmod') {
      const marker = markerOf(tree, c);
      if (marker < 0 || !['in', 'of', 'from'].includes(tree.lower(marker))) continue;
    }
    const m = at.mentionAt(c);
    const entity = m && m.entityId !== own.entityId ? at.entityOf(m) : undefined;
    const country = entity ? (entity.country ?? namedCountry(entity)) : null;
    if (country) return country;
  }
  return tree.children(w, 'amod').some((c) => tree.lower(c) === 'ethnic') ? null : undefined;
}
