import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventRows } from './events-fixture.js';

test('an attempt still under way is aimed at, not done: planned', () => {
  assert.deepEqual(eventRows('Russia is trying to seize Pokrovsk.'), [
    ['COERCE', 'planned', 'seize', ['Russia/RUS/null'], ['Pokrovsk/UKR/null']],
  ]);
  assert.deepEqual(eventRows('Russia tries to seize Pokrovsk.'), [
    ['COERCE', 'planned', 'seize', ['Russia/RUS/null'], ['Pokrovsk/UKR/null']],
  ]);
  // Joined to verbs before it, "trying" shares their auxiliary and still governs its infinitive; annexing
  // is PLOVER's COERCE, no fighting.
  assert.deepEqual(eventRows('He is belittling his neighbors, and trying to annex Canada.'), [
    ['COERCE', 'planned', 'annex', [], ['Canada/CAN/null']],
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
