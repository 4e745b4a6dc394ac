import assert from 'node:assert/strict';
import { test } from 'node:test';
import { content, speaker, cue, direction, quoteRows } from './quote-rows.js';

const rows = (text: string): string[] => quoteRows(text, content, speaker, cue, direction);

test('quotes: what a verb reports is its clause, without the one it warned', () => {
  assert.deepEqual(rows('Mayor Anna Keller warned the harbour board against raising the fees again.'), [
    'against raising the fees again | Anna Keller | warned | indirect',
  ]);
  // "warned … of higher fees": no clause, the content as read.
  assert.deepEqual(rows('Mayor Anna Keller warned the harbour board of higher fees.'), [
    'the harbour board of higher fees | Anna Keller | warned | indirect',
  ]);
  // A clause after "that" already starts after the one told.
  assert.deepEqual(rows('Mayor Anna Keller warned the harbour board that the fees would rise.'), [
    'the fees would rise | Anna Keller | warned | indirect',
  ]);
  assert.deepEqual(
    rows('Mayor Anna Keller wrote in a letter to the council on Monday that the fees would rise.'),
    ['the fees would rise | Anna Keller | wrote | indirect'],
  );
  // No object before the clause: the clause as said.
  assert.deepEqual(rows('Mayor Anna Keller said the ferry line would close in June.'), [
    'the ferry line would close in June | Anna Keller | said | indirect',
  ]);
});

test('quotes: an -ing noun modifying the noun after it ("warning shots") is no cue', () => {
  assert.deepEqual(rows('Coast guard officers fired warning shots at the fishing boat, the navy said.'), [
    'Coast guard officers fired warning shots at the fishing boat | - | said | indirect',
  ]);
  assert.deepEqual(rows('The navy said its officers fired warning shots at the fishing boat.'), [
    'its officers fired warning shots at the fishing boat | - | said | indirect',
  ]);
});

test('quotes: "was also asked" is a question put to its subject, not words the subject said', () => {
  assert.deepEqual(
    rows('The mayor was also asked if she knew that her aides were in contact with the developers.'),
    [],
  );
  assert.deepEqual(
    rows('The mayor was asked if she knew that her aides were in contact with the developers.'),
    [],
  );
  // An adverb before an active verb of saying leaves it the subject's.
  assert.deepEqual(rows('The mayor also said that her aides were in contact with the developers.'), [
    'her aides were in contact with the developers | - | said | indirect',
  ]);
});

test('quotes: a cue set off by commas inside a clause reports the clause with its subject', () => {
  assert.deepEqual(
    rows('Harbour investments in the region, Keller said, currently exceed those of the capital.'),
    [
      'Harbour investments in the region, Keller said, currently exceed those of the capital | Keller | said | indirect',
    ],
  );
  assert.deepEqual(rows('But the council, Keller said, was unlikely to agree.'), [
    'the council, Keller said, was unlikely to agree | Keller | said | indirect',
  ]);
  // An infinitive modifying the subject is no clause of its own.
  assert.deepEqual(
    rows('The desire to travel, especially among young people, Keller said, is not slowing down.'),
    [
      'The desire to travel, especially among young people, Keller said, is not slowing down | Keller | said | indirect',
    ],
  );
  // A fronted adverb or phrase of place is no subject: what follows is the clause said.
  assert.deepEqual(rows('However, Keller said, the bridge will reopen in spring.'), [
    'the bridge will reopen in spring | Keller | said | indirect',
  ]);
  assert.deepEqual(rows('In the city, Keller said, rents are rising.'), [
    'rents are rising | Keller | said | indirect',
  ]);
});

test('quotes: a cue set off by commas before a subordinate clause reports the clause before it', () => {
  assert.deepEqual(
    rows(
      'Most paid reviews originate in Asia, Foley said, even though only 17% of real submissions came from the continent.',
    ),
    ['Most paid reviews originate in Asia | Foley | said | indirect'],
  );
  // A subordinate clause before the cue says nothing alone; the main clause after it is what was said.
  assert.deepEqual(
    rows('But as the war entered its third year, Keller said, he and the rabbi struggled to find sponsors.'),
    ['he and the rabbi struggled to find sponsors | Keller | said | indirect'],
  );
  // A clause broken at its auxiliary is not a clause before the cue: the rule leaves the content as the
  // stage read it before (the words after the cue).
  assert.deepEqual(
    rows("The ferry had cost £2m to build, but the delays were, Keller insisted, damaging the town's name."),
    ["damaging the town's name | Keller | insisted | indirect"],
  );
});
