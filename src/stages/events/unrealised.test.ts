import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventRows } from './events-fixture.js';

/**
 * Acts a clause says must, need or have yet to be done, or names as "any" one there may be, are not told as
 * done: their mode says so (`clause-mode.ts`), and the same acts told as done stay asserted.
 */

test('what must or needs to be done is hypothetical, not asserted', () => {
  assert.deepEqual(eventRows('The EU needs to impose new sanctions on Russia.'), [
    ['SANCTION', 'hypothetical', 'sanctions', ['European Union/null/international'], ['Russia/RUS/null']],
  ]);
  assert.deepEqual(eventRows('Ukraine has to withdraw its troops from Kursk.'), [
    ['RETREAT', 'hypothetical', 'withdraw', ['Ukraine/UKR/null'], ['Kursk/RUS/null']],
  ]);
  assert.deepEqual(eventRows('It is necessary to impose sanctions on Iran.'), [
    ['SANCTION', 'hypothetical', 'sanctions', [], ['Iran/IRN/null']],
  ]);
});

test('the same acts told as done stay asserted; a past "had to" is told as met', () => {
  assert.deepEqual(eventRows('The EU imposed new sanctions on Russia.'), [
    ['SANCTION', 'asserted', 'sanctions', ['European Union/null/international'], ['Russia/RUS/null']],
  ]);
  assert.deepEqual(eventRows('Israel had to withdraw its troops from Gaza.'), [
    ['RETREAT', 'asserted', 'withdraw', ['Israel/ISR/null'], ['Gaza/PSE/null']],
  ]);
});

test('what a party has yet to do has not happened', () => {
  assert.deepEqual(eventRows('Hamas has yet to accept the proposal from Egypt.'), [
    ['AGREE', 'denied', 'accept', ['Hamas/PSE/null'], []],
  ]);
  assert.deepEqual(eventRows('Hamas accepted the proposal from Egypt.'), [
    ['AGREE', 'asserted', 'accepted', ['Hamas/PSE/null'], []],
  ]);
});

test('"any" names no particular event', () => {
  assert.deepEqual(eventRows('Russia said it would join any new sanctions on Iran.'), [
    ['SANCTION', 'hypothetical', 'sanctions', ['Russia/RUS/null'], ['Iran/IRN/null']],
  ]);
  // Without "any", the sanctions announced are a plan.
  assert.deepEqual(eventRows('Trump said he would join new sanctions on Russia.'), [
    ['SANCTION', 'planned', 'sanctions', [], ['Russia/RUS/null']],
  ]);
});

test('an event that is the chance, risk or fear of a noun may or may not come', () => {
  assert.deepEqual(
    eventRows('Another source told CNN that the chance of an Israeli strike on Iran has gone up.'),
    [['FIGHT', 'hypothetical', 'strike', ['Israel/ISR/null'], ['Iran/IRN/null']]],
  );
  assert.deepEqual(eventRows('Fears of a Russian attack on Kyiv grew.'), [
    ['FIGHT', 'hypothetical', 'attack', ['Russia/RUS/null'], ['Kyiv/UKR/null']],
  ]);
  assert.deepEqual(eventRows('Israel launched a strike on Iran.'), [
    ['FIGHT', 'asserted', 'strike', ['Israel/ISR/null'], ['Iran/IRN/null']],
  ]);
});

test('a past verb joined to what must be done is told as done; a bare one shares the need', () => {
  assert.deepEqual(eventRows('Britain needed to act quickly and imposed sanctions on Russia.'), [
    ['SANCTION', 'asserted', 'sanctions', ['United Kingdom/GBR/null'], ['Russia/RUS/null']],
  ]);
  assert.deepEqual(eventRows('The EU needs to impose sanctions and freeze Russian assets.'), [
    ['SANCTION', 'hypothetical', 'sanctions', ['European Union/null/international'], ['Russia/RUS/null']],
    [
      'SANCTION',
      'hypothetical',
      'freeze Russian assets',
      ['European Union/null/international'],
      ['Russia/RUS/null'],
    ],
  ]);
});
