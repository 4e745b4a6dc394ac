import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { fields, figuresIn } from './figures-fixture.js';

const pick = fields('text', 'value', 'valueMax', 'unit', 'subject');
/** Each figure as "text => what it measures" (null when it measures nothing). */
const measures = (text: string): string[] => figuresIn(text).map((f) => `${f.text} => ${f.subject}`);

describe('the edges of what is measured', () => {
  it('a number that says which (a year, "10-year") is part of the phrase, which never ends on "in its"', () => {
    assert.deepEqual(measures('The firm reported a 7.5% fall in its 2024 operating profit.'), [
      '7.5% fall in its 2024 operating profit => fall in its 2024 operating profit',
    ]);
    assert.deepEqual(measures('Investors bought 40% of the 30-year bonds on offer.'), [
      '40% of the 30-year bonds on offer => 30-year bonds on offer',
    ]);
    assert.deepEqual(
      measures('It is unclear if the 12-year-old jet, which was valued at $300 million, will fly.'),
      ['$300 million => 12-year-old jet'],
    );
  });
  it('a year after the noun is when, not part of what is counted; a name keeps its "\'s"', () => {
    assert.deepEqual(measures('Covid-19 killed 20 people in 2020.'), ['20 people => people killed']);
    assert.deepEqual(measures("Shares of Lowe's fell less than 2% on Wednesday."), [
      "less than 2% => Lowe's",
    ]);
  });
  it('"others" counts what the count before it counted, and with no count before it nothing', () => {
    assert.deepEqual(figuresIn('Three soldiers were killed and 12 others wounded in the attack.').map(pick), [
      { text: 'Three soldiers', value: 3, valueMax: null, unit: 'people', subject: 'soldiers killed' },
      { text: '12 others', value: 12, valueMax: null, unit: 'people', subject: 'other soldiers' },
    ]);
    assert.deepEqual(measures('The mayor and three others were charged with fraud.'), []);
  });
});

describe('what a verb sets or moves', () => {
  it('the passive of a verb that sets an amount measures its subject; not a passive with a bare number', () => {
    assert.deepEqual(measures('The levy on steel was cut to 15% last month.'), ['15% => levy on steel']);
    assert.deepEqual(measures('The baby was held by Carrie, 37, and her husband.'), []);
  });
  it('"pushed the death toll to 40" measures the toll; "brought the total to 40" names nothing', () => {
    assert.deepEqual(measures('The storm pushed the death toll to 40 on Monday.'), ['40 => death toll']);
    assert.deepEqual(measures('The rains brought the total to 40.'), []);
  });
  it('points an index moves by measure the index, no range to the level it reached; points scored are points', () => {
    assert.deepEqual(figuresIn('The index fell 120.5 points to 3,400.12 on Friday.').map(pick), [
      { text: '120.5', value: 120.5, valueMax: null, unit: 'points', subject: 'index' },
      { text: '3,400.12', value: 3400.12, valueMax: null, unit: null, subject: 'index' },
    ]);
    assert.deepEqual(measures('Kim scored 25 points in the final.'), ['25 points => points']);
  });
  it('cubic metres are a unit, not what is measured', () => {
    assert.deepEqual(figuresIn("The plant's capacity rose to 90,000 cubic metres per day.").map(pick), [
      { text: '90,000 cubic metres', value: 90000, valueMax: null, unit: 'm3', subject: "plant's capacity" },
    ]);
  });
  it("a verb of measuring the parser hung on the root noun's phrase still measures the root noun", () => {
    assert.deepEqual(measures('The yield on 10-year Treasury notes hit 4.6%.'), ['4.6% => yield']);
  });
});

describe('ranges, sources and dates', () => {
  it('a quote written with its last digits runs to those digits; "6.5-7%" stays as written', () => {
    assert.deepEqual(figuresIn('The euro was quoted at $1.1323-1324 late Tuesday.').map(pick), [
      { text: '$1.1323-1324', value: 1.1323, valueMax: 1.1324, unit: 'USD', subject: null },
    ]);
    assert.deepEqual(figuresIn('The deficit could reach 6.5-7% of output.').map(pick), [
      { text: '6.5-7% of output', value: 6.5, valueMax: 7, unit: '%', subject: 'output' },
    ]);
  });
  it('a count of the sources is not reported by them', () => {
    const figures = figuresIn('The ban covers 30 firms, according to two officials who attended the talks.');
    assert.deepEqual(
      figures.filter((f) => f.text === 'two officials').map((f) => f.attribution),
      [null],
    );
  });
  it('a caption’s date run into the next sentence does not date its figures', () => {
    const text =
      'A woman walks past a market in Lagos, Nigeria, May 20, 2025. (credit: REUTERS/Jane Doe) After four rounds of talks, 30 traders left.';
    assert.deepEqual(
      figuresIn(text).map((f) => [f.text, f.asOf]),
      [
        ['four rounds of talks', null],
        ['30 traders', null],
      ],
    );
  });
});
