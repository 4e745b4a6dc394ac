import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReadArticle, ResolvedEntity } from '../../core/connected.js';
import { resolveAcrossArticles } from './index.js';
import type { Entity, Mention } from '../../core/analysis.js';
import { contentMentions, looksLikeName, mayBeActor } from './junk.js';
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
    text: 'First lady Melania Trump visited a school in Washington. She praised the teachers.',
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
});

test("a common word at the head of a line, a legislator's party tag and a photo credit are no actors", () => {
  const text =
    'Analysis\nThe analysis of the vote (R-Ky.) shows a shift. Work on the bridge resumes, and work is slow. ' +
    'Senator Rand Paul spoke (credit: Elizabeth Frantz/Reuters). Brown said a brown dog barked; Brown left. ' +
    'A protest in Kabul (credit: WANA (WEST ASIA NEWS AGENCY) VIA REUTERS) ended.';
  const at = (name: string, from = 0) => text.indexOf(name, from);
  const mention = (name: string, start: number, entityId: string): Mention => ({
    text: name,
    start,
    end: start + name.length,
    type: 'person',
    kind: 'name',
    entityId,
    sentence: 0,
  });
  const entity = (id: string, name: string): Entity => ({
    id,
    name,
    type: 'person',
    aliases: [name],
    roles: [],
    country: null,
    stands: null,
  });
  const actor = (name: string, starts: number[]) =>
    mayBeActor(
      entity('e', name),
      starts.map((s) => mention(name, s, 'e')),
      text,
    );
  assert.equal(actor('Analysis', [0]), false);
  assert.equal(actor('R-Ky.', [at('R-Ky.')]), false);
  assert.equal(actor('Sen', [at('Senator')]), false);
  assert.equal(actor('Work', [at('Work')]), false);
  // Named twice, written once in lower case: a name.
  assert.equal(actor('Brown', [at('Brown said'), at('Brown left')]), true);
  assert.equal(actor('Rand Paul', [at('Rand Paul')]), true);
  // A word of hostile text too long for a regular expression is weighed like any other.
  const long = `M${'o'.repeat(70_000)}ira`;
  assert.equal(
    mayBeActor(entity('e', long), [mention(long, 0, 'e')], `${long} said ${long.toLowerCase()}.`),
    false,
  );
  const credit = mention('Elizabeth Frantz', at('Elizabeth Frantz'), 'e2');
  const paul = mention('Rand Paul', at('Rand Paul'), 'e3');
  const agency = mention('VIA', at('VIA'), 'e4');
  const kabul = mention('Kabul', at('Kabul'), 'e5');
  assert.deepEqual(contentMentions(text, [credit, paul, agency, kabul], new Set()), [paul, kabul]);
});

test('a given name alone joins the one person of that first name its article names in full', () => {
  const articles = [
    readArticle({
      id: 'g1',
      published: '2025-05-21',
      text: 'Democratic Rep. Gerry Connolly of Virginia died on Wednesday. His colleagues said Gerry was a fighter to the end.',
    }),
  ];
  const people = resolveAcrossArticles(articles).entities.filter((e) => e.type === 'person');
  assert.deepEqual(
    people.map((e) => [e.name, e.members]),
    [['Gerry Connolly', ['g1/e2', 'g1/e4']]],
  );
});

test('across stories a bare surname joins only a person whose surname is spelt the same', () => {
  const articles = [
    readArticle({
      id: 'f1',
      published: '2025-05-20',
      text: 'President Abdel Fattah al-Sisi met investors in Cairo on Monday.',
    }),
    readArticle({
      id: 'f2',
      published: '2025-05-21',
      text: 'President Abdel Fattah al-Sisi opened a factory near Cairo on Tuesday.',
    }),
    readArticle({
      id: 'f3',
      published: '2025-05-21',
      text: 'Mr Fatah, a shopkeeper in Beirut, said on Tuesday that prices had risen.',
    }),
  ];
  const storyOf = new Map([
    ['f1', 's1'],
    ['f2', 's1'],
    ['f3', 's2'],
  ]);
  const people = resolveAcrossArticles(articles, undefined, { storyOf }).entities.filter(
    (e) => e.type === 'person',
  );
  assert.deepEqual(
    people.map((e) => [e.name, e.members]),
    [
      ['Abdel Fattah', ['f1/e1', 'f2/e1']],
      ['Fatah', ['f3/e1']],
    ],
  );
});

test('a piece of a longer name the reading cut is no actor; a name after a title or a modifier is', () => {
  const text =
    'Officials told the Sudan News Agency on Monday. Tommy Yaxley-Lennon spoke. Drought hit the Horn of Africa. ' +
    "President Trump left. Israel's Shin Bet said so. The US State Department agreed. Alex Davies-Jones " +
    'spoke at Rabin Medical Center-Beilinson Campus. The Iraqi Kurdistan Regional Government of Iraq said no. ' +
    'Team Captain Shubman Gill batted. The ECOWAS Council of Ministers met. Sussex University said so. ' +
    'The Minister of Industry and Transport Kamel el Wazir came. Nvidia CEO Jensen Huang spoke. ' +
    'Learn more and connect with us on LinkedIn, Twitter and YouTube.';
  const mention = (name: string, entityId: string, type: Mention['type']): Mention => {
    const start = text.indexOf(name);
    return { text: name, start, end: start + name.length, type, kind: 'name', entityId, sentence: 0 };
  };
  const actor = (name: string, type: Entity['type'], others: Mention[] = []) => {
    const own = mention(name, 'e', type);
    const entity: Entity = { id: 'e', name, type, aliases: [name], roles: [], country: null, stands: null };
    return mayBeActor(entity, [own], text, [own, ...others]);
  };
  assert.equal(actor('News Agency', 'organisation'), false);
  assert.equal(actor('Lennon', 'person'), false);
  assert.equal(actor('Horn', 'place'), false);
  assert.equal(actor('Trump', 'person'), true);
  assert.equal(actor('Shin Bet', 'organisation'), true);
  // "US" is a name of its own: a modifier of the department, not a piece of its name.
  assert.equal(actor('State Department', 'organisation', [mention('US', 'us', 'country')]), true);
  assert.equal(actor('State Department', 'organisation'), false);
  // A name of several words cut at a hyphen still names its actor; a demonym before a name qualifies it.
  assert.equal(actor('Alex Davies', 'person'), true);
  assert.equal(actor('Rabin Medical Center', 'organisation'), true);
  // A name of its own after "of" ends the name; a capitalised word no name holds goes on with it.
  const iraq = { ...mention('Iraq', 'iq', 'country'), start: text.indexOf('of Iraq') + 3 };
  assert.equal(
    actor('Kurdistan Regional Government', 'organisation', [{ ...iraq, end: iraq.start + 4 }]),
    true,
  );
  assert.equal(actor('Kurdistan Regional Government', 'organisation'), false);
  assert.equal(actor('Shubman Gill', 'organisation'), true);
  assert.equal(actor('Ministers', 'organisation'), false);
  assert.equal(actor('Sussex', 'organisation'), false);
  assert.equal(actor('Transport Kamel el Wazir', 'person'), false);
  assert.equal(actor('Nvidia', 'organisation'), true);
  assert.equal(actor('Jensen Huang', 'person'), true);
  // A site's invitation to follow it elsewhere is chrome, whatever it names.
  const twitter = mention('Twitter', 'tw', 'organisation');
  assert.deepEqual(contentMentions(text, [twitter], new Set()), []);
  // A phrase the article also writes in lower case is a common phrase, not a name.
  const food = 'A report on Food Security in Africa: food security needs roads.';
  const security = { ...mention('Nvidia', 'e', 'organisation'), text: 'Food Security', start: 12, end: 25 };
  const entity: Entity = {
    id: 'e',
    name: 'Food Security',
    type: 'organisation',
    aliases: [],
    roles: [],
    country: null,
    stands: null,
  };
  assert.equal(mayBeActor(entity, [security], food, [security]), false);
});

test("a work's title, a name cut at a particle or a hyphen, an office, a group and a credit are no actors", () => {
  const text =
    'The gala, called “United By Israel,” was held in the film Jellyfish studio. ' +
    'She lives in Bir al-Maksur near the Musée d’Orsay; the Baader-Meinhof Group was named. ' +
    'Swithin Munyantwali, Vice Chairman of the board, met Amnesty International and British MPs. ' +
    '(credit: REUTERS/KEN CEDENO) “It was wrong,” he said. President Abdel Fattah al-Sisi spoke. ' +
    'He drove a stolen Jaguar around town with Sen. James Risch, an Idaho Republican, after the novel The ' +
    'Satanic Verses and Cracked Actor, his documentary about Bowie, at Shavuot. Ties with Africa During Visit. ' +
    'A spokesman told BBC News. “Next Stop” by Benjamin Resnick, a debut novel about exile. The New Fund for ' +
    'Cinema helped Leo van Doesburg, who spoke of Satan and of true Christianity.';
  const at = (name: string) => text.indexOf(name);
  const mention = (name: string, kind: Mention['kind'] = 'name', start = at(name)): Mention => ({
    text: name,
    start,
    end: start + name.length,
    type: 'organisation',
    kind,
    entityId: 'e',
    sentence: 0,
  });
  const actor = (name: string, type: Entity['type'], mentions = [mention(name)]) => {
    const entity: Entity = { id: 'e', name, type, aliases: [name], roles: [], country: null, stands: null };
    return mayBeActor(entity, mentions, text, mentions);
  };
  assert.equal(actor('United By Israel', 'organisation'), false);
  assert.equal(actor('Jellyfish', 'person'), false);
  assert.equal(actor('Bir', 'place'), false);
  assert.equal(actor('Musée', 'person'), false);
  assert.equal(actor('Meinhof Group', 'organisation'), false);
  assert.equal(actor('Vice Chairman', 'person'), false);
  assert.equal(actor('British MPs', 'organisation'), false);
  // The credit's name is left out of the content; a pronoun alone names no one.
  const credit = mention('KEN CEDENO');
  const he = mention('he', 'pronoun', at(' he said') + 1);
  assert.deepEqual(contentMentions(text, [credit, he], new Set()), [he]);
  assert.equal(actor('KEN CEDENO', 'person', [he]), false);
  assert.equal(actor('Jaguar', 'organisation'), false);
  assert.equal(actor('Idaho Republican', 'person'), false);
  assert.equal(actor('Satanic Verses', 'place'), false);
  assert.equal(actor('Cracked Actor', 'person'), false);
  assert.equal(actor('Shavuot', 'place'), false);
  assert.equal(actor('Africa During Visit', 'organisation'), false);
  assert.equal(actor('New Fund', 'organisation'), false);
  assert.equal(actor('Doesburg', 'place'), false);
  assert.equal(actor('Satan', 'place'), false);
  assert.equal(actor('Christianity', 'organisation'), false);
  assert.equal(actor('Leo van Doesburg', 'person'), true);
  assert.equal(actor('BBC News', 'organisation'), true);
  assert.equal(actor('Benjamin Resnick', 'person'), true);
  // Real names beside them stay: a person's given names cut before "al-" still name the person.
  assert.equal(actor('Swithin Munyantwali', 'person'), true);
  assert.equal(actor('Amnesty International', 'organisation'), true);
  assert.equal(actor('Abdel Fattah', 'person'), true);
});

test('a one-word organisation ending several longer names is a short form; one that mostly stands alone is a name', () => {
  const { entities } = resolveAcrossArticles([
    readArticle({
      id: 'f1',
      published: '2025-03-10',
      text: 'Ford cut 3,000 jobs in Detroit on Monday. The carmaker said sales had fallen.',
    }),
    readArticle({
      id: 'f2',
      published: '2025-04-10',
      text: 'Ford reported a profit of $2 billion on Tuesday.',
    }),
    readArticle({
      id: 'f3',
      published: '2025-05-10',
      text: 'Sales at the dealership Northside Ford rose, the company said.',
    }),
    readArticle({
      id: 'p1',
      published: '2025-06-10',
      text: 'The Washington Post reported the plan on Monday. The Post said officials agreed.',
    }),
    readArticle({
      id: 'p2',
      published: '2025-07-10',
      text: 'The Jerusalem Post reported the strike on Friday. The Post said two people died.',
    }),
    readArticle({
      id: 'p3',
      published: '2025-08-10',
      text: 'The Post said on Sunday that the minister would resign.',
    }),
  ]);
  // "Ford" stands alone twice and ends one longer name once: one actor across the two reports.
  assert.deepEqual(members(entities, 'Ford'), ['f1/e1', 'f2/e1']);
  assert.deepEqual(members(entities, 'Northside Ford'), ['f3/e1']);
  // "Post" ends two newspapers' names: each article's "Post" is its own paper, and a lone one joins neither.
  assert.deepEqual(members(entities, 'Washington Post'), ['p1/e1', 'p1/e2']);
  assert.deepEqual(members(entities, 'Jerusalem Post'), ['p2/e1', 'p2/e2']);
  assert.deepEqual(members(entities, 'Post'), ['p3/e1']);
});

test('an office, a pronoun, a scripture, a headline and a piece cut from a longer name are no actors; names beside them are', () => {
  for (const [name, isName] of [
    ['Chairperson', false],
    ['Mr. President', false],
    ['Associate Professor Emeritus', false],
    ['Prime Minister', false],
    ['President Trump', true],
    ['Himself', false],
    ['Zero', false],
    ['South', false],
    ['South Africa', true],
    ['Ask Me Anything', false],
    ['Our Lady of Lourdes', true],
    ['Holy Quran', false],
    ['Star of David', false],
    ['David Star', true],
    ['Shabbat', false],
    ['Protest Held', false],
    ['Mel Stride', true],
  ] as const) {
    assert.equal(looksLikeName(name, 'person'), isName, name);
  }
  assert.equal(looksLikeName('Muslims', 'person'), false);
  assert.equal(looksLikeName('Tom Muslims', 'person'), true);

  const text =
    'Uber launched its Prepaid Pass offering. Secretary Rubio and PM Netanyahu spoke. Pro-Palestine Protest ' +
    'Held in London. The High Court of Justice ruled. The Vice President of the Constitutional Court spoke. ' +
    'She joined the Forces for Freedom and Change Central Council (FFC-CC) last year. He sought donations ' +
    'for the People’s Congress of Resistance in DC. Critics target diversity, equity and inclusion programs ' +
    '(DEI) across the country. The Food and Drug Administration (FDA) approved it. In the 2001 film, Africano, ' +
    'a man speaks. This article is republished from The Conversation under a Creative Commons license. ' +
    'Congressman Gerald E. Connolly died.';
  const mention = (name: string, entityId = 'e', from = 0): Mention => {
    const start = text.indexOf(name, from);
    return {
      text: name,
      start,
      end: start + name.length,
      type: 'organisation',
      kind: 'name',
      entityId,
      sentence: 0,
    };
  };
  const actor = (name: string, type: Entity['type'], others: Mention[] = [], own = mention(name)) => {
    const entity: Entity = { id: 'e', name, type, aliases: [name], roles: [], country: null, stands: null };
    return mayBeActor(entity, [own], text, [own, ...others]);
  };
  assert.equal(actor('Pass', 'person'), false);
  assert.equal(actor('Rubio', 'person'), true);
  assert.equal(actor('Netanyahu', 'person'), true);
  assert.equal(actor('Held', 'person'), false);
  assert.equal(actor('Justice', 'organisation', [mention('High Court', 'hc')]), false);
  assert.equal(actor('Constitutional Court', 'organisation'), true);
  assert.equal(actor('Change Central Council', 'person', [mention('Forces for Freedom', 'ff')]), false);
  assert.equal(actor('People’s Congress', 'organisation'), false);
  assert.equal(actor('DEI', 'organisation'), false);
  assert.equal(actor('FDA', 'organisation', [mention('Food and Drug Administration', 'fda')]), true);
  assert.equal(actor('Africano', 'person'), false);
  assert.equal(actor('Gerald', 'person'), false);
  assert.equal(actor('Gerald E. Connolly', 'person'), true);
  // A name cut before a name the tagger cut from it goes on; before a place it ends.
  assert.equal(actor('People’s Congress', 'organisation', [mention('Resistance', 'r')]), false);
  assert.equal(
    actor('People’s Congress', 'organisation', [{ ...mention('DC', 'dc'), type: 'place' }]),
    false,
  );
  assert.equal(actor('Congress', 'organisation', [{ ...mention('Resistance', 'r'), type: 'place' }]), true);
  // An expansion the reading typed as no actor (a policy, an idea) is no name either.
  assert.equal(
    actor('DEI', 'organisation', [{ ...mention('inclusion programs', 'x'), type: 'other' }]),
    false,
  );
  assert.deepEqual(contentMentions(text, [mention('The Conversation')], new Set()), []);
  assert.equal(contentMentions(text, [mention('Uber')], new Set()).length, 1);
  // A "sentence" of hundreds of words is a strip of headlines or a table, not prose.
  const strip = { start: 0, end: 601 };
  assert.deepEqual(contentMentions(text, [mention('Uber')], new Set(), [strip]), []);
  assert.equal(contentMentions(text, [mention('Uber')], new Set(), [{ start: 0, end: 600 }]).length, 1);
});

test("an organisation's first word is no short form of it: a bank is not its investment arm", () => {
  const articles = [
    readArticle({
      id: 'b1',
      published: '2025-05-20',
      text: 'Barclays Capital cut its forecast. Barclays said its profits rose.',
    }),
  ];
  const { entities } = resolveAcrossArticles(articles);
  assert.deepEqual(entities.map((e) => e.name).sort(), ['Barclays', 'Barclays Capital']);
});
