/**
 * Stories on texts written here, and on the reference corpus read at run time from ../shared (ingested with
 * its manifest's dates into a temporary store): the two March 2025 reports on the G7 foreign ministers'
 * meeting in Quebec are one story, and the other three seeds are stories of their own.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { ingestedSeeds } from '../../../test/support/seeds.js';
import { assignStory, featuresOf, storyFeatures, type NamedEntity, type StoryFeatures } from './index.js';
import { MemoryStoryIndex } from './memory-index.js';

const entity = (
  name: string,
  type: NamedEntity['type'],
  mentions: number,
  firstSentence = 0,
): NamedEntity => ({
  name,
  type,
  mentions,
  firstSentence,
});

const bridgeReport = (articleId: string, published: string | null, title: string | null) =>
  featuresOf({
    articleId,
    title,
    published,
    text: 'The river bridge at Hollin was closed after inspectors found corroded cables; the bridge closure diverts traffic through the valley and inspectors will return to test the cables.',
    entities: [
      entity('Hollin', 'place', 3),
      entity('Tova Brandt', 'person', 2),
      entity('Highways Agency', 'organisation', 2),
    ],
  });

const electionReport = featuresOf({
  articleId: 'election',
  title: 'Voters in Marrow choose a new mayor',
  published: '2024-05-03',
  text: 'Turnout in the mayoral election was high; the count of ballots ran late and the new mayor promised cheaper buses.',
  entities: [entity('Marrow', 'place', 3), entity('Ilse Varga', 'person', 3)],
});

describe('assignStory', () => {
  it('puts reports of one event in one story and keeps another event apart', async () => {
    const index = new MemoryStoryIndex();
    assert.deepEqual(await assignStory(bridgeReport('a', '2024-05-01', null), index), {
      storyId: 'story-a',
      isNew: true,
    });
    assert.deepEqual(await assignStory(electionReport, index), { storyId: 'story-election', isNew: true });
    assert.deepEqual(await assignStory(bridgeReport('b', '2024-05-04', 'Hollin bridge shut'), index), {
      storyId: 'story-a',
      isNew: false,
    });
    const story = index.stories().find((s) => s.id === 'story-a');
    assert.deepEqual(story, {
      id: 'story-a',
      title: 'Hollin bridge shut',
      articleIds: ['a', 'b'],
      eventIds: [],
      from: '2024-05-01',
      to: '2024-05-04',
    });
  });

  it('starts a new story for the same subject outside the date window', async () => {
    const index = new MemoryStoryIndex();
    await assignStory(bridgeReport('a', '2024-05-01', 'Hollin bridge shut'), index);
    assert.equal((await assignStory(bridgeReport('b', '2024-05-12', null), index)).isNew, true);
    assert.equal((await assignStory(bridgeReport('c', '2024-05-11', null), index)).storyId, 'story-a');
  });

  it('titles a story from its names and terms when no article has a title', async () => {
    const index = new MemoryStoryIndex();
    await assignStory(bridgeReport('a', '2024-05-01', null), index);
    assert.equal(index.stories()[0]?.title, 'Hollin, Tova Brandt: bridge');
  });

  it('survives a JSON round trip of its state', async () => {
    const index = new MemoryStoryIndex();
    await assignStory(bridgeReport('a', '2024-05-01', null), index);
    const resumed = new MemoryStoryIndex(JSON.parse(JSON.stringify(index.data)));
    assert.equal((await assignStory(bridgeReport('b', '2024-05-02', null), resumed)).storyId, 'story-a');
  });
});

describe('seed stories', () => {
  const features = new Map<string, StoryFeatures>();

  before(async () => {
    for (const [seed, read] of await ingestedSeeds()) features.set(seed, storyFeatures(read));
  });

  const seeds = ['000', '001', '002', '003', '004'];
  const orders = {
    'manifest order': seeds,
    reversed: [...seeds].reverse(),
    'by date': ['001', '000', '004', '002', '003'],
  };
  for (const [name, order] of Object.entries(orders)) {
    it(`groups the two Charlevoix reports and nothing else, in ${name}`, async () => {
      const index = new MemoryStoryIndex();
      const storyOf = new Map<string, string>();
      for (const seed of order) storyOf.set(seed, (await assignStory(features.get(seed)!, index)).storyId);
      const groups = index
        .stories()
        .map((story) =>
          story.articleIds.map((id) => seeds.find((seed) => features.get(seed)!.articleId === id)).sort(),
        );
      assert.deepEqual(groups.sort(), [['000', '001'], ['002'], ['003'], ['004']]);
      assert.equal(storyOf.get('000'), storyOf.get('001'));
      const g7 = index.stories().find((story) => story.articleIds.length === 2)!;
      assert.equal(
        g7.title,
        'G7 Foreign Ministers Convene Amid Potential Ceasefire Considerations for Ukraine',
      );
      assert.deepEqual([g7.from, g7.to], ['2025-03-12', '2025-03-13']);
    });
  }
});
