import { gunzipSync, gzipSync } from 'node:zlib';
import type { ScoreWord } from './decode.js';
import { STATIC_COUNT, WORD_COUNT } from './features.js';
import type { PreparedDocument } from './features.js';
import { TAG_COUNT } from './tags.js';
import { directoryOf, quantise, readBuckets, rowNumber, rowsBytes } from '../perceptron/rows.js';

/** What the model file says about itself. */
export interface ModelHeader {
  featuresVersion: number;
  bucketBits: number;
  tagCount: number;
  /** Weight of one quantisation step. */
  scale: number;
}

/** Weights per bucket besides OUTSIDE's, which is folded into the others. */
export const ROW_WIDTH = TAG_COUNT - 1;

/**
 * Weights kept as 16-bit steps, and only for buckets where some tag's weight survived quantising. Each row
 * holds tag t's weight minus OUTSIDE's: adding the same amount to every tag changes no choice and no
 * margin, and 16 tags pack into 8 doubles, one cache line per bucket once loaded.
 */
export interface NerModel {
  header: ModelHeader;
  mask: number;
  /**
   * Two numbers per 32 buckets: a bit per bucket, set when it has a row, then how many rows come before
   * the first of them. A bucket's row is found in this array alone (2^16 pairs, 512 KB, cache-resident)
   * instead of in a table of 2^21 offsets.
   */
  directory: Int32Array;
  /** `PACKED_WIDTH` doubles per row, each holding two tags' weights (see `LANE`). */
  rows: Float64Array;
}

/**
 * Two tags' integer scores share one double as low + high × LANE: sums of a word's 37 weights of 16 bits
 * stay far under 2^25 in either lane, so the sums are exact and each row costs 8 additions instead of 16,
 * the bulk of tagging time.
 */
const LANE = 2 ** 26;
const PACKED_WIDTH = ROW_WIDTH / 2;

const MAGIC = 0x3252454e; // "NER2": rows relative to OUTSIDE

/**
 * Quantises averaged weights (bucket-major, `TAG_COUNT` per bucket, relative to OUTSIDE as stored) to
 * 16-bit steps; weights under half a step become zero and buckets left all zero are not written. Bytes
 * cost 0.4 F1 on eng.testa; 16 bits cost nothing measurable and the file stays a few megabytes.
 */
export function encodeModel(weights: Float32Array, header: Omit<ModelHeader, 'scale' | 'tagCount'>): Buffer {
  const relative = new Float32Array((weights.length / TAG_COUNT) * ROW_WIDTH);
  for (let b = 0; b < weights.length / TAG_COUNT; b++)
    for (let t = 1; t < TAG_COUNT; t++)
      relative[b * ROW_WIDTH + t - 1] = weights[b * TAG_COUNT + t]! - weights[b * TAG_COUNT]!;
  const {
    header: rowsHeader,
    buckets,
    rows,
  } = quantise(relative, ROW_WIDTH, relative.length / ROW_WIDTH, 32767);
  const headerBytes = Buffer.from(
    JSON.stringify({ ...header, tagCount: TAG_COUNT, scale: rowsHeader.scale }),
  );
  const fixed = Buffer.alloc(8);
  fixed.writeUInt32LE(MAGIC, 0);
  fixed.writeUInt32LE(headerBytes.length, 4);
  const count = Buffer.alloc(4);
  count.writeUInt32LE(buckets.length, 0);
  const body = Buffer.concat([fixed, headerBytes, count, rowsBytes(buckets, rows)]);
  return gzipSync(body, { level: 9 });
}

export function decodeModel(file: Buffer): NerModel {
  const body = gunzipSync(file);
  if (body.readUInt32LE(0) !== MAGIC)
    throw new Error('not a Dossier name-tagger model of this layout: run scripts/train-ner.ts');
  const headerLength = body.readUInt32LE(4);
  const header = JSON.parse(body.subarray(8, 8 + headerLength).toString('utf8')) as ModelHeader;
  if (header.tagCount !== TAG_COUNT)
    throw new Error(`model has ${header.tagCount} tags, the tagger ${TAG_COUNT}`);
  let at = 8 + headerLength;
  const count = body.readUInt32LE(at);
  at += 4;
  const { buckets, next } = readBuckets(count, body, at);
  at = next;
  const directory = directoryOf(buckets, 1 << header.bucketBits);
  const weights = new Int16Array(
    body.buffer.slice(body.byteOffset + at, body.byteOffset + at + count * ROW_WIDTH * 2),
  );
  const rows = new Float64Array(count * PACKED_WIDTH);
  for (let k = 0; k < rows.length; k++) rows[k] = weights[2 * k]! + weights[2 * k + 1]! * LANE;
  return { header, mask: (1 << header.bucketBits) - 1, directory, rows };
}

/** Offset in `rows` of the bucket's row, or -1 when the bucket has none. */
export function rowOffset(directory: Int32Array, bucket: number): number {
  const row = rowNumber(directory, bucket);
  return row < 0 ? -1 : row * PACKED_WIDTH;
}

function addRows(
  model: NerModel,
  buckets: Int32Array,
  from: number,
  to: number,
  into: Float64Array,
  at: number,
): void {
  const { directory, rows } = model;
  for (let f = from; f < to; f++) {
    const row = rowOffset(directory, buckets[f]!);
    if (row < 0) continue;
    for (let p = 0; p < PACKED_WIDTH; p++) into[at + p]! += rows[row + p]!;
  }
}

/** The word cache has 2^15 slots: 2 MB of sums for the vocabulary of a run of news (2^14 missed 7.6% of words). */
const WORD_BITS = 15;
const WORD_SLOTS = 1 << WORD_BITS;

/**
 * Scores documents with one model. The weights of the features of the word alone (its spelling, shape,
 * affixes) are summed once per distinct word and kept: most words of news are frequent ones, which saves
 * a third of the lookups. Sums are exact integers, so whether a word came from the cache changes nothing.
 */
export class QuantisedScorer {
  private readonly cachedWords: Array<string | undefined> = new Array<string | undefined>(WORD_SLOTS);
  private readonly cachedSums = new Float64Array(WORD_SLOTS * PACKED_WIDTH);
  private readonly packed = new Float64Array(PACKED_WIDTH);

  constructor(readonly model: NerModel) {}

  /**
   * Scores in quantisation steps, OUTSIDE's always 0: the ranking of tags is all decoding needs. The
   * static features of every word are scored before decoding, where their lookups do not wait on the
   * previous word's choice.
   */
  scorer(doc: PreparedDocument): ScoreWord {
    const { model, cachedWords, cachedSums, packed } = this;
    const fixed = new Float64Array(doc.length * PACKED_WIDTH);
    const buckets = doc.staticBuckets;
    for (let w = 0; w < doc.length; w++) {
      const at = w * PACKED_WIDTH;
      const first = w * STATIC_COUNT;
      const slot = Math.imul(doc.exact[w]!, 0x9e3779b1) >>> (32 - WORD_BITS);
      const cached = slot * PACKED_WIDTH;
      if (cachedWords[slot] !== doc.words[w]) {
        cachedSums.fill(0, cached, cached + PACKED_WIDTH);
        addRows(model, buckets, first, first + WORD_COUNT, cachedSums, cached);
        cachedWords[slot] = doc.words[w];
      }
      for (let p = 0; p < PACKED_WIDTH; p++) fixed[at + p] = cachedSums[cached + p]!;
      addRows(model, buckets, first + WORD_COUNT, first + STATIC_COUNT, fixed, at);
    }
    return (w, dynamic, scores) => {
      for (let p = 0; p < PACKED_WIDTH; p++) packed[p] = fixed[w * PACKED_WIDTH + p]!;
      addRows(model, dynamic, 0, dynamic.length, packed, 0);
      scores[0] = 0;
      for (let p = 0; p < PACKED_WIDTH; p++) {
        const high = Math.round(packed[p]! / LANE);
        scores[2 * p + 1] = packed[p]! - high * LANE;
        scores[2 * p + 2] = high;
      }
    };
  }
}
