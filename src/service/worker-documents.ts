/**
 * The documents of the workers' intake rows: an input prepared into documents (`fetch`), a document read
 * (`read`), and a row stored and linked as a single process stores an input (`link`). What each job does
 * with them, and when, is in `worker.ts`.
 */
import { InputError } from '../core/errors.js';
import { encodeReading } from '../core/reading-codec.js';
import type {
  BatchOptions,
  IntakeDocument,
  IntakeInput,
  IntakeItem,
  IntakeOutcome,
  PreparedLinks,
} from '../core/ports.js';
import type { ArticleDraft, ArticleReading, RawDocument } from '../core/types.js';
import { readSources } from '../ingest/sources.js';
import { READING_PIPELINE } from '../pipeline/reading.js';
import type { SharedStore } from '../store/store.js';
import { prepareSafely } from './ingest.js';
import { withoutLearnedFurniture } from './furniture.js';
import { linkStage } from './link.js';
import { prepareLinks } from './link-inputs.js';
import { readingOf, readText } from './read.js';
import { Readable } from 'node:stream';

/** One input's documents, prepared; an input that fails is one refused document, as in a single process. */
export async function prepareInput(input: IntakeInput, options: BatchOptions): Promise<IntakeDocument[]> {
  const prepare = (doc: RawDocument): IntakeDocument => {
    const prepared = prepareSafely(doc, { published: options.published });
    return prepared instanceof InputError ? refused(prepared) : document(doc.source, prepared);
  };
  if (input.kind === 'document') return [prepare(input.doc)];
  if (input.kind === 'failed')
    return [refused(new InputError(input.error.input, input.error.problem, input.error.reason))];
  const documents: IntakeDocument[] = [];
  const sources =
    input.kind === 'source'
      ? readSources([input.input], { allowPrivate: options.allowPrivate, maxBytes: options.maxBytes })
      : readSources(['-'], {
          allowPrivate: options.allowPrivate,
          maxBytes: options.maxBytes,
          stdin: Readable.from([Buffer.from(input.text)]),
        });
  for await (const item of sources) documents.push(item.ok ? prepare(item.doc) : refused(item.error));
  return documents;
}

export function inputName(input: IntakeInput): string {
  if (input.kind === 'document') return input.doc.source;
  if (input.kind === 'source') return input.input;
  if (input.kind === 'failed') return input.error.input;
  return 'stdin';
}

function document(source: string, draft: IntakeDocument['draft']): IntakeDocument {
  return { source, draft, error: null, reading: null, pipeline: null, readingError: null };
}

export function refused(error: InputError): IntakeDocument {
  return {
    source: error.input,
    draft: null,
    error: { input: error.input, problem: error.problem, reason: error.reason },
    reading: null,
    pipeline: null,
    readingError: null,
  };
}

/** Reads a draft against its own date; the linker checks the stored article still has that text and date. */
export function readDocument(doc: IntakeDocument): IntakeDocument {
  if (!doc.draft) return doc;
  let reading: ArticleReading;
  try {
    reading = readText(doc.draft.text, doc.draft.published);
  } catch (error) {
    return { ...doc, reading: null, pipeline: READING_PIPELINE, readingError: (error as Error).message };
  }
  return {
    ...doc,
    reading,
    pipeline: READING_PIPELINE,
    readingError: null,
    links: linksOf(doc.draft, reading),
  };
}

/**
 * What linking needs of the document alone, made here, where workers run at once (`link-inputs.ts`); none
 * if making it fails, and the linker makes it (and meets the failure) as it would have.
 */
function linksOf(draft: ArticleDraft, reading: ArticleReading): PreparedLinks | null {
  try {
    return prepareLinks(draft, reading);
  } catch {
    return null;
  }
}

/** What storing a row needs that its documents alone decide, done outside the write lock: its readings encoded. */
export function beforeStoring(item: IntakeItem): void {
  for (const doc of item.documents ?? []) if (doc.reading) encodeReading(doc.reading);
}

/**
 * One row stored and linked, as a single process stores an input: each document saved once; a changed
 * article (added, revised, better dated) read and linked; an unchanged one left alone. Returns what became
 * of its documents and, for each document linked, the articles whose connected records are to be brought
 * up to date (`connect`, by `Worker.connect`). The reading made by
 * the read job is used when the stored article has the text and date it was made from (a user's
 * correction of the date, say, makes it stale); otherwise the article is read here.
 */
export async function storeItem(
  tx: SharedStore,
  item: IntakeItem,
): Promise<{ outcomes: IntakeOutcome[]; connect: string[][] }> {
  const outcomes: IntakeOutcome[] = [];
  const connect: string[][] = [];
  for (const doc of item.documents ?? []) {
    if (!doc.draft) {
      const error = doc.error!;
      outcomes.push({ source: error.input, outcome: 'failed', problem: error.problem, reason: error.reason });
      continue;
    }
    // In intake order under the write lock, so each article learns from every one stored before it.
    const counted = await withoutLearnedFurniture(tx, doc.draft, null);
    const saved = await tx.saveArticle(counted.draft);
    if (saved.outcome === 'added') await tx.countSentences(saved.id, counted.keys, counted.day);
    const outcome: IntakeOutcome = { source: doc.source, ...saved };
    outcomes.push(outcome);
    if (saved.outcome === 'unchanged') continue;
    const article = (await tx.getArticle(saved.id))!;
    // The read job read the draft as prepared: furniture learned since (removed by `withoutLearnedFurniture`)
    // makes the stored text another, which is read here, as one process reads the text it stores.
    const fresh =
      doc.pipeline === READING_PIPELINE &&
      article.text === doc.draft.text &&
      article.published === doc.draft.published;
    let reading = fresh ? doc.reading : null;
    let failure = fresh ? doc.readingError : null;
    if (!fresh) {
      try {
        reading = readingOf(article).reading;
      } catch (error) {
        failure = (error as Error).message;
      }
    }
    if (reading === null) {
      outcome.readingFailed = failure ?? 'not read';
      continue;
    }
    await tx.saveReading({
      articleId: article.id,
      revision: article.revision,
      pipeline: READING_PIPELINE,
      reading,
    });
    connect.push(
      await linkStage(
        tx,
        article,
        reading,
        fresh && doc.links ? { draft: doc.draft, links: doc.links } : null,
      ),
    );
  }
  return { outcomes, connect };
}
