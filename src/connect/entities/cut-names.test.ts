import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity, Mention } from '../../core/analysis.js';
import type { ResolvedEntity } from '../../core/connected.js';
import { nameOneWordOff } from './cut-names.js';
import { resolveAcrossArticles } from './index.js';
import { readArticle } from './read-article-fixture.js';

/**
 * Actors that are one actor: a body cut from the place or number before it goes by its whole name, the
 * people of a place are no actor, an honorific of the other gender keeps two people of one surname apart,
 * and a bare surname joins across stories only with its holder's title or country.
 */

const names = (entities: readonly ResolvedEntity[], type: ResolvedEntity['type']) =>
  entities
    .filter((e) => e.type === type)
    .map((e) => [e.name, e.members] as const)
    .sort((a, b) => a[0].localeCompare(b[0]));

test("a body's name cut from the place before it joins its own kind, never the namesake of another place", () => {
  const { entities, hidden } = resolveAcrossArticles(
    [
      readArticle({
        id: 'c1',
        published: '2025-05-20',
        text: 'The Africa Centres for Disease Control and Prevention (Africa CDC) warned that cholera cases rose in Sudan. Africa CDC said it sent vaccines to Khartoum.',
      }),
      readArticle({
        id: 'c2',
        published: '2025-05-21',
        text: 'Dr Jean Kaseya, Director-General of Africa CDC, signed the deal in Geneva. Africa CDC will fund the labs.',
      }),
      readArticle({
        id: 'c3',
        published: '2025-05-21',
        text: 'CDC data showed measles cases rose in Texas. The CDC said it sent staff to the state.',
      }),
    ],
    undefined,
    {
      storyOf: new Map([
        ['c1', 's1'],
        ['c2', 's1'],
        ['c3', 's2'],
      ]),
    },
  );
  assert.deepEqual(
    names([...entities, ...hidden], 'organisation').filter(([name]) => /CDC/.test(name)),
    [
      ['Africa CDC', ['c1/e4', 'c1/e7', 'c2/e3']],
      ['CDC', ['c3/e1']],
    ],
  );
});

test("a unit's name cut from its ordinal goes by the ordinal and stays apart from other units of its kind", () => {
  const { entities, hidden } = resolveAcrossArticles([
    readArticle({
      id: 'b1',
      published: '2025-05-20',
      text: 'The IDF said the 401st Brigade killed several gunmen in northern Gaza on Thursday.',
    }),
    readArticle({
      id: 'b2',
      published: '2025-05-21',
      text: 'Troops of the 401st Brigade entered Jabalia on Friday, the army said.',
    }),
    readArticle({
      id: 'b3',
      published: '2025-05-21',
      text: 'The 7th Brigade moved to the border on Friday, the army said.',
    }),
  ]);
  assert.deepEqual(
    names([...entities, ...hidden], 'organisation').filter(([name]) => /Brigade/.test(name)),
    [
      ['401st Brigade', ['b1/e2', 'b2/e1']],
      ['7th Brigade', ['b3/e1']],
    ],
  );
});

test('the people of a place named with "-ers" are no actor; a surname in "-ers" still is', () => {
  const { entities, hidden } = resolveAcrossArticles([
    readArticle({
      id: 'p1',
      published: '2025-05-20',
      text: 'Travel to Japan among Hong Kongers fell sharply in May. Londoners queued for tickets. Kenny Rogers sang in Tokyo.',
    }),
  ]);
  assert.deepEqual(
    [...entities, ...hidden].filter((e) => e.type === 'person').map((e) => e.name),
    ['Kenny Rogers'],
  );
});

test("across articles a bare surname with the other gender's honorific is not the full name's holder", () => {
  const { entities } = resolveAcrossArticles([
    readArticle({
      id: 'h1',
      published: '2025-05-20',
      text: 'Mrs Vane wrote in a post that she was delighted with the birth. Mrs Vane thanked the midwives.',
    }),
    readArticle({
      id: 'h2',
      published: '2025-05-20',
      text: 'Former minister Hector Vane said he would campaign in the by-election. Mr Vane said he was confident.',
    }),
    readArticle({
      id: 'h3',
      published: '2025-05-21',
      text: 'Hector Vane spoke in Kent on Friday. Mr Vane said he would return.',
    }),
    readArticle({
      id: 'h4',
      published: '2025-05-21',
      text: 'Mr Vane told reporters on Friday that he would stand again.',
    }),
  ]);
  assert.deepEqual(names(entities, 'person'), [
    ['Hector Vane', ['h2/e1', 'h3/e1', 'h4/e1']],
    ['Vane', ['h1/e1']],
  ]);
});

test("across stories a bare surname joins the holder only with the holder's title written with it", () => {
  const storyOf = new Map([
    ['t1', 's1'],
    ['t2', 's2'],
    ['t3', 's3'],
    ['t4', 's4'],
  ]);
  const { entities } = resolveAcrossArticles(
    [
      readArticle({
        id: 't1',
        published: '2025-05-20',
        text: 'President Amos Ferrand said on Monday that the budget would pass.',
      }),
      readArticle({
        id: 't2',
        published: '2025-05-21',
        text: 'President Amos Ferrand opened a bridge in the capital on Tuesday.',
      }),
      readArticle({
        id: 't3',
        published: '2025-05-21',
        text: 'President Ferrand said on Wednesday that talks would resume.',
      }),
      readArticle({
        id: 't4',
        published: '2025-05-22',
        text: 'Dr Ferrand, a vet, said on Thursday that the clinic would close.',
      }),
    ],
    undefined,
    { storyOf },
  );
  assert.deepEqual(names(entities, 'person'), [
    ['Amos Ferrand', ['t1/e1', 't2/e1', 't3/e1']],
    ['Ferrand', ['t4/e1']],
  ]);
});

test('a name drawn one word off goes by its whole name: the word before its particle, no language before it', () => {
  const read = readArticle({
    id: 'w1',
    published: '2025-05-20',
    text: 'Brigade commander Saif al-Din Qasem will lead the Keel Brigades. The nine al-Qasem children were safe. The army spokesman in Arabic Yusuf Darwish called on residents to leave.',
  });
  const { text } = read.article;
  const entity: Entity = {
    id: 'e',
    name: '',
    type: 'organisation',
    aliases: [],
    roles: [],
    country: null,
    stands: null,
  };
  const mention = (name: string, sentence: number): Mention => {
    const start = text.indexOf(name);
    return {
      text: name,
      start,
      end: start + name.length,
      type: 'organisation',
      kind: 'name',
      entityId: 'e',
      sentence,
    };
  };
  const off = (...mentions: Mention[]) => nameOneWordOff(read, entity, mentions);
  assert.equal(off(mention('al-Din Qasem', 0)), 'Saif al-Din Qasem');
  // After a title or a number, or with one mention drawn otherwise, the name is as written.
  assert.equal(off(mention('al-Qasem', 1)), null);
  assert.equal(off(mention('al-Din Qasem', 0), mention('al-Qasem', 1)), null);
  assert.equal(off(mention('Arabic Yusuf Darwish', 2)), 'Yusuf Darwish');
  assert.equal(off(mention('Keel Brigades', 0)), null);
  // The whole name reaches the actor: the language is no word of the spokesman's name.
  const { entities } = resolveAcrossArticles([read]);
  assert.ok(entities.some((e) => e.name === 'Yusuf Darwish'));
  assert.ok(!entities.some((e) => /Arabic/.test(e.name)));
});
