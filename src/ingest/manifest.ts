/**
 * Manifests: JSONL (one entry a line) or JSON (one entry or an array) listing documents with the metadata
 * their supplier knows. A bad entry is reported with its line and the rest go on.
 */
import { relative, resolve } from 'node:path';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { decodeDocument, tooLarge } from './decode.js';
import { formatOfPath, readFileBytes } from './files.js';
import { definedHints, documentItem, errorItem, type PendingItem } from './items.js';
import { isHtml } from './sniff.js';

const field = () => z.string({ error: 'must be a string' }).nullish();

const ManifestEntry = z.object({
  url: field().refine((value) => value == null || isHttpUrl(value), 'must be an http(s) URL'),
  path: field(),
  title: field(),
  /** Any string: read when the article is prepared, so an unreadable date never costs the article. */
  published: field(),
  outlet: field(),
  author: field(),
  text: field(),
  html: field(),
});

type ManifestEntry = z.infer<typeof ManifestEntry>;

export interface ManifestOrigin {
  /** Names the manifest in sources and errors: `feeds.jsonl`, `stdin`, a URL. */
  source: string;
  /** The folder `path` fields are relative to; null for a manifest from the network. */
  baseDir: string | null;
  maxBytes: number;
}

export async function* readJsonLines(text: string, origin: ManifestOrigin): AsyncGenerator<PendingItem> {
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const where = `${origin.source}:${index + 1}`;
    if (line.includes('\u0000')) {
      yield errorItem(new InputError(where, 'binary', 'line holds NUL bytes (binary data, not JSON)'));
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield errorItem(new InputError(where, 'malformed', `invalid JSON: ${(error as Error).message}`));
      continue;
    }
    yield await entryItem(value, where, origin);
  }
}

export async function* readJsonDocument(text: string, origin: ManifestOrigin): AsyncGenerator<PendingItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield errorItem(new InputError(origin.source, 'malformed', `invalid JSON: ${(error as Error).message}`));
    return;
  }
  if (!Array.isArray(value)) {
    yield await entryItem(value, origin.source, origin);
    return;
  }
  for (const [index, entry] of value.entries())
    yield await entryItem(entry, `${origin.source}[${index}]`, origin);
}

async function entryItem(value: unknown, where: string, origin: ManifestOrigin): Promise<PendingItem> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errorItem(new InputError(where, 'malformed', 'expected a JSON object'));
  }
  const parsed = ManifestEntry.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    return errorItem(new InputError(where, 'malformed', problems.join('; ')));
  }
  try {
    return await entryDocument(parsed.data, where, origin);
  } catch (error) {
    if (error instanceof InputError) return errorItem(error);
    throw error;
  }
}

/** `text` beats `html` when both are given: it is what the supplier says the article says. */
async function entryDocument(
  entry: ManifestEntry,
  where: string,
  origin: ManifestOrigin,
): Promise<PendingItem> {
  const hints = definedHints({
    url: entry.url,
    title: entry.title,
    published: entry.published,
    outlet: entry.outlet,
    author: entry.author,
  });
  const url = entry.url ?? null;
  const inline = entry.text ?? entry.html;
  if (inline != null) {
    // A feed item with a headline and no text (the feed gave only a link) is kept: its headline is
    // what the outlet said, and clean-up marks the article partial.
    if (inline.trim() === '' && !entry.title?.trim())
      throw new InputError(where, 'empty', `${entry.text != null ? 'text' : 'html'} is empty`);
    if (Buffer.byteLength(inline) > origin.maxBytes) throw tooLarge(where, origin.maxBytes);
    return documentItem({
      source: where,
      url,
      kind: entry.text != null ? 'text' : 'html',
      body: inline,
      hints,
    });
  }
  if (entry.path != null) {
    const body = await readReferencedFile(entry.path, where, origin);
    const format = formatOfPath(entry.path);
    const kind = format === 'html' || (format !== 'text' && isHtml(body)) ? 'html' : 'text';
    // The article came from that file; the manifest line only described it.
    const source = relative(process.cwd(), resolve(origin.baseDir ?? '.', entry.path)) || entry.path;
    return documentItem({ source, url, kind, body, hints });
  }
  if (url !== null) return { fetch: url, source: where, hints };
  throw new InputError(where, 'malformed', 'needs text, html, path or url');
}

async function readReferencedFile(path: string, where: string, origin: ManifestOrigin): Promise<string> {
  if (origin.baseDir === null) {
    // A manifest from the network must not be able to make us read local files.
    throw new InputError(where, 'refused', `path ${path} refused: only local manifests may name files`);
  }
  try {
    const file = resolve(origin.baseDir, path);
    return decodeDocument(readFileBytes(file, where, origin.maxBytes), where, origin.maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(where, error.problem, `${path}: ${error.reason}`);
    throw error;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
