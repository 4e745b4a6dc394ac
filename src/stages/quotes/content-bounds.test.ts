import assert from 'node:assert/strict';
import { test } from 'node:test';
import { content, speaker, cue, confidence2, quoteRows } from './quote-rows.js';

const rows = (text: string): string[] => quoteRows(text, content, speaker, cue, confidence2);

test('quotes: the main clause a subordinate clause of saying hangs on is not what was said', () => {
  assert.deepEqual(
    rows('Once Dana Roth said she had signed the lease, the council voted to close the harbour.'),
    ['she had signed the lease | Dana Roth | said | 0.75'],
  );
  // Negative: a main clause after a subordinate clause said is said too.
  assert.deepEqual(
    rows('Mayor Anna Keller said that after the long meeting, the council voted to close the harbour.'),
    ['after the long meeting, the council voted to close the harbour | Anna Keller | said | 0.75'],
  );
});

test('quotes: the one addressed before a colon is not what was said', () => {
  assert.deepEqual(rows('Mayor Anna Keller wrote to the council members: the harbour will close in June.'), [
    'the harbour will close in June | Anna Keller | wrote | 0.75',
  ]);
  // Negative: a colon after a clause said leaves it whole.
  assert.deepEqual(
    rows('Mayor Anna Keller said the harbour will close for one reason: the ferry is too old.'),
    ['the harbour will close for one reason: the ferry is too old | Anna Keller | said | 0.75'],
  );
});

test('quotes: a topic after "about" and a clause without its subject are held below the view', () => {
  assert.deepEqual(rows('Mayor Anna Keller joked about the gulls that steal chips on the harbour front.'), [
    'about the gulls that steal chips on the harbour front | Anna Keller | joked | 0.40',
  ]);
  assert.deepEqual(rows('The council backed a plan Mayor Anna Keller said would cost 200 jobs.'), [
    'would cost 200 jobs | Anna Keller | said | 0.40',
  ]);
  // Negatives: "about" before a number, and a clause with its subject.
  assert.deepEqual(rows('Mayor Anna Keller said about 60% of the boats come from Norway.'), [
    'about 60% of the boats come from Norway | Anna Keller | said | 0.75',
  ]);
  assert.deepEqual(rows('Mayor Anna Keller said the plan would cost 200 jobs.'), [
    'the plan would cost 200 jobs | Anna Keller | said | 0.75',
  ]);
});

test('quotes: a spokesman of a body named "Department for X" speaks for that body', () => {
  assert.deepEqual(rows('A Department for Transport spokesman said the line would reopen in May.'), [
    'the line would reopen in May | Department for Transport | said | 0.75',
  ]);
  // Negative: a spokesman for a department named by no name is no one the article knows.
  assert.deepEqual(rows('A spokesman for the department said the line would reopen in May.'), [
    'the line would reopen in May | - | said | 0.30',
  ]);
});

test('quotes: a quoted title is held below the view; a one-word answer is not', () => {
  assert.deepEqual(rows('Dana Roth praised the winning song, “Silver Harbour Lights” by Anna Keller.'), [
    'Silver Harbour Lights | Dana Roth | praised | 0.40',
  ]);
  assert.deepEqual(rows('“No,” Dana Roth responded.'), ['No | Dana Roth | responded | 0.90']);
  assert.deepEqual(rows('“The harbour stays open,” Dana Roth said.'), [
    'The harbour stays open | Dana Roth | said | 0.90',
  ]);
});
