import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';

/**
 * A body's head named by another noun than the entities stage read ("Hezbollah's leader" for Hezbollah's
 * chief), with the body named in the words. Sentences written for these tests.
 */
const quotesOf = (text: string) =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q) => ({ said: q.content.text, speaker: q.speaker }));

test('head titles: "Hezbollah\'s leader" is the one the article names Hezbollah\'s chief', () => {
  const text =
    'Hezbollah chief Naim Qassem spoke in Beirut on Sunday. ' +
    'Hezbollah’s leader made comments about the talks. ' +
    'He said that the group would not give up its weapons.';
  assert.deepEqual(quotesOf(text).at(-1), {
    said: 'the group would not give up its weapons',
    speaker: 'Naim Qassem',
  });
});

test('head titles: the leader of another body, or one with no body named, is not that chief', () => {
  const other =
    'Hezbollah chief Naim Qassem spoke in Beirut on Sunday. ' +
    'Hamas’s leader made comments about the talks. ' +
    'He said that the group would not give up its weapons.';
  assert.deepEqual(quotesOf(other).at(-1), {
    said: 'the group would not give up its weapons',
    speaker: null,
  });
  const bare =
    'Hezbollah chief Naim Qassem spoke in Beirut on Sunday. ' +
    'The leader made comments about the talks. ' +
    'He said that the group would not give up its weapons.';
  assert.deepEqual(quotesOf(bare).at(-1), { said: 'the group would not give up its weapons', speaker: null });
});
