import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { draft, emptyReading, signature } from './conformance-fixtures.js';
import { recordViewCases } from './conformance-views.js';
import type { Store } from './store.js';

/**
 * The behaviour every `Store` owes its callers. Each implementation's test file runs this suite against a
 * real database; a new backend is done when it passes unchanged.
 */
export function runStoreConformance(name: string, openStore: () => Promise<Store>): void {
  describe(`Store conformance: ${name}`, () => {
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
        const [candidate] = await store.storyCandidates(['e:miami@p1'], ['e:miami', 'w:envoy', 'e:kyiv'], 50);
        assert.deepEqual(candidate, { ...story, keyWeights: { 'e:miami': 0.8, 'w:envoy': 0.6 } });
        assert.deepEqual(await store.storiesById([story.id, 'story-none'], ['e:miami']), [
          { ...story, keyWeights: { 'e:miami': 0.8 } },
        ]);
        assert.deepEqual(await store.storyCandidates(['e:miami@p2'], ['e:miami'], 50), []);
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
        assert.equal(await store.storyOfArticle(second.id), story.id);
        const [kept] = await store.listStories();
        assert.deepEqual(
          [kept?.articleCount, new Set(kept?.articleIds)],
          [2, new Set([first.id, second.id])],
        );
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
        for (let offset = 0; offset < 5; offset += 2)
          pages.push(...(await store.search('envoys', 2, offset)));
        assert.equal(new Set(pages.map((h) => h.id)).size, 5, 'equal ranks page without overlap or gap');
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
          const second = await tx.transaction((inner) =>
            inner.saveArticle(draft('Second, in a nested one.')),
          );
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
        await store.saveReadings(
          ids.map((articleId) => ({ articleId, revision: 1, pipeline: 'p1', reading })),
        );
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

    test('connected records: found by key, member, story, measure and article; replaced by scope', async () => {
      const store = await openStore();
      try {
        const [a, b] = await store.saveArticles([draft('A report on the summit.'), draft('Another report.')]);
        const [ai, bi] = [a!.id, b!.id];
        const storyId = `story-${ai}`;
        const story = {
          id: storyId,
          title: 'Summit',
          titleScore: null,
          titleFromKeys: false,
          articleCount: 1,
          from: null,
          to: null,
        };
        const link = (articleId: string, isNew: boolean, sentenceKeys: string[]) =>
          store.saveLinks({
            signature: signature(articleId, [`band-${articleId}`]),
            duplicates: [],
            story: { articleId, published: null, isNew, story, weights: {}, keys: [], postings: [] },
            sentenceKeys,
          });
        await link(ai, true, ['k1', 'k2']);
        await link(bi, false, ['k2']);
        const actor = (id: string, members: string[]) => ({
          id,
          name: id,
          type: 'person' as const,
          country: null,
          stands: null,
          aliases: [id],
          roles: [],
          members,
          mentionCount: members.length,
        });
        const x = actor('ent_a', [`${ai}/e1`, `${bi}/e1`]);
        const y = actor('ent_b', [`${bi}/e2`]);
        const evidence = { articleId: ai, sentence: 'A report on the summit.', start: 0, end: 23 };
        const event = {
          id: 'evt_1',
          type: 'CONSULT' as const,
          mode: 'asserted' as const,
          date: '2025-03',
          precision: 'month' as const,
          place: null,
          sourceIds: [x.id],
          targetIds: [y.id],
          storyId,
          evidence: [
            { ...evidence, date: '2025-03', place: null, mode: 'asserted' as const, confidence: 0.7 },
          ],
          confidence: 0.7,
        };
        const series = {
          id: 'ser_1',
          subject: 'share',
          unit: '%',
          points: [{ value: 1, asOf: '2025-03-01', articleId: ai, evidence, sources: [ai] }],
          confidence: 0.5,
          owned: true,
        };
        const discrepancy = (id: string) => ({
          id,
          kind: 'role' as const,
          subject: id,
          variants: [{ value: 'v', articleIds: [ai], evidence: [evidence] }],
          confidence: 0.5,
        });
        await store.saveConnected({
          removeActors: [],
          actors: [
            { entity: x, keys: ['surname:a', 'name:person:a'], members: x.members },
            { entity: y, keys: ['surname:b'], members: y.members },
          ],
          eventStories: [storyId],
          events: [
            {
              event,
              order: '2025-03-01|a',
              timeline: '0 2025-03-01 0 7',
              days: { from: '2025-03-01', to: '2025-03-31' },
            },
          ],
          measureArticles: [
            { articleId: ai, measureIds: ['ser_1'] },
            { articleId: bi, measureIds: ['ser_1', 'ser_2'] },
          ],
          removeSeries: [],
          series: [series],
          discrepancyScopes: [],
          discrepancies: [
            { scope: `actor:${x.id}`, discrepancy: discrepancy('dis_1') },
            { scope: `story:${storyId}`, discrepancy: discrepancy('dis_2') },
          ],
        });
        assert.deepEqual(await store.actorsByKeys(['surname:a', 'surname:none']), [x]);
        assert.deepEqual(await store.actorsOfMembers([`${bi}/e2`]), [y]);
        assert.deepEqual(await store.actorsById([y.id, 'ent_none']), [y]);
        assert.deepEqual(await store.actorsOfArticles([bi]), [x, y]);
        assert.deepEqual(await store.membersOfArticles([ai]), { [`${ai}/e1`]: x.id });
        assert.deepEqual(await store.eventsOfStories([storyId]), [event]);
        assert.deepEqual(await store.storiesOfActors([y.id]), [storyId]);
        assert.deepEqual(await store.storiesOfArticles([ai, bi, 'none']), { [ai]: storyId, [bi]: storyId });
        assert.deepEqual(await store.articlesOfStory(storyId), [ai, bi].sort());
        assert.deepEqual(await store.articlesOfMeasures(['ser_2']), [bi]);
        assert.deepEqual(await store.measuresOfArticles([ai]), ['ser_1']);
        assert.deepEqual(await store.ingestionOrder([bi, 'none', ai]), [ai, bi]);
        await store.saveReading({ articleId: ai, revision: 1, pipeline: 'p1', reading: emptyReading() });
        const read = await store.readArticles([bi, 'none', ai]);
        assert.deepEqual(
          read.map((r) => [r.article.id, r.article.text, r.reading]),
          [[ai, 'A report on the summit.', emptyReading()]],
        );
        assert.deepEqual(await store.listActors(), [x, y]);
        assert.deepEqual(await store.listEvents(), [event]);
        assert.deepEqual(await store.listSeries(), [series]);
        assert.deepEqual(await store.listDiscrepancies(), [discrepancy('dis_1'), discrepancy('dis_2')]);
        // A sentence key another article already holds is furniture from now on: its first holder is told once.
        assert.deepEqual(await store.markFurniture(['k2'], bi), [ai]);
        assert.deepEqual(await store.markFurniture(['k2'], bi), []);
        assert.deepEqual(await store.furnitureKeys(['k1', 'k2']), ['k2']);

        const joined = actor('ent_a', [...x.members, ...y.members]);
        await store.saveConnected({
          removeActors: [y.id],
          actors: [{ entity: joined, keys: ['surname:b'], members: y.members }],
          eventStories: [storyId],
          events: [],
          measureArticles: [{ articleId: bi, measureIds: ['ser_2'] }],
          removeSeries: ['ser_1'],
          series: [],
          discrepancyScopes: [`actor:${x.id}`, `actor:${y.id}`],
          discrepancies: [],
        });
        assert.deepEqual(await store.listActors(), [joined]);
        assert.deepEqual(await store.actorsByKeys(['surname:b']), [joined]);
        assert.deepEqual(await store.membersOfArticles([bi]), {
          [`${bi}/e1`]: joined.id,
          [`${bi}/e2`]: joined.id,
        });
        assert.deepEqual(await store.listEvents(), []);
        assert.deepEqual(await store.storiesOfActors([y.id]), []);
        assert.deepEqual(await store.listSeries(), []);
        assert.deepEqual(await store.articlesOfMeasures(['ser_1']), [ai]);
        assert.deepEqual(await store.listDiscrepancies(), [discrepancy('dis_2')]);

        assert.equal(await store.beginRelink(), 'started');
        assert.deepEqual(await store.listActors(), []);
        assert.deepEqual(await store.listDiscrepancies(), []);
        assert.deepEqual(await store.furnitureKeys(['k2']), []);
        assert.deepEqual(await store.measuresOfArticles([ai, bi]), []);
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

    test('stories list undated first, and their articles by date with the undated first', async () => {
      const store = await openStore();
      try {
        const [undated, late, early] = await store.saveArticles([
          draft('An undated report on the summit.'),
          draft('A later report on the summit.', { published: '2025-03-20' }),
          draft('An early report on the summit.', { published: '2025-03-02' }),
        ]);
        const story = (id: string, from: string | null) => ({
          id,
          title: id,
          titleScore: null,
          titleFromKeys: false,
          articleCount: 1,
          from,
          to: from,
        });
        const link = (articleId: string, s: ReturnType<typeof story>, isNew: boolean) =>
          store.saveLinks({
            signature: signature(articleId, []),
            duplicates: [],
            story: {
              articleId,
              published: s.from,
              isNew,
              story: s,
              weights: { 'e:summit': 1 },
              keys: ['e:summit'],
              postings: [],
            },
            sentenceKeys: [],
          });
        await link(late!.id, story('story-b', '2025-03-20'), true);
        await link(undated!.id, story('story-a', null), true);
        await link(
          early!.id,
          { ...story('story-b', '2025-03-02'), articleCount: 2, to: '2025-03-20' },
          false,
        );
        const stories = await store.listStories();
        assert.deepEqual(
          stories.map((s) => [s.id, s.articleIds]),
          [
            ['story-a', [undated!.id]],
            ['story-b', [early!.id, late!.id]],
          ],
        );
        assert.deepEqual(await store.storyFrequencies(['e:summit']), { articles: 3, df: { 'e:summit': 3 } });
        const [candidate] = await store.storyCandidates(['none'], ['e:summit'], 5);
        assert.equal(candidate, undefined);
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

    recordViewCases(openStore);
  });
}
