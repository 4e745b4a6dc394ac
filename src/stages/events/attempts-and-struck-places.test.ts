import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents, eventRows } from './events-fixture.js';

/** Each event as [type, mode, trigger, sources, targets, confidence]. */
const scored = (text: string): unknown[][] =>
  codedEvents(text).map((e) => [e.type, e.mode, e.trigger.text, e.sources, e.targets, e.confidence]);

test('an attempt still under way is aimed at, not done: planned', () => {
  assert.deepEqual(eventRows('Russia is trying to seize Pokrovsk.'), [
    ['COERCE', 'planned', 'seize', ['Russia/RUS/null'], ['Pokrovsk/UKR/null']],
  ]);
  assert.deepEqual(eventRows('Russia tries to seize Pokrovsk.'), [
    ['COERCE', 'planned', 'seize', ['Russia/RUS/null'], ['Pokrovsk/UKR/null']],
  ]);
  // Joined to verbs before it, "trying" shares their auxiliary and still governs its infinitive.
  assert.deepEqual(eventRows('He is belittling his neighbors, and trying to annex Canada.'), [
    ['FIGHT', 'planned', 'annex', [], ['Canada/CAN/null']],
  ]);
});

test('a past attempt was made, as PLOVER codes it, and the act told as done stays asserted', () => {
  assert.deepEqual(eventRows('Russia tried to seize Pokrovsk.'), [
    ['COERCE', 'asserted', 'seize', ['Russia/RUS/null'], ['Pokrovsk/UKR/null']],
  ]);
  assert.deepEqual(
    eventRows('North Korea has tried to hack into the computers of South Korean army officers.'),
    [['COERCE', 'asserted', 'hack', ['North Korea/PRK/null'], ['South Korea/KOR/military']]],
  );
  assert.deepEqual(eventRows('Russia seized Pokrovsk.'), [
    ['COERCE', 'asserted', 'seized', ['Russia/RUS/null'], ['Pokrovsk/UKR/null']],
  ]);
});

test('a town struck is kept as the target, but below the view: no party is struck', () => {
  assert.deepEqual(scored('Russia shelled Kharkiv on Monday.'), [
    ['FIGHT', 'asserted', 'shelled', ['Russia/RUS/null'], ['Kharkiv/UKR/null'], 0.36],
  ]);
  assert.deepEqual(scored('Russia attacked Kharkiv and Odesa on Monday.'), [
    ['FIGHT', 'asserted', 'attacked', ['Russia/RUS/null'], ['Kharkiv/UKR/null', 'Odesa/UKR/null'], 0.36],
  ]);
});

test('a country or people struck, or land taken, stays in the view', () => {
  assert.deepEqual(scored('Russia launched missile strikes on Ukraine on Monday.'), [
    ['FIGHT', 'asserted', 'missile strikes', ['Russia/RUS/null'], ['Ukraine/UKR/null'], 0.72],
  ]);
  assert.deepEqual(scored('Russian forces attacked Ukrainian soldiers in Kharkiv on Monday.'), [
    ['FIGHT', 'asserted', 'attacked', ['Russia/RUS/military'], ['Ukraine/UKR/military'], 0.84],
  ]);
  assert.deepEqual(scored('Russia captured Bakhmut on Monday.'), [
    ['FIGHT', 'asserted', 'captured', ['Russia/RUS/null'], ['Bakhmut/UKR/null'], 0.76],
  ]);
});
