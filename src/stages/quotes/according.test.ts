import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';

const contentsOf = (text: string): [string, string | null][] =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q) => [q.content.text, q.source?.text ?? null]);

test('according to: a source closing the clause it reports leaves what follows it out of what was reported', () => {
  // What follows the source describes it, or goes on about something else.
  assert.deepEqual(
    contentsOf(
      'Fewer fires burned this year, according to Maria Lopez, co-director of the forest project at the institute.',
    ),
    [['Fewer fires burned this year', 'Maria Lopez']],
  );
  assert.deepEqual(
    contentsOf(
      'A strike on a house killed 12 people, according to the city hospital, which received the bodies.',
    ),
    [['A strike on a house killed 12 people', 'the city hospital']],
  );
  assert.deepEqual(
    contentsOf(
      'Exports of consoles jumped sevenfold since 2022, according to customs data, raising concerns that they could be diverted.',
    ),
    [['Exports of consoles jumped sevenfold since 2022', 'customs data']],
  );
  // Negative: the source interrupts a clause that goes on after it (the whole clause is kept, its subject
  // before the source included: see clause-extent.test.ts), or opens the sentence.
  assert.deepEqual(contentsOf('A river cruise, according to Lopez, costs about $100 more per day.'), [
    ['A river cruise, according to Lopez, costs about $100 more per day', 'Lopez'],
  ]);
  assert.deepEqual(
    contentsOf(
      'Police searched the area for a gunman who, according to witnesses, was a thin man in a blue tracksuit.',
    ),
    [['was a thin man in a blue tracksuit', 'witnesses']],
  );
  assert.deepEqual(contentsOf('According to the ministry, prices rose by 5% in March.'), [
    ['prices rose by 5% in March', 'the ministry'],
  ]);
});
