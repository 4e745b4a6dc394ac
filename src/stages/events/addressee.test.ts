import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents, eventRows as read } from './events-fixture.js';

test("a demand's that-clause names whom it is aimed at, by the grammar, for the verb and for the noun", () => {
  assert.deepEqual(read('France demanded that Russia withdraw its troops.'), [
    ['DEMAND', 'asserted', 'demanded', ['France/FRA/null'], ['Russia/RUS/null']],
  ]);
  // The parser reads "Russia withdraw" after the noun as a noun phrase; the words still say the subject.
  assert.deepEqual(read('France renewed its demand that Russia withdraw its troops.'), [
    ['DEMAND', 'asserted', 'demand', ['France/FRA/null'], ['Russia/RUS/null']],
  ]);
  // Read from the grammar, not guessed from nearby words: the event is shown.
  const [demand] = codedEvents('France demanded that Russia withdraw its troops.');
  assert.equal(demand!.confidence, 0.62);
});

test('a complaint whose that-clause names the party blamed is aimed at it', () => {
  assert.deepEqual(read('Germany complained that Turkey had blocked the talks.'), [
    ['DISAPPROVE', 'asserted', 'complained', ['Germany/DEU/null'], ['Turkey/TUR/null']],
  ]);
});

test('a that-clause naming no party, or one that is no content of a demand, names no target', () => {
  // The clause's subject is a thing, not a party: the demand stays one-sided.
  assert.deepEqual(read('France demanded that the talks resume.'), [
    ['DEMAND', 'asserted', 'demanded', ['France/FRA/null'], []],
  ]);
  // A demand with no that-clause takes no target from one.
  assert.deepEqual(read('France demanded the release of the journalist.'), [
    ['DEMAND', 'asserted', 'demanded', ['France/FRA/null'], []],
  ]);
});

test('a relative clause missing its object names who acts on the noun, not whom the noun is aimed at', () => {
  assert.deepEqual(read("Germany's criticism that Turkey has brushed aside grew louder."), [
    ['DISAPPROVE', 'asserted', 'criticism', ['Germany/DEU/null'], []],
  ]);
});
