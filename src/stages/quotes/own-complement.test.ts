import assert from 'node:assert/strict';
import { test } from 'node:test';
import { content, speaker, cue, direction, confidence, quoteRows } from './quote-rows.js';

const rows = (text: string): string[] => quoteRows(text, content, speaker, cue, direction, confidence);

test('quotes: a verb of saying joined by "and" reports its own "that" clause, not the first verb’s', () => {
  assert.deepEqual(
    rows('Anna Keller said the harbour was closed and promised that ferries would run in June.'),
    [
      'the harbour was closed | Anna Keller | said | indirect | 0.75',
      'ferries would run in June | Anna Keller | promised | indirect | 0.75',
    ],
  );
  // Another speaker's promise is not what the first one said.
  assert.deepEqual(
    rows('Anna Keller said the harbour was closed and Mark Berg promised that ferries would run in June.'),
    [
      'the harbour was closed | Anna Keller | said | indirect | 0.75',
      'ferries would run in June | Mark Berg | promised | indirect | 0.75',
    ],
  );
  // The one assured comes before the "that" of "assured".
  assert.deepEqual(
    rows('Anna Keller said the harbour was closed and assured reporters that ferries would run in June.'),
    [
      'the harbour was closed | Anna Keller | said | indirect | 0.75',
      'ferries would run in June | Anna Keller | assured | indirect | 0.75',
    ],
  );
});

test('quotes: a verb of saying inside what was said, with no conjunction or no "that", stays part of it', () => {
  // "told" is inside the clause said, joined by nothing: what Keller said holds it.
  assert.deepEqual(rows('Anna Keller said that Mark Berg told her the harbour was closed.'), [
    'Mark Berg told her the harbour was closed | Anna Keller | said | indirect | 0.75',
  ]);
  // What the first verb reports would be a topic alone ("acknowledged the breach"): kept as before.
  assert.deepEqual(
    rows(
      'Minister Anna Keller has acknowledged the breach and assured MPs in parliament that the accounts had been secured.',
    ),
    ['the accounts had been secured | Anna Keller | acknowledged | indirect | 0.75'],
  );
  // "and" joining two words of a noun phrase joins no second report.
  assert.deepEqual(
    rows(
      'Harbour experts say the slow and careful way the crew worked indicates that the ship was never in danger.',
    ),
    ['the ship was never in danger | - | say | indirect | 0.3'],
  );
  // A "that" after other words may be a relative: the first verb's words are not cut there.
  assert.deepEqual(
    rows('Anna Keller said the island needed help and promised investment that will create jobs.').map((r) =>
      r.split(' | ').slice(1, 3).join(' | '),
    ),
    ['Anna Keller | said'],
  );
});
