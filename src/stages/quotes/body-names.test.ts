import assert from 'node:assert/strict';
import { test } from 'node:test';
import { content, speaker, source, confidence, quoteRows } from './quote-rows.js';

const rows = (text: string): string[] => quoteRows(text, content, speaker, source, confidence);

test('quotes: "it said" stands for a name typed as a person that the article treats as a body', () => {
  // "cut its sales outlook": the article treats Hollis Fenwick as a body, which "It" may stand for.
  assert.deepEqual(
    rows(
      'Hollis Fenwick on Monday cut its sales outlook for the year. Hollis Fenwick said sales fell in the first quarter. It said it would cut prices in June.',
    ),
    [
      'sales fell in the first quarter | Hollis Fenwick | Hollis Fenwick | 0.75',
      'it would cut prices in June | Hollis Fenwick | It | 0.75',
    ],
  );
  // Set beside a body's noun: "Hollis Fenwick, the retailer,".
  assert.deepEqual(
    rows(
      'Hollis Fenwick, the retailer, said sales fell in the first quarter. It said it would cut prices in June.',
    ),
    [
      'sales fell in the first quarter | Hollis Fenwick | Hollis Fenwick, the retailer | 0.75',
      'it would cut prices in June | Hollis Fenwick | It | 0.75',
    ],
  );
});

test('quotes: a person-typed name with no sign of a body, or another body between, is not "it"', () => {
  // Nothing says Hollis Fenwick is a body: "It" stays unresolved.
  assert.deepEqual(
    rows(
      'Hollis Fenwick on Monday visited the plant in Leeds. Hollis Fenwick said sales fell in the first quarter. It said it would cut prices in June.',
    ).at(-1),
    'it would cut prices in June | - | It | 0.3',
  );
  // "its" inside a clause with a subject of its own is the agency's.
  assert.deepEqual(
    rows(
      'Hollis Fenwick said the agency had cut its sales outlook for the year. Hollis Fenwick said sales fell in the first quarter. It said it would cut prices in June.',
    ).at(-1),
    'it would cut prices in June | - | It | 0.3',
  );
  // Another body speaking between: "It" is the nearest one.
  assert.deepEqual(
    rows(
      'Hollis Fenwick on Monday cut its sales outlook for the year. Hollis Fenwick said sales fell in the first quarter. Barclays said rates would rise. It said it would cut prices in June.',
    ).at(-1),
    'it would cut prices in June | Barclays | It | 0.75',
  );
});

test('quotes: a subject before an aside set between commas is the source', () => {
  const before = 'Orsen Bank cut its outlook on Monday. ';
  assert.deepEqual(
    rows(`${before}The company, known for its cheap loans, said sales fell in the first quarter.`),
    ['sales fell in the first quarter | Orsen Bank | The company | 0.75'],
  );
  assert.deepEqual(
    rows(`${before}The company, which is based in Leeds, said sales fell in the first quarter.`),
    ['sales fell in the first quarter | Orsen Bank | The company | 0.75'],
  );
  // An aside the word rules keep in the source: the head is read from the words before it.
  assert.deepEqual(
    rows(`${before}The company, a lender based in Leeds, said sales fell in the first quarter.`),
    ['sales fell in the first quarter | Orsen Bank | The company, a lender based in Leeds | 0.75'],
  );
  // A name inside the aside is not the one speaking.
  assert.deepEqual(
    rows(`${before}The company, led by Anna Berg for ten years, said sales fell in the first quarter.`),
    ['sales fell in the first quarter | Orsen Bank | The company | 0.75'],
  );
  // A fronted clause with an aside of its own: the subject after it speaks.
  assert.deepEqual(rows(`${before}After the vote, which was held in Leeds, Anna Berg said sales fell.`), [
    'sales fell | Anna Berg | Anna Berg | 0.75',
  ]);
});
