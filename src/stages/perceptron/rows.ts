/**
 * Weights of a linear model over hashed features, as shipped: for each bucket a row of `width` class
 * weights in 16-bit steps, kept only for buckets where some weight survived quantising. A bucket's row is
 * found through a directory of two numbers per 32 buckets (a bit per bucket that has a row, then how many
 * rows come before), so the table of offsets never costs a number per bucket.
 */
export interface Rows {
  width: number;
  buckets: number;
  mask: number;
  /** Weight of one step, in averaged-perceptron units. */
  scale: number;
  directory: Int32Array;
  rows: Int16Array;
}

export interface RowsHeader {
  width: number;
  buckets: number;
  scale: number;
  /** The largest step: 32767 for 16-bit weights, 127 for 8-bit ones. */
  levels: number;
  count: number;
}

/**
 * Quantises weights (`width` per bucket) to `levels` steps either side of zero (32767: 16 bits, 127: 8
 * bits) and keeps the buckets with any weight left.
 */
export function quantise(
  weights: Float32Array,
  width: number,
  bucketCount: number,
  levels: number,
): { header: RowsHeader; buckets: Int32Array; rows: Int16Array } {
  let largest = 0;
  for (const w of weights) largest = Math.max(largest, Math.abs(w));
  const scale = (largest || 1) / levels;
  const buckets: number[] = [];
  const kept: number[] = [];
  const row = new Int16Array(width);
  for (let b = 0; b < bucketCount; b++) {
    let any = false;
    for (let c = 0; c < width; c++) {
      const q = Math.round(weights[b * width + c]! / scale);
      row[c] = q;
      any ||= q !== 0;
    }
    if (!any) continue;
    buckets.push(b);
    for (let c = 0; c < width; c++) kept.push(row[c]!);
  }
  return {
    header: { width, buckets: bucketCount, scale, levels, count: buckets.length },
    buckets: Int32Array.from(buckets),
    rows: Int16Array.from(kept),
  };
}

/** The model's bytes: bucket numbers as varint deltas, then the rows. */
export function rowsBytes(buckets: Int32Array, rows: Int16Array): Buffer {
  const varints: number[] = [];
  let last = 0;
  for (const b of buckets) {
    let delta = b - last;
    last = b;
    while (delta >= 0x80) {
      varints.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    varints.push(delta);
  }
  return Buffer.concat([Buffer.from(varints), Buffer.from(rows.buffer, rows.byteOffset, rows.byteLength)]);
}

/** Reads `count` bucket numbers written by `rowsBytes` from `body` at `at`, and where the rows start. */
export function readBuckets(count: number, body: Buffer, at: number): { buckets: Int32Array; next: number } {
  const buckets = new Int32Array(count);
  let bucket = 0;
  let k = at;
  for (let r = 0; r < count; r++) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const byte = body[k++]!;
      delta += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    bucket += delta;
    buckets[r] = bucket;
  }
  return { buckets, next: k };
}

/** The directory (see `Rows`) of a table of `bucketCount` buckets whose rows are those of `buckets`, in order. */
export function directoryOf(buckets: Int32Array, bucketCount: number): Int32Array {
  const directory = new Int32Array(Math.max(2, Math.ceil(bucketCount / 32) * 2));
  for (const bucket of buckets) directory[(bucket >>> 5) * 2]! |= 1 << (bucket & 31);
  let before = 0;
  for (let d = 0; d < directory.length; d += 2) {
    directory[d + 1] = before;
    before += bitCount(directory[d]!);
  }
  return directory;
}

/** Reads rows written by `rowsBytes` from `body` at `at`; returns them and where the next section starts. */
export function readRows(header: RowsHeader, body: Buffer, at: number): { rows: Rows; next: number } {
  const { buckets, next: k } = readBuckets(header.count, body, at);
  const directory = directoryOf(buckets, header.buckets);
  const length = header.count * header.width;
  const rows = new Int16Array(length);
  const view = new DataView(body.buffer, body.byteOffset + k, length * 2);
  for (let r = 0; r < length; r++) rows[r] = view.getInt16(r * 2, true);
  return {
    rows: {
      width: header.width,
      buckets: header.buckets,
      mask: header.buckets - 1,
      scale: header.scale,
      directory,
      rows,
    },
    next: k + length * 2,
  };
}

export function bitCount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** The number of the bucket's row among the kept ones, or -1 when it has none. */
export function rowNumber(directory: Int32Array, bucket: number): number {
  const bits = directory[(bucket >>> 5) * 2]!;
  const below = 1 << (bucket & 31);
  if ((bits & below) === 0) return -1;
  return directory[(bucket >>> 5) * 2 + 1]! + bitCount(bits & (below - 1));
}

/**
 * Weights laid out in full, a row per bucket at a fixed stride: one fetch per feature, no directory to
 * look through first, so the fetches of a step's features can all be on their way at once. For the
 * parser, whose tables are fetched at every step; 8-bit weights keep a relation row in one cache line.
 */
export interface DenseRows {
  width: number;
  stride: number;
  scale: number;
  weights: Int16Array | Int8Array;
}

/** Reads rows written by `rowsBytes` into a dense table of `stride` weights per bucket. */
export function readDenseRows(
  header: RowsHeader,
  body: Buffer,
  at: number,
  stride: number,
): { rows: DenseRows; next: number } {
  const { buckets, next } = readBuckets(header.count, body, at);
  const weights =
    header.levels <= 127 ? new Int8Array(header.buckets * stride) : new Int16Array(header.buckets * stride);
  const view = new DataView(body.buffer, body.byteOffset + next, header.count * header.width * 2);
  for (let r = 0; r < header.count; r++)
    for (let c = 0; c < header.width; c++)
      weights[buckets[r]! * stride + c] = view.getInt16((r * header.width + c) * 2, true);
  return {
    rows: { width: header.width, stride, scale: header.scale, weights },
    next: next + header.count * header.width * 2,
  };
}

/** Adds the dense rows of `buckets[from, to)` into `scores[0, width)`. */
export function addDenseRows(
  rows: DenseRows,
  buckets: Int32Array,
  from: number,
  to: number,
  scores: Int32Array,
): void {
  const { width, stride, weights } = rows;
  for (let f = from; f < to; f++) {
    const at = buckets[f]! * stride;
    for (let c = 0; c < width; c++) scores[c]! += weights[at + c]!;
  }
}

/**
 * 8-bit weights stored plus 128 (0 to 255) and packed four to a 32-bit number, so that one addition sums
 * two weights at once in 16-bit lanes (a number's even bytes, then its odd ones): a row costs a quarter of
 * the reads and half the additions of one weight at a time. Every class gets the same 128 per feature, so
 * the best class is the one the weights themselves choose. Up to 257 features fit the lanes (257 × 255).
 */
export interface PackedRows {
  width: number;
  /** 32-bit numbers per bucket. */
  stride: number;
  packed: Int32Array;
}

/** Reads 8-bit rows written by `rowsBytes` into packed rows of `stride` bytes per bucket. */
export function readPackedRows(
  header: RowsHeader,
  body: Buffer,
  at: number,
  stride: number,
): { rows: PackedRows; next: number } {
  if (header.levels > 127 || stride % 4 !== 0 || stride < header.width)
    throw new Error('packed rows hold 8-bit weights, a multiple of four to a row');
  const dense = readDenseRows(header, body, at, stride);
  const bytes = new Uint8Array(dense.rows.weights.length);
  for (let k = 0; k < bytes.length; k++) bytes[k] = dense.rows.weights[k]! + 128;
  return {
    rows: { width: header.width, stride: stride / 4, packed: new Int32Array(bytes.buffer) },
    next: dense.next,
  };
}

/**
 * Sums the packed rows of `buckets[from, to)` into `scores[0, width)` (each plus 128 per feature). A row's
 * four-byte words are summed across the features one word at a time, in two locals, so the lanes never
 * go through memory; the features' rows stay in the first-level cache from one word to the next.
 */
export function addPackedRows(
  rows: PackedRows,
  buckets: Int32Array,
  from: number,
  to: number,
  scores: Int32Array,
): void {
  const { stride, packed, width } = rows;
  const words = (width + 3) >>> 2;
  for (let j = 0; j < words; j++) {
    let even = 0;
    let odd = 0;
    for (let f = from; f < to; f++) {
      const v = packed[buckets[f]! * stride + j]!;
      even += v & 0x00ff00ff;
      odd += (v >>> 8) & 0x00ff00ff;
    }
    const c = 4 * j;
    scores[c] = even & 0xffff;
    if (c + 1 < width) scores[c + 1] = odd & 0xffff;
    if (c + 2 < width) scores[c + 2] = even >>> 16;
    if (c + 3 < width) scores[c + 3] = odd >>> 16;
  }
}
