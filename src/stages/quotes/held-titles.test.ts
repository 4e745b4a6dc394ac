import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';

/**
 * Whom a title alone ("the president", "the prime minister") stands for: a holder named so before it, in
 * office as the title says. Sentences written for these tests.
 */
const speakersOf = (text: string): [string, string | null][] =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q) => [q.content.text, q.speaker]);

test('held titles: "the prime minister" is not a former prime minister; "the former prime minister" is', () => {
  const opening =
    'Anna Kovacs on Wednesday criticised the remarks made on Tuesday by former prime minister Piotr Nowak. ';
  assert.deepEqual(speakersOf(`${opening}The prime minister said the remarks were shocking.`).at(-1), [
    'the remarks were shocking',
    null,
  ]);
  assert.deepEqual(speakersOf(`${opening}The former prime minister said the remarks were fair.`).at(-1), [
    'the remarks were fair',
    'Piotr Nowak',
  ]);
  // A title given without "former" is not what "the former …" takes up.
  assert.deepEqual(
    speakersOf(
      'President Ana Lopes opened the summit. The former president said the summit was a mistake.',
    ).at(-1),
    ['the summit was a mistake', null],
  );
});

test('held titles: a title takes up the holder named before it, not one the sentence names after it', () => {
  const text =
    'President Ana Lopes opened the summit in Windhoek on Sunday. ' +
    "The president said unity is at the heart of the day, pointing to founding president Joao Mendes's belief in it.";
  assert.deepEqual(speakersOf(text).at(0), ['unity is at the heart of the day', 'Ana Lopes']);
});
