import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { DateMention, TimexType } from '../../core/analysis.js';
import { findDates } from './index.js';

type Expected = { text: string; type: TimexType; value: string };
type Case = [sentence: string, published: string | null, expected: Expected[]];

const WED = '2025-12-03'; // a Wednesday, in ISO week 2025-W49

const date = (text: string, value: string): Expected => ({ text, type: 'DATE', value });
const time = (text: string, value: string): Expected => ({ text, type: 'TIME', value });
const duration = (text: string, value: string): Expected => ({ text, type: 'DURATION', value });
const set = (text: string, value: string): Expected => ({ text, type: 'SET', value });

const CASES: Case[] = [
  // Weekdays follow the sentence's tense: the latest one for past events, the next one for plans.
  ['He met the minister on Wednesday.', WED, [date('Wednesday', '2025-12-03')]],
  ['The delegations will meet again on Thursday.', WED, [date('Thursday', '2025-12-04')]],
  ['Talks are scheduled to resume on Thursday.', WED, [date('Thursday', '2025-12-04')]],
  ['The vote was held this past Tuesday.', WED, [date('this past Tuesday', '2025-12-02')]],
  ['Talks resume the forthcoming Thursday.', WED, [date('the forthcoming Thursday', '2025-12-04')]],
  ['He said he would travel next Monday.', WED, [date('next Monday', '2025-12-08')]],
  ['The strike hit on Monday morning.', '1998-08-12', [time('Monday morning', '1998-08-10TMO')]],
  // Months, weeks and years around the publication date.
  ['Sales fell last month.', WED, [date('last month', '2025-11')]],
  ['The deal was signed in November.', WED, [date('November', '2025-11')]],
  ['The summit will take place in November.', WED, [date('November', '2026-11')]],
  ['The ceasefire began on Nov 12.', WED, [date('Nov 12', '2025-11-12')]],
  ['The ceasefire began on Nov. 12, 2024.', WED, [date('Nov. 12, 2024', '2024-11-12')]],
  ['Prices rose this week.', WED, [date('this week', '2025-W49')]],
  ['More details will come later in the week.', WED, [date('later in the week', '2025-W49')]],
  ['Elections are expected early next year.', WED, [date('early next year', '2026')]],
  ['The line should open by mid-2027.', WED, [date('mid-2027', '2027')]],
  ['Output fell in 2023.', WED, [date('2023', '2023')]],
  ['He has lived there since 2014.', WED, [date('2014', '2014')]],
  [
    'It was built in 1998 and rebuilt in the 1990s style.',
    WED,
    [date('1998', '1998'), date('the 1990s', '199')],
  ],
  ['The company reported results for fiscal 1997.', WED, [date('fiscal 1997', '1997')]],
  ['Profit rose in the third quarter.', WED, [date('the third quarter', '2025-Q3')]],
  ['Sales were $5 million, up from $4 million a year earlier.', WED, [date('a year earlier', '2024')]],
  ['The talks collapsed in the spring.', WED, [date('the spring', '2025-SP')]],
  ['Fighting resumed over the weekend.', WED, [date('the weekend', '2025-W48-WE')]],
  // Days counted from publication.
  [
    'He said yesterday that today and tomorrow matter.',
    WED,
    [date('yesterday', '2025-12-02'), date('today', '2025-12-03'), date('tomorrow', '2025-12-04')],
  ],
  ['The plant closed two days ago.', WED, [date('two days ago', '2025-12-01')]],
  ['Troops left two weeks ago.', WED, [date('two weeks ago', '2025-11-19')]],
  ['The rally starts at 5 p.m.', WED, [time('5 p.m.', '2025-12-03T17:00')]],
  // References to the present, past and future as such.
  ['The situation is calm now.', WED, [date('now', 'PRESENT_REF')]],
  ['Crime has fallen in recent years.', WED, [date('recent years', 'PAST_REF')]],
  ['Prices have climbed in recent months.', WED, [date('recent months', 'PAST_REF')]],
  // Durations, with numbers in words and hedges kept inside the extent.
  ['They agreed a 30-day truce.', WED, [duration('30-day', 'P30D')]],
  ['The war has lasted three years.', WED, [duration('three years', 'P3Y')]],
  ['The siege lasted nearly 100 days.', WED, [duration('nearly 100 days', 'P100D')]],
  ['Output doubled over the past three years.', WED, [duration('the past three years', 'P3Y')]],
  ['The bond matures in twenty-five years.', WED, [duration('twenty-five years', 'P25Y')]],
  ['It took a dozen weeks.', WED, [duration('a dozen weeks', 'P12W')]],
  ['The feud has run for decades.', WED, [duration('decades', 'PXDE')]],
  ['Three days later, the rebels withdrew.', WED, [duration('Three days', 'P3D')]],
  // Recurrences.
  ['The fund reports quarterly.', WED, [set('quarterly', 'P3M')]],
  ['Inspectors visit every month.', WED, [set('every month', 'P1M')]],
  ['The tickets cost $5 a day.', WED, [set('a day', 'P1D')]],
  // Without a publication date, what depends on it stays unknown rather than guessed.
  ['He resigned on Wednesday.', null, [date('Wednesday', 'XXXX-WXX-3')]],
  ['The ceasefire began on Nov 12.', null, [date('Nov 12', 'XXXX-11-12')]],
  [
    'Prices rose last month and this week.',
    null,
    [date('last month', 'XXXX-XX'), date('this week', 'XXXX-WXX')],
  ],
  [
    'He was recently promoted after three years, in 2023.',
    null,
    [date('recently', 'PAST_REF'), duration('three years', 'P3Y'), date('2023', '2023')],
  ],
  // Nothing here is a date.
  ['He scored 3-1.', WED, []],
  ['May I help?', WED, []],
  ['March on, he said.', WED, []],
  ['It was the 2-1 win they needed.', WED, []],
  ['Article 51 of the charter applies.', WED, []],
  ['The party won a 19.3% share.', WED, []],
  ['The G7 met.', WED, []],
  ['Call 555-1234 or (202) 555-2014 for details.', WED, []],
  ['That is one of the key considerations.', WED, []],
  ['Rebels hold 2000 prisoners and 1,998 rifles worth $1999.', WED, []],
];

function summary(mentions: DateMention[]): Expected[] {
  return mentions.map(({ text, type, value }) => ({ text, type, value }));
}

describe('findDates', () => {
  for (const [sentence, published, expected] of CASES) {
    it(`${JSON.stringify(sentence)} published ${published}`, () => {
      const found = findDates(sentence, { published });
      assert.deepEqual(summary(found), expected);
      for (const mention of found) assert.equal(sentence.slice(mention.start, mention.end), mention.text);
    });
  }

  it('numbers sentences from the splitter it owns, or from the sentences given', () => {
    const text = 'He left on Monday. She returns on Friday.';
    assert.deepEqual(
      findDates(text, { published: WED }).map((m) => m.sentence),
      [0, 1],
    );
    const given = [{ start: 0, end: text.length }];
    assert.deepEqual(
      findDates(text, { published: WED, sentences: given }).map((m) => m.sentence),
      [0, 0],
    );
  });

  it('gives the same answers in any time zone', () => {
    const text = CASES.map(([sentence]) => sentence).join(' ');
    const original = process.env.TZ;
    const answers = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata'].map((zone) => {
      process.env.TZ = zone;
      return JSON.stringify(findDates(text, { published: WED }));
    });
    process.env.TZ = original;
    for (const answer of answers) assert.equal(answer, answers[0]);
  });

  it('refuses a publication date that is not YYYY-MM-DD', () => {
    assert.throws(() => findDates('today', { published: '12/03/2025' }), /published/);
  });
});
