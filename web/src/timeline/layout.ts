/**
 * Places a lane's markers in rows so none overlaps another at the current zoom, each with its label (the
 * event's headline) to its right. A marker goes where its whole label fits if it can; else next to an
 * earlier marker whose label is then cut short (or dropped when too short to read), so that labels never
 * cost a marker its place. Rows are capped: past the cap, markers that would pile up are gathered into one
 * "+N" button, because dozens of events can share a day and would otherwise make a lane taller than the
 * screen.
 */

export interface Placed<T> {
  item: T;
  left: number;
  width: number;
  row: number;
  /** The label's width in pixels, or 0 when only the marker is drawn. */
  labelWidth: number;
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

export interface LaneItem<T> {
  item: T;
  left: number;
  width: number;
  /** The label's width when drawn in full. */
  labelWidth: number;
}

const GAP_PX = 6;
export const LABEL_GAP_PX = 4;
/** A label cut shorter than this is no longer readable and is dropped. */
const MIN_LABEL_PX = 56;
const OVERFLOW_BUCKET_PX = 36;

export function layoutLane<T>(items: Array<LaneItem<T>>, maxRows: number): LaneLayout<T> {
  const sorted = [...items].sort((a, b) => a.left - b.left);
  /** Per row, the last marker placed in it. */
  const lastInRow: Placed<T>[] = [];
  const placed: Placed<T>[] = [];
  const buckets = new Map<number, Overflow<T>>();
  const labelEnd = (p: Placed<T>) => p.left + p.width + (p.labelWidth > 0 ? LABEL_GAP_PX + p.labelWidth : 0);
  for (const { item, left, width, labelWidth } of sorted) {
    let row = lastInRow.findIndex((last) => labelEnd(last) + GAP_PX <= left);
    if (row === -1 && lastInRow.length < maxRows) row = lastInRow.length;
    if (row === -1) {
      row = lastInRow.findIndex((last) => last.left + last.width + GAP_PX <= left);
      const last = lastInRow[row];
      if (last) {
        const room = left - GAP_PX - (last.left + last.width + LABEL_GAP_PX);
        last.labelWidth = room >= MIN_LABEL_PX ? Math.min(last.labelWidth, room) : 0;
      }
    }
    if (row === -1) {
      const key = Math.floor(left / OVERFLOW_BUCKET_PX);
      const bucket = buckets.get(key) ?? { left: key * OVERFLOW_BUCKET_PX, items: [] };
      bucket.items.push(item);
      buckets.set(key, bucket);
      continue;
    }
    const marker: Placed<T> = { item, left, width, row, labelWidth };
    lastInRow[row] = marker;
    placed.push(marker);
  }
  return { placed, overflow: [...buckets.values()], rows: lastInRow.length };
}
