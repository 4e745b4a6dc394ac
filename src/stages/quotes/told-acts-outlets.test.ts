import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';

/** Each quote as [content, source words, speaker]. */
const quotesOf = (text: string): [string, string | null, string | null][] =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q) => [q.content.text, q.source?.text ?? null, q.speaker]);

test('told: a common noun phrase told, before a clause opening with a name or pronoun, is not what was said', () => {
  assert.deepEqual(quotesOf('Ms Orla Finch told the tribunal she had never received the letters.'), [
    ['she had never received the letters', 'Ms Orla Finch', 'Orla Finch'],
  ]);
  assert.deepEqual(quotesOf('The driver told the inquest Mr Hale had braked hard before the bend.'), [
    ['Mr Hale had braked hard before the bend', 'The driver', null],
  ]);
  assert.deepEqual(quotesOf('The coach told a news conference the team would rest three players.'), [
    ['the team would rest three players', 'The coach', null],
  ]);
  // Negative: a noun phrase going on with a preposition or a noun of its own is no one told.
  assert.deepEqual(quotesOf('The author told the story of a sailor who crossed the ocean alone.'), [
    ['the story of a sailor who crossed the ocean alone', 'The author', null],
  ]);
  assert.deepEqual(quotesOf('The mayor told the council documents showed the contract was signed in May.'), [
    ['the council documents showed the contract was signed in May', 'The mayor', null],
  ]);
});

test('a second act of the speaker joined to the verb of saying is not what was said', () => {
  assert.deepEqual(
    quotesOf(
      'Mayor Tomas Reyl emphasized the courage of the volunteers who rebuilt the library, and thanked the donors behind the appeal.',
    ),
    [['the courage of the volunteers who rebuilt the library', 'Mayor Tomas Reyl', 'Tomas Reyl']],
  );
  assert.deepEqual(
    quotesOf('The airline said the route would stay open, but did not give a date for the new timetable.'),
    [['the route would stay open', 'The airline', null]],
  );
  // Negative: after a clause said with a subject of its own, a bare verb may go on with that subject.
  assert.deepEqual(
    quotesOf('The union said its members would strike in July, but offered to meet the board.'),
    [['its members would strike in July, but offered to meet the board', 'The union', null]],
  );
  // Negative: with no comma, "and" joins what was said.
  assert.deepEqual(quotesOf('The union said members had rejected the offer and voted to strike in July.'), [
    ['members had rejected the offer and voted to strike in July', 'The union', null],
  ]);
});

test('according to: the outlet relaying what a named party said is not its speaker', () => {
  assert.deepEqual(
    quotesOf(
      'The agriculture ministry said that the new levy will hurt small farms, according to the Daily Courier.',
    ),
    [['the new levy will hurt small farms', 'The agriculture ministry', null]],
  );
  assert.deepEqual(
    quotesOf('Councillor Ruth Amsel said the bridge would reopen in June, according to the Harbour Gazette.'),
    [['the bridge would reopen in June', 'Councillor Ruth Amsel', 'Ruth Amsel']],
  );
  // Negative: respondents a survey counts say nothing on their own; the study stays a source.
  assert.deepEqual(
    quotesOf('Over a quarter of adults in Portugal say they swim every week, according to a new study.'),
    [
      ['they swim every week', 'Over a quarter of adults in Portugal', null],
      ['they swim every week', 'a new study', null],
    ],
  );
  assert.deepEqual(quotesOf('Prices rose by 3% in April, according to the statistics office.'), [
    ['Prices rose by 3% in April', 'the statistics office', null],
  ]);
});
