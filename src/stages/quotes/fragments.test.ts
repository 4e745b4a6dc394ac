import assert from 'node:assert/strict';
import { test } from 'node:test';
import { content, speaker, cue, direction, quoteRows } from './quote-rows.js';

const rows = (text: string): string[] => quoteRows(text, content, speaker, cue, direction);

test('fragments: a clause joined by a conjunction after "…, X said," is not what was said', () => {
  assert.deepEqual(
    rows(
      'The harbour will stay closed until June, Anna Keller said, and the ferries will run from Kiel instead.',
    ),
    ['The harbour will stay closed until June | Anna Keller | said | indirect'],
  );
  assert.deepEqual(
    rows(
      'Two budget packages will keep the debt down, Anna Keller said, but she pressed the council to spend more on rail.',
    ),
    ['Two budget packages will keep the debt down | Anna Keller | said | indirect'],
  );
  // The first half of "not only … but also …" says nothing alone, nor does the second.
  assert.deepEqual(
    rows('The strike hurts not only the port, Anna Keller said, but also every town on the coast.'),
    [],
  );
  // After the cue, a clause with a subject of its own joined after a comma may be the writer's ("…, but
  // the announcement caused an outcry"): what was said ends before it (see clause-end.ts; on the dev RSS
  // corpus 10 such clauses were the writer's, 15 the speaker's, whose quotes stay right but shorter).
  assert.deepEqual(rows('Anna Keller said the harbour would reopen, and the ferries would run again.'), [
    'the harbour would reopen | Anna Keller | said | indirect',
  ]);
  // Negative: with no comma, "and" joins what was said.
  assert.deepEqual(rows('Anna Keller said the harbour would reopen and the ferries would run again.'), [
    'the harbour would reopen and the ferries would run again | Anna Keller | said | indirect',
  ]);
});

test('fragments: a participle of saying modifying a noun is no cue', () => {
  assert.deepEqual(
    rows(
      'The number of residents expressing support for the harbour plan has fallen by 15% since June, the same survey suggests.',
    ),
    [
      'The number of residents expressing support for the harbour plan has fallen by 15% since June | - | suggests | indirect',
    ],
  );
  // Negative: the verb itself, with "that", reports what was expressed.
  assert.deepEqual(rows('Anna Keller expressed concern that the harbour would close.'), [
    'the harbour would close | Anna Keller | expressed | indirect',
  ]);
});

test('fragments: "that" after a noun with a clause of its own subject opens what was said', () => {
  assert.deepEqual(
    rows(
      'In her letter Anna Keller expressed disappointment that instead of discussing "the harbour budget", the council had opted to make cuts.',
    ),
    [
      'instead of discussing "the harbour budget", the council had opted to make cuts | Anna Keller | expressed | indirect',
    ],
  );
});

test('fragments: a name of one letter names no speaker', () => {
  assert.deepEqual(
    rows('Nordic Ferries NFL.N said it is resuming daily crossings from Kiel to Oslo starting Tuesday.'),
    ['it is resuming daily crossings from Kiel to Oslo starting Tuesday | - | said | indirect'],
  );
  // Negative: the company's own name speaks.
  assert.deepEqual(
    rows('Nordic Ferries said it is resuming daily crossings from Kiel to Oslo starting Tuesday.'),
    ['it is resuming daily crossings from Kiel to Oslo starting Tuesday | Nordic Ferries | said | indirect'],
  );
});

test('fragments: reported speech opening with a conjunction is dropped', () => {
  assert.deepEqual(
    rows(
      'So, according to the Danish and Dutch ministers, the harbour plans are not just bad but "extremely bad".',
    ),
    [],
  );
  // Negative: a conjunction inside the reported clause keeps it.
  assert.deepEqual(
    rows('According to Anna Keller, the harbour will reopen and the ferries will run again.'),
    ['the harbour will reopen and the ferries will run again | Anna Keller | According to | indirect'],
  );
});
