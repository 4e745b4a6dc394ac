import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seriesConfidence } from '../connect/series/index.js';
import type { Series } from '../core/connected.js';
import { regrow } from './connected-measures.js';

type Point = Series['points'][number];

/** A point first given by `sources[0]` at offset `start` of its text. */
const point = (value: number, asOf: string, sources: string[], start = 0): Point => ({
  value,
  asOf,
  articleId: sources[0]!,
  evidence: { articleId: sources[0]!, sentence: `${value}`, start, end: start + 10 },
  sources,
});

const measure = (points: Point[]): Series => ({
  id: 'ser_rate',
  subject: 'rate',
  unit: '%',
  points,
  confidence: seriesConfidence(points, true),
  owned: true,
});

/** Articles a1 … a9, ingested in that order. */
const rank = new Map(Array.from({ length: 9 }, (_, i): [string, number] => [`a${i + 1}`, i]));

test('a new article joins the point it repeats as its last source and adds the points it alone gives', () => {
  const kept = measure([point(7, '2025-03-01', ['a1', 'a2']), point(8, '2025-04-01', ['a3'])]);
  const given = measure([point(8, '2025-04-01', ['a9'], 40), point(9, '2025-05-01', ['a9'], 80)]);
  const { measure: grown, orphans } = regrow(kept, new Set(['a9']), given, rank);
  assert.deepEqual(orphans, []);
  const points = [
    point(7, '2025-03-01', ['a1', 'a2']),
    point(8, '2025-04-01', ['a3', 'a9']),
    point(9, '2025-05-01', ['a9'], 80),
  ];
  assert.deepEqual(grown, { ...kept, points, confidence: seriesConfidence(points, true) });
});

test("an earlier article read again takes its place among a point's sources, and its first place back", () => {
  // a2 moved to another actor and back: taken out and given again, it is the first source again.
  const kept = measure([point(7, '2025-03-01', ['a2', 'a4', 'a6'], 5)]);
  const given = measure([point(7, '2025-03-01', ['a2'], 5)]);
  const { measure: grown, orphans } = regrow(kept, new Set(['a2']), given, rank);
  assert.deepEqual(orphans, []);
  assert.deepEqual(grown.points, [point(7, '2025-03-01', ['a2', 'a4', 'a6'], 5)]);
  // a3, read again, gives the value too: it goes between a2 and a4, a2 staying first.
  const withA3 = regrow(kept, new Set(['a3']), measure([point(7, '2025-03-01', ['a3'], 9)]), rank);
  assert.deepEqual(withA3.measure.points, [point(7, '2025-03-01', ['a2', 'a3', 'a4', 'a6'], 5)]);
});

test("a point whose first source no longer gives it asks for the next source's evidence", () => {
  const kept = measure([point(7, '2025-03-01', ['a2', 'a4', 'a6'], 5), point(6, '2025-02-01', ['a2'])]);
  // a2's figures now belong to another measure: it gives nothing here.
  const first = regrow(kept, new Set(['a2']), undefined, rank);
  assert.deepEqual(first.orphans, ['a4']);
  // With a4 read again (its own evidence at 30), the point is a4's, and the point only a2 gave is gone.
  const again = regrow(kept, new Set(['a2', 'a4']), measure([point(7, '2025-03-01', ['a4'], 30)]), rank);
  assert.deepEqual(again.orphans, []);
  assert.deepEqual(again.measure.points, [point(7, '2025-03-01', ['a4', 'a6'], 30)]);
  assert.equal(again.measure.subject, 'rate');
});

test("a point given again by an earlier article takes that article's facts with its first place", () => {
  const facts = (subject: string, figure: number, qualifier: string | null) => ({
    subject,
    figure,
    qualifier,
  });
  const kept = measure([{ ...point(7, '2025-03-01', ['a4', 'a6'], 5), ...facts('the rate', 2, null) }]);
  const given = measure([{ ...point(7, '2025-03-01', ['a3'], 9), ...facts("Ukraine's rate", 0, 'about') }]);
  const { measure: grown } = regrow(kept, new Set(['a3']), given, rank);
  assert.deepEqual(grown.points, [
    { ...point(7, '2025-03-01', ['a3', 'a4', 'a6'], 9), ...facts("Ukraine's rate", 0, 'about') },
  ]);
  // Given by a later article, the point stays the first one's, facts included.
  const later = regrow(
    kept,
    new Set(['a9']),
    measure([{ ...point(7, '2025-03-01', ['a9'], 1), ...facts('x', 0, null) }]),
    rank,
  );
  assert.deepEqual(later.measure.points, [
    { ...point(7, '2025-03-01', ['a4', 'a6', 'a9'], 5), ...facts('the rate', 2, null) },
  ]);
});
