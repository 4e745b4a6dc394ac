import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { analyzeText } from '../../pipeline/reading.js';

/** Each quote as "cue: content". */
const quotes = (text: string): string[] =>
  analyzeText(text, '2025-05-20').quotes.map((q) => `${q.cue?.text}: ${q.content.text}`);

describe('a verb of saying used of a thing reports no words', () => {
  it('"added 18 points", "wrote a prayer", "declaring 1975 the year" are no quotes', () => {
    assert.deepEqual(
      quotes('Motley scored 20 points, Blakeney added 18 points, and Ginat scored 15 points.'),
      [],
    );
    assert.deepEqual(quotes('The sage wrote a potent prayer for parents to say.'), []);
    assert.deepEqual(quotes('The UN declared 1975 as the International Women’s Year.'), []);
    assert.deepEqual(quotes('The French CAC 40 added 1.2%, while the DAX was 1.6% higher.'), []);
  });
  it('the same verbs with a clause, even one whose subject the parser made the object, still report speech', () => {
    assert.deepEqual(quotes('He added that the talks would resume.'), ['added: the talks would resume']);
    assert.deepEqual(
      quotes(
        'Sir Keir said the policy would change, adding ministers would only "make decisions we can afford".',
      ),
      ['said: the policy would change', 'adding: ministers would only "make decisions we can afford"'],
    );
    assert.deepEqual(quotes('It added 47 of those missiles and 266 drones were intercepted.'), [
      'added: 47 of those missiles and 266 drones were intercepted',
    ]);
  });
  it('a verb of saying whose object says what was said stays: "stressed the importance of …"', () => {
    assert.deepEqual(quotes('Marco Rubio stressed the importance of working with Syria.'), [
      'stressed: the importance of working with Syria',
    ]);
  });
});

describe('a verb of saying in another sense, or as a noun, reports nothing', () => {
  it('"claimed the title", "maintained close ties … and spoke" take a thing', () => {
    assert.deepEqual(quotes('The Riverside club claimed the national title for the third time.'), []);
    assert.deepEqual(
      quotes(
        'As a bishop in Lima, Romero maintained close ties with the local unions and often spoke at rallies.',
      ),
      [],
    );
  });
  it('an -ing form after "that", "than" or a preposition is no participle of saying', () => {
    // The verb before it reports the whole clause.
    assert.deepEqual(
      quotes('The coach told reporters that maintaining a grass pitch can be costly for small clubs.'),
      ['told: maintaining a grass pitch can be costly for small clubs'],
    );
    assert.deepEqual(quotes('He backed a new levy rather than maintaining the old system of grants.'), []);
    assert.deepEqual(quotes('She said the cost of buying and maintaining a boat was very high.'), [
      'said: the cost of buying and maintaining a boat was very high',
    ]);
  });
  it('"is said to be", "were told to leave": a passive of saying with an infinitive reports no one\'s words', () => {
    assert.deepEqual(quotes('The new coach is said to be furious about the decision.'), []);
    assert.deepEqual(quotes('The protesters were told to leave the square by noon.'), []);
  });
  it('negative: a participle of saying after a comma or "and", and a claim with a clause, still report', () => {
    assert.deepEqual(quotes('The mayor resigned on Friday, saying the council had lost its way.'), [
      'saying: the council had lost its way',
    ]);
    assert.deepEqual(quotes('The rebels claimed the town had fallen to their fighters.'), [
      'claimed: the town had fallen to their fighters',
    ]);
  });
});
