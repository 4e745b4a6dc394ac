import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { Figure } from '../../core/analysis.js';
import { figuresIn } from './figures-fixture.js';

type Expected = Partial<Omit<Figure, 'start' | 'end' | 'sentence'>>;

const CASES: Array<[sentence: string, expected: Expected[]]> = [
  [
    'Moldova now administers 12.5% of the disputed valley, officials said.',
    [
      {
        text: '12.5% of the disputed valley',
        value: 12.5,
        unit: '%',
        subject: 'disputed valley',
        qualifier: null,
        attribution: 'officials',
      },
    ],
  ],
  [
    'The rebels hold about 7 percent of the province.',
    [
      {
        text: 'about 7 percent of the province',
        value: 7,
        unit: '%',
        subject: 'province',
        qualifier: 'about',
      },
    ],
  ],
  [
    'The fire burned nearly 450 km² of pine forest in May.',
    [
      {
        text: 'nearly 450 km² of pine forest',
        value: 450,
        unit: 'km2',
        subject: 'pine forest',
        qualifier: 'nearly',
        asOf: '2025-05',
      },
    ],
  ],
  [
    'Floods covered 120 square miles (311 km²) of farmland.',
    [
      { value: 120, unit: 'sq mi', subject: 'farmland' },
      { value: 311, unit: 'km2', subject: 'farmland' },
    ],
  ],
  [
    // A unit of weight, speed or temperature is the unit, not what the number measures.
    'Each punnet holds 125 gr of cherries, and customs seized 300 kilograms of tea.',
    [
      { text: '125 gr of cherries', value: 125, unit: 'g', subject: 'cherries' },
      { text: '300 kilograms of tea', value: 300, unit: 'kg', subject: 'tea' },
    ],
  ],
  [
    'Gusts of 130 km/h hit the coast as temperatures fell to 2°C.',
    [
      { text: '130 km/h', value: 130, unit: 'km/h', subject: 'Gusts' },
      { text: '2°C', value: 2, unit: '°C' },
    ],
  ],
  [
    'The kite has a wingspan of nearly 9 feet.',
    [{ text: 'nearly 9 feet', value: 9, unit: 'ft', subject: 'wingspan', qualifier: 'nearly' }],
  ],
  [
    // A rate is no count: neither "one" nor "five girls" is reported.
    'One in five girls in the survey reported problems.',
    [],
  ],
  [
    // A numbered label ranks or names a thing; it counts nothing.
    'The No. 2 seed beat the no. 7 team.',
    [],
  ],
  [
    'He struck out seven in seven innings.',
    [{ text: 'seven innings', value: 7, unit: null, subject: 'innings' }],
  ],
  [
    // "per hour" is read as a frequency by the dates stage; it is still the figure's unit.
    'The train ran at 320 kilometres per hour.',
    [{ text: '320 kilometres per hour', value: 320, unit: 'km/h' }],
  ],
  [
    'The bank pledged €12 billion to rebuild the harbour.',
    [{ text: '€12 billion', value: 12e9, unit: 'EUR', subject: 'to rebuild the harbour' }],
  ],
  [
    'Lenders agreed a $1.2 trillion package and a £3m grant.',
    [
      { text: '$1.2 trillion package', value: 1.2e12, unit: 'USD', subject: 'package' },
      { text: '£3m grant', value: 3e6, unit: 'GBP', subject: 'grant' },
    ],
  ],
  ['Brussels set aside 45 billion euros for the fund.', [{ value: 45e9, unit: 'EUR', subject: null }]],
  [
    'The storm killed at least 31 people and left more than forty injured.',
    [
      {
        text: 'at least 31 people',
        value: 31,
        unit: 'people',
        subject: 'people killed',
        qualifier: 'at least',
      },
      {
        text: 'more than forty injured',
        value: 40,
        unit: 'people',
        subject: 'injured',
        qualifier: 'more than',
      },
    ],
  ],
  [
    'Shelling caused the deaths of five residents and injuries to over twenty.',
    [
      { value: 5, unit: 'people', subject: 'residents killed', qualifier: null },
      { text: 'over twenty', value: 20, unit: 'people', subject: 'residents injured', qualifier: 'over' },
    ],
  ],
  [
    'The ministry estimates that some 2,400 families have been forcibly evicted.',
    [
      {
        text: 'some 2,400 families',
        value: 2400,
        unit: null,
        subject: 'families evicted',
        qualifier: 'some',
        attribution: 'The ministry',
      },
    ],
  ],
  [
    'According to the Baltic Maritime Institute, roughly 300 vessels crossed the strait.',
    [{ value: 300, subject: 'vessels', qualifier: 'roughly', attribution: 'Baltic Maritime Institute' }],
  ],
  [
    'Data from the regional council show fewer than 60 schools reopened.',
    [{ value: 60, subject: 'schools', qualifier: 'fewer than', attribution: 'the regional council' }],
  ],
  ['Turnout reached two to three thousand voters.', [{ value: 2, valueMax: 3000, subject: 'voters' }]],
  [
    'The fund estimates that roughly 12 trillion USD depends on healthy soils.',
    [{ text: 'roughly 12 trillion USD', value: 12e12, unit: 'USD', qualifier: 'roughly' }],
  ],
  [
    'Their current control extends over 4.1% of the coast.',
    [{ value: 4.1, qualifier: null, asOf: 'PRESENT_REF' }],
  ],
];

/** Numbers that are not reported figures. */
const NEGATIVES: string[] = [
  'The talks lasted five hours on Tuesday.',
  'The treaty was signed in 1994 and revised in 2004.',
  'Article 5 of the treaty binds all members.',
  'The G7 and the G-20 met in Osaka.',
  'The second phase of the plan begins soon.',
  'It is one of the largest ports.',
  'Call the hotline on 020 7946 0958 for help.',
  'The home side won 3-1 at 19:30.',
  'The two leaders spoke by phone.',
  'A 30-day truce began on May 4.',
  'It takes two to tango.',
];

describe('figures', () => {
  for (const [sentence, expected] of CASES) {
    it(sentence, () => {
      const found = figuresIn(sentence);
      assert.equal(found.length, expected.length, JSON.stringify(found));
      expected.forEach((want, i) => {
        const got = found[i]!;
        for (const [key, value] of Object.entries(want))
          assert.deepEqual(got[key as keyof Figure], value, `${key} of ${got.text}`);
        assert.equal(sentence.slice(got.start, got.end), got.text);
      });
    });
  }

  for (const sentence of NEGATIVES) {
    it(`finds nothing in: ${sentence}`, () =>
      assert.deepEqual(
        figuresIn(sentence).map((f) => f.text),
        [],
      ));
  }
});
