import type { EntityType } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';
import { furnitureSource } from '../../core/furniture.js';
import { occurrenceOf, type DateEvidence, type Occurrence } from './occurrence.js';
import { STOP_WORDS } from './stop-words.js';

/**
 * What an article is about, in a form cheap to match against stories: how often it uses each content word,
 * name and year (term frequencies, before any weighting by rarity, which depends on the corpus and is
 * applied when the article is placed), and its publication date. Plain data, computed once per article.
 */
export interface StoryFeatures {
  articleId: string;
  title: string | null;
  /** YYYY-MM-DD, or null when the source gave no date. */
  published: string | null;
  /** The site that printed it (`core/furniture`'s source: the address's host, else the outlet), or null. */
  source: string | null;
  /**
   * `w:<word>` for content words (names' words included) and numbers, `e:<name>` for a place's or
   * organisation's whole name, `p:<surname>` for a person, `y:<year>` for a year the text dates something in.
   */
  terms: Record<string, number>;
  /** The article's most salient names as written, most salient first, for titles made from names. */
  names: string[];
  /** When its text says things happened: what tells the occurrence it reports from others of its kind. */
  occurrence: Occurrence;
}

/** A name as the entity stage gives it, with how often the article mentions it and where first. */
export interface NamedEntity {
  name: string;
  type: EntityType;
  mentions: number;
  /** Index of the first sentence naming it. */
  firstSentence: number;
}

/** The title says what the report is about: its words count as much as this many uses in the body. */
const TITLE_WEIGHT = 2;
/**
 * Words, and numbers as written ("6.1", "2,000", "11"): a magnitude, a toll or a score tells one event of a
 * kind from another ("a 6.1 quake" and "a 7.0 quake"), and a number every report prints is weighed down by
 * its rarity like any common word.
 */
const WORD = /\p{L}[\p{L}\p{M}'’-]*|\p{N}+(?:[.,]\p{N}+)*/gu;
const HONORIFIC_OR_SUFFIX = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'jr', 'sr', 'ii', 'iii']);

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Plurals and their singulars are one term ("ministers", "minister"); nothing subtler is worth the risk. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * A name's key: a person by surname (reports call them by it after the first mention, and "Nichols" is
 * "Brian Nichols"), anything else by its whole folded name.
 */
export function nameKey(name: string, type: EntityType): string {
  const words = fold(name)
    .split(/[\s-]+/)
    .filter((w) => w && !HONORIFIC_OR_SUFFIX.has(w));
  if (type === 'person') return `p:${words[words.length - 1] ?? ''}`;
  return `e:${words.join(' ')}`;
}

function addWords(terms: Record<string, number>, text: string, by: number): void {
  for (const [word] of text.matchAll(WORD)) {
    const lower = word
      .toLowerCase()
      .replace(/[’']s$/, '')
      .replace(/’/g, "'");
    if ((lower.length < 3 && !/\d/.test(lower)) || STOP_WORDS.has(lower)) continue;
    const key = `w:${stem(lower)}`;
    terms[key] = (terms[key] ?? 0) + by;
  }
}

/** The features of any text with its names and years: what `storyFeatures` uses, and what benches feed directly. */
export function featuresOf(input: {
  articleId: string;
  title: string | null;
  published: string | null;
  source?: string | null;
  text: string;
  entities: NamedEntity[];
  /** The dates the text gives, as TIMEX values (`2012-07-07`, `2012-07`, `2012`, `XXXX-WXX-6`). */
  dates?: DateEvidence[];
}): StoryFeatures {
  const terms: Record<string, number> = {};
  addWords(terms, input.text, 1);
  addWords(terms, input.title ?? '', TITLE_WEIGHT);
  const salience = new Map<string, number>();
  for (const entity of input.entities) {
    // Countries and the like are background in most reports; their words still count as words.
    if (entity.type === 'other' || entity.type === 'country') continue;
    const key = nameKey(entity.name, entity.type);
    if (key.length <= 2) continue;
    terms[key] = (terms[key] ?? 0) + Math.max(1, entity.mentions);
    const lead = entity.firstSentence < 3 ? 1.5 : 1;
    salience.set(entity.name, (salience.get(entity.name) ?? 0) + entity.mentions * lead);
  }
  const dates = input.dates ?? [];
  // Years the text dates something in ("in March 2005", "on 12 June 2013"): when, as the text says it.
  for (const { value } of dates)
    if (/^\d{4}(?:-\d{2}){0,2}$/.test(value))
      terms[`y:${value.slice(0, 4)}`] = (terms[`y:${value.slice(0, 4)}`] ?? 0) + 1;
  return {
    articleId: input.articleId,
    title: input.title,
    published: input.published?.slice(0, 10) ?? null,
    source: input.source ?? null,
    terms,
    names: [...salience]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 2)
      .map(([name]) => name),
    occurrence: occurrenceOf(dates),
  };
}

/**
 * An article's story features from its reading, leaving out its furniture sentences (see
 * `connect/furniture`): what an outlet prints under every article must not make two articles one story.
 */
export function storyFeatures(
  { article, reading }: ReadArticle,
  furniture: ReadonlySet<number> = new Set(),
): StoryFeatures {
  const content = reading.sentences
    .filter((s) => !furniture.has(s.index))
    .map((s) => article.text.slice(s.start, s.end))
    .join(' ');
  const seen = new Map<string, { mentions: number; firstSentence: number }>();
  for (const mention of reading.mentions) {
    if (furniture.has(mention.sentence)) continue;
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
  const dates = reading.dates.flatMap(({ value, sentence }) =>
    furniture.has(sentence) ? [] : [{ value, sentence }],
  );
  return featuresOf({
    articleId: article.id,
    title: article.title,
    // A date read off the text ("Updated Saturday, December 05, 2009") is content, not a place in a feed:
    // its year counts among the article's years, and the story window applies to dates the source gave.
    published: article.publishedEvidence?.origin === 'text' ? null : article.published,
    source: furnitureSource(article.url, article.outlet),
    text: content,
    entities,
    dates,
  });
}
