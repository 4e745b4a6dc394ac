import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Discrepancy } from '../../core/connected.js';
import { resolveAcrossArticles } from '../entities/index.js';
import { readArticle } from '../entities/read-article-fixture.js';
import { mergeEvents } from '../events/index.js';
import { figureMeasures } from '../series/index.js';
import { findDiscrepancies } from './index.js';
import { compatibleTitles } from './roles.js';

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
    text: 'President Volodymyr Zelensky of Ukraine met Senator Marco Rubio in Jeddah on Wednesday. Foreign Minister Andrii Sybiha of Ukraine joined them.',
    events: [
      {
        trigger: 'met',
        type: 'CONSULT',
        sources: ['Volodymyr Zelensky'],
        targets: ['Marco Rubio'],
        date: '2025-03-12',
        place: 'Jeddah',
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

test('role, spelling, event-date and self-contradiction discrepancies, each with its sources', () => {
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

test('a paraphrased or abbreviated title is no discrepancy; another office is', () => {
  const articles = [
    readArticle({
      id: 'p1',
      published: '2025-05-20',
      text: 'Foreign Affairs Minister Ilse Varga of Ukraine met her Polish counterpart in Warsaw.',
    }),
    readArticle({
      id: 'p2',
      published: '2025-05-21',
      text: 'Foreign Minister Ilse Varga of Ukraine said the talks went well.',
    }),
    readArticle({
      id: 'p3',
      published: '2025-05-21',
      text: 'Prime Minister Tova Brandt of Ukraine praised the deal in Kyiv.',
    }),
    readArticle({
      id: 'p4',
      published: '2025-05-22',
      text: 'Ukrainian PM Tova Brandt left Kyiv for Brussels.',
    }),
  ];
  const { entities } = resolveAcrossArticles(articles);
  const roles = findDiscrepancies(articles, entities, [], []).filter((d) => d.kind === 'role');
  assert.deepEqual(roles, []);
  const defence = readArticle({
    id: 'p5',
    published: '2025-05-23',
    text: 'Defence Minister Ilse Varga of Ukraine inspected troops near Kharkiv.',
  });
  const more = [...articles, defence];
  const again = resolveAcrossArticles(more);
  assert.deepEqual(
    summary(findDiscrepancies(more, again.entities, [], []).filter((d) => d.kind === 'role')),
    [
      [
        'role',
        "Ilse Varga's title in 2025-05",
        [
          // One office however it is written: one variant, both articles behind it.
          ['Foreign Affairs Minister', ['p1', 'p2']],
          ['Defence Minister', ['p5']],
        ],
      ],
    ],
  );
  // A title said short is the same office; two portfolios are two offices.
  for (const [a, b, same] of [
    ['Homeland Security Secretary', 'Secretary', true],
    ['Homeland Security Sec.', 'Secretary', true],
    ['Foreign Secretary', 'Home Secretary', false],
    ['Secretary of State', 'Senator', false],
  ] as const)
    assert.equal(compatibleTitles(a, b), same, `${a} / ${b}`);
});

test('figures disagree only on one measure, unit, scope and date: a 24-hour toll is not the total, aid is not a blanket', () => {
  const articles = [
    readArticle({
      id: 'f1',
      published: '2025-05-21',
      text: 'Israeli strikes killed 82 Palestinians in Gaza in the past 24 hours, bringing the death toll in Gaza to 53,000, the ministry said.',
      figures: [
        { text: '82 Palestinians', value: 82, unit: 'people', subject: 'Palestinians killed in Gaza' },
        { text: '53,000', value: 53000, unit: 'people', subject: 'death toll in Gaza' },
      ],
    }),
    readArticle({
      id: 'f2',
      published: '2025-05-21',
      text: 'The death toll in Gaza has passed 53,500, officials in Gaza said on Wednesday.',
      figures: [{ text: '53,500', value: 53500, unit: 'people', subject: 'death toll in Gaza' }],
    }),
    readArticle({
      id: 'f3',
      published: '2025-05-21',
      text: 'Britain pledged £4m of aid for Gaza. A family in Gaza paid £20 for a blanket of aid.',
      figures: [
        { text: '£4m', value: 4000000, unit: 'GBP', subject: 'aid for Gaza' },
        { text: '£20', value: 20, unit: 'GBP', subject: 'blanket of aid' },
      ],
    }),
  ];
  const { entities, memberOf } = resolveAcrossArticles(articles);
  const measures = figureMeasures(articles, memberOf);
  const figures = findDiscrepancies(articles, entities, [], measures).filter((d) => d.kind === 'figure');
  assert.deepEqual(
    figures.map((d) => [d.subject, d.variants.map((v) => [v.value, v.articleIds])]),
    [
      [
        'death toll in Gaza as of 2025-05-21',
        [
          ['53000 people', ['f1']],
          ['53500 people', ['f2']],
        ],
      ],
    ],
  );
});

test('two reports of one merged strike giving different tolls disagree; a rounded toll close to the precise one does not', () => {
  const report = (id: string, text: string, figure: string, value: number, qualifier: string | null = null) =>
    readArticle({
      id,
      published: '2025-12-08',
      text,
      events: [
        {
          trigger: 'killed',
          type: 'ASSAULT',
          sources: ['Russia'],
          targets: ['Kharkiv'],
          date: '2025-12-08',
        },
      ],
      figures: [{ text: figure, value, subject: 'members of one family', qualifier }],
    });
  const strike = [
    report(
      'h1',
      'A strike by Russia on a home in Kharkiv killed 9 members of one family on Monday.',
      '9 members',
      9,
    ),
    report(
      'h2',
      'A strike by Russia on a home in Kharkiv killed 7 members of one family on Monday.',
      '7 members',
      7,
    ),
  ];
  const rounded = [
    report(
      'r1',
      'A strike by Russia on a farm in Kharkiv killed 39 members of one family on Monday.',
      '39 members',
      39,
    ),
    report(
      'r2',
      'A strike by Russia on a farm in Kharkiv killed about 40 members of one family on Monday.',
      '40 members',
      40,
      'about',
    ),
  ];
  const figuresOf = (articles: typeof strike) => {
    const { entities, memberOf } = resolveAcrossArticles(articles);
    const events = mergeEvents(articles, memberOf);
    assert.equal(events.length, 1);
    return findDiscrepancies(articles, entities, events, []).filter((d) => d.kind === 'figure');
  };
  assert.deepEqual(
    figuresOf(strike).map((d) => [d.subject, d.variants.map((v) => [v.value, v.articleIds])]),
    [
      [
        'members of one family in ASSAULT Russia → Kharkiv on 2025-12-08',
        [
          ['9', ['h1']],
          ['7', ['h2']],
        ],
      ],
    ],
  );
  assert.deepEqual(figuresOf(rounded), []);
});
