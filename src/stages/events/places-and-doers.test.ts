import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents, eventRows } from './events-fixture.js';

/** Each event as [type, mode, trigger, sources, targets, confidence]. */
const scored = (text: string): unknown[][] =>
  codedEvents(text).map((e) => [e.type, e.mode, e.trigger.text, e.sources, e.targets, e.confidence]);

test('a visit to a town of the visitor’s own country is no meeting of parties', () => {
  assert.deepEqual(eventRows('French President Emmanuel Macron visited Marseille on Monday.'), []);
  // Negative: a town abroad receives the visitor.
  assert.deepEqual(eventRows('French President Emmanuel Macron visited Algiers on Monday.'), [
    ['CONSULT', 'asserted', 'visited', ['Emmanuel Macron/FRA/government'], ['Algiers/DZA/null']],
  ]);
});

test('a clause of aim on a town struck names what the strike aimed at', () => {
  assert.deepEqual(
    eventRows(
      'An airstrike by the Libyan army on the town of Sirte that targeted a Turkish drone killed two people.',
    ),
    [
      ['FIGHT', 'asserted', 'airstrike', ['Libya/LBY/military'], ['Turkey/TUR/null']],
      ['FIGHT', 'asserted', 'killed', ['Turkey/TUR/null'], []],
    ],
  );
  // Negative: a clause that only describes the town leaves it the target.
  assert.deepEqual(eventRows('The Libyan army shelled the town of Sirte, which lies on the coast.'), [
    ['FIGHT', 'asserted', 'shelled', ['Libya/LBY/military'], ['Sirte/null/null']],
  ]);
});

test('people welcomed to an occasion are guests received, not a thing supported', () => {
  assert.deepEqual(scored('The Turkish president welcomed 12 foreign ministers to the summit in Ankara.'), [
    ['CONSULT', 'asserted', 'welcomed', ['Turkey/TUR/government'], [], 0.57],
  ]);
  // Negative: a decision welcomed is supported.
  assert.deepEqual(scored('The Turkish president welcomed the decision to hold talks.'), [
    ['SUPPORT', 'asserted', 'welcomed', ['Turkey/TUR/government'], [], 0.57],
  ]);
});

test('one soldier killing civilians is an assault; troops killing them are a fight', () => {
  assert.deepEqual(eventRows('A Syrian soldier killed three Lebanese shepherds on Sunday.'), [
    ['ASSAULT', 'asserted', 'killed', ['Syria/SYR/military'], ['Lebanon/LBN/civilians']],
  ]);
  assert.deepEqual(eventRows('Syrian troops killed three Lebanese shepherds on Sunday.'), [
    ['FIGHT', 'asserted', 'killed', ['Syria/SYR/military'], ['Lebanon/LBN/civilians']],
  ]);
});

test('a participle of harm the parser hung on an event noun describes the noun right before it', () => {
  assert.deepEqual(
    eventRows(
      "The textbooks quietly ignore and thus reject moments such as the queen's visits to families of " +
        'Chilean miners killed by a Peruvian soldier in 1990.',
    ),
    [['ASSAULT', 'asserted', 'killed', ['Peru/PER/military'], ['Chile/CHL/civilians']]],
  );
  // Negative: a participle that can be done to the event noun stays on it.
  assert.deepEqual(
    eventRows('The textbooks recall the visit to Chile ordered by the Peruvian president in 1990.'),
    [['CONSULT', 'asserted', 'visit', ['Peru/PER/government'], ['Chile/CHL/null']]],
  );
});

test('a gerund opened by a preposition is done by the subject of the clause it opens', () => {
  assert.deepEqual(eventRows('By demanding a ceasefire, the leaders in Madrid and Dublin angered Israel.'), [
    ['DEMAND', 'asserted', 'demanding', ['Madrid/ESP/government', 'Dublin/IRL/government'], []],
  ]);
  assert.deepEqual(eventRows('Kenya criticised Uganda after meeting Tanzania.'), [
    ['DISAPPROVE', 'asserted', 'criticised', ['Kenya/KEN/null'], ['Uganda/UGA/null']],
    ['CONSULT', 'asserted', 'meeting', ['Kenya/KEN/null'], ['Tanzania/TZA/null']],
  ]);
  // Negative: a clause with a subject of its own keeps it.
  assert.deepEqual(
    eventRows('After Poland announced new sanctions, Hungary criticised the European Union.'),
    [
      ['SANCTION', 'asserted', 'sanctions', ['Poland/POL/null'], []],
      ['DISAPPROVE', 'asserted', 'criticised', ['Hungary/HUN/null'], ['European Union/null/international']],
    ],
  );
});

test('"over" before a number opens what a complaint is over, where the verb takes "over"', () => {
  assert.deepEqual(eventRows('Chile complained to the United Nations over two Peruvian air raids.'), [
    ['DISAPPROVE', 'asserted', 'complained', ['Chile/CHL/null'], ['Peru/PER/null']],
  ]);
  // Negative: a type that takes no "over" leaves the span of time alone.
  assert.deepEqual(eventRows('Chile sent aid to Bolivia over two days.'), [
    ['AID', 'asserted', 'sent aid', ['Chile/CHL/null'], ['Bolivia/BOL/null']],
  ]);
});
