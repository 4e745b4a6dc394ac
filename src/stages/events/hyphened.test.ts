import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventRows as read } from './events-fixture.js';

test('two names joined by a hyphen before a meeting noun are both its participants', () => {
  assert.deepEqual(read('Iran-US talks resumed in Oman on Friday.'), [
    ['CONSULT', 'asserted', 'talks', ['Iran/IRN/null', 'United States/USA/null'], []],
  ]);
});

test('a hyphened pair before a noun of force names both sides, as "fighting between" them does', () => {
  assert.deepEqual(read('Israel-Hamas fighting resumed on Friday.'), [
    ['FIGHT', 'asserted', 'fighting', ['Israel/ISR/null', 'Hamas/PSE/null'], []],
  ]);
  assert.deepEqual(read('Fighting between Israel and Hamas resumed on Friday.'), [
    ['FIGHT', 'asserted', 'Fighting', ['Israel/ISR/null', 'Hamas/PSE/null'], []],
  ]);
  // A joint strike: both names did it, the on-phrase was hit.
  assert.deepEqual(read('US-Israeli strikes on Iran killed 40 people.'), [
    ['FIGHT', 'asserted', 'killed', ['United States/USA/null', 'Israel/ISR/null'], ['Iran/IRN/null']],
  ]);
});

test('one name written with a hyphen is one party', () => {
  // Negative: "Guinea-Bissau" is a single name, not Guinea and Bissau.
  assert.deepEqual(read('Guinea-Bissau troops attacked Senegal.'), [
    ['FIGHT', 'asserted', 'attacked', ['Guinea-Bissau/GNB/military'], ['Senegal/SEN/null']],
  ]);
  // Negative: a double surname the tagger cut in two is one person, no pair of parties (the entities now
  // take its first half in).
  const [event] = read('Attorney-General Gali Baharav-Miara warned the cabinet on Monday.');
  assert.deepEqual(event?.[3], ['Gali Baharav-Miara/null/judiciary']);
});

test('a title the tokens cut at its hyphen is read whole: an attorney-general is no general', () => {
  assert.deepEqual(read('Attorney-General Mark Dreyfus criticised China.'), [
    ['DISAPPROVE', 'asserted', 'criticised', ['Mark Dreyfus/null/judiciary'], ['China/CHN/null']],
  ]);
  // Negative: a general is, and a dash with spaces around it joins no title.
  assert.deepEqual(read('General Mark Dreyfus criticised China.'), [
    ['DISAPPROVE', 'asserted', 'criticised', ['Mark Dreyfus/null/military'], ['China/CHN/null']],
  ]);
  assert.deepEqual(read('Attorney - General Mark Dreyfus criticised China.'), [
    ['DISAPPROVE', 'asserted', 'criticised', ['Mark Dreyfus/null/military'], ['China/CHN/null']],
  ]);
});
