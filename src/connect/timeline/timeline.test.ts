import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DatePrecision, MergedEvent } from '../../core/connected.js';
import { buildTimeline } from './index.js';

const event = (
  id: string,
  date: string | null,
  precision: DatePrecision,
  actors: string[] = [],
  storyId: string | null = null,
): MergedEvent => ({
  id,
  type: 'CONSULT',
  mode: 'asserted',
  date,
  precision,
  place: null,
  sourceIds: actors,
  targetIds: [],
  storyId,
  evidence: [
    {
      articleId: `art-${id}`,
      sentence: '',
      start: 0,
      end: 0,
      date,
      place: null,
      mode: 'asserted',
      confidence: 1,
    },
  ],
  confidence: 1,
});

const EVENTS = [
  event('undated-dec', '2025-12-03', 'undated', ['putin'], 's1'),
  event('day-dec', '2025-12-03', 'day', ['witkoff', 'putin'], 's1'),
  event('feb', '2025-02-28', 'day', ['trump']),
  event('week', '2025-W17', 'around', ['trump']),
  event('month-dec', '2025-12', 'month', ['putin'], 's1'),
  event('year', '2014', 'year'),
  event('nowhen', null, 'undated'),
];

test('the timeline: date order, coarse before fine, undated placed by article date and marked', () => {
  assert.deepEqual(
    buildTimeline(EVENTS).map((e) => [e.eventId, e.when, e.undated]),
    [
      ['year', '2014', false],
      ['feb', '2025-02-28', false],
      ['week', 'around 2025-W17', false],
      ['month-dec', '2025-12', false],
      ['day-dec', '2025-12-03', false],
      ['undated-dec', 'undated (reported 2025-12-03)', true],
      ['nowhen', 'undated', true],
    ],
  );
});

test('the timeline of one story or one actor', () => {
  assert.deepEqual(
    buildTimeline(EVENTS, { storyId: 's1' }).map((e) => e.eventId),
    ['month-dec', 'day-dec', 'undated-dec'],
  );
  assert.deepEqual(
    buildTimeline(EVENTS, { entityId: 'trump' }).map((e) => e.eventId),
    ['feb', 'week'],
  );
  assert.deepEqual(
    buildTimeline(EVENTS, { storyId: 's1', entityId: 'witkoff' }).map((e) => e.articleIds),
    [['art-day-dec']],
  );
});
