import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents, eventRows } from './events-fixture.js';

/** Each event as [type, mode, trigger, sources, targets, confidence]. */
const scored = (text: string): unknown[][] =>
  codedEvents(text).map((e) => [e.type, e.mode, e.trigger.text, e.sources, e.targets, e.confidence]);

test('a past verb hung on an infinitive is coordinated with the verb above it, and takes its subject', () => {
  assert.deepEqual(eventRows('FIFA allows Peru to compete but banned Chile in 2019.'), [
    ['CONCEDE', 'asserted', 'allows', ['FIFA/null/null'], ['Peru/PER/null']],
    ['SANCTION', 'asserted', 'banned', ['FIFA/null/null'], ['Chile/CHL/null']],
  ]);
  // Negative: a verb that shares the infinitive's "to" is done by the one urged.
  assert.deepEqual(eventRows('Germany urged Serbia to halt the raids and withdraw its police.'), [
    ['DEMAND', 'asserted', 'urged', ['Germany/DEU/null'], ['Serbia/SRB/null']],
  ]);
});

test('some of a body of states are not the body: the tree names no source, a guess stays hidden', () => {
  assert.deepEqual(scored('Several NATO countries sent weapons to Ukraine on Monday.'), [
    ['AID', 'asserted', 'sent weapons', ['NATO/null/international'], ['Ukraine/UKR/null'], 0.45],
  ]);
  // Negative: the body's states with no count may stand for all of them.
  assert.deepEqual(scored('NATO countries sent weapons to Ukraine on Monday.'), [
    ['AID', 'asserted', 'sent weapons', ['NATO/null/international'], ['Ukraine/UKR/null'], 0.78],
  ]);
});

test('a day between a verb and its particle leaves the phrase whole; a call for a measure on a party criticises it', () => {
  assert.deepEqual(eventRows('Canada called on Tuesday for sanctions on Belarus.'), [
    ['DISAPPROVE', 'asserted', 'called on Tuesday for', ['Canada/CAN/null'], ['Belarus/BLR/null']],
    ['SANCTION', 'hypothetical', 'sanctions', [], ['Belarus/BLR/null']],
  ]);
  // Negatives: a call on a party asks it; a call for a measure that aims at no one stays a demand.
  assert.deepEqual(eventRows('Canada on Tuesday called on Belarus to free the prisoners.'), [
    ['DEMAND', 'asserted', 'called on', ['Canada/CAN/null'], ['Belarus/BLR/null']],
  ]);
  assert.deepEqual(eventRows('Canada called on Tuesday for talks with Belarus.'), [
    ['DEMAND', 'asserted', 'called on Tuesday for', ['Canada/CAN/null'], ['Belarus/BLR/null']],
  ]);
});

test('"the two men" after a man and a woman named together are not those two', () => {
  assert.deepEqual(
    eventRows(
      'Daniel Brook and Sarah Klein were injured in a stabbing. The two men were arrested by Peruvian police.',
    ),
    [['COERCE', 'asserted', 'arrested', ['Peru/PER/police'], []]],
  );
  // Negative: two men named are the two men.
  assert.deepEqual(
    eventRows('Daniel Brook and Peter Klein led the gang. The two men were arrested by Peruvian police.'),
    [
      [
        'COERCE',
        'asserted',
        'arrested',
        ['Peru/PER/police'],
        ['Daniel Brook/null/null', 'Peter Klein/null/null'],
      ],
    ],
  );
});

test('a stance on "a move" after a clause is aimed at the clause\'s doer', () => {
  assert.deepEqual(
    eventRows('Turkey expelled the Armenian ambassador, a move sharply criticised by France.'),
    [
      [
        'SANCTION',
        'asserted',
        'expelled the Armenian ambassador',
        ['Turkey/TUR/null'],
        ['Armenia/ARM/government'],
      ],
      ['DISAPPROVE', 'asserted', 'criticised', ['France/FRA/null'], ['Turkey/TUR/null']],
    ],
  );
  // Negative: a move named with its own doer keeps it.
  assert.deepEqual(eventRows('France criticised a move by Turkey.'), [
    ['DISAPPROVE', 'asserted', 'criticised', ['France/FRA/null'], ['Turkey/TUR/null']],
  ]);
});

test('a clause describing a noun, with its own subject and no object, is done to that noun', () => {
  assert.deepEqual(eventRows('Kenya buried the Somali gunmen that Kenyan troops killed on Monday.'), [
    ['FIGHT', 'asserted', 'killed', ['Kenya/KEN/military'], ['Somalia/SOM/opposition']],
  ]);
  assert.deepEqual(eventRows("Peru rejected Chile's plan, which Bolivia has backed."), [
    ['REJECT', 'asserted', 'rejected', ['Peru/PER/null'], ['Chile/CHL/null']],
    ['SUPPORT', 'asserted', 'backed', ['Bolivia/BOL/null'], ['Chile/CHL/null']],
  ]);
  // Negative: a relative clause whose pronoun is the subject keeps its own object.
  assert.deepEqual(eventRows('Kenya buried the Somali gunmen who killed Ethiopian soldiers on Monday.'), [
    ['ASSAULT', 'asserted', 'killed', ['Somalia/SOM/opposition'], ['Ethiopia/ETH/military']],
  ]);
});
