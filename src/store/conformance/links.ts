import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Store } from '../store.js';
import { draft, emptyReading, signature } from './fixtures.js';

/** Readings and links: what is left to read and link, signatures, duplicates, sentences, relinks and reclean. */
export function linkCases(openStore: () => Promise<Store>): void {
  test('a reading is kept per article revision and pipeline, and stale ones are listed', async () => {
    const store = await openStore();
    try {
      const url = 'https://example.org/reading';
      const { id } = await store.saveArticle(draft('Envoys met in Miami on Thursday.', { url }));
      const other = await store.saveArticle(draft('A second article about sanctions.'));
      assert.deepEqual(await store.listUnread('p1', 10), [id, other.id]);
      const reading = {
        sentences: [{ index: 0, start: 0, end: 32 }],
        mentions: [],
        entities: [],
        quotes: [],
        figures: [],
        events: [],
        stances: [],
        dates: [
          { start: 23, end: 31, text: 'Thursday', type: 'DATE' as const, value: 'XXXX-WXX-4', sentence: 0 },
        ],
      };
      assert.equal(await store.saveReading({ articleId: id, revision: 1, pipeline: 'p1', reading }), true);
      assert.deepEqual(await store.getReading(id), { articleId: id, revision: 1, pipeline: 'p1', reading });
      assert.deepEqual(await store.listUnread('p1', 10), [other.id]);
      assert.deepEqual(await store.listUnread('p2', 1), [id], 'a newer pipeline rereads everything');
      await store.saveArticle(draft('Envoys met in Miami on Thursday, officials said.', { url }));
      assert.deepEqual(await store.listUnread('p1', 10), [id, other.id], 'a new revision needs reading');
      assert.equal(
        await store.saveReading({ articleId: id, revision: 1, pipeline: 'p1', reading }),
        false,
        'a reading of an old revision is refused',
      );
      assert.equal(await store.getReading(other.id), null);
      assert.equal(
        await store.saveReading({ articleId: 'nope', revision: 1, pipeline: 'p1', reading }),
        false,
      );
    } finally {
      await store.close();
    }
  });

  test('a reading comes back exactly as saved: parsed words, names beyond ASCII, nulls and numbers', async () => {
    const store = await openStore();
    try {
      const text = 'Erdoğan met Zelensky in Kyiv on Friday.';
      const { id } = await store.saveArticle(draft(text));
      const tokens = [
        { start: 0, end: 7, upos: 'PROPN' as const, head: 1, dep: 'nsubj' as const },
        { start: 8, end: 11, upos: 'VERB' as const, head: -1, dep: 'root' as const },
        { start: 12, end: 20, upos: 'PROPN' as const, head: 1, dep: 'obj' as const },
      ];
      const reading = {
        ...emptyReading(),
        sentences: [{ index: 0, start: 0, end: 39, tokens }],
        mentions: [
          {
            start: 0,
            end: 7,
            text: 'Erdoğan',
            type: 'person' as const,
            kind: 'name' as const,
            sentence: 0,
            entityId: 'e1',
          },
        ],
        figures: [
          {
            text: '2.5%',
            start: 30,
            end: 34,
            value: 2.5,
            valueMax: null,
            unit: '%',
            subject: null,
            qualifier: null,
            asOf: null,
            attribution: null,
            sentence: 0,
            confidence: 0.35,
          },
        ],
      };
      assert.equal(await store.saveReading({ articleId: id, revision: 1, pipeline: 'p1', reading }), true);
      assert.deepEqual(await store.getReading(id), { articleId: id, revision: 1, pipeline: 'p1', reading });
      const [read] = await store.readArticles([id]);
      assert.deepEqual(read?.reading, reading);
      assert.equal(read?.article.text, text);
    } finally {
      await store.close();
    }
  });

  test('links: signatures found by shared bands, duplicates, stories and decisions are kept', async () => {
    const store = await openStore();
    try {
      const first = await store.saveArticle(draft('Envoys met in Miami to discuss the ceasefire plan.'));
      const second = await store.saveArticle(
        draft('Envoys met in Miami to discuss the ceasefire plan today.'),
      );
      assert.deepEqual(await store.listUnlinked(10), [first.id, second.id]);
      const signature = (id: string, bandKeys: string[]) => ({
        articleId: id,
        revision: 1,
        signature: Uint32Array.from([1, 2, 3, 4]),
        fingerprint: `fp-${id}`,
        bandKeys,
      });
      const story = {
        id: `story-${first.id}`,
        title: 'Envoys meet in Miami',
        titleScore: null,
        titleFromKeys: false,
        articleCount: 1,
        from: '2025-12-04',
        to: '2025-12-04',
      };
      await store.saveLinks({
        signature: signature(first.id, ['b1', 'b2']),
        duplicates: [],
        story: {
          articleId: first.id,
          published: '2025-12-04',
          isNew: true,
          story,
          weights: { 'e:miami': 0.8, 'w:envoy': 0.6 },
          keys: ['e:miami', 'w:envoy', 'w:plan'],
          postings: ['e:miami@p1'],
        },
        sentenceKeys: ['s1', 's2'],
      });
      assert.deepEqual(await store.repeatedSentences(['s2', 's3'], second.id), ['s2']);
      assert.deepEqual(await store.repeatedSentences(['s2'], first.id), []);
      assert.deepEqual(await store.listUnlinked(10), [second.id]);
      const shared = await store.signaturesSharingBands(['b2', 'b9'], second.id, 8);
      assert.deepEqual(
        shared.map((s) => [s.articleId, [...s.signature], s.fingerprint]),
        [[first.id, [1, 2, 3, 4], `fp-${first.id}`]],
      );
      assert.deepEqual(await store.signaturesSharingBands(['b2'], first.id, 8), []);
      assert.deepEqual(await store.storyFrequencies(['e:miami', 'e:kyiv', 'w:plan']), {
        articles: 1,
        df: { 'e:miami': 1, 'w:plan': 1 },
      });
      const [candidate] = await store.storyCandidates(
        ['e:miami@p1'],
        ['e:miami', 'w:envoy', 'e:kyiv'],
        50,
        200,
      );
      assert.deepEqual(candidate, { ...story, keyWeights: { 'e:miami': 0.8, 'w:envoy': 0.6 } });
      assert.deepEqual(await store.storiesById([story.id, 'story-none'], ['e:miami']), [
        { ...story, keyWeights: { 'e:miami': 0.8 } },
      ]);
      assert.deepEqual(await store.storyCandidates(['e:miami@p2'], ['e:miami'], 50, 200), []);
      const pair = {
        a: first.id < second.id ? first.id : second.id,
        b: first.id < second.id ? second.id : first.id,
        similarity: 0.8,
        kind: 'near' as const,
      };
      await store.saveLinks({
        signature: signature(second.id, ['b2']),
        duplicates: [pair],
        story: {
          articleId: second.id,
          published: '2025-12-04',
          isNew: false,
          story: { ...story, articleCount: 2 },
          weights: { 'e:miami': 1 },
          keys: ['e:miami'],
          postings: ['e:miami@p1'],
        },
        sentenceKeys: [],
      });
      assert.deepEqual((await store.storiesById([story.id], ['e:miami']))[0]?.keyWeights, {
        'e:miami': 1.8,
      });
      assert.deepEqual(await store.listDuplicates(), [pair]);
      // One article's pairs, whichever side it is on.
      assert.deepEqual(await store.duplicatesOf(pair.a), [pair]);
      assert.deepEqual(await store.duplicatesOf(pair.b), [pair]);
      assert.deepEqual(await store.duplicatesOf('none'), []);
      assert.equal(await store.storyOfArticle(second.id), story.id);
      const [kept] = await store.listStories();
      assert.deepEqual([kept?.articleCount, new Set(kept?.articleIds)], [2, new Set([first.id, second.id])]);
      await store.addEntityDecision({ kind: 'merge', first: 'p-a', second: 'p-b' });
      await store.addEntityDecision({ kind: 'split', first: 'p-a', second: `${first.id}/e1` });
      assert.deepEqual(await store.listEntityDecisions(), [
        { kind: 'merge', first: 'p-a', second: 'p-b' },
        { kind: 'split', first: 'p-a', second: `${first.id}/e1` },
      ]);
    } finally {
      await store.close();
    }
  });

  test('duplicate candidates are cut at `perBand` per band key, the first by id', async () => {
    const store = await openStore();
    try {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const saved = await store.saveArticle(draft(`Copy number ${i} of the flooded item.`));
        ids.push(saved.id);
        await store.saveLinks({
          signature: signature(saved.id, ['flood', `own-${i}`]),
          duplicates: [],
          story: null,
          sentenceKeys: [],
        });
      }
      const sorted = [...ids].sort();
      const outsider = sorted[4]!;
      const two = await store.signaturesSharingBands(['flood'], outsider, 2);
      assert.deepEqual(
        two.map((s) => s.articleId),
        sorted.slice(0, 2),
      );
      const own = await store.signaturesSharingBands(
        ['flood', `own-${ids.indexOf(sorted[3]!)}`],
        outsider,
        2,
      );
      assert.deepEqual(
        own.map((s) => s.articleId),
        [...sorted.slice(0, 2), sorted[3]!],
        'each band key brings its own',
      );
    } finally {
      await store.close();
    }
  });

  test('what is left to read and to link is listed until done, and again for a new revision', async () => {
    const store = await openStore();
    try {
      const url = 'https://example.org/left';
      const drafts = Array.from({ length: 205 }, (_, i) => draft(`Numbered report ${i} on the talks.`));
      const saved = await store.saveArticles([draft('Envoys arrive in Riyadh.', { url }), ...drafts]);
      const ids = saved.map((r) => r.id);
      const iterated: string[] = [];
      for await (const article of store.iterateArticles()) iterated.push(article.id);
      assert.deepEqual(iterated, ids, 'iteration crosses its pages in ingestion order');
      const reading = emptyReading();
      await store.saveReadings(ids.map((articleId) => ({ articleId, revision: 1, pipeline: 'p1', reading })));
      assert.deepEqual(await store.listUnread('p1', 10), []);
      for (const id of ids)
        await store.saveLinks({
          signature: signature(id, [`band-${id}`]),
          duplicates: [],
          story: null,
          sentenceKeys: [],
        });
      assert.deepEqual(await store.listUnlinked(10), []);
      await store.saveArticle(draft('Envoys arrive in Riyadh for talks.', { url }));
      assert.deepEqual(await store.listUnread('p1', 10), [ids[0]]);
      assert.deepEqual(await store.listUnlinked(10), [ids[0]]);
      assert.deepEqual(await store.listUnread('p2', 3), ids.slice(0, 3));
    } finally {
      await store.close();
    }
  });

  test('a relink forgets every link once, resumes after a kill, and keeps decisions', async () => {
    const store = await openStore();
    try {
      const [a, b] = await store.saveArticles([draft('A report on the summit.'), draft('Another report.')]);
      const link = (articleId: string) =>
        store.saveLinks({
          signature: signature(articleId, [`band-${articleId}`]),
          duplicates: [],
          story: {
            articleId,
            published: null,
            isNew: true,
            story: {
              id: `story-${articleId}`,
              title: articleId,
              titleScore: null,
              titleFromKeys: false,
              articleCount: 1,
              from: null,
              to: null,
            },
            weights: { 'w:summit': 1 },
            keys: ['w:summit'],
            postings: ['w:summit@undated'],
          },
          sentenceKeys: [`s-${articleId}`],
        });
      await link(a!.id);
      await link(b!.id);
      await store.addEntityDecision({ kind: 'merge', first: 'ent_1', second: 'ent_2' });
      assert.deepEqual(await store.listUnlinked(10), []);
      assert.equal(await store.beginRelink(), 'started');
      assert.deepEqual(await store.listUnlinked(10), [a!.id, b!.id]);
      assert.deepEqual(await store.listStories(), []);
      assert.deepEqual(await store.storyFrequencies(['w:summit']), { articles: 0, df: {} });
      assert.deepEqual(await store.repeatedSentences([`s-${a!.id}`], b!.id), []);
      await link(a!.id);
      // Killed here: the next relink resumes with what is linked, and forgets nothing.
      assert.equal(await store.beginRelink(), 'resumed');
      assert.deepEqual(await store.listUnlinked(10), [b!.id]);
      await link(b!.id);
      await store.endRelink();
      assert.equal((await store.listStories()).length, 2);
      assert.equal(await store.beginRelink(), 'started');
      assert.deepEqual(await store.listEntityDecisions(), [
        { kind: 'merge', first: 'ent_1', second: 'ent_2' },
      ]);
    } finally {
      await store.close();
    }
  });

  test('sentences are counted per article, days and openings kept, and survive a relink', async () => {
    const store = await openStore();
    try {
      const a = await store.saveArticle(draft('First article on the budget vote.'));
      const b = await store.saveArticle(draft('Second article on the budget vote.'));
      assert.deepEqual(await store.sentenceCounts(['k1', 'k2']), []);
      await store.transaction(async (tx) => {
        await tx.countSentences(
          a.id,
          [
            { key: 'k1', lead: true },
            { key: 'k2', lead: false },
          ],
          '2025-05-21',
        );
      });
      await store.countSentences(b.id, [{ key: 'k1', lead: false }], '2025-05-19');
      await store.countSentences(b.id, [{ key: 'k3', lead: true }], null);
      assert.deepEqual(await store.sentenceCounts(['k1', 'k2', 'k3', 'k9']), [
        { key: 'k1', articles: 2, leads: 1, firstDay: '2025-05-19', lastDay: '2025-05-21' },
        { key: 'k2', articles: 1, leads: 0, firstDay: '2025-05-21', lastDay: '2025-05-21' },
        { key: 'k3', articles: 1, leads: 1, firstDay: null, lastDay: null },
      ]);
      // The connecting guard reads the same index: a key two articles printed is repeated for both.
      assert.deepEqual(await store.repeatedSentences(['k1', 'k2'], a.id), ['k1']);
      assert.deepEqual(await store.repeatedSentences(['k1', 'k2'], b.id), ['k1', 'k2']);
      assert.equal(await store.beginRelink(), 'started');
      await store.endRelink();
      assert.equal((await store.sentenceCounts(['k1']))[0]?.articles, 2, 'learned from texts, not links');
    } finally {
      await store.close();
    }
  });

  test('a reclean replaces the current text, forgets the reading and links, and refuses a stale revision', async () => {
    const store = await openStore();
    try {
      const saved = await store.saveArticle(draft('Budget passes. Sign up for our newsletter today.'));
      await store.saveReading({
        articleId: saved.id,
        revision: 1,
        pipeline: 'p1',
        reading: emptyReading(),
      });
      assert.deepEqual(await store.listUnread('p1', 10), []);
      assert.equal(await store.recleanArticle(saved.id, 2, 'Budget passes.', []), false);
      assert.equal(
        await store.recleanArticle(saved.id, 1, 'Budget passes.', [
          '[furniture: test] Sign up for our newsletter today.',
        ]),
        true,
      );
      const article = await store.getArticle(saved.id);
      assert.equal(article?.text, 'Budget passes.');
      assert.equal(article?.revision, 1);
      assert.deepEqual(article?.removed, ['[furniture: test] Sign up for our newsletter today.']);
      assert.equal(await store.getReading(saved.id), null);
      assert.deepEqual(await store.listUnread('p1', 10), [saved.id]);
      assert.deepEqual(await store.listUnlinked(10), [saved.id]);
      assert.equal((await store.search('newsletter')).length, 0);
      assert.equal((await store.search('budget')).length, 1);
    } finally {
      await store.close();
    }
  });
}
