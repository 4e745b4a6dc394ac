import type { EntityType } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';
import { STOP_WORDS } from './stop-words.js';

/**
 * What an article is about, in a form cheap to match against stories: its salient names and key terms,
 * each a key with a salience in (0, 1], and its publication date. Plain data, computed once per article
 * from its reading, and stored with it.
 */
export interface StoryFeatures {
  articleId: string;
  title: string | null;
  /** YYYY-MM-DD, or null when the article's date is unknown. */
  published: string | null;
  /** `e:<name>` for names, `t:<term>` for words; most salient first. */
  keys: FeatureKey[];
}

export interface FeatureKey {
  key: string;
  /** Salience in (0, 1], relative to the article's most salient key of the same kind. */
  weight: number;
  /** The name or word as the article writes it, for titles made from keys. */
  label: string;
}

/** A name as the entity stage gives it, with how often the article mentions it and where first. */
export interface NamedEntity {
  name: string;
  type: EntityType;
  mentions: number;
  /** Index of the first sentence naming it. */
  firstSentence: number;
}

const MAX_NAMES = 12;
const MAX_TERMS = 15;

/**
 * A place names where an event happened ("Charlevoix", "Niagara"), so it tells two meetings apart better
 * than the countries every report on a conflict names; people come next.
 */
const TYPE_WEIGHT: Record<EntityType, number> = {
  place: 1.5,
  person: 1.2,
  organisation: 1,
  country: 0.6,
  other: 0,
};

/** Names in the opening sentences are what the report is about, not background. */
const leadBonus = (firstSentence: number) => (firstSentence < 3 ? 1.5 : 1);

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

export function nameKey(name: string): string {
  return `e:${name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/** Plurals and their singulars are one term ("ministers", "minister"); nothing subtler is worth the risk. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Words written in lower case in the body (capitalised ones are names, counted through the entities) and
 * every word of the title, which counts double: the title says what the report is about.
 */
function termCounts(title: string | null, text: string, nameWords: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (word: string, by: number) => {
    const lower = word.toLowerCase().replace(/[’']s$/, '');
    if (lower.length < 4 || STOP_WORDS.has(lower) || nameWords.has(lower)) return;
    const term = stem(lower.replace(/’/g, "'"));
    counts.set(term, (counts.get(term) ?? 0) + by);
  };
  for (const [word] of text.matchAll(WORD)) if (word[0] === word[0]!.toLowerCase()) count(word, 1);
  for (const [word] of (title ?? '').matchAll(WORD)) count(word, 2);
  return counts;
}

function topWeighted(scores: Map<string, { score: number; label: string }>, limit: number): FeatureKey[] {
  const ranked = [...scores]
    .sort((x, y) => y[1].score - x[1].score || x[0].localeCompare(y[0]))
    .slice(0, limit);
  const top = ranked[0]?.[1].score ?? 1;
  return ranked.map(([key, { score, label }]) => ({
    key,
    weight: Math.round((score / top) * 1000) / 1000,
    label,
  }));
}

/** The features of any text with its names: what `storyFeatures` uses, and what benches feed directly. */
export function featuresOf(input: {
  articleId: string;
  title: string | null;
  published: string | null;
  text: string;
  entities: NamedEntity[];
}): StoryFeatures {
  const names = new Map<string, { score: number; label: string }>();
  const nameWords = new Set<string>();
  for (const entity of input.entities) {
    const weight = TYPE_WEIGHT[entity.type];
    if (weight === 0) continue;
    const key = nameKey(entity.name);
    const score = entity.mentions * weight * leadBonus(entity.firstSentence);
    names.set(key, { score: (names.get(key)?.score ?? 0) + score, label: entity.name });
    for (const word of key.slice(2).split(/[\s-]+/)) nameWords.add(word);
  }
  const terms = new Map(
    [...termCounts(input.title, input.text, nameWords)].map(([term, n]) => [
      `t:${term}`,
      { score: n, label: term },
    ]),
  );
  return {
    articleId: input.articleId,
    title: input.title,
    published: input.published?.slice(0, 10) ?? null,
    keys: [...topWeighted(names, MAX_NAMES), ...topWeighted(terms, MAX_TERMS)],
  };
}

export function storyFeatures({ article, reading }: ReadArticle): StoryFeatures {
  const seen = new Map<string, { mentions: number; firstSentence: number }>();
  for (const mention of reading.mentions) {
    const entry = seen.get(mention.entityId);
    if (entry) {
      entry.mentions++;
      entry.firstSentence = Math.min(entry.firstSentence, mention.sentence);
    } else seen.set(mention.entityId, { mentions: 1, firstSentence: mention.sentence });
  }
  const entities = reading.entities.flatMap((entity): NamedEntity[] => {
    const found = seen.get(entity.id);
    return found ? [{ name: entity.name, type: entity.type, ...found }] : [];
  });
  return featuresOf({
    articleId: article.id,
    title: article.title,
    published: article.published,
    text: article.text,
    entities,
  });
}
