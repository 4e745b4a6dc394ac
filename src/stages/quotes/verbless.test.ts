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

test('verbless: after "said" or "added", a clause whose verb the tagger read as a noun is shown', () => {
  assert.deepEqual(read('Although Tom Berg has been released, he said the guilt remains.'), [
    ['the guilt remains', 'Tom Berg', true],
  ]);
  assert.deepEqual(read('Labor Minister Tom Berg said the move aligns with broader national goals.'), [
    ['the move aligns with broader national goals', 'Tom Berg', true],
  ]);
});

test('verbless: after "said", a pronoun, an apposition or a content cut before the sentence ends stays hidden', () => {
  assert.deepEqual(
    read("President Tom Berg said this in Oslo yesterday in a video message to mark this year's Unity Day."),
    [['this in Oslo yesterday', 'Tom Berg', false]],
  );
  assert.deepEqual(
    read(
      'Rice is produced mostly by elderly people on small farms, so they are not very efficient, said Ann Berg, a professor of economics at Oslo University, who added that the number of farmers is also dropping.',
    ).slice(0, 1),
    [['a professor of economics at Oslo University', 'Ann Berg', false]],
  );
  assert.deepEqual(
    read(
      'Tom Berg said the Central, St Olav and Haukeland hospitals in the towns of Bergen and Trondheim were inside a zone announced on Tuesday.',
    ),
    [['the Central, St Olav and Haukeland hospitals in the towns of Bergen and', 'Tom Berg', false]],
  );
  // An inversion: the words after the cue are who said it.
  assert.deepEqual(
    read("Mr Berg's reported plan would also set up a fund for clean energy, says the Herald."),
    [['the Herald', 'Berg', false]],
  );
});
