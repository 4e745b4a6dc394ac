/**
 * Fuzz inputs: real texts and pages (the reference seeds, the extraction bench's pages, the development RSS
 * items), mutated by a seeded generator, and the generated shapes of `shapes.ts` spliced into them. The
 * same seed gives the same inputs, so a failure found once is found again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { seededRandom } from '../../src/core/random.js';
import { nestedPage, TEXT_SHAPES } from './shapes.js';

export type FuzzTarget = 'text' | 'html' | 'manifest';

export interface FuzzInput {
  /** `<seed>-<index>`: names the input and the file it is saved as. */
  id: string;
  target: FuzzTarget;
  bytes: Buffer;
  /** How it was made: the original and the mutations, for the report. */
  origin: string;
}

export interface Corpus {
  texts: Array<{ name: string; text: string }>;
  pages: Array<{ name: string; html: string }>;
}

/** `../shared` beside the repository. */
export function sharedDir(root: string): string {
  return join(root, '..', 'shared');
}

/** At most `limit` of each kind, read once; a missing folder is an error, not an empty corpus. */
export function loadCorpus(root: string, limit = 40): Corpus {
  const shared = sharedDir(root);
  const seedDir = join(shared, 'seeds');
  const texts = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name: `seeds/${name}`, text: readFileSync(join(seedDir, name), 'utf8') }));
  const rss = gunzipSync(readFileSync(join(shared, 'bench', 'corpora', 'rss-2025-05', 'articles.jsonl.gz')))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, limit)
    .map((line, i) => ({
      name: `rss-2025-05:${i + 1}`,
      text: String((JSON.parse(line) as { text: string }).text),
    }));
  const htmlDir = join(shared, 'bench', 'extraction', 'html');
  const pages = readdirSync(htmlDir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .slice(0, limit)
    .map((name) => ({
      name: `html/${name}`,
      html: gunzipSync(readFileSync(join(htmlDir, name))).toString('utf8'),
    }));
  if (texts.length === 0 || pages.length === 0) throw new Error(`no fuzz corpus under ${shared}`);
  return { texts: [...texts, ...rss], pages };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, max: number) => Math.floor(rng() * max);
/** Sizes spread over orders of magnitude: most small, some up to `max`. */
const size = (rng: Rng, max: number) => Math.max(1, Math.floor(Math.exp(rng() * Math.log(max))));

/** Bytes that are never valid UTF-8 where they stand, and a NUL. */
const BAD_BYTES = [0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0x00];

interface Mutation {
  name: string;
  apply(rng: Rng, bytes: Buffer, maxChars: number): Buffer;
}

const MUTATIONS: readonly Mutation[] = [
  {
    name: 'shape',
    apply(rng, bytes, maxChars) {
      const shape = pick(rng, TEXT_SHAPES);
      const at = int(rng, bytes.length + 1);
      return Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from(shape.make(size(rng, maxChars))),
        bytes.subarray(at),
      ]);
    },
  },
  {
    name: 'delete',
    apply(rng, bytes) {
      const at = int(rng, bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + size(rng, 4096))]);
    },
  },
  {
    name: 'repeat',
    apply(rng, bytes, maxChars) {
      const at = int(rng, bytes.length + 1);
      const piece = bytes.subarray(at, at + size(rng, 200));
      const times = Math.max(1, Math.floor(size(rng, maxChars) / Math.max(1, piece.length)));
      return Buffer.concat([
        bytes.subarray(0, at),
        ...Array.from({ length: times }, () => piece),
        bytes.subarray(at),
      ]);
    },
  },
  {
    name: 'bad bytes',
    apply(rng, bytes) {
      const copy = Buffer.from(bytes);
      for (let n = size(rng, 64); n > 0 && copy.length > 0; n--)
        copy[int(rng, copy.length)] = pick(rng, BAD_BYTES);
      return copy;
    },
  },
  {
    name: 'flip',
    apply(rng, bytes) {
      const copy = Buffer.from(bytes);
      for (let n = size(rng, 256); n > 0 && copy.length > 0; n--) {
        const at = int(rng, copy.length);
        copy[at] = copy[at]! ^ (1 << int(rng, 8));
      }
      return copy;
    },
  },
  {
    name: 'truncate',
    apply(rng, bytes) {
      return bytes.subarray(0, int(rng, bytes.length + 1));
    },
  },
  {
    name: 'nest',
    apply(rng, bytes) {
      const depth = size(rng, 20_000);
      const tag = pick(rng, ['div', 'span', 'section', 'b', 'table', 'p']);
      const at = int(rng, bytes.length + 1);
      return Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from(`<${tag}>`.repeat(depth)),
        bytes.subarray(at),
        Buffer.from(rng() < 0.5 ? `</${tag}>`.repeat(depth) : ''),
      ]);
    },
  },
  {
    name: 'one line',
    apply(_rng, bytes) {
      return Buffer.from(bytes.toString('latin1').replace(/[\r\n]+/g, ' '), 'latin1');
    },
  },
];

export interface GenerateOptions {
  seed: number;
  /** The largest shape or repetition spliced in, in characters. */
  maxChars: number;
}

/** The `index`-th input of a seeded run: the same pair always gives the same input. */
export function fuzzInput(corpus: Corpus, options: GenerateOptions, index: number): FuzzInput {
  const rng = seededRandom((options.seed * 1_000_003 + index) >>> 0);
  const id = `${options.seed}-${index}`;
  const roll = rng();
  // One input in eight is a generated shape alone, or a deep page, with no real text around it.
  if (roll < 0.0625) {
    const shape = pick(rng, TEXT_SHAPES);
    return {
      id,
      target: 'text',
      bytes: Buffer.from(shape.make(size(rng, options.maxChars))),
      origin: `shape ${shape.name}`,
    };
  }
  if (roll < 0.125) {
    const depth = size(rng, 100_000);
    return { id, target: 'html', bytes: Buffer.from(nestedPage(depth)), origin: `nested page ${depth}` };
  }
  const target: FuzzTarget = roll < 0.5 ? 'text' : roll < 0.85 ? 'html' : 'manifest';
  let origin: string;
  let bytes: Buffer;
  if (target === 'html') {
    const page = pick(rng, corpus.pages);
    origin = page.name;
    bytes = Buffer.from(page.html);
  } else {
    const text = pick(rng, corpus.texts);
    origin = text.name;
    bytes = Buffer.from(text.text);
  }
  const steps = 1 + int(rng, 3);
  const applied: string[] = [];
  for (let i = 0; i < steps; i++) {
    const mutation = pick(rng, MUTATIONS);
    bytes = mutation.apply(rng, bytes, options.maxChars);
    applied.push(mutation.name);
  }
  if (target === 'manifest') {
    // A manifest line holding the mutated text (lossily decoded, as JSON needs), beside a line of raw bytes.
    const line = JSON.stringify({ text: bytes.toString('utf8'), title: 'Fuzzed item' });
    bytes = Buffer.concat([Buffer.from(`${line}\n`), bytes.subarray(0, 2048), Buffer.from('\n')]);
  }
  return { id, target, bytes, origin: `${origin} + ${applied.join(', ')}` };
}
