import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { fields, figuresIn } from './figures-fixture.js';

const pick = fields('text', 'asOf', 'attribution');
/** Each figure as "text | date | source". */
const read = (text: string): string[] =>
  figuresIn(text).map((f) => `${f.text} | ${f.asOf} | ${f.attribution}`);

describe('a figure’s source: "according to" in every position', () => {
  it('fronted, final and between commas, whatever the source’s words', () => {
    assert.deepEqual(read('According to the exchange, prices reached $2.40 on Monday.'), [
      '$2.40 | 2025-06-16 | the exchange',
    ]);
    assert.deepEqual(read('Prices reached $2.40 on Monday, according to the exchange.'), [
      '$2.40 | 2025-06-16 | the exchange',
    ]);
    assert.deepEqual(read('Prices, according to the exchange, reached $2.40 on Monday.'), [
      '$2.40 | 2025-06-16 | the exchange',
    ]);
  });
  it('between the verb and the figure: the figure is no part of the source', () => {
    assert.deepEqual(read('Prices reached, according to the exchange, $2.40 on Monday.'), [
      '$2.40 | 2025-06-16 | the exchange',
    ]);
  });
  it('a source ends at its comma, though the parser hangs the sentence on it', () => {
    assert.deepEqual(
      read(
        'According to the National Bureau of Statistics (NBS), the region is one of the largest producers in the country, exporting about 40,000 tons of grain.',
      ),
      ['about 40,000 tons of grain | null | National Bureau of Statistics'],
    );
  });
  it('a figure in a clause modifying the noun "according to" names is that source’s', () => {
    assert.deepEqual(read('According to a survey that found 40% of voters agree, the party leads.'), [
      '40% of voters | null | a survey',
    ]);
  });
});

describe('a figure’s source: the subject of the verb of saying whose clause holds it', () => {
  it('"X said" and "X estimates" before and after the figure', () => {
    assert.deepEqual(read('The ministry estimates that exports rose 12% in May.'), [
      '12% | 2025-05 | The ministry',
    ]);
    assert.deepEqual(read('Exports rose 12%, the ministry estimates.'), ['12% | null | the ministry']);
    assert.deepEqual(read('Sales fell 3% in the second quarter, the company said on Thursday.'), [
      '3% | 2025-Q2 | the company',
    ]);
  });
  it('a time phrase before the verb of saying is no part of the source', () => {
    assert.deepEqual(read('The defense ministry a day earlier claimed it had shot down 94 drones.'), [
      '94 drones | null | The defense ministry',
    ]);
  });
  it('a pronoun or a determiner alone names no source', () => {
    assert.deepEqual(read('This shows that 40% of voters agree.'), ['40% of voters | null | null']);
    assert.deepEqual(read('He said on Monday that the 3% tax applies.'), ['3% tax | null | null']);
  });
  it('a clause set against the speaker’s by "while" is not what the speaker said', () => {
    assert.deepEqual(read('The minister said talks would go on, while 30% of voters oppose the deal.'), [
      '30% of voters | null | null',
    ]);
  });
});

describe('a figure’s source: "citing X"', () => {
  it('the speaker who cites stays the source', () => {
    assert.deepEqual(read('State media reported 40 deaths on Monday, citing the health ministry.'), [
      '40 deaths | 2025-06-16 | State media',
    ]);
    assert.deepEqual(read('Exports rose 12%, the agency said, citing customs data.'), [
      '12% | null | the agency',
    ]);
  });
  it('a reason cited is no source', () => {
    assert.deepEqual(
      figuresIn('Shares fell 5% after the company cut its outlook, citing weak demand.').map(
        (f) => f.attribution,
      ),
      [null],
    );
  });
});

describe('a figure’s date: the time expression of its own clause, never a deadline', () => {
  it('the date of the verb of saying is not the figure’s; the figure’s clause’s is', () => {
    assert.deepEqual(
      figuresIn('Officials said on Monday that 40 people died in the floods last week.').map(pick),
      [{ text: '40 people', asOf: '2025-W24', attribution: 'Officials' }],
    );
  });
  it('a date bounding a deadline noun, however the parser hangs it', () => {
    assert.deepEqual(read('The 50% tariff faces a June 1 deadline.'), ['50% tariff | null | null']);
    assert.deepEqual(read('Brussels set a deadline of July 9 for the 50% tariff.'), [
      '50% tariff | null | null',
    ]);
  });
  it('a date in a "with" phrase of its own dates what that phrase holds, not the clause before', () => {
    assert.deepEqual(
      read(
        'The wall is planned to be 953 kilometers long, with 300 kilometers currently under construction, Nouri said.',
      ),
      ['953 kilometers | null | Nouri', '300 kilometers | PRESENT_REF | Nouri'],
    );
  });
  it('a caption’s date after its places dates no figure of the caption’s clause', () => {
    assert.deepEqual(
      read(
        'The envoy spoke near the site where two embassy staff were shot dead, in Washington, DC, US, May 22, 2025.',
      ).map((f) => f.split(' | ')[1]),
      ['null'],
    );
  });
  it('a date the clause holds stays the figure’s', () => {
    assert.deepEqual(read('The 10% levy will take effect on July 1.'), ['10% levy | 2025-07-01 | null']);
  });
});
