import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../pipeline/reading.js';

/** Each quote of the text as [content, speaker, source words]. */
const quotesOf = (text: string): [string, string | null, string | null][] =>
  analyzeText(text, '2025-03-12').quotes.map((q) => [q.content.text, q.speaker, q.source?.text ?? null]);

test('named sources: a title abbreviation after an inverted verb stays in the name', () => {
  assert.deepEqual(quotesOf('"What does the bill change?" asked Sen. Maggie Hassan on Tuesday.'), [
    ['What does the bill change?', 'Maggie Hassan', 'Sen. Maggie Hassan'],
  ]);
  assert.deepEqual(quotesOf('"We held the bridge," said Lt. Col. Tom Ferris after the battle.'), [
    ['We held the bridge', 'Tom Ferris', 'Lt. Col. Tom Ferris'],
  ]);
});

test('named sources: the author of a report after "by" or "from" speaks through it', () => {
  assert.deepEqual(
    quotesOf(
      'The United Nations released its report on Monday. According to figures from the UN, ' +
        'the practices are estimated to undermine progress toward most goals.',
    ),
    [['the practices are estimated to undermine progress toward most goals', 'United Nations', 'figures']],
  );
});

test('named sources: an organisation modifying the source noun speaks', () => {
  assert.deepEqual(
    quotesOf(
      'Floods hit the coast. According to the Reuters news agency, at least 40 people died in the floods.',
    ),
    [['at least 40 people died in the floods', 'Reuters', 'the Reuters news agency']],
  );
});

test('named sources: a body the report is about, or the one it is written for, does not speak', () => {
  // "on" gives the subject of the report, "for" whom it serves: neither wrote it.
  assert.deepEqual(
    quotesOf(
      'Aid groups gathered in Geneva. According to a report on the World Food Programme, ' +
        'deliveries fell by a third in March.',
    ).map(([, speaker]) => speaker),
    [null],
  );
  assert.deepEqual(
    quotesOf(
      'Ministers met in London. According to a briefing for the Treasury, ' +
        'the deficit will narrow next year.',
    ).map(([, speaker]) => speaker),
    [null],
  );
});

test('named sources: a name in apposition after the words speaks, a name in what was said does not', () => {
  assert.deepEqual(
    quotesOf(
      '“Water intake matters for ageing,” said the study’s lead author, Prof. Jonathan Rabinowitz from the ' +
        'School of Social Work.',
    ).map(([, speaker]) => speaker),
    ['Jonathan Rabinowitz'],
  );
  assert.deepEqual(
    quotesOf(
      'The deal was signed in May. According to N12, Consul General Ofir Akunis made sure that the ' +
        'travellers were allowed entry.',
    ).map(([, speaker]) => speaker),
    // The outlet, a name no person bears, speaks; the consul, inside what was said, does not.
    ['N12'],
  );
});

test('named sources: a fan, a reader of figures, a possessor is not the one speaking', () => {
  const speakers = (text: string) => quotesOf(text).map(([, speaker]) => speaker);
  assert.deepEqual(speakers('A City fan wrote that the club had been robbed.'), [null]);
  assert.deepEqual(speakers('According to figures obtained by the BBC, the waiting lists grew in March.'), [
    null,
  ]);
  assert.deepEqual(speakers('Zangauker’s family said in a statement that she was relieved.'), [null]);
});

test('named sources: "the blog post said" is whoever brought in "a blog post" in the nearest sentence that did', () => {
  const speakers = (text: string) => quotesOf(text).map(([content, speaker]) => [content, speaker]);
  assert.deepEqual(
    speakers(
      'Microsoft said in a blog post on Wednesday that it had seized 2,300 domains. ' +
        'Hackers bought the malware on forums, the blog post said.',
    ),
    [
      ['it had seized 2,300 domains', 'Microsoft'],
      ['Hackers bought the malware on forums', 'Microsoft'],
    ],
  );
  assert.deepEqual(
    speakers(
      'The Defence Ministry issued a statement on Monday. Hamas released a video. ' +
        'The statement said that two drones had been shot down.',
    ),
    [['two drones had been shot down', 'Defence Ministry']],
  );
});

test('named sources: a report brought in by no one named, or never brought in, names no speaker', () => {
  const speakers = (text: string) => quotesOf(text).map(([, speaker]) => speaker);
  // The nearest "a statement" names no one; the ministry's older one is not reached for.
  assert.deepEqual(
    speakers(
      'The Defence Ministry issued a statement on Monday. On Tuesday a statement was read out at the rally. ' +
        'The statement said that two drones had been shot down.',
    ),
    [null],
  );
  assert.deepEqual(
    speakers('Protesters gathered outside. The statement said that two drones had been shot down.'),
    [null],
  );
});

test('named sources: only a writing speaks for who brought it in, not a person or a body brought in', () => {
  assert.deepEqual(
    quotesOf('Police arrested a man in Leeds. The man said that he had been attacked first.').map(
      ([, speaker]) => speaker,
    ),
    [null],
  );
});

test('named sources: "began" reports the quotation it closes, and the quotation carrying on after it', () => {
  assert.deepEqual(
    quotesOf(
      'Scott Hayes was at the rally that night. “I was leaving to go home, and the mood just didn’t feel ' +
        'right,” Hayes began. “I engaged with him a few times.”',
    ),
    [
      ['I was leaving to go home, and the mood just didn’t feel right', 'Scott Hayes', 'Hayes'],
      ['I engaged with him a few times.', 'Scott Hayes', 'Hayes'],
    ],
  );
});

test('named sources: "began" with an object, a clause or a title after it reports nothing', () => {
  assert.deepEqual(quotesOf('The talks began on Monday in Geneva.'), []);
  assert.deepEqual(
    quotesOf('“We will not stop,” the army began shelling the town on Monday.').map(([, s]) => s),
    [null],
  );
  assert.deepEqual(quotesOf('The council began “Operation Clean Streets” in May.'), []);
});

test('named sources: a body the tagger cut from the name the subject gives whole speaks by the whole name', () => {
  assert.deepEqual(
    quotesOf(
      'Diplomats came under fire near Jenin on Wednesday. The Norwegian Foreign Affairs Ministry said the ' +
        'shooting was “a grave violation of international law”.',
    ),
    [
      [
        'the shooting was “a grave violation of international law”',
        'Norwegian Foreign Affairs Ministry',
        'The Norwegian Foreign Affairs Ministry',
      ],
    ],
  );
  assert.deepEqual(quotesOf('The attack involved 120 drones, according to the Moldovan Air Force.'), [
    ['The attack involved 120 drones', 'Moldovan Air Force', 'the Moldovan Air Force'],
  ]);
  // The "it" after it is the whole body too.
  assert.deepEqual(
    quotesOf(
      'The Brazilian Foreign Ministry said the talks would resume in June. It said they “must not fail”.',
    ),
    [
      ['the talks would resume in June', 'Brazilian Foreign Ministry', 'The Brazilian Foreign Ministry'],
      ['they “must not fail”', 'Brazilian Foreign Ministry', 'It'],
    ],
  );
});

test('named sources: a title or a clergy word before a cut name makes no body of it', () => {
  assert.deepEqual(
    quotesOf('Minister of Transport Kamel Farouk announced that the ban will begin in June.'),
    [['the ban will begin in June', null, 'Minister of Transport Kamel Farouk']],
  );
  assert.deepEqual(quotesOf('Father Moses says the church is full.'), [
    ['the church is full', 'Moses', 'Father Moses'],
  ]);
});

test('named sources: an "and" inside a body\'s name or a title does not cut the speaker', () => {
  assert.deepEqual(
    quotesOf(
      'According to the National Oceanic and Atmospheric Administration, the forest is a carbon sink.',
    ),
    [
      [
        'the forest is a carbon sink',
        'National Oceanic and Atmospheric Administration',
        'the National Oceanic and Atmospheric Administration',
      ],
    ],
  );
  assert.deepEqual(quotesOf('The fire spread overnight, the Fire and Rescue Authority said.'), [
    ['The fire spread overnight', 'Fire and Rescue Authority', 'the Fire and Rescue Authority'],
  ]);
});

test('named sources: two names joined by "and" stay two, and neither speaks alone', () => {
  assert.deepEqual(
    quotesOf(
      'The lawmakers, led by Sens. Elizabeth Warren and Chuck Schumer, warned that the deals “amount to a giveaway”.',
    ),
    // The subject before the aside is the source; the names inside the aside do not speak.
    [['the deals “amount to a giveaway”', null, 'The lawmakers']],
  );
  assert.deepEqual(
    quotesOf(
      'Researchers from the Israel Antiquities Authority and Tel Aviv University explained that the jewels were buried.',
    ),
    [['the jewels were buried', null, 'Tel Aviv University']],
  );
});

test("named sources: a country's state body named by the country's name speaks for it", () => {
  assert.deepEqual(quotesOf('Norway’s foreign ministry said the ferry talks would resume.'), [
    ['the ferry talks would resume', 'Norway', 'Norway’s foreign ministry'],
  ]);
  assert.deepEqual(quotesOf("Norway's army said two drones were shot down."), [
    ['two drones were shot down', 'Norway', "Norway's army"],
  ]);
  // A minister is a person, not the country; a body with a name of its own is that body.
  assert.deepEqual(quotesOf("Norway's foreign minister said the ferry talks would resume."), [
    ['the ferry talks would resume', null, "Norway's foreign minister"],
  ]);
});

test('named sources: a spokesperson speaks for whoever owns them, or for the state whose body they speak for', () => {
  assert.deepEqual(
    quotesOf('Premier Dalia Oren visited the port. Oren’s spokesperson said the visit had gone well.').at(-1),
    ['the visit had gone well', 'Dalia Oren', 'Oren’s spokesperson'],
  );
  assert.deepEqual(
    quotesOf(
      'Norway closed two ferry lines. A Norwegian foreign ministry spokesman said the lines would reopen.',
    ),
    [['the lines would reopen', 'Norway', 'A Norwegian foreign ministry spokesman']],
  );
  assert.deepEqual(
    quotesOf(
      'Norway closed two ferry lines. Norway’s foreign ministry spokeswoman said the lines would reopen.',
    ),
    [['the lines would reopen', 'Norway', 'Norway’s foreign ministry spokeswoman']],
  );
  // Negative: a lawyer or a manager speaks for themselves; a spokesman of no state body may be anyone's.
  assert.deepEqual(
    quotesOf('Premier Dalia Oren visited the port. Oren’s lawyer said the visit had gone well.').at(-1),
    ['the visit had gone well', null, 'Oren’s lawyer'],
  );
  assert.deepEqual(
    quotesOf('Norway closed two ferry lines. A Norwegian spokesman said the lines would reopen.'),
    [['the lines would reopen', null, 'A Norwegian spokesman']],
  );
});

test('named sources: "the spokesperson" speaks for whom the nearest spokesperson before spoke for', () => {
  assert.deepEqual(
    quotesOf(
      'A spokesperson for Lindqvist Freight said the ferries would run. The spokesman added that prices would rise.',
    ),
    [
      ['the ferries would run', 'Lindqvist Freight', 'Lindqvist Freight'],
      ['prices would rise', 'Lindqvist Freight', 'The spokesman'],
    ],
  );
  // Negative: the nearest spokesperson before spoke for no one read, or none spoke before.
  assert.deepEqual(
    quotesOf(
      'A spokesperson for Lindqvist Freight said the ferries would run. A spokesperson said the port was shut. The spokesman added that prices would rise.',
    ).map(([, speaker]) => speaker),
    ['Lindqvist Freight', null, null],
  );
  assert.deepEqual(quotesOf('Lindqvist Freight cut its routes. The spokesman said prices would rise.'), [
    ['prices would rise', null, 'The spokesman'],
  ]);
});
