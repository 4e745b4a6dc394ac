import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReadArticle, ResolvedEntity } from '../../core/connected.js';
import { resolveAcrossArticles } from './index.js';
import { looksLikeName } from './name-shape.js';
import { foldName, oneEditKeys, personName, transliterationKey, withinOneEdit } from './names.js';
import { readArticle } from './read-article-fixture.js';

const ARTICLES: ReadArticle[] = [
  readArticle({
    id: 'a1',
    published: '2025-03-10',
    text: 'Ukrainian President Volodymyr Zelenskyy met U.S. Secretary of State Marco Rubio in Jeddah on Tuesday. Zelenskyy said the talks were useful. The Kremlin said it would study the proposal.',
  }),
  readArticle({
    id: 'a2',
    published: '2025-03-12',
    text: 'President Zelensky of Ukraine welcomed the ceasefire plan on Wednesday. Senator Marco Rubio told reporters that Moscow must now respond. Foreign Minister Andrii Sybiha of Ukraine thanked Rubio for his work.',
  }),
  readArticle({
    id: 'a3',
    published: '2025-03-13',
    text: "Ukraine's Foreign Minister Andrii Sybhia said Russia must answer. Mr Sybhia spoke to journalists in Kyiv on Thursday.",
  }),
  readArticle({
    id: 'a4',
    published: '2025-03-14',
    // She must take part in something to be an actor: since reading-20 a visit to a thing (a school) is no event.
    text: 'First lady Melania Trump met teachers at a school in Washington. She praised them.',
  }),
  readArticle({
    id: 'a5',
    published: '2025-03-14',
    text: 'President Donald Trump spoke to reporters at the White House. Trump said the Kremlin must agree.',
  }),
  readArticle({
    id: 'a6',
    published: '2025-03-15',
    text: 'President Trump said Russia had to decide soon. The Russian government did not reply.',
  }),
];

const members = (entities: ResolvedEntity[], name: string): string[] | undefined =>
  entities.find((e) => e.name === name)?.members;

test('names: folding, transliteration keys, one edit and its blocking keys', () => {
  for (const [input, expected] of [
    ["Zelenskyy's", 'zelenskyy s'],
    ['Jean-Noël Barrot', 'jean noel barrot'],
  ] as const) {
    assert.equal(foldName(input), expected);
  }
  for (const [a, b, same] of [
    ['Zelenskyy', 'Zelensky', true],
    ['Zelenskiy', 'Zelensky', true],
    ['Andriy', 'Andrii', true],
    ['Sergey', 'Sergei', true],
    ['Sybiha', 'Sybhia', false],
    ['Rubio', 'Rubin', false],
  ] as const) {
    assert.equal(transliterationKey(a) === transliterationKey(b), same, `${a}/${b}`);
  }
  for (const [a, b, near] of [
    ['sybiha', 'sybhia', true],
    ['sybiha', 'sybia', true],
    ['sybiha', 'sybihaa', true],
    ['sybiha', 'sybhai', false],
    ['rubio', 'rubin', true],
    ['rubio', 'rubens', false],
  ] as const) {
    assert.equal(withinOneEdit(a, b), near, `${a}/${b}`);
    if (near)
      assert.ok(
        oneEditKeys(a).some((k) => oneEditKeys(b).includes(k)),
        `${a}/${b} share no key`,
      );
  }
  assert.deepEqual(personName('Mr. Witkoff'), { first: null, surname: 'witkoff', suffix: null });
  assert.deepEqual(personName('Martin Luther King Jr.'), { first: 'martin', surname: 'king', suffix: 'jr' });
});

test('people meet across articles by full name, transliteration, misspelling and bare surname', () => {
  const { entities, memberOf } = resolveAcrossArticles(ARTICLES);
  assert.deepEqual(members(entities, 'Volodymyr Zelenskyy'), ['a1/e2', 'a2/e1']);
  assert.deepEqual(members(entities, 'Marco Rubio'), ['a1/e4', 'a2/e3']);
  assert.deepEqual(members(entities, 'Andrii Sybhia'), ['a2/e5', 'a3/e2']);
  assert.deepEqual(members(entities, 'Donald Trump'), ['a5/e1', 'a6/e1']);
  // Same surname, different first name: another person.
  assert.deepEqual(members(entities, 'Melania Trump'), ['a4/e1']);
  assert.deepEqual(members(entities, 'Government of Russia'), ['a1/e6', 'a2/e4', 'a5/e3']);
  assert.deepEqual(members(entities, 'Ukraine'), ['a1/e1', 'a2/e2', 'a3/e1']);
  assert.deepEqual(members(entities, 'Russia'), ['a3/e3', 'a6/e2']);

  const zelenskyy = entities.find((e) => e.name === 'Volodymyr Zelenskyy')!;
  assert.deepEqual(zelenskyy.aliases, ['Volodymyr Zelenskyy', 'Zelenskyy', 'Zelensky']);
  assert.equal(zelenskyy.country, 'UKR');
  assert.equal(zelenskyy.mentionCount, 3);
  const rubio = entities.find((e) => e.name === 'Marco Rubio')!;
  assert.deepEqual(
    rubio.roles.map((r) => [r.title, r.country, r.date, r.evidence.articleId, r.evidence.sentence]),
    [
      [
        'Secretary of State',
        'USA',
        '2025-03-10',
        'a1',
        'Ukrainian President Volodymyr Zelenskyy met U.S. Secretary of State Marco Rubio in Jeddah on Tuesday.',
      ],
      [
        'Senator',
        null,
        '2025-03-12',
        'a2',
        'Senator Marco Rubio told reporters that Moscow must now respond.',
      ],
    ],
  );
  for (const e of entities) for (const key of e.members) assert.equal(memberOf.get(key), e.id);
  assert.equal(
    memberOf.size,
    ARTICLES.reduce((n, a) => n + a.reading.entities.length, 0),
  );
});

test('ids are stable as the corpus grows: derived from the earliest member, the same on every run', () => {
  const whole = resolveAcrossArticles(ARTICLES);
  assert.deepEqual(
    resolveAcrossArticles(ARTICLES).entities.map((e) => e.id),
    whole.entities.map((e) => e.id),
  );
  for (let n = 1; n < ARTICLES.length; n++) {
    const partial = resolveAcrossArticles(ARTICLES.slice(0, n));
    for (const e of partial.entities) {
      // The actor holding its earliest member keeps its id, unless it joined an actor seen before it.
      const now = whole.entities.find((w) => w.id === whole.memberOf.get(e.members[0]!))!;
      if (now.members[0] === e.members[0]) assert.equal(now.id, e.id, e.name);
      else assert.ok(now.members.indexOf(e.members[0]!) > 0);
    }
  }
  assert.match(whole.entities.find((e) => e.name === 'Donald Trump')?.id ?? '', /^ent_[0-9a-f]{12}$/);
});

test("a user's merges and splits are applied on top and survive re-processing", () => {
  const first = resolveAcrossArticles(ARTICLES);
  const id = (name: string) => first.entities.find((e) => e.name === name)!.id;
  const decisions = {
    split: [[id('Donald Trump'), 'a6/e1']] as Array<[string, string]>,
    merge: [[id('Jeddah'), id('Kyiv')]] as Array<[string, string]>,
  };
  const again = resolveAcrossArticles(ARTICLES, decisions);
  assert.deepEqual(members(again.entities, 'Donald Trump'), ['a5/e1']);
  assert.deepEqual(members(again.entities, 'Trump'), ['a6/e1']);
  const place = again.entities.find((e) => e.members.includes('a1/e5'))!;
  assert.deepEqual(place.members, ['a1/e5', 'a3/e4']);
  // The split-off member merged elsewhere: a decision naming an id that only the split creates.
  const splitId = again.entities.find((e) => e.name === 'Trump')!.id;
  const chained = resolveAcrossArticles(ARTICLES, {
    ...decisions,
    merge: [...decisions.merge, [splitId, id('Melania Trump')]],
  });
  assert.deepEqual(chained.entities.find((e) => e.members.includes('a6/e1'))!.members, ['a4/e1', 'a6/e1']);
  assert.deepEqual(resolveAcrossArticles(ARTICLES, decisions), again);
});

test('Donald Trump and Donald Trump Jr are two people; a bare surname joins the one its story names; junk is no actor', () => {
  const articles = [
    readArticle({
      id: 't1',
      published: '2025-05-20',
      text: 'President Donald Trump spoke at the White House on Monday.',
    }),
    readArticle({
      id: 't2',
      published: '2025-05-20',
      text: "Donald Trump Jr, the president's son, spoke at a rally in Ohio on Monday.",
    }),
    readArticle({
      id: 't3',
      published: '2025-05-21',
      text: 'Mr Trump thanked the crowd in Ohio on Monday.',
    }),
    readArticle({
      id: 't5',
      published: '2025-05-21',
      text: 'Speaking at the White House, Trump said the meeting had been a success.',
    }),
    readArticle({
      id: 't4',
      published: '2025-05-21',
      text: 'Washington — Officials met on Monday to discuss the budget for the coming year.',
    }),
  ];
  const storyOf = new Map([
    ['t1', 'story-house'],
    ['t2', 'story-rally'],
    ['t3', 'story-rally'],
    ['t4', 'story-budget'],
    ['t5', 'story-house'],
  ]);
  const { entities } = resolveAcrossArticles(articles, undefined, { storyOf });
  const people = entities.filter((e) => e.type === 'person').map((e) => [e.name, e.members]);
  assert.deepEqual(
    people.sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    [
      ['Donald Trump', ['t1/e1', 't5/e2']],
      ['Donald Trump Jr', ['t2/e1', 't3/e1']],
    ],
  );
  assert.deepEqual(
    entities.filter((e) => e.members.some((m) => m.startsWith('t4/'))).map((e) => e.name),
    [],
  );
  for (const [name, isName] of [
    ['Market Data', false],
    ['Email Address Password Remember Me', false],
    ['© 2025 CNBC LLC', false],
    ['Abdullah announced plans to treat 2,000 sick Gazan', false],
    ['No Shavuot', false],
    ['S. Truman', false],
    ['FAO Representative', false],
    ['Harry S. Truman', true],
    ['Ursula von der Leyen', true],
    ['Bank of England', true],
    ['Abu Bakr al-Baghdadi', true],
    ['Zionism', false],
    ['International Humanitarian Law', false],
    ['Hasidic Jews', false],
    ['Arab Israelis', false],
    ['Ultra-Orthodox Palestinians', false],
    ['National Library and Maccabi World Union', false],
    ['Kavkazim [Jews', false],
    ['Jacob (Kobi) Richter', true],
    ['African Union Day', false],
    ['Sasakawa Health Prize', false],
    ['00:01:00I', false],
    ['United Torah Judaism', true],
    ['Blacks', false],
    ['AI', false],
    ['Jewish Agency Chairman Maj', false],
    ['Office of the President', true],
    ['Arabian Sea and the Mediterranean Sea', false],
    ['Food and Drug Administration', true],
    ['National Oceanic and Atmospheric Administration', true],
    ['Department of Health and Human Services', true],
    ['Bosnia and Herzegovina', true],
    ['New Orleans Pelicans', true],
    ['Pope Francis', true],
    ['Houthis', true],
    ['Tourism', false],
  ] as const) {
    assert.equal(looksLikeName(name), isName, name);
  }
  // A person's surname may be any word.
  assert.equal(looksLikeName('Lucy Law', 'person'), true);
  assert.equal(looksLikeName('Alien Enemies Act', 'person'), false);
  // The plural of an abbreviation is things of a kind, whatever the type; the initials of one body are not.
  assert.equal(looksLikeName('NGOs', 'organisation'), false);
  assert.equal(looksLikeName('GPUs', 'person'), false);
  assert.equal(looksLikeName('UNHCR', 'organisation'), true);
  // No surname is a prize or a protocol: typed a person, "the Harbour Prize" is still a prize.
  assert.equal(looksLikeName('Mara Quist Prize', 'person'), false);
  assert.equal(looksLikeName('Velder Protocol', 'person'), false);
  // A period, a war, a vote or a gathering is no actor; the body that holds one is.
  for (const [name, type, isName] of [
    ['Colonial Mandate', 'person', false],
    ['Northern Mandate', 'organisation', false],
    ['Long Border War', 'organisation', false],
    ['Harbour Referendum', 'place', false],
    ['Coastal Summit', 'organisation', false],
    ['Coastal Summit Secretariat', 'organisation', true],
    ['Election Commission', 'organisation', true],
    ['Greta War', 'person', true],
    // A constitution, a bill, an amendment or a protocol is a text; the body that drafts one is an actor.
    ['Northland Constitution', 'person', false],
    ['Harbour Finance Bill', 'organisation', false],
    ['Coastal Maritime Protocol', 'organisation', false],
    ['Constitutional Court', 'organisation', true],
    ['Bill Hartley', 'person', true],
    ['Amy Bill', 'person', true],
    // The divine in Hebrew ("Hashem") is no actor of the news.
    ['Hashem', 'person', false],
  ] as const)
    assert.equal(looksLikeName(name, type), isName, name);
});
