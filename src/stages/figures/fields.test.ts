import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { SHOWN_FROM } from '../../core/confidence.js';
import { fields, figuresIn } from './figures-fixture.js';
import { figureConfidence } from './trust.js';

const pick = fields('text', 'value', 'valueMax', 'unit', 'subject');
/** Each figure as "text => what it measures" (null when it measures nothing). */
const measures = (text: string): string[] => figuresIn(text).map((f) => `${f.text} => ${f.subject}`);

describe('units, ranges and restatements', () => {
  it('basis points are a unit: what they change is measured, not "basis points"', () => {
    assert.deepEqual(figuresIn('The central bank lowered its key rate by 50 basis points.').map(pick), [
      { text: '50 basis points', value: 50, valueMax: null, unit: 'bp', subject: 'its key rate' },
    ]);
  });
  it('a range of shares written with a hyphen is one figure; a hyphen glued to a word still joins it', () => {
    assert.deepEqual(figuresIn('The deficit could reach 4.5%-5% of output next year.').map(pick), [
      { text: '4.5%-5% of output', value: 4.5, valueMax: 5, unit: '%', subject: 'deficit' },
    ]);
    assert.deepEqual(measures('He had received four doses of a Covid-19 vaccine.'), [
      'four doses of a Covid-19 vaccine => doses of a Covid-19 vaccine',
    ]);
  });
  it('the end of a range hung on the noun is no part of what the range measures', () => {
    assert.deepEqual(figuresIn('Traders expect a 20% to 25% jump in orders at the port.').map(pick), [
      {
        text: '20% to 25% jump in orders at the port',
        value: 20,
        valueMax: 25,
        unit: '%',
        subject: 'jump in orders at the port',
      },
    ]);
  });
  it('an amount per share restating a sum measures the sum’s measure per share', () => {
    assert.deepEqual(
      figuresIn('Net profit rose to $48 million, or 12 cents per share, in the quarter.').map((f) => [
        f.text,
        f.subject,
      ]),
      [
        ['$48 million', 'Net profit'],
        ['12 cents', 'Net profit per share'],
      ],
    );
  });
});

describe('money and what it goes to', () => {
  it('"makes $8,000 in bonuses": the "in" phrase the parser hangs on the verb', () => {
    assert.deepEqual(measures('The driver makes $8,000 in bonuses every year.'), [
      '$8,000 in bonuses => bonuses',
    ]);
  });
  it('money a spending verb’s passive is about goes to its "as" or "for" phrase, not "as part of"', () => {
    assert.deepEqual(measures('About $40 million will be allocated as grants to the farmers.'), [
      'About $40 million => grants',
    ]);
    assert.deepEqual(measures('The firm will invest $90 million in Kenya as part of its plan.').map(String), [
      '$90 million => null',
    ]);
  });
  it('a participle opening the "of" phrase of a share is its modifier', () => {
    assert.deepEqual(
      measures('According to the election board, 61.2% of registered voters cast ballots in the city.'),
      ['61.2% of registered voters => registered voters'],
    );
  });
});

describe('names and labels are not what a number measures', () => {
  it('a share glued into a capitalised name is no figure; a share of a common noun stays one', () => {
    assert.deepEqual(measures('Delegates praised the 30% Club at the summit.'), []);
    assert.deepEqual(measures('Delegates praised the 30% quota at the summit.'), [
      '30% quota at the summit => quota at the summit',
    ]);
  });
  it('a day the parser hangs a share on is no name', () => {
    assert.deepEqual(measures('Shares in the retailer slid as much as 6% Friday, a rare fall.'), [
      'as much as 6% => null',
    ]);
  });
  it('a number word capitalised inside a name is no count; a headline in title case keeps its count', () => {
    assert.deepEqual(measures("The 'Famous Five' return to the stage tonight."), []);
    assert.deepEqual(measures('Floods Kill Five Villagers In Northern Province'), [
      'Five Villagers In Northern Province => Villagers In Northern Province',
    ]);
  });
  it('in a block of fields an amount measures the label before its colon, not the next field’s', () => {
    assert.deepEqual(measures('Annual Revenue: $4.2B Market Share: 12.5% Chief Executive: Ana Ruiz.'), [
      '$4.2B => Annual Revenue',
      '12.5% => Market Share',
    ]);
  });
  it('a field of time is no label: "Time: 14:00" measures nothing', () => {
    assert.deepEqual(measures('Date: 4 June Time: 14:00 Venue: the council chamber.'), []);
  });
});

describe('sources and confidence', () => {
  it('a possessed noun that could be a verb of saying names no source', () => {
    assert.deepEqual(
      figuresIn('Sales beat the market’s estimates, rising 8% to $2 billion.').map((f) => f.attribution),
      [null, null],
    );
  });
  it('a figure that measures nothing stays below the floor figures are shown from, however dated and sourced', () => {
    const [money] = figuresIn('On Monday the exchange said it paid $2.40.');
    assert.deepEqual([money?.subject, money?.attribution, money?.confidence], [null, 'the exchange', 0.45]);
    const placed = { ...money!, asOf: '2025-06-16' };
    assert.equal(figureConfidence(placed, null), SHOWN_FROM.figures - 0.05);
    assert.equal(figureConfidence(placed, 'words'), 0.75);
  });
});
