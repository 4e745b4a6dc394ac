import assert from 'node:assert/strict';
import { test } from 'node:test';
import { content, speaker, cue, direction, quoteRows } from './quote-rows.js';

const rows = (text: string): string[] => quoteRows(text, content, speaker, cue, direction);

test('clause extent: only when and where it was said after the cue, however long, is no part of it', () => {
  assert.deepEqual(
    rows(
      'The harbour will stay closed until June, Mayor Anna Keller said on Tuesday after a meeting of the regional transport council.',
    ),
    ['The harbour will stay closed until June | Anna Keller | said | indirect'],
  );
  assert.deepEqual(
    rows('The ferry line will close in June, Anna Keller added on Monday, citing two officials.'),
    ['The ferry line will close in June | Anna Keller | added | indirect'],
  );
  // Negative: a clause said after when it was said is what was said, from its subject on.
  assert.deepEqual(rows('Mayor Anna Keller said on Tuesday the harbour would reopen next week.'), [
    'the harbour would reopen next week | Anna Keller | said | indirect',
  ]);
  assert.deepEqual(rows('Mayor Anna Keller said on Monday the talks were over.'), [
    'the talks were over | Anna Keller | said | indirect',
  ]);
  // Negative: what a verb of saying is about is not a time ("warned of …" is left as it was).
  assert.deepEqual(rows('Mayor Anna Keller warned of a long crisis in the harbour towns.'), [
    'of a long crisis in the harbour towns | Anna Keller | warned | indirect',
  ]);
});

test('clause extent: the statement or interview closing a reported clause is where it was said', () => {
  assert.deepEqual(
    rows(
      'Mayor Anna Keller said the harbour would stay closed until June in a statement given to local media on Saturday.',
    ),
    ['the harbour would stay closed until June | Anna Keller | said | indirect'],
  );
  assert.deepEqual(
    rows('Mayor Anna Keller said she was ‘doing fine’ in her first interview since the storm.'),
    ['she was ‘doing fine’ | Anna Keller | said | indirect'],
  );
  // Negative: a channel before the cue, or one that is not at the end of the clause, is left alone.
  assert.deepEqual(rows('In a statement, Mayor Anna Keller said the harbour would stay closed until June.'), [
    'the harbour would stay closed until June | Anna Keller | said | indirect',
  ]);
  assert.deepEqual(
    rows('Mayor Anna Keller said the statement by the port authority was wrong about the dates.'),
    ['the statement by the port authority was wrong about the dates | Anna Keller | said | indirect'],
  );
});

test("clause extent: the speaker's own page closing a reported clause is where it was said", () => {
  assert.deepEqual(
    rows(
      'Mayor Anna Keller said the two towns would hold talks on the ferry "soon," on her social media account.',
    ),
    ['the two towns would hold talks on the ferry "soon," | Anna Keller | said | indirect'],
  );
  // Negative: a platform that is not the speaker's own may be where what was said happens.
  assert.deepEqual(rows('Mayor Anna Keller said that fraud was rife on the platform.'), [
    'fraud was rife on the platform | Anna Keller | said | indirect',
  ]);
});

test('clause extent: a relative "that" after the cue opens no reported clause', () => {
  assert.deepEqual(
    rows('Anna Keller warned of new threats at sea, urging a response that is as connected as the threats.'),
    ['of new threats at sea | Anna Keller | warned | indirect'],
  );
  assert.deepEqual(rows('Anna Keller said a deal that was signed on Monday would hold.'), [
    'a deal that was signed on Monday would hold | Anna Keller | said | indirect',
  ]);
  // Negative: "that" opening what was said.
  assert.deepEqual(rows('Anna Keller urged ministers to act, saying that the threats were growing.'), [
    'the threats were growing | Anna Keller | saying | indirect',
  ]);
});

test('clause extent: "as" sets another speaker\'s report beside the first', () => {
  assert.deepEqual(
    rows('Anna Keller says the port should stay open as Peter Lindqvist says he wants it closed.'),
    [
      'the port should stay open | Anna Keller | says | indirect',
      'he wants it closed | Peter Lindqvist | says | indirect',
    ],
  );
  // Negative: a reporting verb inside what was said, with no "as", is part of it.
  assert.deepEqual(rows('Anna Keller said that Peter Lindqvist told her the port was closed.'), [
    'Peter Lindqvist told her the port was closed | Anna Keller | said | indirect',
  ]);
});

test('according to: a source set inside a clause reports the whole clause, its subject included', () => {
  assert.deepEqual(
    rows('The wines that come out of the valley are, according to Anna Keller, the kind buyers want.'),
    [
      'The wines that come out of the valley are, according to Anna Keller, the kind buyers want | Anna Keller | according to | indirect',
    ],
  );
  // Negative: a source closing the clause before it, or a relative opened before it.
  assert.deepEqual(
    rows('Fewer fires burned this year, according to Anna Keller, co-director of the project.'),
    ['Fewer fires burned this year | Anna Keller | according to | indirect'],
  );
  assert.deepEqual(
    rows('Police searched for a gunman who, according to Anna Keller, was a thin man in a blue tracksuit.'),
    ['was a thin man in a blue tracksuit | Anna Keller | according to | indirect'],
  );
});
