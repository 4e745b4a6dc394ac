/**
 * Page furniture learned from the corpus, not listed by hand: a sentence an outlet prints word for word in
 * several of its articles (a newsletter pitch, a copyright line, a "more videos" carousel, a login form) is
 * not this article's reporting. What is known of each sentence comes from the store's per-outlet sentence
 * index (`SentenceRepository`): in how many articles it was printed, how many of them open with it, and
 * over which days. This module only decides, from those counts, which sentences of one text are furniture.
 *
 * Reporting is never furniture, and a sentence several articles share may be reporting: the same statement
 * quoted in each article of a running story. So a shared sentence is furniture only when it is shaped like
 * furniture as well as shared:
 * - it stands in a run of shared sentences that reaches the start or the end of the text (furniture sits
 *   around an article, reporting inside it), and the run is not all quotes;
 * - or, inside the text, it quotes or attributes nothing and either recurs across days (a statement is
 *   quoted while it is news; furniture stays for months) or stands beside another such sentence;
 * - and never when it opens this text but opens no other article: that is this article's lede, which the
 *   outlet's other pages print further down (a list of related stories).
 */
import { furnitureSource, sentenceKey, type SentenceCount } from '../core/furniture.js';
import { tidy } from './article-text.js';
import { splitSentences } from './date-mentions.js';

export type { SentenceCount } from '../core/furniture.js';

/** Printed in this many articles of one outlet (this one included) before a sentence may be furniture. */
export const MIN_ARTICLES = 3;
/** A statement stops being quoted as news within days; furniture recurs across them. */
const MIN_SPREAD_DAYS = 2;
/** Sentences that count as the opening of a text. */
export const LEAD_SENTENCES = 3;
/** Learned furniture is never removed down to less than this: a text that short is kept whole. */
const MIN_WORDS_LEFT = 12;
const REPORTING = /["“”«»]|\b(?:said|says|told|tells|according to|stated|announced|added|wrote)\b/i;

export interface KeyedSentence {
  start: number;
  end: number;
  text: string;
  key: string | null;
  /** Among the first `LEAD_SENTENCES` of the text. */
  lead: boolean;
}

/** A text's sentences with their keys for the outlet; none when the outlet is unknown. */
export function keyedSentences(text: string, url: string | null, outlet: string | null): KeyedSentence[] {
  const source = furnitureSource(url, outlet);
  if (source === null) return [];
  return splitSentences(text).map((sentence, index) => ({
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    key: sentenceKey(source, sentence.text),
    lead: index < LEAD_SENTENCES,
  }));
}

/** The distinct keys of a text, with whether the text opens with each: what the store counts. */
export function countedKeys(sentences: readonly KeyedSentence[]): Array<{ key: string; lead: boolean }> {
  const keys = new Map<string, boolean>();
  for (const s of sentences) if (s.key !== null) keys.set(s.key, (keys.get(s.key) ?? false) || s.lead);
  return [...keys].map(([key, lead]) => ({ key, lead }));
}

export interface FurnitureContext {
  /** The article's day (ISO), when known. */
  day: string | null;
  /** Whether `counts` already include this article (true once it is stored). */
  counted: boolean;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Indices of the sentences that are furniture, with why. */
export function learnedFurniture(
  sentences: readonly KeyedSentence[],
  counts: ReadonlyMap<string, SentenceCount>,
  context: FurnitureContext,
): Map<number, string> {
  const self = context.counted ? 0 : 1;
  const shared = sentences.map((s) => {
    const count = s.key === null ? undefined : counts.get(s.key);
    if (!count || count.articles + self < MIN_ARTICLES) return null;
    const otherLeads = count.leads - (context.counted && s.lead ? 1 : 0);
    // This article's lede, printed lower down on the outlet's other pages.
    if (s.lead && otherLeads < 1) return null;
    const days = [count.firstDay, count.lastDay, context.day].filter((d): d is string => d !== null).sort();
    const spread = days.length > 1 ? daysBetween(days[0]!, days[days.length - 1]!) : 0;
    return { articles: count.articles + self, spread, quotes: REPORTING.test(s.text) };
  });
  const furniture = new Map<number, string>();
  const why = (i: number, where: string) => {
    const s = shared[i]!;
    return `furniture: printed in ${s.articles} articles of this outlet${s.spread > 0 ? ` over ${s.spread + 1} days` : ''}, ${where}`;
  };
  for (const edge of edgeRuns(shared)) {
    if (edge.every((i) => shared[i]!.quotes)) continue;
    for (const i of edge) furniture.set(i, why(i, 'around the article'));
  }
  shared.forEach((s, i) => {
    if (s === null || s.quotes || furniture.has(i)) return;
    const beside = [i - 1, i + 1].some((j) => shared[j] != null && !shared[j]!.quotes);
    if (s.spread >= MIN_SPREAD_DAYS) furniture.set(i, why(i, 'across days'));
    else if (beside) furniture.set(i, why(i, 'beside other furniture'));
  });
  return furniture;
}

/** Runs of shared sentences that reach the start or the end of the text. */
function edgeRuns(shared: ReadonlyArray<unknown>): number[][] {
  const head: number[] = [];
  for (let i = 0; i < shared.length && shared[i] !== null; i++) head.push(i);
  if (head.length === shared.length) return [head];
  const tail: number[] = [];
  for (let i = shared.length - 1; i >= 0 && shared[i] !== null; i--) tail.unshift(i);
  return [head, tail].filter((run) => run.length > 0);
}

export interface Removal {
  text: string;
  /** Each removed sentence, prefixed with why: `[furniture: …] sentence`. */
  removed: string[];
}

/**
 * The text without the given sentences, paragraphs kept; null when too little would be left (the text is
 * then kept whole: a page made only of what its outlet prints elsewhere is still that page).
 */
export function removeSentences(
  text: string,
  sentences: readonly KeyedSentence[],
  reasons: ReadonlyMap<number, string>,
): Removal | null {
  if (reasons.size === 0) return { text, removed: [] };
  let kept = '';
  let from = 0;
  const removed: string[] = [];
  sentences.forEach((s, i) => {
    const reason = reasons.get(i);
    if (reason === undefined) return;
    kept += text.slice(from, s.start);
    from = s.end;
    removed.push(`[${reason}] ${s.text}`);
  });
  kept += text.slice(from);
  const result = tidy(kept);
  const word = /\S+/g;
  let count = 0;
  while (count < MIN_WORDS_LEFT && word.exec(result)) count++;
  if (count < MIN_WORDS_LEFT) return null;
  return { text: result, removed };
}
