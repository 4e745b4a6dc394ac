import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReadArticle } from '../../core/connected.js';
import { resolveAcrossArticles } from '../entities/index.js';
import { readArticle } from '../entities/read-article-fixture.js';
import { sentenceKeys } from '../furniture/index.js';
import { mergeEvents, mergeReports } from './index.js';
import { articlePassageKeys } from './passages.js';
import { articleEventReports, reportedFigures, reportedPassageKeys, reportsVersion } from './reports.js';

const online = (read: ReadArticle, outlet: string): ReadArticle => ({
  ...read,
  article: {
    ...read.article,
    outlet,
    url: `https://${outlet.toLowerCase().replace(/ /g, '')}.example/${read.article.id}`,
  },
});

const ARTICLES = [
  readArticle({
    id: 'r1',
    published: '2026-03-02',
    text: 'Karel Novak met Anna Berg in Vienna on Monday to discuss the border treaty between the two countries. Subscribe to our newsletter for daily updates.',
    events: [
      {
        trigger: 'met',
        type: 'CONSULT',
        sources: ['Karel Novak'],
        targets: ['Anna Berg'],
        date: '2026-03-02',
        place: 'Vienna',
      },
    ],
    figures: [{ text: 'two', value: 2 }],
  }),
  readArticle({
    id: 'r2',
    published: '2026-03-03',
    text: 'Karel Novak met Anna Berg in Vienna on Monday to discuss the border treaty between the two countries, officials said.',
    events: [
      {
        trigger: 'met',
        type: 'CONSULT',
        sources: ['Karel Novak'],
        targets: ['Anna Berg'],
        date: '2026-03-02',
        place: 'Vienna',
      },
    ],
  }),
  readArticle({
    id: 'r3',
    published: '2026-03-03',
    text: 'Artillery strikes across the valley hit Dornbach on Tuesday, Anna Berg said.',
    events: [{ trigger: 'strikes', type: 'ASSAULT', targets: ['Dornbach'], date: '2026-03-03' }],
  }),
].map((read) => online(read, 'Example News'));

test("an article's event reports: what merging reads of each event, made from its reading alone", () => {
  const [r1, , r3] = ARTICLES;
  const [met] = articleEventReports(r1!, sentenceKeys(r1!));
  assert.deepEqual(met!.event.trigger.text, 'met');
  assert.deepEqual(met!.words.slice(0, 6), ['karel', 'novak', 'anna', 'berg', 'vienna', 'monday']);
  assert.equal(met!.strip, false);
  assert.equal(met!.grain, null);
  assert.equal(met!.sentenceKey, sentenceKeys(r1!).find((k) => k.sentence === 0)!.key);
  assert.equal(
    met!.evidence.sentence,
    'Karel Novak met Anna Berg in Vienna on Monday to discuss the border treaty between the two countries.',
  );
  // The figure inside the report's sentence is kept; the newsletter line holds no report.
  assert.deepEqual(
    reportedFigures(r1!, [met!]).map((f) => f.value),
    [2],
  );
  // Strikes "across" a valley are a day's many, not one.
  assert.equal(articleEventReports(r3!)[0]!.grain, 'many');
  assert.equal(reportsVersion(r1!.article), 'event-reports-2|examplenews.example');
  assert.equal(reportsVersion({ url: null, outlet: null }), 'event-reports-2|');
});

test('merging stored reports (read back as JSON) gives what merging the readings gives, furniture and stories included', () => {
  const { memberOf } = resolveAcrossArticles(ARTICLES);
  const stored = ARTICLES.map((read) => ({
    article: read.article,
    reports: JSON.parse(JSON.stringify(articleEventReports(read, sentenceKeys(read)))),
  }));
  const contexts = [
    {},
    {
      storyOf: new Map([
        ['r1', 'a'],
        ['r2', 'b'],
        ['r3', 'a'],
      ]),
    },
    {
      storyOf: new Map([
        ['r1', 'a'],
        ['r2', 'a'],
        ['r3', 'a'],
      ]),
      furniture: new Map([['r2', new Set([0])]]),
    },
  ];
  for (const context of contexts) {
    const events = mergeEvents(ARTICLES, memberOf, context);
    assert.deepEqual(mergeReports(stored, memberOf, context), events);
  }
  // Two stories, one passage printed in both (its passage keys, kept with the reports): one event.
  assert.deepEqual(
    mergeReports(stored, memberOf, contexts[1]!).map((e) => e.evidence.map((x) => x.articleId)),
    [['r1', 'r2'], ['r3']],
  );
  // The sentence the page prints everywhere is no report: r2's event is gone.
  assert.deepEqual(
    mergeReports(stored, memberOf, contexts[2]!).map((e) => e.evidence.map((x) => x.articleId)),
    [['r1'], ['r3']],
  );
  for (const [i, read] of ARTICLES.entries()) {
    assert.deepEqual(reportedPassageKeys(stored[i]!.reports), articlePassageKeys(read));
    assert.deepEqual(
      reportedPassageKeys(stored[i]!.reports, new Set([0])),
      articlePassageKeys(read, new Set([0])),
    );
  }
});
