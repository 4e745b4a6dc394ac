/**
 * Paths on disk: a file, or a folder walked in a fixed order so two runs over the same tree ingest the
 * same documents in the same order.
 */
import type { Dirent } from 'node:fs';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { InputError } from '../core/errors.js';
import { tooLarge } from './decode.js';

export type FileFormat = 'text' | 'html' | 'jsonl' | 'json' | 'feed';

export interface FoundFile {
  path: string;
  /** The path as the user gave it, joined with the path inside a folder they named. */
  source: string;
  format: FileFormat;
}

const FORMAT_BY_EXTENSION: Record<string, FileFormat> = {
  '.txt': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION).join(' ');

/** The format a file's name promises; `.gz` is looked through (`story.html.gz` is HTML). */
export function formatOfPath(path: string): FileFormat | null {
  const name = basename(path).toLowerCase();
  const inner = name.endsWith('.gz') ? name.slice(0, -3) : name;
  return FORMAT_BY_EXTENSION[extname(inner)] ?? null;
}

/**
 * The files one path stands for. A file named explicitly must have a supported type; inside a folder,
 * other files are skipped silently, as are hidden files, dot-folders and `node_modules`.
 */
export async function* expandPath(input: string): AsyncGenerator<FoundFile | InputError> {
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    yield fileError(input, error);
    return;
  }
  if (info.isDirectory()) {
    yield* walkFolder(input, new Set([await realpath(input)]));
  } else if (!info.isFile()) {
    yield new InputError(input, 'unsupported', 'not a regular file or folder');
  } else {
    const format = formatOfPath(input);
    yield format ? { path: input, source: input, format } : unsupportedType(input);
  }
}

/** `visited` holds the real paths of folders already entered, so symlinked folders cannot loop. */
async function* walkFolder(folder: string, visited: Set<string>): AsyncGenerator<FoundFile | InputError> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield fileError(folder, error);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    const format = formatOfPath(path);
    let isFolder = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isFolder = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        const broken = (error as NodeJS.ErrnoException).code === 'ENOENT';
        if (format)
          yield broken ? new InputError(path, 'unreadable', 'broken symbolic link') : fileError(path, error);
        continue;
      }
    }
    if (isFolder) {
      const real = await realpath(path);
      if (visited.has(real)) continue;
      visited.add(real);
      yield* walkFolder(path, visited);
    } else if (isFile && format) {
      yield { path, source: path, format };
    }
  }
}

/**
 * A file's bytes, refused before reading when the file alone is already over the limit. Only regular files
 * are read: a device (`/dev/zero`, `/dev/urandom`) or a FIFO named by a manifest would stream without end or
 * block. At most `maxBytes + 1` bytes are read whatever the file claims, so a file growing while it is read
 * cannot pass the cap either. Read synchronously: an article is a few kilobytes, and the asynchronous path
 * costs several event-loop round trips per file, which left the ingest idle a sixth of its time.
 */
export function readFileBytes(path: string, source: string, maxBytes: number): Uint8Array {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError(source, 'unreadable', 'is a folder, not a file');
    if (!info.isFile()) throw new InputError(source, 'unsupported', 'not a regular file');
    if (info.size > maxBytes) throw tooLarge(source, maxBytes);
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) throw tooLarge(source, maxBytes);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw fileError(source, error);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** File-system failures in words; anything that is not one is a bug and is rethrown. */
function fileError(input: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError(input, 'unreadable', 'no such file or folder');
    case 'EACCES':
    case 'EPERM':
      return new InputError(input, 'unreadable', 'permission denied');
    case 'ELOOP':
      return new InputError(input, 'unreadable', 'symbolic link loop');
    case 'EISDIR':
      return new InputError(input, 'unreadable', 'is a folder, not a file');
    case undefined:
      throw error;
    default:
      return new InputError(input, 'unreadable', `cannot read (${code})`);
  }
}

function unsupportedType(path: string): InputError {
  const extension = extname(path);
  const what = extension ? `unsupported file type ${extension}` : 'file has no extension';
  return new InputError(path, 'unsupported', `${what} (supported: ${SUPPORTED_EXTENSIONS}, also gzipped)`);
}
