import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';

/**
 * "It said" past sentences about things, to the organisation that spoke in a statement; "the report" or
 * "the statement" to the organisation whose words the sentence before gave. Sentences written for these
 * tests.
 */
const quotesOf = (text: string) =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q) => ({ said: q.content.text, speaker: q.speaker }));

const statement =
  'A teacher was charged with fraud on Tuesday, the Northshire Police said in a statement. ' +
  'The money was allegedly taken from a school fund in March. ';

test('issuers: "it said" past a sentence about a thing is the organisation that spoke in a statement', () => {
  assert.deepEqual(quotesOf(statement + 'It said the teacher, 41, had been released on bail.').at(-1), {
    said: 'the teacher, 41, had been released on bail',
    speaker: 'Northshire Police',
  });
});

test('issuers: not without a statement, past a writing or another body, or after someone else spoke', () => {
  const unsaid = statement.replace(' in a statement', '');
  const cases = [
    unsaid,
    statement + 'A report on school finances was published in May. ',
    statement + 'The fund is run by the Harlow Trust. ',
    statement + 'The fund was empty, a parent said. ',
  ];
  for (const before of cases)
    assert.deepEqual(quotesOf(before + 'It said the teacher, 41, had been released on bail.').at(-1), {
      said: 'the teacher, 41, had been released on bail',
      speaker: null,
    });
});

const annual =
  'In its annual report, the Eastland Central Bank said that inflation had slowed. ' +
  'Prices of food fell in the spring. ';

test('issuers: "the report" past a sentence about a thing is the body that spoke in its report', () => {
  assert.deepEqual(quotesOf(annual + 'The report said the bank expects growth to pick up.').at(-1), {
    said: 'the bank expects growth to pick up',
    speaker: 'Eastland Central Bank',
  });
  const survey = annual + 'A survey of shops was published in May. ';
  assert.deepEqual(quotesOf(survey + 'The report said the bank expects growth to pick up.').at(-1), {
    said: 'the bank expects growth to pick up',
    speaker: null,
  });
});

const reported = 'The two leaders met in secret on Monday night, the Valley Courier news site reported. ';

test('issuers: "the report" right after an outlet reported is that outlet', () => {
  assert.deepEqual(quotesOf(reported + 'According to the report, the meeting lasted an hour.').at(-1), {
    said: 'the meeting lasted an hour',
    speaker: 'Valley Courier',
  });
});

test('issuers: not a sentence further back, nor after two bodies or someone unknown spoke', () => {
  const further = reported + 'Both men have denied it. ';
  assert.deepEqual(quotesOf(further + 'According to the report, the meeting lasted an hour.').at(-1), {
    said: 'the meeting lasted an hour',
    speaker: null,
  });
  const unknown = reported + 'Their aides said nothing was agreed. ';
  assert.deepEqual(quotesOf(unknown + 'According to the report, the meeting lasted an hour.').at(-1), {
    said: 'the meeting lasted an hour',
    speaker: null,
  });
  const two =
    'The Valley Courier reported that the two leaders met in secret, while the Harbour Herald said they argued. ';
  assert.deepEqual(quotesOf(two + 'According to the report, the meeting lasted an hour.').at(-1), {
    said: 'the meeting lasted an hour',
    speaker: null,
  });
});
