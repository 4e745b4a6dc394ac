/**
 * Weights of a linear model over hashed features, as shipped: for each bucket a row of `width` class
 * weights in 16-bit steps, kept only for buckets where some weight survived quantising. A bucket's row is
 * found through a directory of two numbers per 32 buckets (a bit per bucket that has a row, then how many
 * rows come before), so the table of offsets never costs a number per bucket.
 */
export interface Rows {
  width: number;
  bucketBits: number;
  mask: number;
  /** Weight of one step, in averaged-perceptron units. */
  scale: number;
  directory: Int32Array;
  rows: Int16Array;
}

export interface RowsHeader {
  width: number;
  bucketBits: number;
  scale: number;
  count: number;
}

/** Quantises dense weights (`width` per bucket) to 16-bit steps and keeps the buckets with any weight left. */
export function quantise(
  weights: Float32Array,
  width: number,
  bucketBits: number,
): { header: RowsHeader; buckets: Int32Array; rows: Int16Array } {
  let largest = 0;
  for (const w of weights) largest = Math.max(largest, Math.abs(w));
  const scale = (largest || 1) / 32767;
  const buckets: number[] = [];
  const kept: number[] = [];
  const row = new Int16Array(width);
  for (let b = 0; b < 1 << bucketBits; b++) {
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
    header: { width, bucketBits, scale, count: buckets.length },
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

/** Reads rows written by `rowsBytes` from `body` at `at`; returns them and where the next section starts. */
export function readRows(header: RowsHeader, body: Buffer, at: number): { rows: Rows; next: number } {
  const directory = new Int32Array(Math.max(2, 1 << (header.bucketBits - 4)));
  let bucket = 0;
  let k = at;
  for (let r = 0; r < header.count; r++) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const byte = body[k++]!;
      delta += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    bucket += delta;
    directory[(bucket >>> 5) * 2]! |= 1 << (bucket & 31);
  }
  let before = 0;
  for (let d = 0; d < directory.length; d += 2) {
    directory[d + 1] = before;
    before += bitCount(directory[d]!);
  }
  const length = header.count * header.width;
  const rows = new Int16Array(length);
  const view = new DataView(body.buffer, body.byteOffset + k, length * 2);
  for (let r = 0; r < length; r++) rows[r] = view.getInt16(r * 2, true);
  return {
    rows: {
      width: header.width,
      bucketBits: header.bucketBits,
      mask: (1 << header.bucketBits) - 1,
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

/** Offset in `rows.rows` of the bucket's row, or -1 when it has none. */
export function rowAt(rows: Rows, bucket: number): number {
  const directory = rows.directory;
  const bits = directory[(bucket >>> 5) * 2]!;
  const below = 1 << (bucket & 31);
  if ((bits & below) === 0) return -1;
  return (directory[(bucket >>> 5) * 2 + 1]! + bitCount(bits & (below - 1))) * rows.width;
}

/** Adds the rows of `buckets[from, to)` into `scores[0, width)` (integer steps). */
export function addRows(rows: Rows, buckets: Int32Array, from: number, to: number, scores: Int32Array): void {
  const width = rows.width;
  const weights = rows.rows;
  for (let f = from; f < to; f++) {
    const at = rowAt(rows, buckets[f]!);
    if (at < 0) continue;
    for (let c = 0; c < width; c++) scores[c]! += weights[at + c]!;
  }
}
