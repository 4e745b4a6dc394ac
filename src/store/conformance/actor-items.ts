import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote, Stance } from '../../core/analysis.js';
import type { ArticleActorItems } from '../../core/reading-items.js';
import { draft, emptyReading } from './fixtures.js';
import type { Store } from '../store.js';

const quote = (text: string, speakerId: string | null): Quote => ({
  content: { text, start: 0, end: text.length },
  source: null,
  cue: { text: 'said', start: text.length + 2, end: text.length + 6 },
  speaker: speakerId ? 'Kaja Kallas' : null,
  speakerId,
  direct: true,
  channel: null,
  date: null,
  sentence: 1,
  confidence: 0.8,
});
const stance = (actorId: string, issue: string): Stance => ({
  actorId,
  actor: 'Kaja Kallas',
  issue,
  position: 'supports',
  evidence: { text: 'She backed the plan.', start: 40, end: 60 },
  sentence: 2,
});

/**
 * For migration 34's tests: two articles read (one with an attributed quote and an unattributed one),
 * the items `actorItemsOf` gives for them, to be found again once the migration has filled its table.
 */
export async function saveActorItemReadings(store: Store): Promise<ArticleActorItems[]> {
  const [a, b] = await store.saveArticles([
    draft('We hold, he said. They said nothing.', { published: '2025-05-01' }),
    draft('A quiet day.', {}),
  ]);
  const said = quote('We hold', 'e2');
  await store.saveReadings([
    {
      articleId: a!.id,
      revision: 1,
      pipeline: 'p1',
      reading: {
        ...emptyReading(),
        quotes: [said, quote('They said nothing', null)],
        stances: [stance('e2', 'the line')],
      },
    },
    { articleId: b!.id, revision: 1, pipeline: 'p1', reading: emptyReading() },
  ]);
  return [
    {
      article: { id: a!.id, published: '2025-05-01' },
      quotes: [said],
      stances: [{ actorId: 'e2', issue: 'the line', position: 'supports', evidence: 'She backed the plan.' }],
    },
    { article: { id: b!.id, published: null }, quotes: [], stances: [] },
  ];
}

/** `actorItemsOf`: what an actor's profile reads of each current reading, kept beside it. */
export function actorItemCases(openStore: () => Promise<Store>): void {
  test('actor items: attributed quotes whole and stances, by article in stored order, of current readings', async () => {
    const store = await openStore();
    try {
      const url = 'https://example.org/talks';
      const [a, b, c] = await store.saveArticles([
        draft('Talks go on, she said. Some words. She backed the plan.', { published: '2025-04-02', url }),
        draft('Nothing was said.', {}),
        draft('An unread article.', {}),
      ]);
      const [ai, bi, ci] = [a!.id, b!.id, c!.id];
      const reading = (quotes: Quote[], stances: Stance[]) => ({ ...emptyReading(), quotes, stances });
      await store.saveReadings([
        {
          articleId: ai,
          revision: 1,
          pipeline: 'p1',
          reading: reading(
            [quote('Talks go on', 'e1'), quote('Some words', null)],
            [stance('e1', 'the plan')],
          ),
        },
        { articleId: bi, revision: 1, pipeline: 'p1', reading: emptyReading() },
      ]);
      // An unattributed quote is left out (no actor said it), and a stance keeps its evidence's words.
      const talks = {
        article: { id: ai, published: '2025-04-02' },
        quotes: [quote('Talks go on', 'e1')],
        stances: [
          { actorId: 'e1', issue: 'the plan', position: 'supports', evidence: 'She backed the plan.' },
        ],
      };
      const none = { article: { id: bi, published: null }, quotes: [], stances: [] };
      assert.deepEqual(await store.actorItemsOf([ci, bi, 'none', ai]), [talks, none]);
      assert.deepEqual(await store.actorItemsOf([]), []);

      // A corrected date is the article's; a new revision has none until its reading is saved.
      await store.updateArticle(ai, { published: '2025-04-03' });
      assert.deepEqual(await store.actorItemsOf([ai]), [
        { ...talks, article: { id: ai, published: '2025-04-03' } },
      ]);
      await store.saveArticle(draft('Talks are off, she said.', { published: '2025-04-03', url }));
      assert.deepEqual(await store.actorItemsOf([ai, bi]), [none]);
      await store.saveReading({
        articleId: ai,
        revision: 2,
        pipeline: 'p1',
        reading: reading([quote('Talks are off', 'e1')], []),
      });
      assert.deepEqual(await store.actorItemsOf([ai]), [
        { article: { id: ai, published: '2025-04-03' }, quotes: [quote('Talks are off', 'e1')], stances: [] },
      ]);
    } finally {
      await store.close();
    }
  });
}
