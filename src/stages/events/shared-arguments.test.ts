import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents, eventRows as read } from './events-fixture.js';

test('two verbs joined right before what they share both take it', () => {
  assert.deepEqual(read('Canada criticised and then fined Mexico.'), [
    ['DISAPPROVE', 'asserted', 'criticised', ['Canada/CAN/null'], ['Mexico/MEX/null']],
  ]);
  // The type's phrase is shared as the object is: the gift goes to Peru.
  const [gift] = codedEvents('Brazil donated and shipped vaccines to Peru.');
  assert.deepEqual(
    [gift!.type, gift!.sources, gift!.targets],
    ['AID', ['Brazil/BRA/null'], ['Peru/PER/null']],
  );
  assert.ok(gift!.confidence >= 0.5, 'read from the grammar, not guessed');
});

test('a verb with an ending of its own, or a second verb with its own subject, shares nothing', () => {
  // "condemned on Friday" ends the first verb; Korea is the second verb's subject, not what was condemned.
  const [condemned] = codedEvents('Japan condemned on Friday and Korea sanctioned Iran.');
  assert.equal(condemned!.type, 'DISAPPROVE');
  assert.ok(condemned!.confidence < 0.5, 'any target is a guess');
  // A protest takes no object: what the second verb blocked is not what was protested.
  const [protest] = codedEvents('Egypt protested and blocked Israeli trucks.');
  assert.equal(protest!.type, 'PROTEST');
  assert.ok(protest!.confidence < 0.5);
});

test('the subject of "were engaged in" an event takes part in it; a by-phrase names the doer instead', () => {
  assert.deepEqual(read('Turkish troops were engaged in clashes with Syrian forces.'), [
    ['FIGHT', 'asserted', 'clashes', ['Turkey/TUR/military'], ['Syria/SYR/military']],
  ]);
  assert.deepEqual(read('Greek ships were engaged in a blockade by Turkish forces.'), [
    ['COERCE', 'asserted', 'blockade', ['Turkey/TUR/military'], []],
  ]);
});

test('who lifts, halts or eases a measure holds it: the verb calling it off carries the noun', () => {
  assert.deepEqual(read('Norway lifted sanctions on Belarus and Cuba.'), [
    ['SANCTION', 'called-off', 'sanctions', ['Norway/NOR/null'], ['Belarus/BLR/null', 'Cuba/CUB/null']],
  ]);
  assert.deepEqual(read('Sanctions on Syria were eased by the European Union.'), [
    ['SANCTION', 'called-off', 'Sanctions', ['European Union/null/international'], ['Syria/SYR/null']],
  ]);
  // Negative: a between-phrase keeps its own parties; the ones halting talks are not in them.
  assert.deepEqual(read('Protesters halted the talks between Serbia and Kosovo.'), [
    ['CONSULT', 'called-off', 'talks', ['Serbia/SRB/null', 'Kosovo/XKX/null'], []],
  ]);
});
