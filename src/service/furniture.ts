/**
 * Page furniture learned from the store, applied as articles arrive and again later (`dossier reprocess`,
 * and at the end of every ingest for the articles it stored): the rules are in `clean/furniture`, the
 * counts in the store's per-outlet sentence index (`SentenceRepository`).
 *
 * An article is counted once, when it is added, in the transaction that stores it; its keys are those of
 * the text before learned furniture is taken out, so a sentence keeps being counted after it is learned.
 * Connecting's guard (`connect/furniture`) reads the same index: it ignores, for stories and actors, any
 * sentence another article of the outlet printed, including those not yet frequent enough to remove here.
 */
import type { SentenceCount } from '../core/furniture.js';
import type { SentenceRepository } from '../core/ports.js';
import type { Article, ArticleDraft } from '../core/types.js';
import type { Store } from '../store/store.js';
import { furnitureSource } from '../core/furniture.js';
import { removeInlineCaptionsFromText } from '../clean/captions.js';
import {
  MIN_ARTICLES,
  countedKeys,
  keyedSentences,
  learnedFurniture,
  removeSentences,
  type KeyedSentence,
} from '../clean/furniture.js';

export interface CountedDraft {
  draft: ArticleDraft;
  /** The keys to count once the draft is stored as a new article. */
  keys: Array<{ key: string; lead: boolean }>;
  day: string | null;
  /** The site or outlet the keys are scoped to (`core/furniture`); null when unknown. */
  source: string | null;
  /**
   * True when this draft brings a sentence of its outlet to the count at which it may be furniture: the
   * outlet's articles stored before it may then hold furniture they were stored with.
   */
  learns: boolean;
}

/**
 * Counts of drafts prepared but not yet stored (one batch): an outlet's first batch learns from itself,
 * as it would if its articles arrived one at a time.
 */
export class PendingCounts {
  private readonly counts = new Map<string, SentenceCount>();

  add(keys: ReadonlyArray<{ key: string; lead: boolean }>, day: string | null): void {
    for (const { key, lead } of keys) {
      const known = this.counts.get(key);
      this.counts.set(
        key,
        merge(known, { key, articles: 1, leads: lead ? 1 : 0, firstDay: day, lastDay: day }),
      );
    }
  }

  get(key: string): SentenceCount | undefined {
    return this.counts.get(key);
  }

  clear(): void {
    this.counts.clear();
  }
}

function merge(a: SentenceCount | undefined, b: SentenceCount): SentenceCount {
  if (!a) return b;
  const days = [a.firstDay, a.lastDay, b.firstDay, b.lastDay].filter((d): d is string => d !== null).sort();
  return {
    key: a.key,
    articles: a.articles + b.articles,
    leads: a.leads + b.leads,
    firstDay: days[0] ?? null,
    lastDay: days[days.length - 1] ?? null,
  };
}

async function countsOf(
  store: SentenceRepository,
  sentences: readonly KeyedSentence[],
  pending: PendingCounts | null,
): Promise<Map<string, SentenceCount>> {
  const keys = [...new Set(sentences.flatMap((s) => (s.key === null ? [] : [s.key])))];
  const stored = await store.sentenceCounts(keys);
  const counts = new Map(stored.map((c) => [c.key, c]));
  if (pending) {
    for (const key of keys) {
      const more = pending.get(key);
      if (more) counts.set(key, merge(counts.get(key), more));
    }
  }
  return counts;
}

/** A prepared draft without the furniture its outlet is known to print, with the keys to count for it. */
export async function withoutLearnedFurniture(
  store: SentenceRepository,
  draft: ArticleDraft,
  pending: PendingCounts | null,
): Promise<CountedDraft> {
  const source = furnitureSource(draft.url, draft.outlet);
  const sentences = keyedSentences(draft.text, draft.url, draft.outlet);
  const keys = countedKeys(sentences);
  const day = draft.published;
  if (keys.length === 0) return { draft, keys, day, source, learns: false };
  const counts = await countsOf(store, sentences, pending);
  const learns = keys.some(({ key }) => (counts.get(key)?.articles ?? 0) + 1 === MIN_ARTICLES);
  const removal = removeSentences(
    draft.text,
    sentences,
    learnedFurniture(sentences, counts, { day, counted: false }),
  );
  if (!removal || removal.removed.length === 0) return { draft, keys, day, source, learns };
  return {
    draft: { ...draft, text: removal.text, removed: [...removal.removed, ...draft.removed] },
    keys,
    day,
    source,
    learns,
  };
}

/**
 * Takes out of a stored article the furniture its outlet was found to print after it was stored, and the
 * inline photo captions of articles stored before that clean-up rule existed. True when the article
 * changed (its reading and links are then made again by `readUnread`/`linkUnlinked`).
 */
export async function recleanArticle(store: SentenceRepository, article: Article): Promise<boolean> {
  const found = removeInlineCaptionsFromText(article.text);
  // A text that was nothing but captions stays as it was stored, as any page made only of furniture does.
  const uncaptioned = found.text.trim() === '' ? { text: article.text, captions: [] } : found;
  const sentences = keyedSentences(uncaptioned.text, article.url, article.outlet);
  const removal = sentences.every((s) => s.key === null)
    ? null
    : removeSentences(
        uncaptioned.text,
        sentences,
        learnedFurniture(sentences, await countsOf(store, sentences, null), {
          day: article.published,
          counted: true,
        }),
      );
  const removed = [...(removal?.removed ?? []), ...uncaptioned.captions];
  if (removed.length === 0) return false;
  return store.recleanArticle(article.id, article.revision, removal?.text ?? uncaptioned.text, [
    ...removed,
    ...article.removed,
  ]);
}

/**
 * `recleanArticle` over the whole store, oldest first: what `dossier reprocess` runs, so that furniture
 * learned from later articles leaves the earlier ones too. The ids are listed first, since cleaning
 * changes the articles being walked. Returns how many articles changed.
 */
export async function recleanAll(store: Store): Promise<number> {
  const ids: string[] = [];
  for await (const article of store.iterateArticles()) ids.push(article.id);
  let changed = 0;
  for (const id of ids) {
    const article = await store.getArticle(id);
    if (article && (await recleanArticle(store, article))) changed += 1;
  }
  return changed;
}
