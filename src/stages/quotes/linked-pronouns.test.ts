import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';

/**
 * A "he" or "she" the entities stage linked, read again by the quotes stage: a name inside the words said
 * is not the speaker, and a person named only as the possessor of the sentence before's subject is not
 * vouched for. Sentences written for these tests.
 */
const SHOWN = 0.5;
const quotesOf = (text: string) =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q) => ({
    said: q.content.text,
    speaker: q.speaker,
    shown: q.confidence >= SHOWN,
  }));

test('linked pronoun: a name inside the words said does not speak them; the speaker before does', () => {
  const text =
    'Sales at the chain rose last year, analyst Peter Hollis said. ' +
    'Marlowe has cut its imports from Mexico by half since 2020, he said.';
  assert.deepEqual(quotesOf(text).at(-1), {
    said: 'Marlowe has cut its imports from Mexico by half since 2020',
    speaker: 'Peter Hollis',
    shown: true,
  });
  // The same with the person talked about named by a full name inside the words said.
  const talkedAbout =
    'Senator Rita Vance spoke in Denver on Monday. ' +
    'The goal now is to see if Omar Haddad can be trusted, she said.';
  assert.deepEqual(quotesOf(talkedAbout).at(-1), {
    said: 'The goal now is to see if Omar Haddad can be trusted',
    speaker: 'Rita Vance',
    shown: true,
  });
});

test('linked pronoun: words said opening with the full name are the speaker telling of themselves', () => {
  const text = 'Nadia Rahimi moved to Leeds in 2010 and has run the shelter since, she said.';
  assert.deepEqual(quotesOf(text), [
    {
      said: 'Nadia Rahimi moved to Leeds in 2010 and has run the shelter since',
      speaker: 'Nadia Rahimi',
      shown: true,
    },
  ]);
});

test('linked pronoun: the possessor of the subject before is kept but not vouched for', () => {
  const mother =
    'The school was closed in May. Laila Osei’s mother revealed in April that the police had found two suspects. ' +
    'She also said the principal refused to give a statement.';
  assert.deepEqual(quotesOf(mother).at(-1), {
    said: 'the principal refused to give a statement',
    speaker: 'Laila Osei',
    shown: false,
  });
  // The person named as the subject, or as a possessor of something not the subject, is still taken up.
  const subject =
    'The school was closed in May. Laila Osei revealed in April that the police had found two suspects. ' +
    'She also said the principal refused to give a statement.';
  assert.deepEqual(quotesOf(subject).at(-1), {
    said: 'the principal refused to give a statement',
    speaker: 'Laila Osei',
    shown: true,
  });
  const object =
    'The school was closed in May. The board discussed Laila Osei’s complaint on Friday. ' +
    'She also said the principal refused to give a statement.';
  assert.deepEqual(quotesOf(object).at(-1), {
    said: 'the principal refused to give a statement',
    speaker: 'Laila Osei',
    shown: true,
  });
});
