import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ResolvedEntity } from '../../core/connected.js';
import { resolveAcrossArticles } from './index.js';
import { readArticle } from './read-article-fixture.js';

/**
 * A name written in part: a given name or a surname alone, joined to the one person its article or story
 * names in full, and left alone where the article or story holds two people it could be.
 */

const members = (entities: ResolvedEntity[], name: string): string[] | undefined =>
  entities.find((e) => e.name === name)?.members;

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

test('a bare surname with a title the one full-name person of that surname does not hold joins another holder, not them', () => {
  const { entities } = resolveAcrossArticles([
    readArticle({
      id: 's1',
      published: '2025-05-20',
      text: 'Speaker Mike Berg said the House would vote on Friday.',
    }),
    readArticle({
      id: 's2',
      published: '2025-05-21',
      text: 'Sen. Ron Berg said he would vote against the bill. Speaker Berg said the bill would pass.',
    }),
  ]);
  assert.deepEqual(members(entities, 'Mike Berg'), ['s1/e1', 's2/e2']);
  assert.deepEqual(members(entities, 'Ron Berg'), ['s2/e1']);
});

test('a bare surname its article cannot give to one of two equally named people is no actor; beside one prominent holder it stays', () => {
  const { entities } = resolveAcrossArticles([
    readArticle({
      id: 'd1',
      published: '2025-05-20',
      text: 'Sen. Ron Dale spoke on Monday. Rep. Ann Dale spoke on Tuesday. The two disagreed about the bill. Dale said it would pass.',
    }),
    readArticle({
      id: 'd2',
      published: '2025-05-21',
      text: 'Carla Pike said the bridge would open. Pike thanked the workers.',
    }),
    readArticle({
      id: 'd3',
      published: '2025-05-22',
      text: 'Mayor Nora Vale opened the pier on Monday, and she thanked the workers. Nora Vale said she was proud. Mrs Vale spoke for ten minutes. Her brother, Tom Vale, watched from the bank. The crowd cheered for a long time. Vale said the pier would change the town.',
    }),
  ]);
  const names = entities.map((e) => e.name);
  assert.ok(names.includes('Ron Dale') && names.includes('Ann Dale'), names.join(', '));
  assert.ok(!names.includes('Dale'), names.join(', '));
  // Beside one prominent holder and a brother named once, the surname is left to stand for itself.
  assert.ok(names.includes('Vale'), names.join(', '));
  assert.deepEqual(members(entities, 'Carla Pike'), ['d2/e1']);
});

test('a bare surname referred to as he does not join the woman of that surname its story names, whose pronoun is she', () => {
  const articles = [
    readArticle({
      id: 'w1',
      published: '2025-05-20',
      text: 'Brigitte Renard said she would visit a school in Lyon on Tuesday, where she will meet the teachers.',
    }),
    readArticle({
      id: 'w2',
      published: '2025-05-21',
      text: 'The law was ready on Friday, and President Renard said he would sign it. He thanked the mayor of Lyon.',
    }),
    readArticle({
      id: 'w3',
      published: '2025-05-21',
      text: 'Anne Marchal said she would run again. Marchal said she was proud of the party.',
    }),
    readArticle({
      id: 'w4',
      published: '2025-05-22',
      text: 'In Nantes on Monday, Marchal said her party would win. She thanked the voters.',
    }),
  ];
  const storyOf = new Map([
    ['w1', 's1'],
    ['w2', 's1'],
    ['w3', 's2'],
    ['w4', 's2'],
  ]);
  const { entities } = resolveAcrossArticles(articles, undefined, { storyOf });
  assert.deepEqual(members(entities, 'Brigitte Renard'), ['w1/e1']);
  // The same pronouns on both sides leave the surname to its story's full name.
  assert.deepEqual(members(entities, 'Anne Marchal'), ['w3/e1', 'w4/e2']);
});

test('two bare surnames of one report naming two people of that surname in full stay apart, and join no other', () => {
  const articles = [
    readArticle({
      id: 'k1',
      published: '2025-05-25',
      text: 'Sen. Ron Dunmore and Speaker Mike Dunmore spoke on Sunday. Mike Dunmore has led the House since 2023. The two men disagree about the bill, which the House passed on Thursday. "We are not buying it," Dunmore said on a talk show. The vote is due in June. "It is best not to meddle with it," Dunmore said.',
    }),
    readArticle({
      id: 'k2',
      published: '2025-05-25',
      text: 'The bill passed the House on Thursday. "It will pass the Senate too," Dunmore said on Sunday.',
    }),
    readArticle({
      id: 'v1',
      published: '2025-05-22',
      text: 'The pier reopened on Monday after a year. "This is a great day," Mr Okafor said.',
    }),
    readArticle({
      id: 'v2',
      published: '2025-05-22',
      text: 'The pier reopened on Monday after a year, and Mr Okafor thanked the workers at the pier.',
    }),
  ];
  const storyOf = new Map([
    ['k1', 'sk'],
    ['k2', 'sk'],
    ['v1', 'sv'],
    ['v2', 'sv'],
  ]);
  const { entities } = resolveAcrossArticles(articles, undefined, { storyOf });
  const people = entities.filter((e) => e.type === 'person').map((e) => [e.name, e.members.join(' ')]);
  assert.deepEqual(
    people.sort((a, b) => a.join().localeCompare(b.join())),
    [
      ['Dunmore', 'k1/e4'],
      ['Dunmore', 'k1/e5'],
      ['Dunmore', 'k2/e3'],
      ['Mike Dunmore', 'k1/e2'],
      // No article of the story names an Okafor in full: their bare surnames are one person's.
      ['Okafor', 'v1/e1 v2/e1'],
      ['Ron Dunmore', 'k1/e1'],
    ],
  );
});

test('a word its article writes as the start of a longer place name is that place cut short, not a surname', () => {
  const articles = [
    readArticle({
      id: 'h1',
      published: '2025-05-21',
      text: 'The occupation of the Golan Heights is illegal, the envoy said. He said the occupation of the Syrian Golan must end.',
    }),
    readArticle({
      id: 'h2',
      published: '2025-05-21',
      text: 'Opposition leader Yair Golan said the war must end. Golan spoke on the radio.',
    }),
    readArticle({
      id: 'h3',
      published: '2025-05-22',
      text: 'Yair Golan said he would sue the prime minister. Golan spoke in Tel Aviv.',
    }),
  ];
  const { entities } = resolveAcrossArticles(articles);
  assert.deepEqual(members(entities, 'Yair Golan'), ['h2/e1', 'h3/e1']);
});

test("a word alone is a prominent bearer's surname, not the given name of someone named once beside it; a profile's given name stays its subject's", () => {
  const texts: Array<[string, string, string]> = [
    ['r1', 's1', 'Karim al-Rashed fled the capital in December, officials said on Monday.'],
    ['r2', 's2', 'Karim al-Rashed was seen in Moscow on Tuesday, his former aides said.'],
    ['r3', 's3', 'Karim al-Rashed ruled the country for two decades, the report said on Friday.'],
    [
      'r4',
      's4',
      'Foreign Minister Rashed al-Hamwi met envoys in Amman on Monday. The talks came months after the fall of Rashed. Under Rashed, the border was closed to trade.',
    ],
    ['m1', 's5', 'Senator Ellen Myron spoke in Ohio on Monday about the farm bill.'],
    [
      'm2',
      's6',
      'Myron Calloway told shareholders in Omaha on Saturday that the fund would keep its shares. Calloway, 94, will step down at the end of the year. Myron has run the fund since 1965, its board said.',
    ],
  ];
  const storyOf = new Map(texts.map(([id, story]) => [id, story]));
  const { entities } = resolveAcrossArticles(
    texts.map(([id, , text]) => readArticle({ id, published: '2025-05-20', text })),
    undefined,
    { storyOf },
  );
  const hamwi = entities.find((e) => e.name === 'Rashed al-Hamwi');
  assert.ok(hamwi && !hamwi.aliases.includes('Rashed'), JSON.stringify(hamwi));
  assert.ok(
    members(entities, 'Myron Calloway')?.some((key) => key.startsWith('m2/')) &&
      entities.find((e) => e.name === 'Myron Calloway')!.aliases.includes('Myron'),
    JSON.stringify(entities.map((e) => [e.name, e.aliases])),
  );
});

test('a surname many people bear points to no one in particular: the given name of the one person its report names stays his', () => {
  const texts: Array<[string, string, string]> = [
    ['t1', 's1', 'Mayor Alice Tobin opened the bridge in Leeds on Monday.'],
    ['t2', 's2', 'Mayor Alice Tobin closed the market in Leeds on Friday.'],
    ['t3', 's3', 'Governor Paul Tobin signed the budget in Denver on Tuesday.'],
    ['t4', 's4', 'Coach Dan Tobin named his squad in Perth on Wednesday.'],
    [
      't5',
      's5',
      'The coffin of her husband, Tobin Ekwueme, was carried through Limbe on Monday. Tobin, a civil servant, was seized on a work trip. Tobin left three children.',
    ],
  ];
  const storyOf = new Map(texts.map(([id, story]) => [id, story]));
  const { entities } = resolveAcrossArticles(
    texts.map(([id, , text]) => readArticle({ id, published: '2025-05-20', text })),
    undefined,
    { storyOf },
  );
  const ekwueme = entities.find((e) => e.name === 'Tobin Ekwueme');
  assert.ok(ekwueme?.aliases.includes('Tobin'), JSON.stringify(entities.map((e) => [e.name, e.aliases])));
});

test('a given name the article says is not the real name stays apart from the full name it shares a given name with', () => {
  const { entities } = resolveAcrossArticles([
    readArticle({
      id: 'p1',
      published: '2025-05-20',
      text: 'Omar (not his real name) was held for a month in Buea. "They beat us," says Omar. A militia leader, Omar Tanyi, led patrols in the town until he was arrested in May.',
    }),
    readArticle({
      id: 'p2',
      published: '2025-05-20',
      text: 'Nadia Forde opened the clinic in Limbe on Monday. Nadia said the clinic would treat children.',
    }),
  ]);
  const tanyi = entities.find((e) => e.name === 'Omar Tanyi');
  assert.ok(
    tanyi && !tanyi.aliases.includes('Omar'),
    JSON.stringify(entities.map((e) => [e.name, e.aliases])),
  );
  assert.ok(entities.find((e) => e.name === 'Nadia Forde')?.aliases.includes('Nadia'));
});

test('a word the corpus writes as a party again and again is no given name of a full name it starts', () => {
  const party = (id: string) =>
    readArticle({
      id,
      published: '2025-05-20',
      text: 'Labour won the vote in Leeds on Monday, and the Greens said Labour had broken its pledge.',
    });
  const { entities } = resolveAcrossArticles([
    party('l1'),
    party('l2'),
    party('l3'),
    readArticle({
      id: 'l4',
      published: '2025-05-21',
      text: "Under a Labour Treasury, taxes would fall, Sir Keir's Labour said. Labour Treasury officials met on Monday.",
    }),
  ]);
  const joined = entities.filter(
    (e) => e.aliases.includes('Labour') && e.aliases.some((a) => a !== 'Labour'),
  );
  assert.deepEqual(
    joined.map((e) => e.name),
    [],
    JSON.stringify(entities.map((e) => [e.name, e.type, e.aliases])),
  );
});
