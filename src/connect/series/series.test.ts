import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDiscrepancies } from '../discrepancies/index.js';
import { resolveAcrossArticles } from '../entities/index.js';
import { readArticle } from '../entities/read-article-fixture.js';
import { buildSeries, figureMeasures, measureSubject, measuresWithFacts, withoutFacts } from './index.js';

const ARTICLES = [
  readArticle({
    id: 'c1',
    published: '2025-04-27',
    text: 'Analysts estimate that Russia holds approximately 18% of Ukrainian territory.',
    figures: [
      { text: '18%', value: 18, unit: '%', subject: 'Ukrainian territory', qualifier: 'approximately' },
    ],
  }),
  readArticle({
    id: 'c2',
    published: '2025-12-03',
    text: "Russian forces control 19.3% of Ukraine's sovereign landmass, according to analysts.",
    figures: [
      { text: '19.3%', value: 19.3, unit: '%', subject: "Ukraine's sovereign landmass", asOf: 'PRESENT_REF' },
    ],
  }),
  readArticle({
    id: 'c3',
    published: '2025-12-03',
    text: "Russia's share of Ukraine's territory now stands at 20%, officials said.",
    figures: [{ text: '20%', value: 20, unit: '%', subject: "Russia's share of Ukraine's territory" }],
  }),
  readArticle({
    id: 'c4',
    published: '2025-12-04',
    text: 'At least 76 people were killed in the strikes on Kyiv. About 19% of Ukraine remains occupied.',
    figures: [
      { text: '76 people', value: 76, unit: 'people', subject: 'people killed', qualifier: 'at least' },
      { text: '19%', value: 19, unit: '%', subject: 'Ukraine', qualifier: 'about' },
    ],
  }),
];

test('figures on one measure, however worded, make a series in date order', () => {
  const { entities, memberOf } = resolveAcrossArticles(ARTICLES);
  const series = buildSeries(ARTICLES, memberOf);
  assert.deepEqual(
    series.map((s) => [s.subject, s.unit, s.points.map((p) => [p.value, p.asOf, p.articleId])]),
    [
      [
        'Ukrainian territory',
        '%',
        [
          [18, '2025-04-27', 'c1'],
          [19.3, '2025-12-03', 'c2'],
          [20, '2025-12-03', 'c3'],
        ],
      ],
    ],
  );
  assert.equal(series[0]!.points[1]!.evidence.sentence, ARTICLES[1]!.article.text);

  const figures = findDiscrepancies(ARTICLES, entities, [], series).filter((d) => d.kind === 'figure');
  assert.deepEqual(
    figures.map((d) => [d.subject, d.variants.map((v) => [v.value, v.articleIds])]),
    [
      [
        'Ukrainian territory as of 2025-12-03',
        [
          ['19.3 %', ['c2']],
          ['20 %', ['c3']],
        ],
      ],
    ],
  );
});

test('a toll at two dates is a series; a 24-hour toll and a count since a date are measures of their own', () => {
  const toll = (id: string, published: string, text: string, value: number, asOf: string | null = null) =>
    readArticle({
      id,
      published,
      text,
      figures: [
        { text: value.toLocaleString('en-GB'), value, unit: null, subject: "Sudan's death toll", asOf },
      ],
    });
  const articles = [
    toll('d1', '2025-05-20', "Sudan's death toll has reached 20,000, the health ministry said.", 20000),
    toll(
      'd2',
      '2025-05-21',
      "Sudan's death toll during the past 24-hour period was 82, the ministry said.",
      82,
    ),
    toll(
      'd3',
      '2025-05-22',
      "Sudan's death toll since April 2023 stands at 21,000, officials said.",
      21000,
      '2023-04',
    ),
    toll('d4', '2025-05-26', "Sudan's death toll has reached 22,000, the health ministry said.", 22000),
    toll('d5', '2025-05-26', "Sudan's death toll has reached 22,000, according to the ministry.", 22000),
    toll(
      'd6',
      '2025-05-27',
      "Sudan's death toll since April 2023 stands at 22,500, officials said.",
      22500,
      '2023-04',
    ),
  ];
  const { memberOf } = resolveAcrossArticles(articles);
  assert.deepEqual(
    buildSeries(articles, memberOf).map((s) => s.points.map((p) => [p.value, p.asOf, p.sources])),
    [
      [
        [20000, '2025-05-20', ['d1']],
        // One fact from two outlets is one point with two sources.
        [22000, '2025-05-26', ['d4', 'd5']],
      ],
      [
        [21000, '2025-05-22', ['d3']],
        [22500, '2025-05-27', ['d6']],
      ],
    ],
  );
});

test('a series holds asserted values of one measure at dates apart; threats, plans, conditions and the past tense do not join', () => {
  const tariff = (id: string, published: string, text: string, value: number, asOf: string | null = null) => {
    const amount = `${value}%`;
    const subject = text.includes('baseline') ? "Norway's baseline tariff" : "Norway's tariff on steel";
    return readArticle({ id, published, text, figures: [{ text: amount, value, unit: '%', subject, asOf }] });
  };
  const articles = [
    tariff('e1', '2025-05-20', "Norway's tariff on steel stands at 10%.", 10),
    tariff('e2', '2025-05-21', "Trump threatened to raise Norway's tariff on steel to 50%.", 50),
    tariff('e3', '2025-05-22', "Norway's tariff on steel would rise to 40%.", 40),
    tariff('e4', '2025-05-23', "If talks fail, Norway's tariff on steel will rise to 30%.", 30),
    tariff('e5', '2025-05-24', "In April, Norway's tariff on steel rose to 25%.", 25, '2025-04'),
    tariff('e6', '2025-05-25', "Norway's tariff on steel did not rise to 35%.", 35),
    tariff('e7', '2025-05-26', "Norway's tariff on steel was raised to 15%.", 15),
    tariff('e8', '2025-05-26', "Norway's baseline tariff stands at 20%.", 20),
    tariff('e9', '2025-05-27', "Norway's tariff on steel is now 12%.", 12),
  ];
  const { memberOf } = resolveAcrossArticles(articles);
  assert.deepEqual(
    buildSeries(articles, memberOf).map((s) => [
      s.subject,
      s.points.map((p) => [p.value, p.asOf, p.sources]),
    ]),
    [
      [
        "Norway's tariff on steel",
        [
          [25, '2025-04', ['e5']],
          [10, '2025-05-20', ['e1']],
          [12, '2025-05-27', ['e9']],
        ],
      ],
    ],
  );
  // A value of this year is not a date apart from a value of one of its days.
  const year = [
    tariff('y1', '2025-05-20', "Norway's tariff on steel stands at 10% this year.", 10, '2025'),
    tariff('y2', '2025-05-21', "Norway's tariff on steel stands at 12%.", 12),
  ];
  assert.deepEqual(buildSeries(year, resolveAcrossArticles(year).memberOf), []);
});

test("a measure's points keep their first figure's subject, place and qualifier, which give back its subject", () => {
  const { memberOf } = resolveAcrossArticles(ARTICLES);
  const kept = measuresWithFacts(ARTICLES, memberOf);
  assert.deepEqual(kept.map(withoutFacts), figureMeasures(ARTICLES, memberOf));
  const territory = kept.find((m) => m.subject === 'Ukrainian territory')!;
  assert.deepEqual(
    territory.points.map((p) => [p.articleId, p.subject, p.figure, p.qualifier]),
    [
      ['c1', 'Ukrainian territory', 0, 'approximately'],
      ['c2', "Ukraine's sovereign landmass", 0, null],
      ['c3', "Russia's share of Ukraine's territory", 0, null],
    ],
  );
  // Three subjects once each: the first made names the measure, whatever order the points are kept in.
  assert.equal(measureSubject(territory.points), 'Ukrainian territory');
  const [first, ...rest] = territory.points;
  assert.equal(measureSubject([...rest, first!]), "Ukraine's sovereign landmass");
  // A subject given twice outweighs the first made.
  assert.equal(
    measureSubject([first!, ...rest, { ...rest[1]!, subject: "Ukraine's sovereign landmass" }]),
    "Ukraine's sovereign landmass",
  );
});
