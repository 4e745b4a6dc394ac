import type { Figure, Mention } from '../../core/analysis.js';
import { foldName } from '../entities/names.js';

/**
 * Head nouns that name the same quantity: Russia's "share of Ukraine's territory", "19.3% of Ukraine's
 * sovereign landmass" and "18% of Ukrainian territory" all measure territory.
 */
const HEAD_SYNONYMS: Record<string, string> = {
  territory: 'territory',
  territories: 'territory',
  landmass: 'territory',
  land: 'territory',
  area: 'territory',
  soil: 'territory',
};

/** "deaths" and "death" are one measure; "loss" and "gas" keep their s. */
const singular = (word: string): string =>
  word.length > 3 && /[^su]s$/.test(word) ? word.slice(0, -1) : word;

export interface Measure {
  /** What makes two figures one measure: the owning entity, the head noun and the unit. */
  key: string;
  subject: string;
}

/**
 * The measure a figure is of. The subject's head noun is the first word naming a known quantity, else its
 * last word; its owner is the entity named nearest before it ("Ukraine's sovereign landmass", "Ukrainian
 * territory"), else the first after it ("territory of Ukraine"). With no entity in the subject only the same
 * words make the same measure. `resolve` gives the resolved id of a mention's entity.
 */
export function measureOf(
  figure: Figure,
  sentenceMentions: readonly Mention[],
  resolve: (mention: Mention) => string | null,
): Measure | null {
  if (!figure.subject) return null;
  const words = foldName(figure.subject).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const headAt = words.findIndex((w) => w in HEAD_SYNONYMS);
  const head = headAt >= 0 ? HEAD_SYNONYMS[words[headAt]!]! : singular(words[words.length - 1]!);
  const headIndex = headAt >= 0 ? headAt : words.length - 1;

  const owners: Array<{ at: number; id: string }> = [];
  for (const mention of sentenceMentions) {
    const id = resolve(mention);
    const surface = foldName(mention.text).split(' ');
    const at = words.findIndex((_, i) =>
      surface.every((w, j) => words[i + j] === w || words[i + j] === `${w}s`),
    );
    if (id && at >= 0) owners.push({ at, id });
  }
  const before = owners.filter((o) => o.at < headIndex).sort((a, b) => b.at - a.at)[0];
  const after = owners.filter((o) => o.at > headIndex).sort((a, b) => a.at - b.at)[0];
  const owner = before ?? after;
  const unit = figure.unit ?? '';
  const key = owner ? `${owner.id}|${head}|${unit}` : `${words.join(' ')}|${unit}`;
  return { key, subject: figure.subject };
}
