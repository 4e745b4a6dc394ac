import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';

/**
 * Reported speech with no clause and no quoted words is held below the default view. Sentences written
 * for these tests.
 */
const read = (text: string): [string, string | null, boolean][] =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q) => [q.content.text, q.speaker, q.confidence >= 0.5]);

test('verbless: an addressee or a place read as what was said is kept but hidden', () => {
  assert.deepEqual(read('Ayla Demir, the charity director, told the briefing.'), [
    ['the briefing', 'Ayla Demir', false],
  ]);
  assert.deepEqual(
    read(
      '“Any threats against our staff are unacceptable,” Ayla Demir told reporters in Brussels, Agence France-Presse reported.',
    ),
    [
      ['Any threats against our staff are unacceptable', 'Ayla Demir', true],
      ['reporters in Brussels', 'Agence France-Presse', false],
    ],
  );
});

test('verbless: a clause, quoted words with no verb, or a cue reporting through a noun stays shown', () => {
  assert.deepEqual(read('Tom Berg stressed the need for a settlement in light of the strike.'), [
    ['the need for a settlement in light of the strike', 'Tom Berg', true],
  ]);
  assert.deepEqual(read('Tom Berg said the plan would fail.'), [['the plan would fail', 'Tom Berg', true]]);
  assert.deepEqual(read('Tom Berg called it a "clown show".'), [['it a "clown show"', 'Tom Berg', true]]);
});
