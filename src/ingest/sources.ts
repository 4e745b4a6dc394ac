/**
 * The ingest entry point: inputs as the user named them (files, folders, manifests, feeds, URLs, stdin)
 * in, documents or per-input errors out, in input order. A bad input never stops the others.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError } from '../core/errors.js';
import type { RawDocument } from '../core/types.js';
import { decodeDocument, tooLarge } from './decode.js';
import { DEFAULT_FETCH_OPTIONS, fetchUrl, type FetchedPage, type FetchOptions } from './fetch.js';
import { feedEntries, parseFeed } from './feed.js';
import { expandPath, type FileFormat, type FoundFile, readFileBytes } from './files.js';
import { documentItem, errorItem, type PageRequest, type PendingItem, type SourceItem } from './items.js';
import { type ManifestOrigin, readJsonDocument, readJsonLines } from './manifest.js';
import { DEFAULT_MAX_CONTAINER_BYTES } from './limits.js';
import { isFeed, isHtml, sniffFormat } from './sniff.js';

export type { SourceItem } from './items.js';

export interface SourceOptions {
  allowPrivate: boolean;
  /** The largest single document accepted, in bytes, decompressed. */
  maxBytes: number;
  /**
   * The largest manifest, feed or stdin accepted, in bytes, decompressed (default
   * `DEFAULT_MAX_CONTAINER_BYTES`, and never below `maxBytes`).
   */
  maxContainerBytes?: number | undefined;
  fetch?: Partial<FetchOptions>;
  /** Read for the input `-`; process.stdin unless given. */
  stdin?: NodeJS.ReadableStream;
}

interface Caps {
  document: number;
  container: number;
}

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml']);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export async function* readSources(inputs: string[], options: SourceOptions): AsyncGenerator<SourceItem> {
  const fetchOptions: FetchOptions = {
    ...DEFAULT_FETCH_OPTIONS,
    maxBytes: options.maxBytes,
    ...options.fetch,
    allowPrivate: options.allowPrivate,
  };
  const caps: Caps = {
    document: options.maxBytes,
    container: Math.max(options.maxBytes, options.maxContainerBytes ?? DEFAULT_MAX_CONTAINER_BYTES),
  };
  for (const input of inputs) {
    const pending = isUrl(input)
      ? readUrl(input, fetchOptions, caps)
      : input === '-'
        ? readStdin(options.stdin ?? process.stdin, caps)
        : readPath(input, caps);
    for await (const item of caught(input === '-' ? 'stdin' : input, pending)) {
      yield 'fetch' in item ? await fetchRequested(item, fetchOptions) : item;
    }
  }
}

/**
 * How many items `readSources` will yield, counted cheaply (files in folders, lines in JSONL, items in
 * feeds), or null when that cannot be known without fetching or reading stdin.
 */
export async function countInputsHint(inputs: string[]): Promise<number | null> {
  let count = 0;
  for (const input of inputs) {
    if (input === '-' || isUrl(input)) return null;
    for await (const found of expandPath(input)) {
      count += found instanceof InputError ? 1 : await countInFile(found.path, found.format);
    }
  }
  return count;
}

function isUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

/** A URL may name a feed or a manifest, so it gets the container cap, unless it says it is a page. */
async function* readUrl(url: string, fetchOptions: FetchOptions, caps: Caps): AsyncGenerator<PendingItem> {
  const page = await fetchUrl(url, {
    ...fetchOptions,
    maxBytes: caps.container,
    maxPageBytes: caps.document,
  });
  const format = pageFormat(page);
  if (format === 'feed') {
    yield* feedEntries(parseFeed(page.body, url), url, page.url);
  } else if (format === 'json' || format === 'jsonl') {
    yield* readManifest(format, page.body, { source: url, baseDir: null, maxBytes: caps.document });
  } else {
    if (Buffer.byteLength(page.body) > caps.document) throw tooLarge(url, caps.document);
    yield documentItem({ source: url, url: page.url, kind: format, body: page.body, hints: {} });
  }
}

function pageFormat(page: FetchedPage): FileFormat {
  if (page.contentType === 'application/json') return sniffFormat(page.body) === 'jsonl' ? 'jsonl' : 'json';
  if (FEED_TYPES.has(page.contentType) || isFeed(page.body)) return 'feed';
  if (HTML_TYPES.has(page.contentType)) return 'html';
  if (page.contentType === 'text/plain') return 'text';
  return sniffFormat(page.body);
}

async function* readStdin(stdin: NodeJS.ReadableStream, caps: Caps): AsyncGenerator<PendingItem> {
  const limit = caps.container;
  const maxBytes = caps.document;
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    received += bytes.length;
    if (received > limit) throw tooLarge('stdin', limit);
    chunks.push(bytes);
  }
  const text = decodeDocument(Buffer.concat(chunks), 'stdin', limit, { lines: true });
  const format = sniffFormat(text);
  if (format === 'feed') {
    yield* feedEntries(parseFeed(text, 'stdin'), 'stdin');
  } else if (format === 'json' || format === 'jsonl') {
    yield* readManifest(format, text, { source: 'stdin', baseDir: process.cwd(), maxBytes });
  } else {
    if (received > maxBytes || Buffer.byteLength(text) > maxBytes) throw tooLarge('stdin', maxBytes);
    if (text.includes('\u0000')) throw new InputError('stdin', 'binary', 'binary file (contains NUL bytes)');
    yield documentItem({ source: 'stdin', url: null, kind: format, body: text, hints: {} });
  }
}

async function* readPath(input: string, caps: Caps): AsyncGenerator<PendingItem> {
  for await (const found of expandPath(input)) {
    if (found instanceof InputError) yield errorItem(found);
    else yield* caught(found.source, fileItems(found, caps));
  }
}

async function* fileItems({ path, source, format }: FoundFile, caps: Caps): AsyncGenerator<PendingItem> {
  if (format === 'text' || format === 'html') {
    const body = decodeDocument(readFileBytes(path, source, caps.document), source, caps.document);
    yield documentItem({ source, url: null, kind: format, body, hints: {} });
    return;
  }
  const bytes = readFileBytes(path, source, caps.container);
  const text = decodeDocument(bytes, source, caps.container, { lines: format === 'jsonl' });
  if (format === 'feed') yield* feedEntries(parseFeed(text, source), source);
  else yield* readManifest(format, text, { source, baseDir: dirname(path), maxBytes: caps.document });
}

function readManifest(
  format: 'json' | 'jsonl',
  text: string,
  origin: ManifestOrigin,
): AsyncGenerator<PendingItem> {
  return format === 'jsonl' ? readJsonLines(text, origin) : readJsonDocument(text, origin);
}

/**
 * Items from one input, ending in an error item when the input fails part-way instead of throwing. Whatever
 * a reader throws is that input's failure: a parser's own error on hostile markup must not cost the other
 * inputs of the run.
 */
async function* caught(input: string, items: AsyncIterable<PendingItem>): AsyncGenerator<PendingItem> {
  try {
    yield* items;
  } catch (error) {
    if (!(error instanceof InputError)) {
      yield errorItem(new InputError(input, 'malformed', `could not be read: ${oneLine(error)}`));
      return;
    }
    yield errorItem(error.input === input ? error : new InputError(input, error.problem, error.reason));
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}

/** A manifest line or feed item known only by its link: the page must be an article, not another list. */
async function fetchRequested(request: PageRequest, fetchOptions: FetchOptions): Promise<SourceItem> {
  try {
    const page = await fetchUrl(request.fetch, fetchOptions);
    const kind = articleKind(page);
    if (!kind) {
      throw new InputError(
        request.fetch,
        'unsupported',
        `content-type ${page.contentType} is not an article`,
      );
    }
    return documentItem({
      source: request.source,
      url: page.url,
      kind,
      body: page.body,
      hints: request.hints,
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const reason = request.source === request.fetch ? error.reason : `${request.fetch}: ${error.reason}`;
    return errorItem(new InputError(request.source, error.problem, reason));
  }
}

function articleKind(page: FetchedPage): RawDocument['kind'] | null {
  if (HTML_TYPES.has(page.contentType)) return 'html';
  if (page.contentType === 'text/plain') return 'text';
  if (page.contentType === '') return isHtml(page.body) ? 'html' : 'text';
  return null;
}

/** Files past this size are counted as one: counting is for a progress bar, not worth reading them twice. */
const MAX_COUNTED_BYTES = 16 * 1024 * 1024;

async function countInFile(path: string, format: FileFormat): Promise<number> {
  if (format === 'text' || format === 'html') return 1;
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_COUNTED_BYTES || path.endsWith('.gz')) return 1;
    const text = await readFile(path, 'utf8');
    if (format === 'jsonl') return text.split('\n').filter((line) => line.trim() !== '').length;
    if (format === 'feed') return text.match(/<(?:item|entry)[\s>]/g)?.length ?? 0;
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.length : 1;
  } catch {
    return 1;
  }
}
