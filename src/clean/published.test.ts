import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../core/errors.js';
import { inferPublished, type PublishedInference } from './published.js';

type Row = [name: string, text: string, reference: string | undefined, expected: PublishedInference | null];

function ranged(from: string, to: string, evidence: string): PublishedInference {
  return { published: from === to ? from : null, range: { from, to, evidence }, evidence };
}

describe('inferPublished', () => {
  const rows: Row[] = [
    [
      'a "Published on" line',
      'Published on March 3, 2024\nThe council met on Monday.',
      undefined,
      { published: '2024-03-03', range: null, evidence: 'Published on March 3, 2024' },
    ],
    [
      '"Published" beats "Updated"',
      'Updated: 12 June 2023 10:45 BST\nPublished: 10 June 2023\nThe council met.',
      undefined,
      { published: '2023-06-10', range: null, evidence: 'Published: 10 June 2023' },
    ],
    [
      'a dateline with place and date',
      'LISBON, May 6, 2024 — The council met on Monday.',
      undefined,
      { published: '2024-05-06', range: null, evidence: 'LISBON, May 6, 2024 — The council met on Monday.' },
    ],
    [
      'a date alone on an opening line',
      'Monday, 6 May 2024\nThe council met.',
      undefined,
      { published: '2024-05-06', range: null, evidence: 'Monday, 6 May 2024' },
    ],
    [
      'a weekday pins the year near the reference',
      'Ministers met on Wednesday, Nov 12, to discuss the budget. No deal was reached.',
      '2025-11-20',
      ranged('2025-11-12', '2025-11-19', 'Ministers met on Wednesday, Nov 12, to discuss the budget.'),
    ],
    [
      'a weekday in brackets, year from a past event in the text',
      'The alliance was founded in 2021. Its envoys met on Thursday (March 13) in the capital.',
      undefined,
      ranged(
        '2025-03-13',
        '2025-03-20',
        'The alliance was founded in 2021. … Its envoys met on Thursday (March 13) in the capital.',
      ),
    ],
    [
      'the latest weekday-dated event sets the start',
      'Talks opened on Monday, Oct 9. They ended on Thursday, Oct 12, without a deal.',
      '2023-10-20',
      ranged('2023-10-12', '2023-10-19', 'They ended on Thursday, Oct 12, without a deal.'),
    ],
    [
      'an event still to come caps the range',
      'Leaders met on Tuesday, Dec 31. They will meet again on Thursday, Jan 2.',
      '2025-01-01',
      ranged(
        '2024-12-31',
        '2025-01-02',
        'Leaders met on Tuesday, Dec 31. … They will meet again on Thursday, Jan 2.',
      ),
    ],
    [
      'only an event to come',
      'Talks will resume on Monday, Jan 5.',
      '2026-01-01',
      ranged('2025-12-29', '2026-01-05', 'Talks will resume on Monday, Jan 5.'),
    ],
    [
      '"last month" next to a named day gives the following month',
      'A deal was due to be signed last month but collapsed after a row on February 28.',
      '2025-03-20',
      ranged(
        '2025-03-01',
        '2025-03-31',
        'A deal was due to be signed last month but collapsed after a row on February 28.',
      ),
    ],
    [
      '"last month" with a dated day needs no reference',
      'The pact was ratified last month, after talks that ended on 14 December 2023.',
      undefined,
      ranged(
        '2024-01-01',
        '2024-01-31',
        'The pact was ratified last month, after talks that ended on 14 December 2023.',
      ),
    ],
    [
      'a dated past event raises the start of the range',
      'The deal collapsed last month after talks on February 27. The board resigned on March 10, 2025.',
      '2025-03-20',
      ranged(
        '2025-03-10',
        '2025-03-31',
        'The deal collapsed last month after talks on February 27. … The board resigned on March 10, 2025.',
      ),
    ],
    ['no dates at all', 'The council met and argued about the budget.', undefined, null],
    ['empty text', '', undefined, null],
    ['a month-day without weekday or year', 'The vote on Nov 12 was close.', undefined, null],
    [
      'a month-day without weekday, even with a reference',
      'The vote on Nov 12 was close.',
      '2025-11-20',
      null,
    ],
    [
      'a weekday and month-day with no year to anchor them',
      'Ministers met on Wednesday, Nov 12.',
      undefined,
      null,
    ],
    [
      'a past year alone bounds but does not date',
      'The war began in 2022 and has not ended.',
      undefined,
      null,
    ],
    [
      '"last month" with no year to place it',
      'The deal collapsed last month after a row on February 28.',
      undefined,
      null,
    ],
    ['a weekday that contradicts the stated year', 'They met on Friday, March 13, 2025.', undefined, null],
    ['lower-case "may" is a verb', 'Officials may 5 times review it on Tuesday.', '2025-01-01', null],
  ];
  for (const [name, text, reference, expected] of rows) {
    it(name, () => assert.deepEqual(inferPublished(text, reference ? { reference } : {}), expected));
  }

  it('refuses a reference that is not a date', () => {
    assert.throws(() => inferPublished('The council met.', { reference: 'last week' }), UsageError);
  });

  it('does not depend on the time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      assert.deepEqual(
        inferPublished('Ministers met on Wednesday, Nov 12.', { reference: '2025-11-13' })?.range?.from,
        '2025-11-12',
      );
    } finally {
      process.env.TZ = before;
    }
  });
});
