/**
 * When, as the text says it: occurrence evidence from dates, the conflicts it finds between an article and
 * a story, and placement without publication dates on texts written here (two look-alike occurrences of one
 * kind kept apart by their dates; one occurrence reported in other words and dated otherwise kept together).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StoryCandidate } from '../../core/connected.js';
import { assignStory, featuresOf, type StoryFeatures } from './index.js';
import { MemoryStoryIndex } from './memory-index.js';
import { conflictingFacet, occurrenceOf, occurrenceWeights, type DateEvidence } from './occurrence.js';

describe('occurrenceOf', () => {
  it('takes principal years from dates given to the day and principal months from the first sentences', () => {
    const dates: DateEvidence[] = [
      { value: '2013-09-17', sentence: 0 },
      { value: 'XXXX-12', sentence: 1 },
      { value: 'XXXX-WXX-2', sentence: 0 },
      { value: '2008', sentence: 4 },
      { value: '2012-10', sentence: 6 },
      { value: 'P8D', sentence: 2 },
    ];
    assert.deepEqual(occurrenceOf(dates), {
      principal: { year: ['2013'], month: ['09', '12'] },
      mentioned: { year: ['2008', '2012', '2013'], month: ['09', '10', '12'] },
    });
  });

  it('has no principal values where the text gives no date', () => {
    assert.deepEqual(occurrenceOf([{ value: 'XXXX-WXX-6', sentence: 0 }]), {
      principal: { year: [], month: [] },
      mentioned: { year: [], month: [] },
    });
  });
});

describe('conflictingFacet', () => {
  // A story of two reports dated 4 March 2019, one of which also dates a deadline in April.
  const story: StoryCandidate = {
    id: 'story-s',
    title: 'Spillway opened',
    titleScore: null,
    titleFromKeys: false,
    articleCount: 2,
    from: null,
    to: null,
    keyWeights: [
      occurrenceWeights(occurrenceOf([{ value: '2019-03-04', sentence: 0 }])),
      occurrenceWeights(
        occurrenceOf([
          { value: '2019-03-04', sentence: 0 },
          { value: '2019-04-30', sentence: 1 },
        ]),
      ),
    ].reduce<Record<string, number>>((sum, weights) => {
      for (const [key, weight] of Object.entries(weights)) sum[key] = (sum[key] ?? 0) + weight;
      return sum;
    }, {}),
  };
  const facetOf = (...dates: DateEvidence[]) => conflictingFacet(occurrenceOf(dates), story);

  it('finds the year of an article dated in another year, whose dates the story never gives', () => {
    assert.equal(facetOf({ value: '2023-10-12', sentence: 0 }), 'year');
  });

  it('finds the month of an article dated in another month of an unknown year', () => {
    assert.equal(facetOf({ value: 'XXXX-10', sentence: 0 }), 'month');
  });

  it("finds none for an article that gives the story's date, or mentions it beside its own", () => {
    assert.equal(facetOf({ value: '2019-03-05', sentence: 0 }), null);
    // A report of the next year recalling the story's occurrence: it mentions its year and month.
    assert.equal(facetOf({ value: '2020-03-04', sentence: 0 }, { value: '2019-03', sentence: 2 }), null);
    // A report dating two things, one of them the story's day.
    assert.equal(facetOf({ value: '2019-03-04', sentence: 0 }, { value: '2023-10-12', sentence: 1 }), null);
  });

  it('finds none for an article that gives no date', () => {
    assert.equal(facetOf({ value: 'XXXX-WXX-1', sentence: 0 }), null);
  });
});

// Two openings of one dam's spillway, years apart, reported alike; and a report of the first in other words.
const SPILLWAY =
  'Engineers opened the spillway of the Vesna dam after heavy rain raised the reservoir above its safe level. ' +
  'Villages downstream along the Orsk river were told to move livestock to higher ground, and the regional ' +
  'water authority said the gates would stay open until the level falls.';
const spillway = (articleId: string, text: string, dates: DateEvidence[]): StoryFeatures =>
  featuresOf({ articleId, title: null, published: null, text, entities: [], dates });
const first = () => spillway('a', `4 March 2019. ${SPILLWAY}`, [{ value: '2019-03-04', sentence: 0 }]);
const again = () =>
  spillway(
    'b',
    '12 October 2023. Engineers opened the spillway of the Vesna dam again as a storm raised the reservoir ' +
      'above its safe level. Farmers on the Orsk river lost their harvest to the flood, and the mayor of ' +
      'Dolny criticised the water authority for opening the gates at night without warning.',
    [{ value: '2023-10-12', sentence: 0 }],
  );
const retold = () =>
  spillway(
    'c',
    'Water authority opens Vesna dam spillway as reservoir rises after rain in March. Orsk river villages ' +
      'moved livestock to higher ground; the gates stay open until the level falls, engineers said.',
    [{ value: 'XXXX-03', sentence: 0 }],
  );
const undatedEvidence = (features: StoryFeatures): StoryFeatures => ({
  ...features,
  occurrence: occurrenceOf([]),
});

async function storiesOf(...articles: StoryFeatures[]): Promise<string[]> {
  const index = new MemoryStoryIndex();
  const ids: string[] = [];
  for (const features of articles) ids.push((await assignStory(features, index)).storyId);
  return ids;
}

describe('stories without publication dates', () => {
  it('keeps two look-alike occurrences apart by the dates their texts give', async () => {
    // Alike enough to join on content alone ...
    const [a, b] = await storiesOf(undatedEvidence(first()), undatedEvidence(again()));
    assert.equal(b, a);
    // ... apart once the texts' dates (4 March 2019, 12 October 2023) are read.
    assert.deepEqual(await storiesOf(first(), again()), ['story-a', 'story-b']);
  });

  it('joins a report of the same occurrence in other words, dated only by its month', async () => {
    assert.deepEqual(await storiesOf(first(), again(), retold()), ['story-a', 'story-b', 'story-a']);
  });
});
