import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SEARCH_RANKED } from '../../core/search.js';
import type { Store } from '../store.js';
import { draft } from './fixtures.js';

/** Articles kept once, with revisions, metadata, corrections and search; the change mark and transactions. */
export function articleCases(openStore: () => Promise<Store>): void {
  test('an article is stored once, whatever its source path', async () => {
    const store = await openStore();
    try {
      const first = await store.saveArticle(draft('Ceasefire talks resume in Geneva today.'));
      const again = await store.saveArticle({
        ...draft('Ceasefire talks resume in Geneva today.'),
        source: 'other/place.txt',
      });
      assert.equal(first.outcome, 'added');
      assert.deepEqual(again, { outcome: 'unchanged', id: first.id, revision: 1 });
      assert.equal(await store.countArticles(), 1);
    } finally {
      await store.close();
    }
  });

  test('a changed text at the same URL becomes the next revision, keeping the old one', async () => {
    const store = await openStore();
    try {
      const url = 'https://news.example.org/2025/talks?utm_source=feed';
      const first = await store.saveArticle(draft('Talks begin on Monday.', { url }));
      const second = await store.saveArticle(
        draft('Talks begin on Monday, officials said.', { url: 'https://NEWS.example.org/2025/talks/' }),
      );
      assert.deepEqual(second, { outcome: 'revised', id: first.id, revision: 2 });
      const stored = await store.getArticle(first.id);
      assert.equal(stored?.text, 'Talks begin on Monday, officials said.');
      assert.equal(stored?.revision, 2);
      const revisions = await store.listRevisions(first.id);
      assert.deepEqual(
        revisions.map((r) => [r.revision, r.text]),
        [[1, 'Talks begin on Monday.']],
      );
      const back = await store.saveArticle(draft('Talks begin on Monday.', { url }));
      assert.equal(back.outcome, 'unchanged', 'an old revision coming back is not a new one');
      assert.equal(await store.countArticles(), 1);
    } finally {
      await store.close();
    }
  });

  test('articles come back exactly as saved, by id or unique prefix', async () => {
    const store = await openStore();
    try {
      const original = draft('Ministers met in Ottawa — “a frank exchange”, said one. Café talks.', {
        title: 'Ministers meet',
        outlet: 'Example News',
        outletEvidence: { origin: 'metadata', detail: 'meta[property="og:site_name"]' },
        published: null,
        publishedRange: { from: '2025-03-01', to: '2025-03-31', evidence: 'last month … February 28' },
        removed: ['Subscribe to our newsletter'],
        lang: 'en',
      });
      const saved = await store.saveArticle(original);
      const byId = await store.getArticle(saved.id);
      const byPrefix = await store.getArticle(saved.id.slice(0, 6));
      assert.ok(byId);
      const { id, revision, ingestedAt, updatedAt, ...rest } = byId;
      assert.deepEqual(rest, original);
      assert.equal(id, saved.id);
      assert.equal(revision, 1);
      assert.match(ingestedAt, /^\d{4}-\d{2}-\d{2}T/);
      assert.equal(updatedAt, ingestedAt);
      assert.deepEqual(byPrefix, byId);
      assert.equal(await store.getArticle('ffffffffffff'), null);
      assert.equal(await store.getArticle('no such id'), null);
    } finally {
      await store.close();
    }
  });

  test('lists and counts by story and publication day, in ingestion order', async () => {
    const store = await openStore();
    try {
      const dates = ['2025-03-01T23:30:00Z', null, '2025-03-02', '2025-02-28', '2025-03-03T08:00:00+02:00'];
      const ids: string[] = [];
      for (const [i, published] of dates.entries())
        ids.push(
          (
            await store.saveArticle(
              draft(`Dispatch number ${i} on the talks.`, { published, outlet: i % 2 ? 'B' : 'A' }),
            )
          ).id,
        );
      const listed = async (query: Parameters<Store['listArticles']>[0]) => {
        const items = (await store.listArticles(query)).map((a) => ids.indexOf(a.id));
        const { limit: _limit, offset: _offset, ...filter } = query ?? {};
        assert.equal(await store.countArticles(filter), (await store.listArticles(filter)).length);
        return items;
      };
      // A date-time counts by its day as written; an undated article is in no bounded range.
      assert.deepEqual(await listed({ from: '2025-03-01' }), [0, 2, 4]);
      assert.deepEqual(await listed({ to: '2025-03-01' }), [0, 3]);
      assert.deepEqual(await listed({ from: '2025-03-02', to: '2025-03-03' }), [2, 4]);
      assert.deepEqual(await listed({ from: '2025-03-01', outlet: 'A', limit: 1, offset: 1 }), [2]);
      assert.equal(await store.countArticles({ from: '2025-03-01', outlet: 'A' }), 3);
      assert.equal(await store.countArticles(), 5);
      const story = {
        id: 'story-talks',
        title: 'Talks',
        titleScore: null,
        titleFromKeys: false,
        articleCount: 1,
        from: null,
        to: null,
      };
      for (const [n, i] of [3, 1].entries())
        await store.saveLinks({
          signature: {
            articleId: ids[i]!,
            revision: 1,
            signature: Uint32Array.from([i]),
            fingerprint: `fp${i}`,
            bandKeys: [],
          },
          duplicates: [],
          story: {
            articleId: ids[i]!,
            published: null,
            isNew: n === 0,
            story: { ...story, articleCount: n + 1 },
            weights: {},
            keys: [],
            postings: [],
          },
          sentenceKeys: [],
        });
      assert.deepEqual(await listed({ story: story.id }), [1, 3]);
      assert.deepEqual(await listed({ story: story.id, to: '2025-03-01' }), [3]);
      assert.deepEqual(await listed({ story: 'story-none' }), []);
    } finally {
      await store.close();
    }
  });

  test('list pages in ingestion order and filters by outlet', async () => {
    const store = await openStore();
    try {
      for (const [i, outlet] of ['A', 'B', 'A', 'C'].entries()) {
        await store.saveArticle(draft(`Report number ${i} from the summit.`, { outlet }));
      }
      const all = await store.listArticles();
      assert.deepEqual(
        all.map((a) => a.outlet),
        ['A', 'B', 'A', 'C'],
      );
      const page = await store.listArticles({ limit: 2, offset: 1 });
      assert.deepEqual(
        page.map((a) => a.id),
        all.slice(1, 3).map((a) => a.id),
      );
      assert.equal((await store.listArticles({ outlet: 'A' })).length, 2);
      const iterated: string[] = [];
      for await (const article of store.iterateArticles()) iterated.push(article.id);
      assert.deepEqual(
        iterated,
        all.map((a) => a.id),
      );
    } finally {
      await store.close();
    }
  });

  test('full-text search finds words in title and text, with a snippet, and never fails on syntax', async () => {
    const store = await openStore();
    try {
      const { id } = await store.saveArticle(
        draft('The envoys discussed a thirty-day ceasefire at length.', { title: 'Envoys in Jeddah' }),
      );
      await store.saveArticle(draft('Markets rallied on Tuesday after the announcement.'));
      const hits = await store.search('ceasefire envoys');
      assert.deepEqual(
        hits.map((h) => h.id),
        [id],
      );
      assert.match(hits[0]!.snippet, /«ceasefire»/);
      assert.deepEqual(
        (await store.search('jeddah')).map((h) => h.id),
        [id],
      );
      const ids = async (q: string) => (await store.search(q)).map((h) => h.id);
      assert.deepEqual(await ids('"thirty-day ceasefire'), [id]);
      assert.deepEqual(await ids('thirty day ceasefire'), [id]);
      assert.deepEqual(await store.search('AND OR NOT ( * : -'), []);
      await store.saveArticle(draft('Another ceasefire was proposed by the envoys in Geneva.'));
      assert.equal(await store.countMatches('ceasefire'), 2);
      assert.equal(await store.countMatches('AND OR'), 0);
      const [firstHit] = await store.search('ceasefire', 1);
      const [secondHit] = await store.search('ceasefire', 1, 1);
      assert.ok(firstHit && secondHit && firstHit.id !== secondHit.id, 'pages do not overlap');
      assert.deepEqual(await store.search('sanctions'), []);
    } finally {
      await store.close();
    }
  });

  test('a stored text seen again takes better-evidenced metadata, never over a user correction', async () => {
    const store = await openStore();
    try {
      const text = 'Delegations met for eight hours on Tuesday.';
      const guessed = {
        published: null,
        publishedRange: { from: '2025-03-01', to: '2025-03-31', evidence: 'last month … February 28' },
        publishedEvidence: { origin: 'text' as const, detail: 'last month … February 28' },
      };
      const { id } = await store.saveArticle(draft(text, guessed));
      const dated = {
        published: '2025-03-12',
        publishedRange: null,
        publishedEvidence: { origin: 'manifest' as const, detail: 'manifest.jsonl:2' },
        outlet: 'Example Wire',
        outletEvidence: { origin: 'manifest' as const, detail: 'manifest.jsonl:2' },
      };
      assert.deepEqual(await store.saveArticle(draft(text, dated)), {
        outcome: 'updated',
        id,
        revision: 1,
      });
      const after = await store.getArticle(id);
      assert.equal(after?.published, '2025-03-12');
      assert.equal(after?.publishedRange, null);
      assert.equal(after?.outlet, 'Example Wire');
      assert.equal((await store.saveArticle(draft(text, dated))).outcome, 'unchanged');
      assert.equal(
        (await store.saveArticle(draft(text, guessed))).outcome,
        'unchanged',
        'weaker evidence loses',
      );
      await store.updateArticle(id, { published: '2025-03-11' });
      const manifest2 = { ...dated, published: '2025-03-13' };
      assert.equal((await store.saveArticle(draft(text, manifest2))).outcome, 'unchanged');
      assert.equal((await store.getArticle(id))?.published, '2025-03-11');
    } finally {
      await store.close();
    }
  });

  test('search folds case and accents both ways, weighs titles, and pages in a stable order', async () => {
    const store = await openStore();
    try {
      const cafe = await store.saveArticle(draft('Talks resumed at the Café Landtmann in Vienna.'));
      const erdogan = await store.saveArticle(draft('President Erdogan spoke to reporters.'));
      const titled = await store.saveArticle(
        draft('The ministers spoke at length.', { title: 'Ceasefire plan' }),
      );
      const inText = await store.saveArticle(draft('A ceasefire plan was discussed by the ministers.'));
      const ids = async (q: string) => (await store.search(q)).map((h) => h.id);
      assert.deepEqual(await ids('cafe landtmann'), [cafe.id]);
      assert.deepEqual(await ids('CAFÉ'), [cafe.id]);
      assert.deepEqual(await ids('Erdoğan'), [erdogan.id]);
      assert.deepEqual(await ids('ceasefire plan'), [titled.id, inText.id], 'a title match ranks first');
      for (let i = 0; i < 5; i++) await store.saveArticle(draft(`Report ${i}: the envoys met again.`));
      const pages = [];
      for (let offset = 0; offset < 5; offset += 2) pages.push(...(await store.search('envoys', 2, offset)));
      assert.equal(new Set(pages.map((h) => h.id)).size, 5, 'equal ranks page without overlap or gap');
    } finally {
      await store.close();
    }
  });

  test('search ranks the newest SEARCH_RANKED matches, then lists older ones newest first', async () => {
    const store = await openStore();
    try {
      const count = SEARCH_RANKED + 5;
      // Same-shaped dispatches rank alike (ingestion order breaks ties); 0 and 1000 match best.
      const drafts = Array.from({ length: count }, (_, i) =>
        i === 0 || i === 1000
          ? draft(`Ceasefire ceasefire, report ${i}.`, { title: 'Ceasefire' })
          : draft(`Dispatch ${i} on the ceasefire.`),
      );
      const ids = (await store.saveArticles(drafts)).map((r) => r.id);
      const found = async (limit: number, offset: number) =>
        (await store.search('ceasefire', limit, offset)).map((h) => ids.indexOf(h.id));
      assert.equal(await store.countMatches('ceasefire'), count);
      assert.deepEqual(await found(3, 0), [1000, 5, 6]);
      assert.deepEqual(await found(3, SEARCH_RANKED - 1), [count - 1, 4, 3]);
      assert.deepEqual(await found(10, count - 2), [1, 0]);
    } finally {
      await store.close();
    }
  });

  test('the change mark stays while nothing is written and moves with every kind of write', async () => {
    const store = await openStore();
    try {
      const empty = await store.changeMark();
      assert.equal(await store.changeMark(), empty);
      await store.listArticles({});
      assert.equal(await store.changeMark(), empty, 'reads leave it');
      const saved = await store.saveArticle(draft('Talks resume in Geneva on Monday.'));
      const added = await store.changeMark();
      assert.notEqual(added, empty);
      await store.saveArticle(draft('Talks resume in Geneva on Monday.'));
      assert.equal(await store.changeMark(), added, 'an unchanged article changes nothing');
      await store.updateArticle(saved.id, { title: 'Talks resume' });
      assert.notEqual(await store.changeMark(), added, 'a correction moves it');
    } finally {
      await store.close();
    }
  });

  test('a transaction keeps all of its writes or none, and one inside it joins it', async () => {
    const store = await openStore();
    try {
      const kept = await store.transaction(async (tx) => {
        const first = await tx.saveArticle(draft('First article of the transaction.'));
        const second = await tx.transaction((inner) => inner.saveArticle(draft('Second, in a nested one.')));
        await tx.addEntityDecision({ kind: 'merge', first: 'p-a', second: 'p-b' });
        return [first.id, second.id];
      });
      assert.equal(kept.length, 2);
      await assert.rejects(
        store.transaction(async (tx) => {
          await tx.saveArticle(draft('An article whose transaction fails.'));
          await tx.addEntityDecision({ kind: 'split', first: 'p-a', second: 'p-c' });
          throw new Error('changed my mind');
        }),
        /changed my mind/,
      );
      assert.equal(await store.countArticles(), 2);
      assert.deepEqual(await store.listEntityDecisions(), [{ kind: 'merge', first: 'p-a', second: 'p-b' }]);
      const [a, b] = await Promise.all([
        store.transaction((tx) => tx.saveArticle(draft('Written by one caller.'))),
        store.transaction((tx) => tx.saveArticle(draft('Written by another caller at once.'))),
      ]);
      assert.deepEqual([a.outcome, b.outcome], ['added', 'added']);
    } finally {
      await store.close();
    }
  });

  test('a user correction is kept with user evidence and survives a new revision', async () => {
    const store = await openStore();
    try {
      const url = 'https://example.org/story';
      const { id } = await store.saveArticle(draft('First text.', { url }));
      const updated = await store.updateArticle(id, { published: '2025-03-12', outlet: 'Example Daily' });
      assert.deepEqual(updated, await store.getArticle(id));
      assert.equal(updated?.published, '2025-03-12');
      assert.equal(updated?.publishedEvidence?.origin, 'user');
      assert.equal(updated?.outletEvidence?.origin, 'user');
      await store.saveArticle(draft('Second, longer text.', { url, published: '2030-01-01' }));
      const after = await store.getArticle(id);
      assert.equal(after?.revision, 2);
      assert.equal(after?.published, '2025-03-12');
      assert.equal(after?.outlet, 'Example Daily');
      assert.equal(await store.updateArticle('000000000000', { title: 'x' }), null);
    } finally {
      await store.close();
    }
  });
}
