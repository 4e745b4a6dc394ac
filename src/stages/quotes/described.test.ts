import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';

/**
 * A speaker taken up by a definite description of their age ("said the 41-year-old striker"): the person
 * the sentence before is about. Sentences written for these tests.
 */
const speakersOf = (text: string): [string, string | null][] =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q) => [q.content.text, q.speaker]);

test('described: "the N-year-old" after a sentence about a named person is that person', () => {
  assert.deepEqual(
    speakersOf(
      'Marten Olsvik, the club captain, played his last match on Sunday. ' +
        '“We gave everything we had,” said the 41-year-old striker.',
    ),
    [['We gave everything we had', 'Marten Olsvik']],
  );
  assert.deepEqual(
    speakersOf(
      'Dariel Moreno arrived in Dover by boat in March and is waiting for a decision. ' +
        'The 27-year-old said he was grateful for the shelter he had been given.',
    ),
    [['he was grateful for the shelter he had been given', 'Dariel Moreno']],
  );
});

test('described: no person named before, another person named, or a gender that does not fit leaves it unknown', () => {
  // Nobody named before: the description brings in no one the article knows.
  assert.deepEqual(
    speakersOf(
      'The ferry left the harbour late on Sunday. “We gave everything we had,” said the 41-year-old striker.',
    ),
    [['We gave everything we had', null]],
  );
  // The sentence before is about a club, not the person named in it.
  assert.deepEqual(
    speakersOf(
      'The club thanked Marten Olsvik for his years of service on Sunday. ' +
        '“We gave everything we had,” said the 41-year-old striker.',
    ),
    [['We gave everything we had', null]],
  );
  // A man named before is not "the 34-year-old woman".
  assert.deepEqual(
    speakersOf(
      'Mr Tomas Varga opened the shop on Monday. ' +
        'The 34-year-old woman said the rent had doubled since last year.',
    ),
    [['the rent had doubled since last year', null]],
  );
  // "a 30-year-old man" brings in someone new.
  assert.deepEqual(
    speakersOf(
      'Marten Olsvik played his last match on Sunday. A 30-year-old man said the stadium was half empty.',
    ),
    [['the stadium was half empty', null]],
  );
});

test('described: "the military" is the one country\'s armed forces the article names', () => {
  assert.deepEqual(
    speakersOf(
      'The Israel Defense Forces will hold an exercise on Wednesday in the north, the military announced.',
    ),
    [['The Israel Defense Forces will hold an exercise on Wednesday in the north', 'Israel Defense Forces']],
  );
  assert.deepEqual(speakersOf('The Sudanese Armed Forces retook the palace on Friday, the army said.'), [
    ['The Sudanese Armed Forces retook the palace on Friday', 'Sudanese Armed Forces'],
  ]);
  // A militia's name is not a country's armed forces; two forces named leave "the army" unknown.
  assert.deepEqual(speakersOf('The Rapid Support Forces retook the palace on Friday, the army said.'), [
    ['The Rapid Support Forces retook the palace on Friday', null],
  ]);
  assert.deepEqual(
    speakersOf(
      'The Sudanese Armed Forces and the Chadian Armed Forces met at the border on Friday, the army said.',
    ),
    [['The Sudanese Armed Forces and the Chadian Armed Forces met at the border on Friday', null]],
  );
  // Only "the military" or "the army": "the ministry" is not the forces.
  assert.deepEqual(
    speakersOf(
      'The Israel Defense Forces will hold an exercise on Wednesday in the north, the ministry said.',
    ),
    [['The Israel Defense Forces will hold an exercise on Wednesday in the north', null]],
  );
});
