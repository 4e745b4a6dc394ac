import type { Candidate } from './candidates.js';
import { containerTie, withoutPossessive } from './containers.js';
import { type GazetteerEntry, isContainerSense, namesakes } from './gazetteer.js';

/**
 * A place's name the text may place in a container: a place's name, listed or not, or a capital read as
 * its government ("Georgetown (New York)" is a town, not Guyana's government).
 */
const isTown = (c: Candidate): boolean =>
  c.type === 'place' &&
  c.key !== null &&
  (c.key.startsWith('place:') || (c.kind === 'metonym' && c.entry?.kind === 'capital'));

/** A possessive's container is a place named as a place, not "Washington's" acting or "Israel's". */
const placeNamed = (c: Candidate): boolean =>
  c.type === 'place' && c.kind === 'name' && !!c.key?.startsWith('place:');

const reread = (c: Candidate, key: string, entry: GazetteerEntry): Candidate => ({
  ...c,
  type: 'place',
  kind: 'name',
  key,
  entry,
});

/**
 * The container's name and, when it has one, its country: a possessive's place as read; a comma's,
 * bracket's or "in"'s a country or a state, its country unknown when its senses disagree ("Paris, Georgia").
 */
function containerOf(k: Candidate, possessive: boolean): { name: string; country: string | null } | null {
  if (possessive) {
    return placeNamed(k)
      ? { name: k.entry?.name ?? withoutPossessive(k.text), country: k.entry?.country ?? null }
      : null;
  }
  const senses = namesakes(k.text).filter(isContainerSense);
  if (senses.length === 0) return null;
  const countries = new Set(senses.map((s) => s.country));
  return { name: senses[0]!.name, country: countries.size === 1 ? senses[0]!.country : null };
}

/** A preposition of place just before the possessive: "on Luxor's West Bank" says where, not whose. */
const LOCATIVE_BEFORE = /(?<![\p{L}\p{N}])(?:in|on|at|near|across|along|from|to)\s+$/iu;

/**
 * A one-word name the tagger took for a person, with no fuller name of that person in the article, owning
 * a listed place in a phrase of place ("the tomb on Luxor's West Bank"): a town, not someone's possession.
 */
function townTakenForPerson(text: string, k: Candidate, candidates: readonly Candidate[]): boolean {
  if (k.type !== 'person' || k.words.length !== 1) return false;
  if (!LOCATIVE_BEFORE.test(text.slice(Math.max(0, k.start - 8), k.start))) return false;
  const word = k.words[0]!;
  return !candidates.some((o) => o.type === 'person' && o.words.length > 1 && o.words.includes(word));
}

/**
 * Each place the text ties to a container takes the container's sense, not the best-known namesake's: a
 * namesake of the gazetteer in the container's country where there is one ("Georgia" after "Atlanta," is
 * the US state), else the name with the container's country and no gazetteer sense ("Georgetown, Texas",
 * "Luxor's West Bank"). A place the gazetteer does not know takes the country of a container after a comma or in brackets. The article's
 * bare mentions of a name re-read so follow it when it was re-read one way only: one sense per name.
 */
export function withPlaceSenses(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out = [...candidates];
  const byText = new Map<string, Candidate[]>();
  const changed = new Set<number>();
  const note = (i: number, c: Candidate) => {
    out[i] = c;
    changed.add(i);
    byText.set(c.text, [...(byText.get(c.text) ?? []), c]);
  };
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (!isTown(c) || changed.has(i)) continue;
    const tie = containerTie(text, out, i);
    if (!tie) continue;
    const k = out[tie.index]!;
    const possessive = tie.tie === 'possessive';
    const own = c.entry?.country ?? null;
    if (!possessive && own !== null) {
      // A container with a sense in the town's own country agrees; a state named so is read as the state.
      const agreeing = namesakes(k.text).find((s) => isContainerSense(s) && s.country === own);
      if (agreeing) {
        if (!changed.has(tie.index) && agreeing !== namesakes(k.text)[0]) {
          note(tie.index, reread(k, `place:${agreeing.name}@${agreeing.country}`, agreeing));
        }
        continue;
      }
    }
    if (possessive && c.entry && townTakenForPerson(text, k, out)) {
      const name = withoutPossessive(k.text);
      out[tie.index] = { ...k, type: 'place', kind: 'name', key: `place:${name}`, words: [], gender: null };
    }
    const container = containerOf(out[tie.index]!, possessive);
    if (!container || (own !== null && own === container.country)) continue;
    if (!c.entry) {
      // "Amajita in Egypt" may say where a team is known, not where a town lies: only a comma or bracket.
      if (tie.tie !== 'comma' && tie.tie !== 'bracket') continue;
      if (container.country)
        out[i] = { ...c, entry: { kind: 'place', name: c.text, country: container.country } };
      continue;
    }
    const namesake = namesakes(c.text).find(
      (s) =>
        container.country !== null &&
        s.country === container.country &&
        (s.kind === 'place' || s.kind === 'capital'),
    );
    const entry = namesake ?? { kind: 'place', name: c.text, country: container.country };
    note(i, reread(c, `place:${entry.name}@${container.name}`, entry));
  }
  out.forEach((c, i) => {
    const senses = byText.get(c.text);
    if (changed.has(i) || !senses || c.kind === 'demonym' || (c.type !== 'place' && c.type !== 'country'))
      return;
    if (new Set(senses.map((s) => s.key)).size !== 1) return;
    out[i] = reread(c, senses[0]!.key!, senses[0]!.entry!);
  });
  return out;
}
