import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { fields, figuresIn } from './figures-fixture.js';

// Sentences written for these tests; each family has a case the rule must leave alone.

describe('what an amount measures, read through the tree', () => {
  const pick = fields('text', 'value', 'unit', 'subject');
  it('an amount restated in brackets measures what the amount it restates measures', () => {
    assert.deepEqual(
      figuresIn('The council approved 3 million euros ($3.4 million) in flood relief.').map(pick),
      [
        { text: '3 million euros', value: 3e6, unit: 'EUR', subject: 'flood relief' },
        { text: '$3.4 million', value: 3.4e6, unit: 'USD', subject: 'flood relief' },
      ],
    );
  });
  it('an amount with a determiner is the object of a verb of change, not how far its subject changed', () => {
    assert.deepEqual(
      figuresIn('Police doubled the $20m (£15m) reward offered for information.').map((f) => f.subject),
      ['reward', 'reward'],
    );
    assert.deepEqual(
      figuresIn('Exports doubled 12% in a year.').map((f) => f.subject),
      ['Exports'],
    );
    // An indefinite "a record" leaves the amount to the subject.
    assert.deepEqual(
      figuresIn('Global trade hit a record $33 trillion last year.').map((f) => f.subject),
      ['Global trade'],
    );
  });
  it('money "in" a bare noun measures it; "in" a place or a phrase with a determiner does not', () => {
    assert.deepEqual(figuresIn('The donors pledged $12 million in emergency aid.').map(pick), [
      { text: '$12 million in emergency aid', value: 12e6, unit: 'USD', subject: 'emergency aid' },
    ]);
    assert.deepEqual(figuresIn('The firm invested $12 million in the region.').map(pick), [
      { text: '$12 million', value: 12e6, unit: 'USD', subject: null },
    ]);
    assert.deepEqual(figuresIn('She spent $300 in Paris.').map(pick), [
      { text: '$300', value: 300, unit: 'USD', subject: null },
    ]);
  });
  it('a noun phrase the parser hung on the unit without a preposition is what the unit modifies', () => {
    assert.deepEqual(figuresIn('Farmers face 30% Canadian import duties on grain.').map(pick), [
      {
        text: '30% Canadian import duties on grain',
        value: 30,
        unit: '%',
        subject: 'Canadian import duties on grain',
      },
    ]);
    // A noun that only says how much measures nothing.
    assert.deepEqual(figuresIn('Rice sold in the 4,000 yen range.').map(pick), [
      { text: '4,000 yen', value: 4000, unit: 'JPY', subject: null },
    ]);
  });
  it('money spent goes to what the "on" phrase names, or an "in" phrase’s bare noun', () => {
    assert.deepEqual(
      figuresIn('The company spent around $191 million in 2024 on storage batteries.').map((f) => f.subject),
      ['storage batteries'],
    );
    assert.deepEqual(
      figuresIn('The city invested $40 million in solar panels.').map((f) => f.subject),
      ['solar panels'],
    );
    assert.deepEqual(
      figuresIn('The firm invested $12 million in the region.').map((f) => f.subject),
      [null],
    );
  });
  it('an amount a noun stands "at", or a participle sets "at", measures that noun', () => {
    assert.deepEqual(
      figuresIn('The bank kept interest rates at 4.5%.').map((f) => f.subject),
      ['interest rates'],
    );
    assert.deepEqual(
      figuresIn('The storm caused damage estimated at $2 million.').map((f) => f.subject),
      ['damage'],
    );
    // "Analysts estimated" read by the parser as a participle keeps its own subject: no noun is valued.
    assert.deepEqual(
      figuresIn('Analysts estimated 3% last year.').map((f) => f.subject),
      [null],
    );
  });
  it('"as much as" leaves the amount to the verb it hedges', () => {
    assert.deepEqual(figuresIn('The shares fell as much as 12% on Monday.').map(pick), [
      { text: 'as much as 12%', value: 12, unit: '%', subject: 'shares' },
    ]);
  });
  it('"increase" with only the amount as object changes its subject; a verb of estimating does not', () => {
    assert.deepEqual(
      figuresIn('Crop yields plummeted by 90% in the drought.').map((f) => f.subject),
      ['Crop yields'],
    );
    assert.deepEqual(figuresIn('Car exports increased 7.5% last year.').map(pick), [
      { text: '7.5%', value: 7.5, unit: '%', subject: 'Car exports' },
    ]);
    assert.deepEqual(figuresIn('Analysts estimated 3% last year.').map(pick), [
      { text: '3%', value: 3, unit: '%', subject: null },
    ]);
  });
  it('a count hung on the first of coordinated modifiers counts their head noun', () => {
    assert.deepEqual(figuresIn('The plant builds 400 car and van engines.').map(pick), [
      { text: '400 car and van engines', value: 400, unit: null, subject: 'car and van engines' },
    ]);
    // Not across a preposition: "in Gaza face hunger" is no modifier of "women and girls".
    assert.deepEqual(figuresIn('Over one million women and girls in Gaza face hunger.').map(pick), [
      { text: 'Over one million women and girls', value: 1e6, unit: 'people', subject: 'women and girls' },
    ]);
  });
  it('a time after the counted noun, or a place fronted before it, is not part of what is counted', () => {
    assert.deepEqual(figuresIn('Volunteers packed 900 food and medicine parcels on Friday.').map(pick), [
      { text: '900 food and medicine parcels', value: 900, unit: null, subject: 'food and medicine parcels' },
    ]);
    assert.deepEqual(figuresIn('In Canada, retail sales increased 1.1% in May.').map(pick), [
      { text: '1.1%', value: 1.1, unit: '%', subject: 'retail sales' },
    ]);
    // A preposition with no comma before the noun is no fronted phrase: "in services revenue".
    assert.deepEqual(
      figuresIn('The firm reported nearly $27 billion in services revenue during the quarter.').map(
        (f) => f.subject,
      ),
      ['services revenue'],
    );
    // A place after the noun is still its own: "nurses and doctors in the north".
    assert.deepEqual(
      figuresIn('Nearly 900 nurses and doctors in the north are on strike.').map((f) => f.subject),
      ['nurses and doctors in the north'],
    );
  });
});

describe('how much an amount is, and in what unit', () => {
  const pick = fields('text', 'value', 'unit', 'qualifier');
  it('a fraction before "a million" or "a billion" scales it', () => {
    assert.deepEqual(figuresIn('More than half a million visitors came to the fair.').map(pick), [
      { text: 'More than half a million visitors', value: 5e5, unit: null, qualifier: 'more than' },
    ]);
    assert.deepEqual(figuresIn('A quarter of a billion people use the app.').map(pick), [
      { text: 'A quarter of a billion people', value: 2.5e8, unit: 'people', qualifier: null },
    ]);
    // "half an apple" is no amount of a million.
    assert.deepEqual(
      figuresIn('He ate half an apple and 3 pears.').map((f) => f.text),
      ['3 pears'],
    );
  });
  it('power and energy are units, and "million pounds" is money', () => {
    assert.deepEqual(
      figuresIn('The plant supplies 1.2 GW of electricity to the grid.').map((f) => [
        f.text,
        f.unit,
        f.subject,
      ]),
      [['1.2 GW of electricity', 'GW', 'electricity']],
    );
    assert.deepEqual(
      figuresIn('The club paid 30 million pounds for the striker.').map((f) => [f.text, f.unit]),
      [['30 million pounds', 'GBP']],
    );
    // Without a scale word pounds stay a weight read elsewhere, never money.
    assert.deepEqual(
      figuresIn('Police seized 200 pounds of cocaine.').map((f) => f.unit),
      [null],
    );
  });
  it('a number after "#" is a rank, not a count', () => {
    assert.deepEqual(
      figuresIn('The #3 team scored 4 goals.').map((f) => f.text),
      ['4 goals'],
    );
  });
});

describe('when a figure holds and who gives it', () => {
  it('the date a verb of rescheduling moves the amount to is not its date; a period’s end is', () => {
    assert.deepEqual(
      figuresIn('The government delayed the 25% tariffs to July 9.').map((f) => [f.subject, f.asOf]),
      [['tariffs', null]],
    );
    assert.deepEqual(
      figuresIn('Prices rose 3.5% in the 12 months to April.').map((f) => [f.subject, f.asOf]),
      [['Prices', '2025-04']],
    );
  });
  it('"according to" hung by the parser on a modifier of the source still names the source', () => {
    assert.deepEqual(
      figuresIn("At least 40 people died in the floods, according to the province's disaster agency.").map(
        (f) => f.attribution,
      ),
      ["the province's disaster agency"],
    );
  });
  it('a source before its verb is named whole, however the parser split it', () => {
    assert.deepEqual(
      figuresIn('Yesterday the Taliban-run interior ministry said floods had killed 31 people.').map(
        (f) => f.attribution,
      ),
      ['the Taliban-run interior ministry'],
    );
    assert.deepEqual(
      figuresIn('On Sunday the Hamas-run health ministry said air strikes had killed 23 people.').map(
        (f) => f.attribution,
      ),
      ['the Hamas-run health ministry'],
    );
    // Not across another phrase's determiner.
    assert.deepEqual(
      figuresIn('After the vote the opposition said 12 members were arrested.').map((f) => f.attribution),
      ['the opposition'],
    );
  });
  it('a source named after a figure gives it unless its verb reports something else with "that"', () => {
    assert.deepEqual(
      figuresIn(
        'Demand reached nearly 3 GW in the city, with officials saying that each household used more.',
      ).map((f) => [f.subject, f.attribution]),
      [['Demand', null]],
    );
    assert.deepEqual(
      figuresIn('Unemployment rose to 5%, officials said.').map((f) => [f.subject, f.attribution]),
      [['Unemployment', 'officials']],
    );
  });
});
