import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readArticle } from '../entities/read-article-fixture.js';
import { resolveAcrossArticles } from '../entities/index.js';
import { parseTimex } from './dates.js';
import { mergeEvents } from './index.js';
import { PASSAGE_RUN, articlePassageKeys, contentWords, headlineStrip, passageKeys } from './passages.js';

test('TIMEX values as day ranges', () => {
  const rows: Array<[string | null, string | null]> = [
    ['2025-12-02', 'day 2025-12-02..2025-12-02'],
    ['2025-12-02TMO', 'day 2025-12-02..2025-12-02'],
    ['2024-02', 'month 2024-02-01..2024-02-29'],
    ['2025', 'year 2025-01-01..2025-12-31'],
    ['2025-W17', 'around 2025-04-21..2025-04-27'],
    ['2025-Q4', 'around 2025-10-01..2025-12-31'],
    ['PRESENT_REF', null],
    ['XXXX-XX-XX', null],
    ['P30D', null],
    [null, null],
  ];
  for (const [value, expected] of rows) {
    const range = parseTimex(value);
    assert.equal(range && `${range.precision} ${range.from}..${range.to}`, expected, String(value));
  }
});

const ARTICLES = [
  readArticle({
    id: 'b1',
    published: '2025-12-03',
    text: 'Steve Witkoff met Vladimir Putin in Moscow on Tuesday. The Kremlin called the talks useful.',
    events: [
      {
        trigger: 'met',
        type: 'CONSULT',
        sources: ['Steve Witkoff'],
        targets: ['Vladimir Putin'],
        date: '2025-12-02',
        place: 'Moscow',
      },
    ],
  }),
  readArticle({
    id: 'b2',
    published: '2025-12-04',
    text: 'Vladimir Putin received Steve Witkoff at the Kremlin this month. Witkoff later flew to Miami.',
    events: [
      {
        trigger: 'received',
        type: 'CONSULT',
        sources: ['Vladimir Putin'],
        targets: ['Steve Witkoff'],
        date: '2025-12',
        place: 'Moscow',
      },
    ],
  }),
  readArticle({
    id: 'b3',
    published: '2025-12-05',
    text: 'Steve Witkoff met Vladimir Putin on Wednesday, officials said.',
    events: [
      {
        trigger: 'met',
        type: 'CONSULT',
        sources: ['Steve Witkoff'],
        targets: ['Vladimir Putin'],
        date: '2025-12-03',
      },
    ],
  }),
  readArticle({
    id: 'b4',
    published: '2025-12-10',
    text: 'Steve Witkoff met Vladimir Putin again. Russian missiles struck Kyiv.',
    events: [
      { trigger: 'met', type: 'CONSULT', sources: ['Steve Witkoff'], targets: ['Vladimir Putin'] },
      { trigger: 'struck', type: 'ASSAULT', sources: ['Russian'], targets: ['Kyiv'], mode: 'asserted' },
    ],
  }),
  readArticle({
    id: 'b5',
    published: '2025-12-11',
    text: 'Russian missiles struck Kyiv overnight, the mayor said.',
    events: [{ trigger: 'struck', type: 'ASSAULT', sources: ['Russian'], targets: ['Kyiv'] }],
  }),
];

test('reports of one event merge by type, shared actors and compatible dates; the rest stay apart', () => {
  const { memberOf, entities } = resolveAcrossArticles(ARTICLES);
  const events = mergeEvents(ARTICLES, memberOf);
  const name = (id: string) => entities.find((e) => e.id === id)?.name;
  assert.deepEqual(
    events.map((e) => [
      e.type,
      e.date,
      e.precision,
      e.place,
      e.sourceIds.map(name),
      e.targetIds.map(name),
      e.evidence.map((x) => `${x.articleId}:${x.date ?? '-'}:${x.place ?? '-'}`),
    ]),
    [
      [
        'CONSULT',
        '2025-12',
        'month',
        'Moscow',
        ['Steve Witkoff', 'Vladimir Putin'],
        ['Vladimir Putin', 'Steve Witkoff'],
        ['b1:2025-12-02:Moscow', 'b2:2025-12:Moscow', 'b3:2025-12-03:-'],
      ],
      // Published a week later with no date: another meeting.
      ['CONSULT', '2025-12-10', 'undated', null, ['Steve Witkoff'], ['Vladimir Putin'], ['b4:-:-']],
      // Undated strikes a day apart, in two articles: one event.
      ['ASSAULT', '2025-12-10', 'undated', null, ['Russia'], ['Government of Ukraine'], ['b4:-:-', 'b5:-:-']],
    ],
  );
  assert.equal(events[0]!.evidence[0]!.sentence, 'Steve Witkoff met Vladimir Putin in Moscow on Tuesday.');
  assert.deepEqual(
    mergeEvents([...ARTICLES].reverse(), memberOf)
      .map((e) => e.id)
      .sort(),
    events.map((e) => e.id).sort(),
  );
});

test('look-alike events stay apart: other story, other place, too few actors in common; a merged date is as precise as its sources agree', () => {
  const strike = (id: string, published: string, text: string, place: string | null) =>
    readArticle({
      id,
      published,
      text,
      events: [
        {
          trigger: 'struck',
          type: 'ASSAULT',
          sources: ['Russia'],
          targets: ['Ukraine'],
          date: published,
          place,
        },
      ],
    });
  const articles = [
    strike('s1', '2025-12-02', 'Russia struck Ukraine near Kharkiv overnight.', 'Kharkiv'),
    strike('s2', '2025-12-02', 'Russia struck Ukraine near Kharkiv again, officials said.', 'Kharkiv'),
    strike('s3', '2025-12-02', 'Russia struck Ukraine near Odesa on Tuesday.', 'Odesa'),
    strike('s4', '2025-12-02', 'Russia struck Ukraine near Kharkiv, a report said.', 'Kharkiv'),
  ];
  const { memberOf } = resolveAcrossArticles(articles);
  const storyOf = new Map([
    ['s1', 'story-k'],
    ['s2', 'story-k'],
    ['s3', 'story-k'],
    ['s4', 'story-other'],
  ]);
  const events = mergeEvents(articles, memberOf, { storyOf });
  assert.deepEqual(
    events.map((e) => e.evidence.map((x) => x.articleId)),
    [['s1', 's2'], ['s3'], ['s4']],
  );
  // Furniture: the sentence is the page's, so it makes no event at all.
  const furniture = new Map([['s4', new Set([0])]]);
  assert.equal(mergeEvents(articles, memberOf, { storyOf, furniture }).length, 2);

  const [b1, , b3] = ARTICLES;
  const twoDays = mergeEvents([b1!, b3!], resolveAcrossArticles([b1!, b3!]).memberOf);
  assert.deepEqual(
    twoDays.map((e) => [e.date, e.precision, e.evidence.length]),
    [['2025-12', 'month', 2]],
  );
});

test("a part and its whole stay apart: one strike on a school is not the day's strikes across the city", () => {
  const report = (id: string, text: string) =>
    readArticle({
      id,
      published: '2025-12-08',
      text,
      events: [
        {
          trigger: 'killed',
          type: 'ASSAULT',
          sources: ['Russia'],
          targets: ['Kharkiv'],
          date: '2025-12-08',
        },
      ],
    });
  const articles = [
    report('p1', 'A strike by Russia on a school in Kharkiv killed 12 people on Monday.'),
    report('p2', 'Strikes by Russia killed 20 people across Kharkiv on Monday, including 12 in a school.'),
    report('p3', 'A strike by Russia on a school in Kharkiv killed 12 people on Monday, officials said.'),
    report('p4', 'Strikes by Russia killed 20 people in Kharkiv on Monday, the mayor said.'),
  ];
  const { memberOf } = resolveAcrossArticles(articles);
  assert.deepEqual(
    mergeEvents(articles, memberOf).map((e) => e.evidence.map((x) => x.articleId)),
    [
      ['p1', 'p3'],
      ['p2', 'p4'],
    ],
  );
});

/** Articles of one statement each, for the passage rule: Norway condemning Russia, in the words given. */
const statement = (id: string, text: string) =>
  readArticle({
    id,
    published: '2025-12-08',
    text,
    events: [{ trigger: 'condemned', type: 'DISAPPROVE', sources: ['Norway'], targets: ['Russia'] }],
  });
const LONG =
  'On Monday night Norway condemned Russia in a strongly worded joint statement, warning of further concrete measures if the humanitarian situation did not improve.';
const REPRINTED =
  'On Monday night, Norway condemned Russia in a strongly worded joint statement, warning of further concrete measures if the humanitarian situation did not get better.';

/** The articles of each merged event, with each article's story as given. */
function mergedAcross(articles: ReturnType<typeof statement>[], stories: string[], furniture = new Map()) {
  const { memberOf } = resolveAcrossArticles(articles);
  const storyOf = new Map(articles.map((a, i) => [a.article.id, stories[i]!]));
  return mergeEvents(articles, memberOf, { storyOf, furniture }).map((e) =>
    e.evidence.map((x) => x.articleId),
  );
}

test('one passage printed in articles of two stories is one event; a stock phrase is not', () => {
  const articles = [
    statement('q1', LONG),
    statement('q2', REPRINTED),
    statement('q3', 'Norway condemned Russia again, officials said.'),
    statement('q4', 'Norway condemned Russia again, diplomats said.'),
  ];
  assert.deepEqual(mergedAcross(articles, ['story-a', 'story-b', 'story-a', 'story-b']), [
    ['q1', 'q2'],
    ['q3'],
    ['q4'],
  ]);
});

test('across stories, most words in common are not one passage without eight of them in a row', () => {
  // The same content words, reordered: no run of eight is printed in both.
  const shuffled =
    'Further concrete measures were warned of as Norway condemned Russia on Monday night: the humanitarian situation, a strongly worded joint statement said, did not improve.';
  assert.deepEqual(mergedAcross([statement('r1', LONG), statement('r2', shuffled)], ['story-a', 'story-b']), [
    ['r1'],
    ['r2'],
  ]);
  // In one story the two are one event, told in much the same words.
  assert.deepEqual(mergedAcross([statement('r1', LONG), statement('r2', shuffled)], ['story-a', 'story-a']), [
    ['r1', 'r2'],
  ]);
});

test('a passage that is page furniture in an article joins nothing across stories (a related-links strip)', () => {
  const articles = [statement('f1', LONG), statement('f2', REPRINTED)];
  // The sentence is f2's outlet's furniture (it printed it in other articles): no report is read from it.
  const furniture = new Map([['f2', new Set([0])]]);
  assert.deepEqual(mergedAcross(articles, ['story-a', 'story-b'], furniture), [['f1']]);
});

test('passage keys: each run of eight content words under the event type, furniture left out', () => {
  const read = statement('k1', LONG);
  const event = read.reading.events[0]!;
  const keys = passageKeys(read, event);
  assert.equal(keys[0], 'DISAPPROVE|monday night norway condemn russia strongly word joint');
  assert.equal(keys.length, contentWords(LONG).length - PASSAGE_RUN + 1);
  assert.deepEqual(articlePassageKeys(read), keys);
  assert.deepEqual(articlePassageKeys(read, new Set([event.sentence])), []);
  // A sentence of fewer than eight content words has none.
  const short = statement('k2', 'Norway condemned Russia again, officials said.');
  assert.deepEqual(passageKeys(short, short.reading.events[0]!), []);
});

test('a strip of headlines is no passage: its glued headlines give no key', () => {
  const rows: Array<[string, boolean]> = [
    [
      'Big Four reunite at the French Open farewell Man Utd close to signing the Wolves striker Raducanu proud of battling Paris win The biggest tunes from the weekend A con artist hides a dark past',
      true,
    ],
    ['A report of 601 characters is no prose. '.repeat(16), true],
    // A title capitalises an article mid-sentence, before another capital: prose.
    ['The minister told The Times and The Guardian that a deal was close.', false],
    // One capitalised opener is a quotation, not a strip.
    ['He said that A new era had begun for the club and its fans.', false],
    [LONG, false],
  ];
  for (const [sentence, strip] of rows) assert.equal(headlineStrip(sentence), strip, sentence);
  const glued = statement(
    's1',
    `Norway condemned Russia in a joint statement on aid to Mariupol The biggest tunes of the weekend A con artist with fake identities hides a dark past.`,
  );
  assert.deepEqual(passageKeys(glued, glued.reading.events[0]!), []);
});
