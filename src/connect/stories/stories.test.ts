/**
 * Stories on texts written here, and on the reference corpus read at run time from ../shared (ingested with
 * its manifest's dates into a temporary store): the two March 2025 reports on the G7 foreign ministers'
 * meeting in Quebec are one story, and the other three seeds are stories of their own.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { ingestedSeeds } from '../../../test/support/seeds.js';
import {
  assignStory,
  bestStory,
  planStory,
  MAX_POSTINGS,
  featuresOf,
  storyFeatures,
  type NamedEntity,
  type StoryCandidate,
  type StoryFeatures,
} from './index.js';
import { MemoryStoryIndex } from './memory-index.js';

const entity = (name: string, type: NamedEntity['type'], mentions: number): NamedEntity => ({
  name,
  type,
  mentions,
  firstSentence: 0,
});

const report = (
  articleId: string,
  published: string | null,
  title: string | null,
  text: string,
  entities: NamedEntity[],
) => featuresOf({ articleId, title, published, text, entities });

// Two reports of one closure, worded differently, and a look-alike: another town's bridge, closed for the
// same reason weeks later, by other people.
const hollin = (articleId: string, published: string | null, title: string | null) =>
  report(
    articleId,
    published,
    title,
    articleId === 'a'
      ? 'The river bridge at Hollin was closed on Monday after inspectors found corroded cables. Tova Brandt of the Highways Agency said traffic would be diverted through the Ossel valley until the cables are replaced.'
      : 'Hollin bridge shut: engineers discovered rusting cables on the Hollin crossing, and drivers are being sent through the Ossel valley, Tova Brandt told reporters, while the Highways Agency orders new cables.',
    [entity('Hollin', 'place', 2), entity('Tova Brandt', 'person', 2), entity('Ossel', 'place', 1)],
  );
const marrow = (published: string | null) =>
  report(
    'm',
    published,
    'Marrow viaduct closed',
    'The railway viaduct at Marrow was closed on Friday after surveyors found cracked bearings. Ilse Varga of Network Rail said trains would run by bus from Dunmere until the bearings are replaced.',
    [entity('Marrow', 'place', 1), entity('Ilse Varga', 'person', 1), entity('Dunmere', 'place', 1)],
  );

async function place(index: MemoryStoryIndex, ...articles: StoryFeatures[]): Promise<string[]> {
  const ids: string[] = [];
  for (const features of articles) ids.push((await assignStory(features, index)).storyId);
  return ids;
}

describe('assignStory', () => {
  it('puts reports of one event in one story, however worded, and keeps a look-alike event apart', async () => {
    for (const dated of [true, false]) {
      const index = new MemoryStoryIndex();
      const [a, m, b] = await place(
        index,
        hollin('a', dated ? '2024-05-01' : null, null),
        marrow(dated ? '2024-05-03' : null),
        hollin('b', dated ? '2024-05-02' : null, 'Hollin bridge shut'),
      );
      assert.equal(b, a, dated ? 'dated' : 'undated');
      assert.notEqual(m, a, dated ? 'dated' : 'undated');
      const story = index.listStories().find((s) => s.id === a);
      assert.deepEqual(story?.articleIds, ['a', 'b']);
      assert.equal(story?.title, 'Hollin bridge shut');
    }
  });

  it('looks stories up by a posting key only while it lists at most MAX_POSTINGS of them', () => {
    const record = (id: string) => ({
      id,
      title: id,
      titleScore: null,
      titleFromKeys: false,
      articleCount: 1,
      from: null,
      to: null,
      articleIds: [id],
      keyWeights: { 'e:strike': 1 },
    });
    const crowd = Array.from({ length: MAX_POSTINGS }, (_, i) => `story-${String(i).padStart(3, '0')}`);
    const index = new MemoryStoryIndex({
      articles: MAX_POSTINGS + 1,
      df: {},
      stories: Object.fromEntries([...crowd, 'story-dock'].map((id) => [id, record(id)])),
      postings: { 'e:strike@p1': crowd, 'e:dock@p1': ['story-dock'] },
    });
    const ids = () => index.candidates(['e:strike@p1', 'e:dock@p1'], ['e:strike']).map((c) => c.id);
    // Each story shares one posting key with the article: the first 50 by id, the crowd's list read.
    assert.deepEqual(ids().slice(0, 2), ['story-000', 'story-001'], 'a list of the bound is read');
    index.data.postings['e:strike@p1']!.push('story-dock');
    assert.deepEqual(ids(), ['story-dock'], 'one past it, the list is left out and the rarer key still read');
  });

  it('starts a new story for the same subject outside the date window', async () => {
    const index = new MemoryStoryIndex();
    const [a, b] = await place(
      index,
      hollin('a', '2024-05-01', 'Hollin bridge shut'),
      hollin('b', '2024-05-12', null),
    );
    assert.notEqual(b, a);
  });

  it('titles a story from its names when no article has a title, and resumes from a JSON snapshot', async () => {
    const index = new MemoryStoryIndex();
    await place(index, hollin('a', '2024-05-01', null));
    assert.equal(index.listStories()[0]?.title, 'Hollin, Tova Brandt');
    const resumed = new MemoryStoryIndex(JSON.parse(JSON.stringify(index.data)));
    const [b] = await place(resumed, hollin('b', '2024-05-02', null));
    assert.equal(b, 'story-a');
  });

  it("asks more of a report from the story's own site, and of one printed days after it", () => {
    // A story of one article from gazette.example on 1 May; each report below has cosine 0.4 with it.
    const joins = gazetteStoryJoins(0.4);
    // Another site, the same or the next day: 0.4 clears the bar (0.33).
    assert.equal(joins('courier.example', '2024-05-01'), 'story-g');
    assert.equal(joins('courier.example', '2024-05-02'), 'story-g');
    // The same site: its beat's vocabulary is no evidence (0.33 + 0.15).
    assert.equal(joins('gazette.example', '2024-05-01'), null);
    // Four days after the day after: the next event of a kind is likelier (0.33 + 4 × 0.05).
    assert.equal(joins('courier.example', '2024-05-06'), null);
  });

  it("gives a site's own item of the next day no day of grace", () => {
    // A story of one article from gazette.example on 1 May; each report below has cosine 0.5 with it.
    const joins = gazetteStoryJoins(0.5);
    // The same site the same day clears its bar (0.33 + 0.15); the next day it is the site's next item
    // (0.33 + 0.15 + 0.05), while another site's report of the next day still joins (0.33).
    assert.equal(joins('gazette.example', '2024-05-01'), 'story-g');
    assert.equal(joins('gazette.example', '2024-05-02'), null);
    assert.equal(joins('courier.example', '2024-05-02'), 'story-g');
  });

  it('asks more of an undated report to join a lone article than to join a story of several', () => {
    // Undated stories whose articles have, on average, cosine `cosine` with a report about Hollin.
    const joins = (cosine: number, articleCount: number) =>
      bestStory(report('r', null, null, 'Hollin', []), { 'w:hollin': 1 }, [
        {
          id: 'story-h',
          title: 'Hollin bridge shut',
          titleScore: null,
          titleFromKeys: false,
          articleCount,
          from: null,
          to: null,
          keyWeights: { 'w:hollin': cosine * articleCount },
        },
      ])?.story.id ?? null;
    // A lone article: 0.12 × (1 + 1) = 0.24.
    assert.equal(joins(0.23, 1), null);
    assert.equal(joins(0.25, 1), 'story-h');
    // A pair: 0.12 × 1.5 = 0.18; ten articles: 0.12 × 1.1 = 0.132.
    assert.equal(joins(0.17, 2), null);
    assert.equal(joins(0.19, 2), 'story-h');
    assert.equal(joins(0.13, 10), null);
    assert.equal(joins(0.14, 10), 'story-h');
  });

  it('puts a copy of a placed article in its story whatever the dated bar says, but not a page alike only in its furniture', async () => {
    const index = new MemoryStoryIndex();
    await place(index, hollin('a', '2024-05-01', null));
    // The same report printed by another site five days later: past the dated bar, a copy still.
    const copy = await assignStory(hollin('a2', '2024-05-06', null), index, {
      duplicateStories: ['story-a'],
    });
    assert.equal(copy.storyId, 'story-a');
    // A page the near-duplicate index paired with it through what both print around their content.
    const lookalike = await assignStory(marrow('2024-05-01'), index, { duplicateStories: ['story-a'] });
    assert.equal(lookalike.storyId, 'story-m');
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
      for (const seed of order) await assignStory(features.get(seed)!, index);
      const groups = index
        .listStories()
        .map((story) =>
          story.articleIds.map((id) => seeds.find((seed) => features.get(seed)!.articleId === id)).sort(),
        );
      assert.deepEqual(groups.sort(), [['000', '001'], ['002'], ['003'], ['004']]);
      const g7 = index.listStories().find((story) => story.articleIds.length === 2)!;
      assert.equal(
        g7.title,
        'G7 Foreign Ministers Convene Amid Potential Ceasefire Considerations for Ukraine',
      );
      assert.deepEqual([g7.from, g7.to], ['2025-03-12', '2025-03-13']);
    });
  }
});

/**
 * A story of one article from gazette.example on 1 May 2024 whose keys have cosine `cosine` with a report
 * about Hollin, and which story such a report from `source` on `published` joins (null for none).
 */
function gazetteStoryJoins(cosine: number): (source: string, published: string) => string | null {
  const story: StoryCandidate = {
    id: 'story-g',
    title: 'Hollin bridge shut',
    titleScore: null,
    titleFromKeys: false,
    articleCount: 1,
    from: '2024-05-01',
    to: '2024-05-01',
    keyWeights: { 'w:hollin': cosine, 'o:gazette.example': 1 },
  };
  return (source, published) =>
    bestStory({ ...report('r', published, null, 'Hollin', []), source }, { 'w:hollin': 1 }, [story])?.story
      .id ?? null;
}

describe('a bridging article', () => {
  const lone = report('r', null, null, 'Hollin', []);
  const key = Object.keys(lone.terms)[0]!;
  /** A story of `articleCount` articles whose average cosine with the report is `cosine`. */
  const story = (id: string, articleCount: number, cosine: number, day: string | null): StoryCandidate => ({
    id,
    title: `${id} title`,
    titleScore: null,
    titleFromKeys: false,
    articleCount,
    from: day,
    to: day,
    keyWeights: { [key]: cosine * articleCount },
  });
  const plan = (published: string | null, ...candidates: StoryCandidate[]) =>
    planStory(
      { ...lone, published },
      {
        frequencies: () => ({ articles: 0, df: {} }),
        candidates: () => candidates,
        stories: () => [],
        apply: () => undefined,
      },
    );

  it('merges two undated stories it is alike to at 0.3 or above, into the one of most articles', async () => {
    const update = await plan(null, story('story-a', 1, 0.35, null), story('story-b', 2, 0.32, null));
    assert.equal(update.story.id, 'story-b');
    assert.deepEqual(update.merged, ['story-a']);
    assert.equal(update.story.articleCount, 4);
    // One of them below the bridge (though above its bar, 0.24): the article joins its best story only.
    const below = await plan(null, story('story-a', 1, 0.35, null), story('story-b', 1, 0.29, null));
    assert.equal(below.story.id, 'story-a');
    assert.deepEqual(below.merged, []);
  });

  it('needs 0.49 with each within a dated window', async () => {
    const day = '2024-05-01';
    const dated = (a: number, b: number) =>
      plan(day, story('story-a', 1, a, day), story('story-b', 1, b, '2024-05-02'));
    assert.deepEqual((await dated(0.6, 0.45)).merged, []);
    const update = await dated(0.6, 0.5);
    assert.deepEqual([update.story.id, update.merged], ['story-a', ['story-b']]);
    assert.deepEqual([update.story.from, update.story.to], ['2024-05-01', '2024-05-02']);
  });

  it('moves the merged story to the kept one in the index, and redirects its id', () => {
    const index = new MemoryStoryIndex();
    const placed = (articleId: string, id: string, weights: Record<string, number>, merged?: string[]) =>
      index.apply({
        articleId,
        published: null,
        isNew: merged === undefined,
        story: { ...story(id, 1, 0, null), articleCount: merged ? 3 : 1 },
        ...(merged ? { merged } : {}),
        weights,
        keys: Object.keys(weights),
        postings: Object.keys(weights).map((k) => `${k}@undated`),
      });
    placed('a', 'story-a', { 'w:dam': 0.6, 'w:flood': 0.8 });
    placed('b', 'story-b', { 'w:dam': 0.5, 'w:street': 0.5 });
    placed('c', 'story-a', { 'w:street': 1 }, ['story-b']);
    assert.deepEqual(
      index.listStories().map((s) => [s.id, s.articleIds]),
      [['story-a', ['a', 'b', 'c']]],
    );
    assert.deepEqual(index.data.stories['story-a']!.keyWeights, {
      'w:dam': 1.1,
      'w:flood': 0.8,
      'w:street': 1.5,
    });
    assert.deepEqual(index.data.postings['w:street@undated'], ['story-a']);
    assert.deepEqual(index.data.redirects, { 'story-b': 'story-a' });
  });
});
