import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { continuesSentence, decodeEntities, normaliseMarkup, texToPlain } from './markup.js';

describe('normaliseMarkup', () => {
  const cases: Array<[string, string, string]> = [
    ['TeX area with \\text', 'It covers $450 \\text{ km}^2$ of land.', 'It covers 450 km² of land.'],
    ['TeX percentage', 'Turnout was $61.5\\%$ this year.', 'Turnout was 61.5% this year.'],
    ['TeX unit in words', 'About $90 \\text{ square miles}$ burned.', 'About 90 square miles burned.'],
    ['TeX fraction and braces', 'A $\\frac{1}{3}$ share and $10^{3}$ units.', 'A 1/3 share and 10³ units.'],
    [
      'TeX subscript and thin space',
      'Emissions of $CO_2$ fell by $4\\,000$ tonnes.',
      'Emissions of CO₂ fell by 4 000 tonnes.',
    ],
    [
      'money before math',
      'It cost $5 million; the area was $701 \\text{ km}^2$.',
      'It cost $5 million; the area was 701 km².',
    ],
    ['money is not math', 'Tickets cost $5 and $10 each.', 'Tickets cost $5 and $10 each.'],
    ['bare escaped percent', 'Inflation hit 7.2\\% in spring.', 'Inflation hit 7.2% in spring.'],
    ['entities', 'Tom &amp; Jerry&#8217;s show&nbsp;ran &#x2014; twice.', 'Tom & Jerry’s show ran — twice.'],
    ['unknown entity kept', 'Use &madeup; here.', 'Use &madeup; here.'],
    ['inline tags dropped', 'The <span class="x">vote</span> was <b>close</b>.', 'The vote was close.'],
    [
      'block tags break paragraphs',
      'First point.<br>Second point.<p>Third.</p>',
      'First point.\n\nSecond point.\n\nThird.',
    ],
    ['comparison is not a tag', 'If a < b and c > d, stop.', 'If a < b and c > d, stop.'],
    [
      'invisible and odd spaces',
      'Zero\u200Bwidth\u00A0and\u202Fnarrow  spaces \t here. ',
      'Zerowidth and narrow spaces here.',
    ],
    ['blank-line runs collapse', 'One.\n\n\n\nTwo.\n', 'One.\n\nTwo.'],
    ['single line breaks make paragraphs', 'One.\nTwo.', 'One.\n\nTwo.'],
    [
      'sentence broken before lower case',
      'The talks were put on hold\n\nafter the strike.',
      'The talks were put on hold after the strike.',
    ],
    [
      'sentence broken after a function word',
      'Leaders were worried about\n\nRising prices and\n\nshortages.',
      'Leaders were worried about Rising prices and shortages.',
    ],
    ['heading stays apart', 'Trade talks\n\nThe ministers met.', 'Trade talks\n\nThe ministers met.'],
    [
      'quotes, dashes and diacritics kept',
      '“Déjà vu” – said Zoë — ‘really’.',
      '“Déjà vu” – said Zoë — ‘really’.',
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.equal(normaliseMarkup(input), expected));
  }
});

describe('markup helpers', () => {
  it('decodes numeric entities once only', () => assert.equal(decodeEntities('&amp;amp; &#233;'), '&amp; é'));
  it('turns TeX commands into symbols', () =>
    assert.equal(texToPlain('5 \\times 10^{-3} \\pm 2'), '5 × 10⁻³ ± 2'));
  it('knows when a sentence goes on', () => {
    assert.equal(continuesSentence('The vote was held', 'on Sunday.'), true);
    assert.equal(continuesSentence('The vote was held.', 'on Sunday.'), false);
    assert.equal(continuesSentence('Boat strikes', 'The ministers met.'), false);
  });
});
