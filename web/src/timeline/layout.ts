/**
 * Places a lane's markers in rows so none overlaps another at the current zoom. Rows are capped: past
 * the cap, markers that would pile up are gathered into one "+N" button, because dozens of undated
 * events share their article's day and would otherwise make one lane taller than the screen.
 */

export interface Placed<T> {
  item: T;
  left: number;
  width: number;
  row: number;
}

export interface Overflow<T> {
  left: number;
  items: T[];
}

export interface LaneLayout<T> {
  placed: Placed<T>[];
  overflow: Overflow<T>[];
  rows: number;
}

const GAP_PX = 4;
const OVERFLOW_BUCKET_PX = 36;

export function layoutLane<T>(
  items: Array<{ item: T; left: number; width: number }>,
  maxRows: number,
): LaneLayout<T> {
  const sorted = [...items].sort((a, b) => a.left - b.left);
  const rowEnds: number[] = [];
  const placed: Placed<T>[] = [];
  const buckets = new Map<number, Overflow<T>>();
  for (const entry of sorted) {
    let row = rowEnds.findIndex((end) => end + GAP_PX <= entry.left);
    if (row === -1 && rowEnds.length < maxRows) row = rowEnds.push(Number.NEGATIVE_INFINITY) - 1;
    if (row === -1) {
      const key = Math.floor(entry.left / OVERFLOW_BUCKET_PX);
      const bucket = buckets.get(key) ?? { left: key * OVERFLOW_BUCKET_PX, items: [] };
      bucket.items.push(entry.item);
      buckets.set(key, bucket);
      continue;
    }
    rowEnds[row] = entry.left + entry.width;
    placed.push({ ...entry, row });
  }
  return { placed, overflow: [...buckets.values()], rows: rowEnds.length };
}
