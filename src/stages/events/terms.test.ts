import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventRows as read } from './events-fixture.js';

test('what a proposal lays down is proposed, what a deal lays down is planned, not done', () => {
  assert.deepEqual(
    read('The proposal includes the release of the hostages in return for an Israeli withdrawal from Gaza.'),
    [['RETREAT', 'proposed', 'withdrawal', ['Israel/ISR/null'], ['Gaza/PSE/null']]],
  );
  assert.deepEqual(
    read('The ceasefire deal would see Hamas release the hostages in exchange for an Israeli withdrawal.'),
    [['RETREAT', 'planned', 'withdrawal', ['Israel/ISR/null'], []]],
  );
  // A relative pronoun stands for the proposal its clause hangs on.
  assert.deepEqual(read('Israel received a proposal that included an Israeli withdrawal from Gaza.'), [
    ['RETREAT', 'proposed', 'withdrawal', ['Israel/ISR/null'], ['Gaza/PSE/null']],
  ]);
  // The speaker's clause around the terms changes nothing.
  assert.deepEqual(
    read('The proposal includes the release of hostages and an Israeli withdrawal from Gaza, Hamas said.'),
    [['RETREAT', 'proposed', 'withdrawal', ['Israel/ISR/null'], ['Gaza/PSE/null']]],
  );
});

test('negative: what a report includes, a clause of its own after the terms, and what was done under a deal are told', () => {
  assert.deepEqual(read('The report included an Israeli withdrawal from Gaza.'), [
    ['RETREAT', 'asserted', 'withdrawal', ['Israel/ISR/null'], ['Gaza/PSE/null']],
  ]);
  assert.deepEqual(read('The deal includes a ceasefire, and Israel withdrew its troops from Gaza.'), [
    ['RETREAT', 'asserted', 'withdrew', ['Israel/ISR/null'], ['Gaza/PSE/null']],
  ]);
  assert.deepEqual(read('Hamas released the hostages under the deal.'), [
    ['RETREAT', 'asserted', 'released', ['Hamas/PSE/null'], []],
  ]);
});

test('what a party presses, pushes or lobbies for is not told as done; what it waits for is not asked of it', () => {
  assert.deepEqual(
    read('Egypt is working with its partners to press for an Israeli withdrawal from Lebanon.'),
    [['RETREAT', 'hypothetical', 'withdrawal', ['Israel/ISR/null'], ['Lebanon/LBN/null']]],
  );
  assert.deepEqual(read('Egypt lobbied for an Israeli withdrawal from Lebanon.'), [
    ['RETREAT', 'hypothetical', 'withdrawal', ['Israel/ISR/null'], ['Lebanon/LBN/null']],
  ]);
  // Negative: waiting for it is neither a demand nor a doubt the reading tells apart.
  assert.deepEqual(read('Egypt waited for an Israeli withdrawal from Lebanon.'), [
    ['RETREAT', 'asserted', 'withdrawal', ['Israel/ISR/null'], ['Lebanon/LBN/null']],
  ]);
});
