import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDate } from './dates.js';

test('reads every common date format, keeping the instant and the zone as given', () => {
  const rows: Array<[string, ReturnType<typeof parseDate>]> = [
    // RFC 2822 / RSS, named and numeric zones
    [
      'Wed, 21 May 2025 04:00:00 EDT',
      { day: '2025-05-21', instant: '2025-05-21T04:00:00-04:00', zone: 'EDT' },
    ],
    ['Wed, 21 May 2025 12:36:25 GMT', { day: '2025-05-21', instant: '2025-05-21T12:36:25Z', zone: 'GMT' }],
    [
      'Mon, 26 May 2025 16:52:00 +0300',
      { day: '2025-05-26', instant: '2025-05-26T16:52:00+03:00', zone: '+0300' },
    ],
    ['21 May 2025 23:30 -0500', { day: '2025-05-21', instant: '2025-05-21T23:30:00-05:00', zone: '-0500' }],
    [
      'Thu, 13 Mar 25 10:00:00 +0100',
      { day: '2025-03-13', instant: '2025-03-13T10:00:00+01:00', zone: '+0100' },
    ],
    [
      'Wed, 21 May 2025 04:00:00 CEST',
      { day: '2025-05-21', instant: '2025-05-21T04:00:00+02:00', zone: 'CEST' },
    ],
    // An ambiguous zone name: the day is kept, the instant carries no offset.
    ['Wed, 21 May 2025 04:00:00 IST', { day: '2025-05-21', instant: '2025-05-21T04:00:00', zone: 'IST' }],
    // ISO 8601 / RFC 3339, offsets and fractions
    [
      '2025-05-21T18:11:00+00:00',
      { day: '2025-05-21', instant: '2025-05-21T18:11:00+00:00', zone: '+00:00' },
    ],
    [
      '2025-05-21T23:00:06+09:00',
      { day: '2025-05-21', instant: '2025-05-21T23:00:06+09:00', zone: '+09:00' },
    ],
    ['2025-05-21T18:11:00.123Z', { day: '2025-05-21', instant: '2025-05-21T18:11:00.123Z', zone: 'Z' }],
    ['2025-05-21 18:11', { day: '2025-05-21', instant: '2025-05-21T18:11:00', zone: null }],
    ['2025-05-21T18:11:00+0530', { day: '2025-05-21', instant: '2025-05-21T18:11:00+05:30', zone: '+0530' }],
    // Date only, in words
    ['2025-05-21', { day: '2025-05-21', instant: null, zone: null }],
    ['May 21, 2025', { day: '2025-05-21', instant: null, zone: null }],
    ['21 May 2025', { day: '2025-05-21', instant: null, zone: null }],
    ['September 3, 2024', { day: '2024-09-03', instant: null, zone: null }],
    ['May 21, 2025 4:05 PM EDT', { day: '2025-05-21', instant: '2025-05-21T16:05:00-04:00', zone: 'EDT' }],
    // Unix seconds and milliseconds, which are UTC
    ['1747800000', { day: '2025-05-21', instant: '2025-05-21T04:00:00Z', zone: 'Z' }],
    ['1747800000000', { day: '2025-05-21', instant: '2025-05-21T04:00:00Z', zone: 'Z' }],
  ];
  for (const [input, expected] of rows) assert.deepEqual(parseDate(input), expected, input);
});

test('gives null for what is not a date rather than a guess', () => {
  for (const input of [
    '',
    'yesterday',
    '10/03/2025', // day-first or month-first: unknowable
    '2025-02-30',
    '2025-05-21T25:00:00Z',
    'Wed, 32 May 2025 04:00:00 GMT',
    'Maybe 21, 2025',
    '2025-05-21T10:00:00+25:00',
  ]) {
    assert.equal(parseDate(input), null, input);
  }
});
