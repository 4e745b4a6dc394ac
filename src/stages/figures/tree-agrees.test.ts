import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { figuresIn } from './figures-fixture.js';

/** Each figure as "text => what it measures" (null when it measures nothing). */
const figures = (text: string): string[] => figuresIn(text).map((f) => `${f.text} => ${f.subject}`);

describe('what a number measures, read from the words only where the tree agrees', () => {
  it('a multiplier measures nothing: "four times longer"', () => {
    assert.deepEqual(
      figures('Food is carried 4,000 kilometers and takes 23 days, four times longer than in Europe.'),
      ['4,000 kilometers => null'],
    );
  });
  it('how often or how many fold is no amount: "hit three times", "three times the price"', () => {
    assert.deepEqual(figures('The clinic was hit three times while patients slept.'), []);
    assert.deepEqual(figures('Listeners may vote up to 20 times each by phone.'), []);
    assert.deepEqual(figures('The tablets will cost more than three times their price of about $400.'), [
      'about $400 => null',
    ]);
  });
  it('a time is never what a number measures: "fell 3% Tuesday", "closed 1.7% higher on Monday"', () => {
    assert.deepEqual(
      figures('Shares in the carmaker plunged as much as 8% Monday, a steep drop from their record high.'),
      ['as much as 8% => null'],
    );
    assert.deepEqual(figures('The index closed 1.7% higher on Monday.'), ['1.7% => null']);
    assert.deepEqual(figures('Shares in the carmaker were last seen trading 7.29% lower.'), [
      '7.29% => null',
    ]);
    assert.deepEqual(figures('A truce would bring them 80 percent closer to ending the war.'), [
      '80 percent closer to ending the war => closer to ending the war',
    ]);
  });
  it('"plus" after a number is no noun', () => {
    assert.deepEqual(figures('The firm was operating in 200 plus cities across the country.'), []);
  });
  it('a purpose clause glued after money is not what the money measures', () => {
    assert.deepEqual(figures('Musk spent more than $250 million helping Trump win a second term.'), [
      'more than $250 million => null',
    ]);
  });
  it('a currency is a unit, not what is counted; a weight counts what it is of', () => {
    assert.deepEqual(figures('Back then, one US dollar could be exchanged for roughly 47 Syrian pounds.'), [
      'roughly 47 => null',
    ]);
    assert.deepEqual(figures('The island has a territorial sea of 12 nautical miles.'), [
      '12 nautical miles => territorial sea',
    ]);
    assert.deepEqual(figures('Police seized 200 pounds of cocaine.'), [
      '200 pounds of cocaine => pounds of cocaine',
    ]);
  });
  it('a number after a count of a generic noun borrows the whole phrase, not "number"', () => {
    assert.deepEqual(
      figures(
        'In the U.S. alone, the average number of such disasters per year has risen from 3.3 in the 1980s to over 17 from 2014-2023.',
      ),
      ['3.3 => average number of such disasters', 'over 17 => average number of such disasters'],
    );
  });
  it('participles that modify the noun and people named by a participle stay', () => {
    assert.deepEqual(figures('Turnout was 42.66% of registered voters.'), [
      '42.66% of registered voters => registered voters',
    ]);
    assert.deepEqual(figures('The storm killed at least 31 people and left more than forty injured.'), [
      'at least 31 people => people killed',
      'more than forty injured => injured',
    ]);
  });
});
