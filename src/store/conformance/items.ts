import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure, Quote } from '../../core/analysis.js';
import type { MergedEvent, ResolvedEntity } from '../../core/connected.js';
import { emptyUpdate } from '../../core/record-ports.js';
import type { NetworkEdges } from '../../core/record-ports.js';
import { draft, emptyReading } from './fixtures.js';
import type { Store } from '../store.js';

/** `RecordViews.quotePage` and `figurePage`: the current readings' quotes and figures, as indexed rows. */
export function readingItemCases(openStore: () => Promise<Store>): void {
  const quote = (text: string, at: number, speakerId: string | null, confidence: number): Quote => ({
    content: { text, start: at, end: at + text.length },
    source: null,
    cue: null,
    speaker: speakerId ? 'Marco Rubio' : null,
    speakerId,
    direct: true,
    channel: null,
    date: null,
    sentence: 0,
    confidence,
  });
  const figure = (text: string, subject: string, confidence: number): Figure => ({
    text,
    start: 0,
    end: text.length,
    value: 40,
    valueMax: null,
    unit: 'people',
    subject,
    qualifier: null,
    asOf: null,
    attribution: null,
    sentence: 0,
    confidence,
  });
  const first = { limit: 10, offset: 0, all: false };
  const everything = { ...first, all: true };
  const texts = (page: { items: Array<{ articleId: string; content: { text: string } }> }) =>
    page.items.map((q) => q.content.text);

  test('quotes and figures: pages of the current readings, oldest article first, filtered and counted', async () => {
    const store = await openStore();
    try {
      const url = 'https://example.org/summit';
      const [a, b, c] = await store.saveArticles([
        draft('The summit will go on, he said. Nothing more.', { published: '2025-03-02', url }),
        draft('We stand firm, Rubio said.', { published: '2025-03-01' }),
        draft('No comment, said a spokesman. About 40 protesters came.', {}),
      ]);
      const [ai, bi, ci] = [a!.id, b!.id, c!.id];
      const read = (articleId: string, quotes: Quote[], figures: Figure[] = []) => ({
        articleId,
        revision: 1,
        pipeline: 'p1',
        reading: { ...emptyReading(), quotes, figures },
      });
      await store.saveReadings([
        read(ai, [quote('The summit will go on', 0, 'e1', 0.9), quote('Nothing more', 32, null, 0.3)]),
        read(bi, [quote('We stand firm', 0, 'e1', 0.8)]),
        read(ci, [quote('No comment', 0, null, 0.9)], [figure('About 40', 'Protesters', 0.8)]),
      ]);
      const rubio: ResolvedEntity = {
        id: 'ent_rubio',
        name: 'Marco Rubio',
        type: 'person',
        country: null,
        stands: null,
        aliases: ['Rubio'],
        roles: [],
        members: [`${ai}/e1`, `${bi}/e1`],
        mentionCount: 2,
      };
      await store.saveConnected({
        ...emptyUpdate(),
        removeActors: [],
        actors: [{ entity: rubio, keys: [], members: rubio.members, roles: rubio.roles }],
      });

      const page = await store.views.quotePage({}, first);
      assert.deepEqual(texts(page), ['We stand firm', 'The summit will go on', 'No comment']);
      assert.deepEqual([page.total, page.hidden], [3, 1]);
      assert.equal(page.items[0]!.published, '2025-03-01');
      assert.equal(page.items[2]!.published, null);
      assert.equal(page.items[1]!.speakerId, `${ai}/e1`);
      assert.equal(page.items[1]!.evidence, 'The summit will go on');
      const all = await store.views.quotePage({}, everything);
      assert.deepEqual(texts(all), ['We stand firm', 'The summit will go on', 'Nothing more', 'No comment']);
      assert.deepEqual([all.total, all.hidden], [4, 0]);
      assert.deepEqual(texts(await store.views.quotePage({}, { ...everything, limit: 2, offset: 1 })), [
        'The summit will go on',
        'Nothing more',
      ]);
      assert.deepEqual(texts(await store.views.quotePage({ speakerId: 'ent_rubio' }, first)), [
        'We stand firm',
        'The summit will go on',
      ]);
      assert.deepEqual(texts(await store.views.quotePage({ q: 'SUMMIT' }, first)), ['The summit will go on']);
      assert.deepEqual(texts(await store.views.quotePage({ q: '%' }, everything)), []);
      const from = await store.views.quotePage({ from: '2025-03-02' }, everything);
      assert.deepEqual(texts(from), ['The summit will go on', 'Nothing more'], 'an undated article is out');
      assert.deepEqual(texts(await store.views.quotePage({ to: '2025-03-01' }, everything)), [
        'We stand firm',
      ]);

      const figures = await store.views.figurePage('protest', first);
      assert.deepEqual(
        figures.items.map((f) => [f.text, f.subject, f.published]),
        [['About 40', 'Protesters', null]],
      );
      assert.equal((await store.views.figurePage('people', first)).total, 1, 'the unit is looked in');
      assert.equal((await store.views.figurePage('summit', first)).total, 0);

      // A correction of the date moves the article's quotes; a new revision drops them until it is read.
      await store.updateArticle(ci, { published: '2025-02-01' });
      assert.deepEqual(texts(await store.views.quotePage({}, first)), [
        'No comment',
        'We stand firm',
        'The summit will go on',
      ]);
      assert.equal((await store.views.figurePage(undefined, first)).items[0]!.published, '2025-02-01');
      await store.saveArticle(draft('The summit is off, he said.', { published: '2025-03-02', url }));
      assert.deepEqual(texts(await store.views.quotePage({}, everything)), ['No comment', 'We stand firm']);
      assert.equal(await store.saveReading(read(ai, [quote('The summit is off', 0, 'e1', 0.9)])), false);
      await store.saveReading({ ...read(ai, [quote('The summit is off', 0, 'e1', 0.9)]), revision: 2 });
      assert.deepEqual(texts(await store.views.quotePage({ speakerId: 'ent_rubio' }, first)), [
        'We stand firm',
        'The summit is off',
      ]);
    } finally {
      await store.close();
    }
  });

  test("a word's page holds the same rows, counts and order whether its matches are sorted or its order walked", async () => {
    const store = await openStore();
    try {
      // Dated out of their saving order, one undated: a page is ordered by date, then as saved.
      const saved = await store.saveArticles(
        ['2025-03-04', '2025-03-01', null, '2025-03-03', '2025-03-01'].map((published, n) =>
          draft(`Talks went on, she said, day ${n}.`, { published }),
        ),
      );
      await store.saveReadings(
        saved.map((article, n) => ({
          articleId: article.id,
          revision: 1,
          pipeline: 'p1',
          reading: {
            ...emptyReading(),
            quotes: [
              quote(`Talks go on ${n}`, 0, null, n % 2 === 0 ? 0.9 : 0.3),
              quote(`No comment ${n}`, 20, null, 0.9),
              quote(`The talks stall ${n}`, 40, null, 0.8),
            ],
            figures: [figure(`About ${n} talks`, 'Talks', n === 1 ? 0.2 : 0.8)],
          },
        })),
      );
      // A whole list is sorted (its page is long beside the matches); a page of one or two is walked.
      for (const all of [false, true]) {
        const whole = await store.views.quotePage({ q: 'TALKS' }, { limit: 100, offset: 0, all });
        assert.equal(whole.items.length, all ? 10 : 8);
        const figures = await store.views.figurePage('talks', { limit: 100, offset: 0, all });
        for (const limit of [1, 2])
          for (let offset = 0; offset <= whole.items.length; offset += limit) {
            const page = await store.views.quotePage({ q: 'talks' }, { limit, offset, all });
            assert.deepEqual(page, { ...whole, items: whole.items.slice(offset, offset + limit) });
            const figurePage = await store.views.figurePage('TALKS', { limit, offset, all });
            assert.deepEqual(figurePage, { ...figures, items: figures.items.slice(offset, offset + limit) });
          }
      }
    } finally {
      await store.close();
    }
  });

  test("a common word's matches are counted to a bound past the page, which the page says", async () => {
    const store = await openStore();
    try {
      const [article] = await store.saveArticles([
        draft('Talks went on, she said.', { published: '2025-03-01' }),
      ]);
      const many = 1100;
      await store.saveReadings([
        {
          articleId: article!.id,
          revision: 1,
          pipeline: 'p1',
          reading: {
            ...emptyReading(),
            quotes: Array.from({ length: many }, (_, n) => quote(`Talks go on ${n}`, n * 20, null, 0.9)),
          },
        },
      ]);
      const page = await store.views.quotePage({ q: 'talks' }, { limit: 10, offset: 20, all: false });
      assert.deepEqual(
        page.items.map((q) => q.content.text),
        Array.from({ length: 10 }, (_, n) => `Talks go on ${20 + n}`),
      );
      // Both count the first thousand past the page's end (and one more, to know that more match): with
      // SQLite's word index or PostgreSQL's trigram filter, and a word too short for either.
      assert.deepEqual([page.total, page.hidden, page.more], [20 + 10 + 1000 + 1, 0, true]);
      const short = await store.views.quotePage({ q: 'ta' }, { limit: 10, offset: 20, all: false });
      assert.deepEqual([short.items.length, short.total, short.hidden, short.more], [10, 1031, 0, true]);
      const all = await store.views.quotePage({ q: 'talks' }, { limit: 10, offset: many - 5, all: false });
      assert.equal(all.items.length, 5);
      assert.equal(all.more, undefined, 'a page near the end counts every match');
      assert.equal(all.total, many);
    } finally {
      await store.close();
    }
  });

  test('word filters: substrings of the words, however short, with the quote marks, wildcards and accents they hold', async () => {
    const store = await openStore();
    try {
      const url = 'https://example.org/talks';
      const [a, b] = await store.saveArticles([
        draft('Ceasefire talks resume in Geneva, she said.', { published: '2025-03-02', url }),
        draft('The cafe owner spoke.', { published: '2025-03-01' }),
      ]);
      const read = (articleId: string, quotes: Quote[], figures: Figure[] = [], revision = 1) => ({
        articleId,
        revision,
        pipeline: 'p1',
        reading: { ...emptyReading(), quotes, figures },
      });
      await store.saveReadings([
        read(
          a!.id,
          [
            quote('Ceasefire talks resume in Geneva', 0, null, 0.9),
            quote('We said "no" to 100% of it', 40, null, 0.9),
          ],
          [figure('About 40', 'Protesters in Kyiv', 0.8)],
        ),
        read(b!.id, [quote('The Café_owner spoke', 0, null, 0.3)]),
      ]);
      const quotes = async (q: string, page = everything) => texts(await store.views.quotePage({ q }, page));
      // Across a word boundary, in any case.
      assert.deepEqual(await quotes('FIRE TALK'), ['Ceasefire talks resume in Geneva']);
      assert.deepEqual(await quotes('"no"'), ['We said "no" to 100% of it']);
      assert.deepEqual(await quotes('100%'), ['We said "no" to 100% of it']);
      // Shorter than a trigram.
      assert.deepEqual(await quotes('0%'), ['We said "no" to 100% of it']);
      assert.deepEqual(await quotes('in'), ['Ceasefire talks resume in Geneva']);
      // `_` and `%` are themselves, accents are not folded (as LIKE compares).
      assert.deepEqual(await quotes('é_o'), ['The Café_owner spoke']);
      assert.deepEqual(await quotes('e_o'), []);
      assert.deepEqual(await quotes('cafe'), []);
      assert.deepEqual(await quotes('geneva talks'), []);
      const hidden = await store.views.quotePage({ q: 'café' }, first);
      assert.deepEqual([hidden.items, hidden.total, hidden.hidden], [[], 0, 1]);
      const figures = await store.views.figurePage('RS IN KY', first);
      assert.deepEqual([figures.items.map((f) => f.text), figures.total], [['About 40'], 1]);

      // A date correction keeps the words; a new revision drops them until its reading brings its own.
      await store.updateArticle(a!.id, { published: '2025-02-01' });
      assert.deepEqual(await quotes('geneva'), ['Ceasefire talks resume in Geneva']);
      await store.saveArticle(draft('Talks moved to Vienna, she said.', { published: '2025-03-02', url }));
      assert.deepEqual([await quotes('geneva'), await quotes('vienna')], [[], []]);
      assert.equal((await store.views.figurePage('kyiv', everything)).total, 0);
      await store.saveReading(read(a!.id, [quote('Talks moved to Vienna', 0, null, 0.9)], [], 2));
      assert.deepEqual([await quotes('geneva'), await quotes('vienna')], [[], ['Talks moved to Vienna']]);
    } finally {
      await store.close();
    }
  });

  test('network edges: each source to each target of a real event, counted, sampled and replaced with their story', async () => {
    const store = await openStore();
    try {
      const [a] = await store.saveArticles([draft('Talks were held.', { published: '2025-03-02' })]);
      const evidence = { articleId: a!.id, sentence: 'Talks were held.', start: 0, end: 16 };
      const event = (
        id: string,
        mode: MergedEvent['mode'],
        confidence: number,
        sourceIds: string[],
        targetIds: string[],
      ): MergedEvent => ({
        id,
        type: 'CONSULT',
        mode,
        date: null,
        precision: 'undated',
        place: null,
        sourceIds,
        targetIds,
        storyId: 'story-1',
        evidence: [{ ...evidence, date: null, place: null, mode, confidence }],
        confidence,
      });
      const save = (events: Array<{ event: MergedEvent; order: string }>) =>
        store.saveConnected({
          removeActors: [],
          actors: [],
          eventStories: ['story-1'],
          passages: [],
          events: events.map(({ event, order }) => ({ event, order, timeline: order, days: null })),
          dropMeasures: [],
          measureArticles: [],
          removeSeries: [],
          series: [],
          removeKeptMeasures: [],
          keptMeasures: [],
          discrepancyScopes: [],
          discrepancies: [],
        });
      await save([
        { event: event('evt_b', 'asserted', 0.9, ['x', 'y'], ['z', 'x']), order: 'b' },
        // Below the events' floor (0.5).
        { event: event('evt_a', 'asserted', 0.45, ['z'], ['x']), order: 'a' },
        { event: event('evt_c', 'denied', 0.9, ['x'], ['y']), order: 'c' },
      ]);
      const ties = (found: NetworkEdges) =>
        found.edges.flatMap((e) => e.eventIds.map((id) => `${id} ${e.source}>${e.target}`));
      const network = (all: boolean, limit = 100, each = 10) => store.views.networkEdges(all, limit, each);
      const trusted = await network(false);
      assert.deepEqual(ties(trusted), ['evt_b x>z', 'evt_b y>x', 'evt_b y>z']);
      assert.deepEqual([trusted.events, trusted.hidden], [1, 1]);
      const all = await network(true);
      assert.deepEqual(ties(all), ['evt_b x>z', 'evt_b y>x', 'evt_b y>z', 'evt_a z>x']);
      assert.deepEqual([all.events, all.hidden, all.omitted], [2, 0, 0]);
      // Bounded: the edges most events draw (here one each), then by source and target.
      const busiest = await network(true, 1);
      assert.deepEqual(ties(busiest), ['evt_b x>z']);
      assert.equal(busiest.omitted, 3);
      const trustedTwo = await network(false, 2);
      assert.deepEqual(ties(trustedTwo), ['evt_b x>z', 'evt_b y>x']);
      assert.deepEqual([trustedTwo.omitted, trustedTwo.hidden], [1, 1]);
      await save([{ event: event('evt_d', 'asserted', 0.8, ['y'], ['z']), order: 'd' }]);
      assert.deepEqual(ties(await network(true)), ['evt_d y>z']);
      // The kept counts (migration 30) follow: the events gone left no edge behind.
      const left = await network(false, 5);
      assert.deepEqual([ties(left), left.omitted, left.hidden], [['evt_d y>z'], 0, 0]);
      // An event written again below the floor: its edge leaves the network shown, not the whole one.
      await save([
        { event: event('evt_d', 'asserted', 0.3, ['y'], ['z']), order: 'd' },
        { event: event('evt_e', 'asserted', 0.8, ['x'], ['y']), order: 'e' },
      ]);
      const shown = await network(false, 5);
      assert.deepEqual([ties(shown), shown.omitted, shown.hidden], [['evt_e x>y'], 0, 1]);
      const every = await network(true, 1);
      assert.deepEqual([ties(every), every.omitted], [['evt_e x>y'], 1]);
      // An edge names `each` of its events, the most confident first (the last in order among equals),
      // and counts them all; the events' page filtered by the edge lists them all, in their order.
      await save([
        { event: event('evt_f', 'asserted', 0.7, ['x'], ['y']), order: 'f' },
        { event: event('evt_g', 'asserted', 0.9, ['x'], ['y']), order: 'g' },
        { event: event('evt_h', 'asserted', 0.7, ['x'], ['y']), order: 'h' },
        { event: event('evt_i', 'asserted', 0.3, ['x'], ['y']), order: 'i' },
      ]);
      const sampled = await network(false, 5, 2);
      assert.deepEqual(
        sampled.edges.map((e) => [e.source, e.target, e.count, e.eventIds]),
        [['x', 'y', 3, ['evt_g', 'evt_h']]],
      );
      assert.deepEqual((await network(true, 5, 0)).edges[0]?.eventIds, []);
      const edge = { source: 'x', target: 'y', type: 'CONSULT' as const };
      const page = await store.views.eventPage({ tie: edge }, 'stored', { limit: 2, offset: 1, all: false });
      assert.deepEqual([page.items.map((e) => e.id), page.total, page.hidden], [['evt_g', 'evt_h'], 3, 1]);
      const other = await store.views.eventPage({ tie: { ...edge, target: 'z' } }, 'stored', {
        limit: 5,
        offset: 0,
        all: true,
      });
      assert.equal(other.total, 0);
      assert.equal(await store.beginRelink(), 'started');
      const emptied = await network(true, 1);
      assert.deepEqual([ties(emptied), emptied.omitted, emptied.hidden], [[], 0, 0]);
      await store.endRelink();
    } finally {
      await store.close();
    }
  });
}
