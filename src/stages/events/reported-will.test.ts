import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents } from './events-fixture.js';

/** A "would" after a past verb of announcing reports a "will": what was announced is to come. */
function read(text: string): unknown[][] {
  return codedEvents(text).map((e) => [e.type, e.mode, e.trigger.text, e.sources, e.targets]);
}

test('"said it would" reports a plan; the sanctions to be lifted are called off, not imagined', () => {
  assert.deepEqual(read('Iran said it would hold talks with the US.'), [
    ['CONSULT', 'planned', 'hold talks', ['Iran/IRN/null'], ['United States/USA/null']],
  ]);
  assert.deepEqual(read('Trump said the sanctions on Syria would be lifted.'), [
    ['SANCTION', 'called-off', 'sanctions', [], ['Syria/SYR/null']],
  ]);
  assert.deepEqual(read('Iran would hold talks with the US, Araghchi said.'), [
    ['CONSULT', 'planned', 'hold talks', ['Iran/IRN/null'], ['United States/USA/null']],
  ]);
});

test('a "would" under an if-clause, quoted, after a present verb or a verb of belief stays hypothetical', () => {
  assert.deepEqual(read('Iran said it would hold talks with the US if sanctions end.'), [
    ['CONSULT', 'hypothetical', 'hold talks', ['Iran/IRN/null'], ['United States/USA/null']],
  ]);
  // Words quoted as said keep their own "would".
  assert.deepEqual(read('“Iran would hold talks with the US,” Araghchi said.'), [
    ['CONSULT', 'hypothetical', 'hold talks', ['Iran/IRN/null'], ['United States/USA/null']],
  ]);
  assert.deepEqual(read('Iran says it would hold talks with the US.'), [
    ['CONSULT', 'hypothetical', 'hold talks', ['Iran/IRN/null'], ['United States/USA/null']],
  ]);
  assert.deepEqual(read('Analysts believed Russia would attack Ukraine.'), [
    ['FIGHT', 'hypothetical', 'attack', ['Russia/RUS/null'], ['Ukraine/UKR/null']],
  ]);
});
