import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { fields, figuresIn } from './figures-fixture.js';

describe('figures read from the tree', () => {
  const pick = fields('text', 'value', 'valueMax', 'unit', 'subject', 'asOf');
  it('a range of one unit is one figure', () => {
    assert.deepEqual(figuresIn('The cost is estimated at £49bn to £57bn.').map(pick), [
      { text: '£49bn to £57bn', value: 49e9, valueMax: 57e9, unit: 'GBP', subject: 'cost', asOf: null },
    ]);
  });
  it('two amounts not joined as a range stay two', () => {
    assert.deepEqual(
      figuresIn('Exports rose by 12% and imports by 3%.').map((f) => [f.text, f.valueMax]),
      [
        ['12%', null],
        ['3%', null],
      ],
    );
  });
  it('the subject of the verb an amount completes is what it measures; its date is its own clause’s', () => {
    assert.deepEqual(figuresIn('Exports rose by 12% in 2024.').map(pick), [
      { text: '12%', value: 12, valueMax: null, unit: '%', subject: 'Exports', asOf: '2024' },
    ]);
  });
  it('a date of the reporting clause or another clause is not the figure’s', () => {
    assert.deepEqual(
      figuresIn('Russia occupies 19.3% of the territory, the ministry said on Monday.').map((f) => f.asOf),
      [null],
    );
    assert.deepEqual(
      figuresIn('Prices fell in May, and exports rose by 12%.').map((f) => [f.text, f.asOf]),
      [['12%', null]],
    );
  });
});

describe('what a figure measures, who gives it and how far it is trusted, from the tree', () => {
  const pick = fields('text', 'value', 'valueMax', 'unit', 'subject', 'attribution', 'confidence');
  const CASES: Array<[sentence: string, expected: Array<ReturnType<typeof pick>>]> = [
    [
      // The noun a share is of keeps its own modifiers, the possessor included.
      "Russian forces now hold 19.3% of Ukraine's territory, the ministry said.",
      [
        {
          text: "19.3% of Ukraine's territory",
          value: 19.3,
          valueMax: null,
          unit: '%',
          subject: "Ukraine's territory",
          attribution: 'the ministry',
          confidence: 0.9,
        },
      ],
    ],
    [
      // The noun an amount modifies, with its prepositional phrase.
      'A 25% tariff on steel took effect.',
      [
        {
          text: '25% tariff on steel',
          value: 25,
          valueMax: null,
          unit: '%',
          subject: 'tariff on steel',
          attribution: null,
          confidence: 0.7,
        },
      ],
    ],
    [
      // What is worth the amount, not "worth".
      'The company signed deals worth more than $6 billion with Gulf states.',
      [
        {
          text: 'more than $6 billion',
          value: 6e9,
          valueMax: null,
          unit: 'USD',
          subject: 'deals',
          attribution: null,
          confidence: 0.6,
        },
      ],
    ],
    [
      'Thieves stole $83 million worth of cargo.',
      [
        {
          text: '$83 million',
          value: 83e6,
          valueMax: null,
          unit: 'USD',
          subject: 'cargo',
          attribution: null,
          confidence: 0.7,
        },
      ],
    ],
    [
      // What a change verb changes, for both ends of the change (which is no range).
      'Trump cut the tariff rate on Chinese goods from 145% to 30%.',
      [
        {
          text: '145%',
          value: 145,
          valueMax: null,
          unit: '%',
          subject: 'tariff rate',
          attribution: null,
          confidence: 0.6,
        },
        {
          text: '30%',
          value: 30,
          valueMax: null,
          unit: '%',
          subject: 'tariff rate',
          attribution: null,
          confidence: 0.6,
        },
      ],
    ],
    [
      // A valuing verb's object, not its subject; a range kept as a range.
      'The Treasury put the cost at £49bn to £57bn in March.',
      [
        {
          text: '£49bn to £57bn',
          value: 49e9,
          valueMax: 57e9,
          unit: 'GBP',
          subject: 'cost',
          attribution: 'Treasury',
          confidence: 0.8,
        },
      ],
    ],
    [
      // A time noun the amount hangs on is not what it measures; the verb's subject is.
      'Sales of electric cars rose 12% last year.',
      [
        {
          text: '12%',
          value: 12,
          valueMax: null,
          unit: '%',
          subject: 'Sales of electric cars',
          attribution: null,
          confidence: 0.7,
        },
      ],
    ],
    [
      // Counted people with what was done to them; the phrase's "from" phrase kept, its "with" phrase not.
      'The storm killed 14 villagers from the northern province.',
      [
        {
          text: '14 villagers from the northern province',
          value: 14,
          valueMax: null,
          unit: null,
          subject: 'villagers from the northern province killed',
          attribution: null,
          confidence: 0.6,
        },
      ],
    ],
    [
      'Police arrested 40 protesters with banners.',
      [
        {
          text: '40 protesters',
          value: 40,
          valueMax: null,
          unit: null,
          subject: 'protesters arrested',
          attribution: null,
          confidence: 0.6,
        },
      ],
    ],
    [
      // The source is whose the reported figures are; "according to" is not part of its name.
      'Figures from the health ministry show that 1,200 people were killed.',
      [
        {
          text: '1,200 people',
          value: 1200,
          valueMax: null,
          unit: 'people',
          subject: 'people killed',
          attribution: 'the health ministry',
          confidence: 0.8,
        },
      ],
    ],
    [
      'Russia holds 19.3% of the territory, according to the Institute for the Study of War.',
      [
        {
          text: '19.3% of the territory',
          value: 19.3,
          valueMax: null,
          unit: '%',
          subject: 'territory',
          attribution: 'Institute for the Study of War',
          confidence: 0.8,
        },
      ],
    ],
    [
      // One count over coordinated nouns.
      'Over one million women and girls in Gaza face hunger.',
      [
        {
          text: 'Over one million women and girls',
          value: 1e6,
          valueMax: null,
          unit: 'people',
          subject: 'women and girls',
          attribution: null,
          confidence: 0.7,
        },
      ],
    ],
    [
      // A "sum" says nothing; what the sum is does.
      'The winter fuel payment is a lump sum of £200 a year.',
      [
        {
          text: '£200',
          value: 200,
          valueMax: null,
          unit: 'GBP',
          subject: 'winter fuel payment',
          attribution: null,
          confidence: 0.8,
        },
      ],
    ],
    [
      // Lengths and weights are units, never what is measured.
      'Ships carried 2,000 tonnes of aid to the port, 55 kilometres from the border.',
      [
        {
          text: '2,000 tonnes of aid',
          value: 2000,
          valueMax: null,
          unit: 't',
          subject: 'aid',
          attribution: null,
          confidence: 0.7,
        },
        {
          text: '55 kilometres',
          value: 55,
          valueMax: null,
          unit: 'km',
          subject: null,
          attribution: null,
          confidence: 0.35,
        },
      ],
    ],
    [
      // A pronoun says nothing about what is measured: the share is kept, unmeasured and trusted little.
      'Some 30 percent of them were women.',
      [
        {
          text: 'Some 30 percent',
          value: 30,
          valueMax: null,
          unit: '%',
          subject: null,
          attribution: null,
          confidence: 0.35,
        },
      ],
    ],
  ];
  for (const [sentence, expected] of CASES)
    it(sentence, () => assert.deepEqual(figuresIn(sentence).map(pick), expected));

  for (const sentence of [
    'He was born in 1961 in Kyiv.',
    'For details call 0800 555 0199.',
    'Liverpool beat Chelsea 3-1 on Sunday.',
    'The swimmer won the 50m freestyle in 21 seconds.',
    'The airline bought two 747-8s.',
  ])
    it(`finds nothing in: ${sentence}`, () => assert.deepEqual(figuresIn(sentence), []));
});
