import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segment, splitSentences, tokenize } from './index.js';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
const wordsOf = (text: string): string[] => segment(text).tokens.map((t) => t.text);

const SPLITS: Array<[string, string[]]> = [
  [
    'The talks would bring “a lasting peace.” He said so on Monday.',
    ['The talks would bring “a lasting peace.”', 'He said so on Monday.'],
  ],
  ['"We will win." She left.', ['"We will win."', 'She left.']],
  ['“Why now?” he asked. Nobody knew.', ['“Why now?” he asked.', 'Nobody knew.']],
  [
    'U.S. and U.K. envoys met Gov. Hochul and Mr. Lee at St. Mary’s on Nov. 5 at No. 10.',
    ['U.S. and U.K. envoys met Gov. Hochul and Mr. Lee at St. Mary’s on Nov. 5 at No. 10.'],
  ],
  [
    'Dr. Ruth Smith of Acme Co. spoke, e.g. about J. D. Vance.',
    ['Dr. Ruth Smith of Acme Co. spoke, e.g. about J. D. Vance.'],
  ],
  ['She joined Acme Inc. The firm grew.', ['She joined Acme Inc.', 'The firm grew.']],
  ['Envoys met in the U.S. The talks failed.', ['Envoys met in the U.S.', 'The talks failed.']],
  ['Prices rose 19.3% to 1,000 and then 3.5 more.', ['Prices rose 19.3% to 1,000 and then 3.5 more.']],
  ['He paused... Then he spoke. It was… odd.', ['He paused...', 'Then he spoke.', 'It was… odd.']],
  [
    'Peace talks resume in Jeddah\n\nDiplomats arrived on Tuesday',
    ['Peace talks resume in Jeddah', 'Diplomats arrived on Tuesday'],
  ],
  ['a paragraph without a stop\n\nthen another one', ['a paragraph without a stop', 'then another one']],
  ['The line is wrapped\nin the middle. Done.', ['The line is wrapped\nin the middle.', 'Done.']],
  [
    'He studied in Dulwich. [17] Placed under care, he grew [a] up.',
    ['He studied in Dulwich. [17]', 'Placed under care, he grew [a] up.'],
  ],
  [
    'He wrote from S.F., Cal., and left. Then he came.',
    ['He wrote from S.F., Cal., and left.', 'Then he came.'],
  ],
  [
    'Where did you grow up? india? “Why?” he asked (why?) and wait?no, Yahoo! said.',
    ['Where did you grow up?', 'india?', '“Why?” he asked (why?) and wait?no, Yahoo! said.'],
  ],
  ['Paid CCNG, Inc.. Then he left.', ['Paid CCNG, Inc..', 'Then he left.']],
  [
    'I love her. :) Then she left! ;-) Drs. Ali came.',
    ['I love her. :)', 'Then she left! ;-)', 'Drs. Ali came.'],
  ],
  ['', []],
];

for (const [text, expected] of SPLITS) {
  test(`sentences: ${JSON.stringify(text).slice(0, 60)}`, () =>
    assert.deepEqual(sentencesOf(text), expected));
}

const TOKENS: Array<[string, string[]]> = [
  [
    "Ukraine's long-range missiles don't fly.",
    ['Ukraine', "'s", 'long', '-', 'range', 'missiles', 'do', "n't", 'fly', '.'],
  ],
  ['Ukraine’s O’Brien', ['Ukraine', '’s', 'O’Brien']],
  ['$1,000.50 (19.3%) £5bn €3', ['$', '1,000.50', '(', '19.3', '%', ')', '£', '5', 'bn', '€', '3']],
  [
    'U.S.-led talks on 1996-08-22 ended 6-4, at 10:30.',
    ['U.S.', '-', 'led', 'talks', 'on', '1996-08-22', 'ended', '6', '-', '4', ',', 'at', '10:30', '.'],
  ],
  [
    'Non-profit e-mail and/or co-founder al-Qaeda cannot call 713-853-3989 at 5pm on 9/11.',
    ['Non-profit', 'e-mail', 'and', '/', 'or', 'co-founder', 'al', '-', 'Qaeda', 'can', 'not', 'call'].concat(
      ['713-853-3989', 'at', '5', 'pm', 'on', '9/11', '.'],
    ),
  ],
  [
    'a 3-year-old in 1969-1970, 2nd in the 1990s',
    ['a', '3', '-', 'year', '-', 'old', 'in', '1969', '-', '1970', ',', '2nd', 'in', 'the', '1990s'],
  ],
  ["===== ** ``Yes'' -- I'm gonna", ['=====', '**', '``', 'Yes', "''", '--', 'I', "'m", 'gon', 'na']],
  ['AT&T and S&P -- see www.example.com/a.', ['AT&T', 'and', 'S&P', '--', 'see', 'www.example.com/a', '.']],
  ["Ukraine 's war", ['Ukraine', "'s", 'war']],
  [
    'Write to jane.doe@news.example.org or see Budget_2025.pdf for us.',
    ['Write', 'to', 'jane.doe@news.example.org', 'or', 'see', 'Budget_2025.pdf', 'for', 'us', '.'],
  ],
  [
    'Flights, hotels, etc. were booked by 9 p.m. They said thats fine :) but I dont know;-)',
    [
      'Flights',
      ',',
      'hotels',
      ',',
      'etc.',
      'were',
      'booked',
      'by',
      '9',
      'p.m',
      '.',
      'They',
      'said',
      'that',
      's',
    ].concat(['fine', ':)', 'but', 'I', 'do', 'nt', 'know', ';', '-', ')']),
  ],
  ['Bring maps, tents, etc.', ['Bring', 'maps', ',', 'tents', ',', 'etc', '.']],
  [
    'See irc.example.net, News.Example.Com or news.bbc.co.uk, not end.Then (c. 1818) A.de Silva.',
    [
      'See',
      'irc.example.net',
      ',',
      'News.Example.Com',
      'or',
      'news.bbc.co.uk',
      ',',
      'not',
      'end',
      '.',
    ].concat(['Then', '(', 'c.', '1818', ')', 'A.', 'de', 'Silva', '.']),
  ],
  ['Why.? Great!. Done..? Nice :-).', ['Why', '.?', 'Great', '!.', 'Done', '..?', 'Nice', ':-)', '.']],
  [
    'As was his wont, he cant stop. She met Jony Ive in the U.S.',
    ['As', 'was', 'his', 'wont', ','].concat([
      'he',
      'ca',
      'nt',
      'stop',
      '.',
      'She',
      'met',
      'Jony',
      'Ive',
      'in',
      'the',
      'U.S.',
    ]),
  ],
  ["the 80's and 1960's, 2024's budget", ['the', "80's", 'and', "1960's", ',', "2024's", 'budget']],
  [
    'Mail franz371...@gmail.com, not ended...@ 5',
    ['Mail', 'franz371...@gmail.com', ',', 'not', 'ended', '...', '@', '5'],
  ],
  [
    '@POTUS, #IStandWithAhmed and #1 at @example.com; 3 @ 2.975 or me@x.com or A#B',
    ['@POTUS', ',', '#IStandWithAhmed', 'and', '#', '1', 'at', '@example.com', ';', '3', '@', '2.975'].concat(
      ['or', 'me@x.com', 'or', 'A', '#', 'B'],
    ),
  ],
  [
    '5G phones, 10MM shares, 5g of salt, 35mm film',
    ['5G', 'phones', ',', '10MM', 'shares', ',', '5', 'g', 'of', 'salt', ',', '35', 'mm', 'film'],
  ],
  [
    'at Federal Sts., in Pvt., not Federalists., nor 3.,',
    ['at', 'Federal', 'Sts.', ',', 'in', 'Pvt.', ',', 'not', 'Federalists', '.', ','].concat([
      'nor',
      '3',
      '.',
      ',',
    ]),
  ],
  [
    'Post to alt.animals.cat or misc.consumers.frugal-living. Not alt.Then, nor soc. It is all $$$.',
    ['Post', 'to', 'alt.animals.cat', 'or', 'misc.consumers.frugal-living', '.', 'Not', 'alt', '.'].concat([
      'Then',
      ',',
      'nor',
      'soc',
      '.',
      'It',
      'is',
      'all',
      '$$$',
      '.',
    ]),
  ],
  [
    'Paid CCNG, Inc.. Then he waited... Acme Inc... and so..',
    ['Paid', 'CCNG', ',', 'Inc.', '.', 'Then'].concat([
      'he',
      'waited',
      '...',
      'Acme',
      'Inc',
      '...',
      'and',
      'so',
      '..',
    ]),
  ],
];

for (const [text, expected] of TOKENS) {
  test(`tokens: ${text}`, () => assert.deepEqual(wordsOf(text), expected));
}

test('every token and sentence is the slice of the text its offsets name', () => {
  const text =
    'Mr. Rubio met Ukraine’s minister.\n\n“It went well,” he said… Later, U.S. aides left 🙂 on 3.5 planes.';
  const sentences = splitSentences(text);
  const tokens = tokenize(text, sentences);
  assert.equal(sentences.length, 3);
  for (const token of tokens) {
    assert.equal(text.slice(token.start, token.end), token.text);
    const sentence = sentences[token.sentence]!;
    assert.ok(token.start >= sentence.start && token.end <= sentence.end);
  }
  assert.deepEqual(
    tokens.map((t) => t.sentence),
    [...Array(7).fill(0), ...Array(9).fill(1), ...Array(10).fill(2)],
  );
});

test('tokenize numbers tokens by the sentences it is given', () => {
  const text = 'One here. Two there.';
  const tokens = tokenize(text, [{ start: 0, end: text.length, index: 0 }]);
  assert.deepEqual(new Set(tokens.map((t) => t.sentence)), new Set([0]));
});

test('"\'\'" closing a quotation after its final mark is one token', () => {
  assert.deepEqual(wordsOf("He said ``it ended.'' Then he left."), [
    'He',
    'said',
    '``',
    'it',
    'ended',
    '.',
    "''",
    'Then',
    'he',
    'left',
    '.',
  ]);
  assert.deepEqual(sentencesOf("He said ``it ended.'' Then he left."), [
    "He said ``it ended.''",
    'Then he left.',
  ]);
});
