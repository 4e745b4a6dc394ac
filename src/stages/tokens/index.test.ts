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

test('a number written with a leading point or a plus sign is one word', () => {
  assert.deepEqual(wordsOf('The shortstop batted .318, and shares rose $.05 to 4.5.'), [
    'The',
    'shortstop',
    'batted',
    '.318',
    ',',
    'and',
    'shares',
    'rose',
    '$',
    '.05',
    'to',
    '4.5',
    '.',
  ]);
  assert.deepEqual(wordsOf('Dial +33 1 4567 or (+7 495) now.'), [
    'Dial',
    '+33',
    '1',
    '4567',
    'or',
    '(',
    '+7',
    '495',
    ')',
    'now',
    '.',
  ]);
  // Not after a word or a number: the point closes the sentence, the plus joins two things.
  assert.deepEqual(sentencesOf('It ended in a draw.5 fans stayed. Tea+2 sugars.'), [
    'It ended in a draw.',
    '5 fans stayed.',
    'Tea+2 sugars.',
  ]);
  assert.deepEqual(wordsOf('Tea+2 sugars'), ['Tea', '+', '2', 'sugars']);
  assert.deepEqual(sentencesOf('Prices fell. .5 of a point was lost.'), [
    'Prices fell.',
    '.5 of a point was lost.',
  ]);
});

test('a phone number after an area code and its slash, and a ZIP+4 code, are one word', () => {
  assert.deepEqual(wordsOf('Call 713/853-6197 or write to Houston, TX 77042-2016.'), [
    'Call',
    '713/853-6197',
    'or',
    'write',
    'to',
    'Houston',
    ',',
    'TX',
    '77042-2016',
    '.',
  ]);
  // Ranges, scores and dates with a hyphen stay cut.
  assert.deepEqual(wordsOf('pages 10/12-14, 12345-678 and 1/2-3'), [
    'pages',
    '10/12',
    '-',
    '14',
    ',',
    '12345',
    '-',
    '678',
    'and',
    '1/2',
    '-',
    '3',
  ]);
});

const spansOf = (text: string): Array<[string, number, number]> =>
  segment(text).tokens.map((t) => [t.text, t.start, t.end]);

test('a contraction typed without its apostrophe is split where the next word shows it', () => {
  assert.deepEqual(spansOf('its a shame, Its not fair'), [
    ['it', 0, 2],
    ['s', 2, 3],
    ['a', 4, 5],
    ['shame', 6, 11],
    [',', 11, 12],
    ['It', 13, 15],
    ['s', 15, 16],
    ['not', 17, 20],
    ['fair', 21, 25],
  ]);
  assert.deepEqual(spansOf('i wont be long, im sorry, Ive been out and cant wait'), [
    ['i', 0, 1],
    ['wo', 2, 4],
    ['nt', 4, 6],
    ['be', 7, 9],
    ['long', 10, 14],
    [',', 14, 15],
    ['i', 16, 17],
    ['m', 17, 18],
    ['sorry', 19, 24],
    [',', 24, 25],
    ['I', 26, 27],
    ['ve', 27, 29],
    ['been', 30, 34],
    ['out', 35, 38],
    ['and', 39, 42],
    ['ca', 43, 45],
    ['nt', 45, 47],
    ['wait', 48, 52],
  ]);
  assert.deepEqual(spansOf('hes just alot, whats theres youll'), [
    ['he', 0, 2],
    ['s', 2, 3],
    ['just', 4, 8],
    ['a', 9, 10],
    ['lot', 10, 13],
    [',', 13, 14],
    ['what', 15, 19],
    ['s', 19, 20],
    ['there', 21, 26],
    ['s', 26, 27],
    ['you', 28, 31],
    ['ll', 31, 33],
  ]);
});

test('a word that is also a contraction typed without its apostrophe stays whole elsewhere', () => {
  // The possessive before a noun, an adjective, a hyphened word or an adverb that may open a noun phrase.
  assert.deepEqual(wordsOf('its own arm, its not-for-profit unit, its just cause, its now infamous ads'), [
    'its',
    'own',
    'arm',
    ',',
    'its',
    'not',
    '-',
    'for',
    '-',
    'profit',
    'unit',
    ',',
    'its',
    'just',
    'cause',
    ',',
    'its',
    'now',
    'infamous',
    'ads',
  ]);
  // "wont" and "cant" as words, a name after a capitalised word, capitals, and no word after.
  assert.deepEqual(
    wordsOf('as was his wont. wont to go, the cant of it; Jony Ive had said. ITS a test. its'),
    [
      'as',
      'was',
      'his',
      'wont',
      '.',
      'wont',
      'to',
      'go',
      ',',
      'the',
      'cant',
      'of',
      'it',
      ';',
      'Jony',
      'Ive',
      'had',
      'said',
      '.',
      'ITS',
      'a',
      'test',
      '.',
      'its',
    ],
  );
});

test('a letter, a slash and a letter are one word; longer runs and digits are cut', () => {
  assert.deepEqual(spansOf('b/c of L/C w/o a/b/c f/2'), [
    ['b/c', 0, 3],
    ['of', 4, 6],
    ['L/C', 7, 10],
    ['w/o', 11, 14],
    ['a', 15, 16],
    ['/', 16, 17],
    ['b', 17, 18],
    ['/', 18, 19],
    ['c', 19, 20],
    ['f', 21, 22],
    ['/', 22, 23],
    ['2', 23, 24],
  ]);
});
