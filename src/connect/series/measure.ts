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

const PREPOSITIONS = new Set(['of', 'in', 'for', 'on', 'at', 'from', 'to', 'among', 'across', 'by', 'since']);

/** "deaths" and "death" are one measure; "loss" and "gas" keep their s. */
const singular = (word: string): string =>
  word.length > 3 && /[^su]s$/.test(word) ? word.slice(0, -1) : word;

export interface Measure {
  /** What makes two figures one measure: the owning entity, the head noun, the unit and the scope. */
  key: string;
  subject: string;
  /** The span of time the figure counts over: `P24H`, `cumulative`, `per-day`; '' when unsaid. */
  scope: string;
  /** Whether an actor owns the measure ("Ukraine's territory"), rather than its words alone. */
  owned: boolean;
}

const NUMBER_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', few: 'few', several: 'few' };
const UNIT_LETTER: Record<string, string> = { hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y' };

/**
 * The span of time a figure counts over, from the clause that holds it: "in the past 24 hours" or "during
 * the past 24-hour reporting period" (P24H),
 * "overnight", "since October 2023" or "in total" (cumulative), "a day" or "daily" (per-day). A 24-hour
 * toll and a total toll are two measures, whatever their subject says.
 */
export function scopeOf(clause: string): string {
  const text = clause.toLowerCase();
  const span =
    /\b(?:in|over|during|within|for)\s+(?:the\s+)?(?:past|last|previous|preceding|first)?\s*(\d+|one|two|three|few|several)?[\s-]*(hour|day|week|month|year)s?\b/.exec(
      text,
    );
  if (span) {
    const count = span[1] ? (NUMBER_WORDS[span[1]] ?? span[1]) : '1';
    return `P${count}${UNIT_LETTER[span[2]!]}`;
  }
  if (/\bovernight\b/.test(text)) return 'overnight';
  if (/\b(?:since|so far|to date|in total|total|overall|cumulative|all told)\b/.test(text))
    return 'cumulative';
  const rate =
    /\b(?:per|a|each|every)\s+(hour|day|week|month|year)\b|\b(daily|weekly|monthly|annual|annually|yearly)\b/.exec(
      text,
    );
  if (rate) return `per-${rate[1] ?? rate[2]!.replace(/ly$|ually$/, '')}`;
  return '';
}

/** The clause of the sentence holding the figure: between the nearest commas, semicolons or dashes. */
export function clauseAround(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' — '), -1) + 1;
  const stop = after.search(/[,;]| — /);
  return sentence.slice(from, stop < 0 ? sentence.length : end + stop);
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
  clause = '',
  /** The subject's common nouns outside names, read from the parsed sentence (see `clause.ts`). */
  nouns: readonly string[] = [],
): Measure | null {
  if (!figure.subject) return null;
  const words = foldName(figure.subject).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const headAt = words.findIndex((w) => w in HEAD_SYNONYMS);
  // "death toll in Gaza": the head is the last word before the first preposition, else the last word.
  const preposition = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  const headIndex = headAt >= 0 ? headAt : preposition > 0 ? preposition - 1 : words.length - 1;
  const head = headAt >= 0 ? HEAD_SYNONYMS[words[headAt]!]! : singular(words[headIndex]!);

  const owners: Array<{ at: number; id: string; length: number }> = [];
  for (const mention of sentenceMentions) {
    const id = resolve(mention);
    const surface = foldName(mention.text).split(' ');
    const at = words.findIndex((_, i) =>
      surface.every((w, j) => words[i + j] === w || words[i + j] === `${w}s`),
    );
    if (id && at >= 0) owners.push({ at, id, length: surface.length });
  }
  // The owner names whose quantity it is; a subject that is only a name ("U.S") names no quantity.
  if (owners.some((o) => o.at <= headIndex && headIndex < o.at + o.length)) return null;
  const before = owners.filter((o) => o.at < headIndex).sort((a, b) => b.at - a.at)[0];
  const after = owners.filter((o) => o.at > headIndex).sort((a, b) => a.at - b.at)[0];
  const owner = before ?? after;
  const unit = figure.unit ?? '';
  const scope = scopeOf(clause);
  // Every noun of the subject takes part in what is measured: a "tariff on vehicles" and a "baseline
  // tariff" are two measures, a "share of territory" and the "territory" one.
  const what =
    nouns.length > 0 ? [...new Set(nouns.map((n) => HEAD_SYNONYMS[n] ?? n))].sort().join('+') : head;
  const key = owner ? `${owner.id}|${what}|${unit}|${scope}` : `${words.join(' ')}|${unit}|${scope}`;
  return { key, subject: figure.subject, scope, owned: owner !== undefined };
}
