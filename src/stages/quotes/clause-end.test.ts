import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../../core/analysis.js';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';
import { content, speaker, cue, direction, confidence, quoteRows } from './quote-rows.js';

const rows = (text: string): string[] => quoteRows(text, content, speaker, cue, direction, confidence);

test('quotes: reported speech ends where the clause said ends, not in the writer’s next clause', () => {
  assert.deepEqual(
    rows(
      'Mayor Anna Keller insists that the new fees are legal, but the announcement of the rise caused an outcry on the island.',
    ),
    ['the new fees are legal | Anna Keller | insists | indirect | 0.75'],
  );
  assert.deepEqual(
    rows(
      'Mayor Anna Keller said the ferry fees were fair, and the board is expected to vote on them next week.',
    ),
    ['the ferry fees were fair | Anna Keller | said | indirect | 0.75'],
  );
  // A condition opening with "unless" may be part of what was said: kept.
  assert.deepEqual(rows('Mayor Anna Keller said the ferry would sail again, unless the storm returns.'), [
    'the ferry would sail again, unless the storm returns | Anna Keller | said | indirect | 0.75',
  ]);
});

test('quotes: a conjunction opening the next clause is no part of what was said', () => {
  assert.deepEqual(
    rows(
      "Mayor Anna Keller said the ferry sends a clear message about the town's future, while Councillor Ben Ward said that the fees were too high.",
    ),
    [
      "the ferry sends a clear message about the town's future | Anna Keller | said | indirect | 0.75",
      'the fees were too high | Councillor Ben Ward | said | indirect | 0.75',
    ],
  );
  // A preposition ending its clause ("care about") leads into nothing after it: shown as read.
  assert.deepEqual(
    rows('Mayor Anna Keller told reporters the new fees were "not what islanders care about".'),
    ['the new fees were "not what islanders care about" | Anna Keller | told | indirect | 0.75'],
  );
});

test('quotes: reported speech cut inside a phrase is read to the phrase’s end, or held', () => {
  assert.deepEqual(
    rows(
      'Mayor Anna Keller said the ferry would not sail because she thought “there is a chance” of a storm, but added that this could change.',
    ),
    [
      'the ferry would not sail because she thought “there is a chance” of a storm | Anna Keller | said | indirect | 0.75',
      'this could change | Anna Keller | added | indirect | 0.75',
    ],
  );
  // Cut before what the visits aim at, and no phrase to read on to: held below what views show.
  assert.deepEqual(
    rows(
      "Councillor Ben Ward said that the mayor's visits are aimed at maintaining and possibly redefining the town's ferry policy.",
    ),
    ["the mayor's visits are aimed at | Ben Ward | said | indirect | 0.4"],
  );
});

/** What a quote says and how far it is trusted: content | confidence. */
const said = (text: string): string[] =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q: Quote) => `${q.content.text} | ${q.confidence}`);

test('quotes: where it was said, after what the verb reports, is no part of it', () => {
  assert.deepEqual(said('Councillor Ben Ward called Keller a “petty tyrant” on X.'), [
    'Keller a “petty tyrant” | 0.75',
  ]);
  // "as" names what the fees were described as: kept.
  assert.deepEqual(said('Councillor Ben Ward described the ferry fees as “a scandal for the island”.'), [
    'the ferry fees as “a scandal for the island” | 0.75',
  ]);
});
