import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';

/**
 * A "he" or "she" whose nearest sentences name no one, in an article that has named one person, who spoke
 * before: that person, within reach. Sentences written for these tests.
 */
const quotesOf = (text: string) =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q) => ({ said: q.content.text, speaker: q.speaker }));

const opening =
  'Attorney-General Dana Levin warned the cabinet on Monday that the law binds everyone. ' +
  '“We serve the public, not a party,” she said. ';
const middle =
  'The legal office works with every ministry. ' +
  'Its lawyers review each bill before a vote. ' +
  'The debate over the office has gone on for months. ';

test('only speaker: the one person named, who spoke before, takes up a later "she"', () => {
  const text = opening + middle + 'She noted that her team had approved hundreds of bills.';
  assert.deepEqual(quotesOf(text).at(-1), {
    said: 'her team had approved hundreds of bills',
    speaker: 'Dana Levin',
  });
});

test('only speaker: not with a second person named, a gender that does not fit, or no words of theirs', () => {
  const second =
    opening +
    'Prime Minister Ariel Gold has tried to dismiss her. ' +
    middle +
    'She noted that her team had approved hundreds of bills.';
  assert.deepEqual(quotesOf(second).at(-1), {
    said: 'her team had approved hundreds of bills',
    speaker: null,
  });
  const other = opening + middle + 'He noted that his team had approved hundreds of bills.';
  assert.deepEqual(quotesOf(other).at(-1), {
    said: 'his team had approved hundreds of bills',
    speaker: null,
  });
  const silent =
    'Attorney-General Dana Levin met the cabinet on Monday. ' +
    middle +
    'She noted that her team had approved hundreds of bills.';
  assert.deepEqual(quotesOf(silent).at(-1), {
    said: 'her team had approved hundreds of bills',
    speaker: null,
  });
});

test('only speaker: not when the person was last mentioned far before the pronoun', () => {
  const text =
    opening +
    middle +
    'Critics say the office moves too slowly. ' +
    'Supporters reply that the law demands care. ' +
    'A hearing on the matter is set for June. ' +
    'She noted that her team had approved hundreds of bills.';
  assert.deepEqual(quotesOf(text).at(-1), { said: 'her team had approved hundreds of bills', speaker: null });
});
