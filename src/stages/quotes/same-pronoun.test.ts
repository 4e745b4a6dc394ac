import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';

/**
 * A "he" or "she" the entities stage left unlinked, after the same pronoun earlier in its sentence that it
 * linked: the two are one person, not a name between them. Sentences written for these tests.
 */
const quotesOf = (text: string) =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q) => ({ said: q.content.text, speaker: q.speaker }));

test('same pronoun: an earlier "she" of the sentence, linked, stands for the later one', () => {
  const text =
    'For months Helen Marsh said nothing. ' +
    'That changed in June, when she and Gordon Pike released a film in which she admitted being a "go-between" for the firm.';
  assert.deepEqual(quotesOf(text).at(-1), {
    said: 'being a "go-between" for the firm',
    speaker: 'Helen Marsh',
  });
});

test('same pronoun: a name before the pronoun, with no earlier pronoun, is still taken', () => {
  const text =
    'For months Helen Marsh said nothing. ' +
    'That changed in June, when Gordon Pike released a film in which he admitted being a "go-between" for the firm.';
  assert.deepEqual(quotesOf(text).at(-1), {
    said: 'being a "go-between" for the firm',
    speaker: 'Gordon Pike',
  });
});

test('same pronoun: an earlier pronoun of the other gender is not taken up', () => {
  const text =
    'For months Gordon Pike said nothing. ' +
    'That changed in June, when he and Helen Marsh released a film in which she admitted being a "go-between" for the firm.';
  assert.deepEqual(quotesOf(text).at(-1), {
    said: 'being a "go-between" for the firm',
    speaker: 'Helen Marsh',
  });
});

test('"according to him" is read as "he said": the person speaking before, of that gender', () => {
  const opening = (said: string) =>
    `Former minister Ehud Barak ${said} that the army "is close to a war crime. ` +
    'Thousands are being killed," in an interview on Tuesday. ';
  const text = opening('stated') + 'According to him, "the war has no objective."';
  assert.deepEqual(quotesOf(text).at(-1), { said: 'the war has no objective.', speaker: 'Ehud Barak' });
  // Not a "her" when the article tells that he is a man.
  const other = opening('stated he thought') + 'According to her, "the war has no objective."';
  assert.deepEqual(quotesOf(other).at(-1), { said: 'the war has no objective.', speaker: null });
});
