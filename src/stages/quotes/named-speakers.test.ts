import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';

/** Each quote of the text as [speaker, source words], and the entities named as the quotes' speakers. */
function speakersOf(text: string): { quotes: [string | null, string | null][]; types: string[] } {
  const analysis = analyzeText(text, '2025-03-12');
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  return {
    quotes: analysis.quotes.map((q) => [q.speaker, q.source?.text ?? null]),
    types: analysis.quotes.flatMap((q) => {
      const e = q.speakerId ? byId.get(q.speakerId) : undefined;
      return e ? [`${e.name}:${e.type}:${e.country ?? '-'}`] : [];
    }),
  };
}

test('named speakers: an outlet with a digit or an acronym in its name speaks as an organisation', () => {
  assert.deepEqual(speakersOf('Channel K7 stated that the vote would be held in June.'), {
    quotes: [['Channel K7', 'Channel K7']],
    types: ['Channel K7:organisation:-'],
  });
});

test("named speakers: a body's name ending in a body's word, with its country", () => {
  const read = speakersOf(
    'The Norwegian Fisheries Office said the quotas would be cut by a third next year.',
  );
  assert.deepEqual(read.quotes, [['Norwegian Fisheries Office', 'The Norwegian Fisheries Office']]);
  assert.deepEqual(read.types, ['Norwegian Fisheries Office:organisation:NOR']);
});

test('named speakers: a later "it said" takes the body found so', () => {
  const read = speakersOf(
    'Farmers UK said prices had doubled since the spring. It added that many farms would close within a year.',
  );
  assert.deepEqual(read.quotes, [
    ['Farmers UK', 'Farmers UK'],
    ['Farmers UK', 'It'],
  ]);
});

test('named speakers: a model number is no body', () => {
  assert.deepEqual(speakersOf('The B210-400 boasting a quieter engine and a longer range.'), {
    quotes: [[null, 'The B210-400']],
    types: [],
  });
});

test('named speakers: an adverb or a headline opening the sentence names no one', () => {
  assert.deepEqual(speakersOf('Meanwhile said the talks would resume on Friday.').types, []);
  assert.deepEqual(speakersOf('Storm Pictures Rally Crowds As Harbour Board Says Port Will Close').types, []);
});
