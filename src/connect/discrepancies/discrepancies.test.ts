import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Discrepancy } from '../../core/connected.js';
import { resolveAcrossArticles } from '../entities/index.js';
import { readArticle } from '../entities/read-article-fixture.js';
import { mergeEvents } from '../events/index.js';
import { findDiscrepancies } from './index.js';

const ARTICLES = [
  readArticle({
    id: 'd1',
    published: '2025-03-10',
    text: 'Ukrainian President Volodymyr Zelenskyy met U.S. Secretary of State Marco Rubio in Jeddah on Tuesday. Zelenskyy said the talks were useful.',
    events: [
      {
        trigger: 'met',
        type: 'CONSULT',
        sources: ['Volodymyr Zelenskyy'],
        targets: ['Marco Rubio'],
        date: '2025-03-11',
        place: 'Jeddah',
      },
    ],
  }),
  readArticle({
    id: 'd2',
    published: '2025-03-12',
    text: 'President Zelensky of Ukraine met Senator Marco Rubio in Riyadh on Wednesday. Foreign Minister Andrii Sybiha of Ukraine joined them.',
    events: [
      {
        trigger: 'met',
        type: 'CONSULT',
        sources: ['Zelensky'],
        targets: ['Marco Rubio'],
        date: '2025-03-12',
        place: 'Riyadh',
      },
    ],
  }),
  readArticle({
    id: 'd3',
    published: '2025-05-20',
    text: "Ukraine's Foreign Minister Andrii Sybhia said Russia must answer. Former Senator Marco Rubio was not there.",
  }),
  readArticle({
    id: 'd4',
    published: '2025-04-27',
    text: 'The Biden administration has delivered a clear proposal to Kyiv. President Donald Trump said his administration is ready to talk.',
  }),
  readArticle({
    id: 'd5',
    published: '2025-04-28',
    text: 'Crimea was lost during the Obama administration. President Donald Trump says his administration is ready to talk.',
  }),
];

const summary = (found: Discrepancy[]) =>
  found.map((d) => [d.kind, d.subject, d.variants.map((v) => [v.value, v.articleIds])]);

test('role, spelling, event-date, event-place and self-contradiction discrepancies, each with its sources', () => {
  const { entities, memberOf } = resolveAcrossArticles(ARTICLES);
  const events = mergeEvents(ARTICLES, memberOf);
  const found = findDiscrepancies(ARTICLES, entities, events, []);
  assert.deepEqual(summary(found), [
    [
      'role',
      "Marco Rubio's title in 2025-03",
      [
        ['Secretary of State', ['d1']],
        ['Senator', ['d2']],
      ],
    ],
    [
      'spelling',
      'spelling of Volodymyr Zelenskyy',
      [
        ['Zelenskyy', ['d1']],
        ['Zelensky', ['d2']],
      ],
    ],
    [
      'spelling',
      'spelling of Andrii Sybiha',
      [
        ['Sybiha', ['d2']],
        ['Sybhia', ['d3']],
      ],
    ],
    [
      'event-date',
      'date of CONSULT Volodymyr Zelenskyy → Marco Rubio',
      [
        ['2025-03-11', ['d1']],
        ['2025-03-12', ['d2']],
      ],
    ],
    [
      'event-place',
      'place of CONSULT Volodymyr Zelenskyy → Marco Rubio',
      [
        ['Jeddah', ['d1']],
        ['Riyadh', ['d2']],
      ],
    ],
    [
      'self-contradiction',
      'who leads the government now, in d4',
      [
        ['Biden', ['d4']],
        ['Donald Trump', ['d4']],
      ],
    ],
  ]);
  const own = found.find((d) => d.kind === 'self-contradiction')!;
  assert.deepEqual(
    own.variants.map((v) => v.evidence.map((e) => e.sentence)),
    [
      ['The Biden administration has delivered a clear proposal to Kyiv.'],
      ['President Donald Trump said his administration is ready to talk.'],
    ],
  );
});
