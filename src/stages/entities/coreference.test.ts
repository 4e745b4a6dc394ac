import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NameSpan } from '../../core/analysis.js';
import { article, parsedArticle } from './article-fixture.js';
import { resolveEntities } from './index.js';

type Names = ReadonlyArray<readonly [string, NameSpan['label']]>;

/** The people's mentions as "text(kind) → entity name", in text order. */
function personMentions(text: string, names: Names, read = article): string[] {
  const { mentions, entities } = resolveEntities(read(text, names));
  const name = (id: string): string | undefined => entities.find((e) => e.id === id)?.name;
  return mentions.filter((m) => m.type === 'person').map((m) => `${m.text}(${m.kind}) → ${name(m.entityId)}`);
}

test('coreference: a surname and an honorific form join the full name', () => {
  assert.deepEqual(
    personMentions('Marco Rubio landed in Ottawa. Rubio said talks went well. Mr Rubio left at noon.', [
      ['Marco Rubio', 'PER'],
      ['Ottawa', 'LOC'],
      ['Rubio', 'PER'],
      ['Rubio', 'PER'],
    ]),
    [
      'Marco Rubio(name) → Marco Rubio',
      'Rubio(short-name) → Marco Rubio',
      'Mr Rubio(short-name) → Marco Rubio',
    ],
  );
});

test('coreference: an honorific form the tagger missed, and one before the full name', () => {
  assert.deepEqual(
    personMentions('Mr. Witkoff arrived first. Later, Steve Witkoff met the press.', [
      ['Steve Witkoff', 'PER'],
    ]),
    ['Mr. Witkoff(short-name) → Steve Witkoff', 'Steve Witkoff(name) → Steve Witkoff'],
  );
});

test('coreference: the entity has the fullest name and every surface form as an alias', () => {
  const { entities } = resolveEntities(
    article('Ms Kallas spoke. Kaja Kallas, the EU foreign policy chief, left.', [
      ['Kallas', 'PER'],
      ['Kaja Kallas', 'PER'],
    ]),
  );
  const kallas = entities.find((e) => e.type === 'person');
  assert.equal(kallas?.name, 'Kaja Kallas');
  assert.deepEqual(kallas?.aliases, ['Ms Kallas', 'Kaja Kallas']);
});

test('coreference: two people sharing a surname stay apart; a bare surname goes to the one named in full the sentence before', () => {
  assert.deepEqual(
    personMentions(
      'Jared Kushner met Charles Kushner in Paris. Jared Kushner flew home. Kushner said nothing.',
      [
        ['Jared Kushner', 'PER'],
        ['Charles Kushner', 'PER'],
        ['Paris', 'LOC'],
        ['Jared Kushner', 'PER'],
        ['Kushner', 'PER'],
      ],
    ),
    [
      'Jared Kushner(name) → Jared Kushner',
      'Charles Kushner(name) → Charles Kushner',
      'Jared Kushner(name) → Jared Kushner',
      'Kushner(short-name) → Jared Kushner',
    ],
  );
});

test('coreference: an honorific gender keeps a surname apart from the other gender', () => {
  const text = 'Ms Lee, a senator, met Mr Lee, a banker. Ms Lee spoke first.';
  const { entities } = resolveEntities(
    article(text, [
      ['Lee', 'PER'],
      ['Lee', 'PER'],
      ['Lee', 'PER'],
    ]),
  );
  assert.deepEqual(
    entities.filter((e) => e.type === 'person').map((e) => e.aliases),
    [['Ms Lee'], ['Mr Lee']],
  );
});

test("coreference: an honorific of the other gender than a full name's given name is someone else", () => {
  assert.deepEqual(
    personMentions(
      'Hector Vane and his wife attended the launch. Mrs Vane, a former editor, spoke. Mr Vane left early.',
      [
        ['Hector Vane', 'PER'],
        ['Vane', 'PER'],
        ['Vane', 'PER'],
      ],
    ),
    [
      'Hector Vane(name) → Hector Vane',
      'his(pronoun) → Hector Vane',
      'Mrs Vane(short-name) → Vane',
      'Mr Vane(short-name) → Hector Vane',
    ],
  );
});

test('coreference: an honorific agreeing with the given name, or with a name the lists do not hold, joins it', () => {
  assert.deepEqual(
    personMentions(
      'Helen Vane opened the shop. Ms Vane said trade was slow. Oyelaran Adu spoke. Mrs Adu agreed.',
      [
        ['Helen Vane', 'PER'],
        ['Vane', 'PER'],
        ['Oyelaran Adu', 'PER'],
        ['Adu', 'PER'],
      ],
    ),
    [
      'Helen Vane(name) → Helen Vane',
      'Ms Vane(short-name) → Helen Vane',
      'Oyelaran Adu(name) → Oyelaran Adu',
      'Mrs Adu(short-name) → Oyelaran Adu',
    ],
  );
});

test('coreference: a title alone goes to the person holding the role', () => {
  assert.deepEqual(
    personMentions(
      'Kremlin spokesperson Dmitry Peskov spoke. Ukrainian Foreign Minister Andrii Sybiha replied. The Kremlin spokesperson then hung up. The Ukrainian Foreign Minister was angry.',
      [
        ['Dmitry Peskov', 'PER'],
        ['Andrii Sybiha', 'PER'],
      ],
    ),
    [
      'Dmitry Peskov(name) → Dmitry Peskov',
      'Andrii Sybiha(name) → Andrii Sybiha',
      'The Kremlin spokesperson(title) → Dmitry Peskov',
      'The Ukrainian Foreign Minister(title) → Andrii Sybiha',
    ],
  );
});

test('coreference: "the President" goes to the president who dominates the context, else to no one', () => {
  const names: Names = [
    ['Donald Trump', 'PER'],
    ['Vladimir Putin', 'PER'],
    ['Trump', 'PER'],
    ['Trump', 'PER'],
  ];
  assert.deepEqual(
    personMentions(
      'President Donald Trump called President Vladimir Putin. Trump was upbeat. Trump said more. The President left.',
      names,
    ).at(-1),
    'The President(title) → Donald Trump',
  );
  assert.deepEqual(
    personMentions('President Jane Roe met President John Doe. The President left.', [
      ['Jane Roe', 'PER'],
      ['John Doe', 'PER'],
    ]),
    ['Jane Roe(name) → Jane Roe', 'John Doe(name) → John Doe'],
  );
});

test('coreference: a title with a different owner country is not the same role', () => {
  assert.deepEqual(
    personMentions(
      'Ukrainian Foreign Minister Andrii Sybiha spoke. The Russian Foreign Minister was silent.',
      [['Andrii Sybiha', 'PER']],
    ),
    ['Andrii Sybiha(name) → Andrii Sybiha'],
  );
});

test('coreference: a pronoun goes to the one person in the sentence or the one before', () => {
  assert.deepEqual(
    personMentions(
      'Olaf Scholz backed the plan. He said it was a step. Olaf Scholz added that his party agreed.',
      [
        ['Olaf Scholz', 'PER'],
        ['Olaf Scholz', 'PER'],
      ],
    ),
    [
      'Olaf Scholz(name) → Olaf Scholz',
      'He(pronoun) → Olaf Scholz',
      'Olaf Scholz(name) → Olaf Scholz',
      'his(pronoun) → Olaf Scholz',
    ],
  );
});

test('coreference: no pronoun link when two people are in play, the gender disagrees, or it is quoted', () => {
  const twoPeople = personMentions('Jane Roe met John Doe. He left early.', [
    ['Jane Roe', 'PER'],
    ['John Doe', 'PER'],
  ]);
  assert.equal(twoPeople.filter((m) => m.includes('pronoun')).length, 0);
  const gender = personMentions('Mr Doe spoke. She disagreed.', [['Doe', 'PER']]);
  assert.deepEqual(gender, ['Mr Doe(short-name) → Doe']);
  const quoted = personMentions('John Doe said: "He is wrong about this."', [['John Doe', 'PER']]);
  assert.deepEqual(quoted, ['John Doe(name) → John Doe']);
  const tooFar = personMentions('John Doe spoke. Prices rose. He left.', [['John Doe', 'PER']]);
  assert.deepEqual(tooFar, ['John Doe(name) → John Doe']);
});

test('coreference: a name inside a quotation is not the antecedent of the speaker pronoun', () => {
  const text = 'Jane Roe spoke on Monday.\n\n"We must raise the cost of war for Putin," she wrote.';
  const mentions = personMentions(text, [
    ['Jane Roe', 'PER'],
    ['Putin', 'PER'],
  ]);
  assert.ok(!mentions.includes('she(pronoun) → Putin'), mentions.join('; '));
});

test('coreference: a generational suffix is part of the name and tells a son from his father', () => {
  assert.deepEqual(
    personMentions(
      'Donald Trump Jr. spoke first. Donald Trump spoke later. Trump Jr. left before Trump did.',
      [
        ['Donald Trump', 'PER'],
        ['Donald Trump', 'PER'],
        ['Trump', 'PER'],
        ['Trump', 'PER'],
      ],
    ),
    [
      'Donald Trump Jr.(name) → Donald Trump Jr.',
      'Donald Trump(name) → Donald Trump',
      'Trump Jr.(short-name) → Donald Trump Jr.',
      'Trump(short-name) → Donald Trump',
    ],
  );
  assert.deepEqual(
    personMentions('Martin Luther King, Jr. led the march. Henry Ford II ran the company.', [
      ['Martin Luther King', 'PER'],
      ['Henry Ford', 'PER'],
    ]),
    ['Martin Luther King, Jr.(name) → Martin Luther King Jr.', 'Henry Ford II(name) → Henry Ford II'],
  );
});

test('coreference: a regnal number is part of the name and tells one pope from another', () => {
  assert.deepEqual(
    personMentions('Pope Pius XII was silent. Pope Pius X refused. Malcolm X spoke.', [
      ['Pius', 'PER'],
      ['Pius', 'PER'],
      ['Malcolm', 'PER'],
    ]),
    ['Pius XII(name) → Pius XII', 'Pius X(name) → Pius X', 'Malcolm X(name) → Malcolm X'],
  );
});

test("coreference: a surname with an Arabic article the tagger read apart stays in the person's name", () => {
  assert.deepEqual(
    personMentions('Relative Youssef al-Najjar said the house was hit.', [
      ['Youssef', 'PER'],
      ['al-Najjar', 'ORG'],
    ]),
    ['Youssef al-Najjar(name) → Youssef al-Najjar'],
  );
});

test('coreference: a title written with a shared surname picks the one holding it, and a title nobody holds no one', () => {
  const { mentions, entities } = resolveEntities(
    article(
      'Speaker Anna Berg met Senator Tom Berg on Monday. Speaker Berg said the bill would pass. Senator Berg disagreed. Governor Berg was not there.',
      [
        ['Anna Berg', 'PER'],
        ['Tom Berg', 'PER'],
        ['Berg', 'PER'],
        ['Berg', 'PER'],
        ['Berg', 'PER'],
      ],
    ),
  );
  const name = (id: string): string | undefined => entities.find((e) => e.id === id)?.name;
  assert.deepEqual(
    mentions.filter((m) => m.type === 'person').map((m) => `${m.text}@${m.start} → ${name(m.entityId)}`),
    [
      'Anna Berg@8 → Anna Berg',
      'Tom Berg@30 → Tom Berg',
      'Berg@58 → Anna Berg',
      'Berg@97 → Tom Berg',
      'Berg@122 → Berg',
    ],
  );
  assert.deepEqual(
    entities.filter((e) => e.type === 'person').map((e) => e.aliases),
    [['Anna Berg', 'Berg'], ['Tom Berg', 'Berg'], ['Berg']],
  );
});

test('coreference: a shared surname with the other person named in its sentence, or no full name the sentence before, joins no one', () => {
  assert.deepEqual(
    personMentions(
      'President Paul Lenoir landed with his wife, Claire Lenoir. In the clip, Claire Lenoir pushes Lenoir away. Later, President Lenoir spoke.',
      [
        ['Paul Lenoir', 'PER'],
        ['Claire Lenoir', 'PER'],
        ['Claire Lenoir', 'PER'],
        ['Lenoir', 'PER'],
        ['Lenoir', 'PER'],
      ],
    ),
    [
      'Paul Lenoir(name) → Paul Lenoir',
      'his(pronoun) → Paul Lenoir',
      'Claire Lenoir(name) → Claire Lenoir',
      'Claire Lenoir(name) → Claire Lenoir',
      'Lenoir(short-name) → Lenoir',
      'Lenoir(short-name) → Paul Lenoir',
    ],
  );
  assert.deepEqual(
    personMentions('Jared Kushner met Charles Kushner in Paris. Prices rose. Kushner said nothing.', [
      ['Jared Kushner', 'PER'],
      ['Charles Kushner', 'PER'],
      ['Paris', 'LOC'],
      ['Kushner', 'PER'],
    ]),
    [
      'Jared Kushner(name) → Jared Kushner',
      'Charles Kushner(name) → Charles Kushner',
      'Kushner(short-name) → Kushner',
    ],
  );
});

test('coreference: one person with the surname is joined however far back the full name was', () => {
  assert.deepEqual(
    personMentions('Marco Rubio landed in Ottawa. Prices rose. Snow fell. Rubio said talks went well.', [
      ['Marco Rubio', 'PER'],
      ['Ottawa', 'LOC'],
      ['Rubio', 'PER'],
    ]),
    ['Marco Rubio(name) → Marco Rubio', 'Rubio(short-name) → Marco Rubio'],
  );
});

test('coreference: a title the one person of the surname never holds, while holding another, names someone else', () => {
  assert.deepEqual(
    personMentions(
      'Sen. Tom Berg voted no. Speaker Berg said the bill would pass. Senator Berg disagreed. Berg left.',
      [
        ['Tom Berg', 'PER'],
        ['Berg', 'PER'],
        ['Berg', 'PER'],
        ['Berg', 'PER'],
      ],
      parsedArticle,
    ),
    [
      'Tom Berg(name) → Tom Berg',
      'Berg(short-name) → Berg',
      'Berg(short-name) → Tom Berg',
      'Berg(short-name) → Tom Berg',
    ],
  );
});

test("coreference: a name read across a bracketed alternative or an editor's bracket is one name without them", () => {
  assert.deepEqual(
    personMentions(
      'Benjamin Ze\'ev (Theodor) Herzl wrote it. "We act," said [Minister Dan] Ronen on Sunday. Rishi Sunak (Conservative) won.',
      [
        ["Benjamin Ze'ev", 'PER'],
        ['Herzl', 'ORG'],
        ['Dan', 'PER'],
        ['Ronen', 'PER'],
        ['Rishi Sunak', 'PER'],
      ],
    ),
    [
      "Benjamin Ze'ev (Theodor) Herzl(name) → Benjamin Ze'ev Herzl",
      'Dan] Ronen(name) → Dan Ronen',
      'Rishi Sunak(name) → Rishi Sunak',
    ],
  );
});

test('coreference: a person the tagger began inside a hyphenated surname takes in its particle', () => {
  // A surname particle and a double-barrelled name's first half ("Kahn-") are taken in: a name never starts
  // inside a hyphenated word; a lower-case prefix ("pro-Putin") is no part of a name.
  assert.deepEqual(
    personMentions(
      'Minister Dov Ben-Artzi spoke. “We wait,” Ben-Artzi said. Lena Abu-Salim and Iris Kahn-Levy met a pro-Putin crowd.',
      [
        ['Dov Ben', 'PER'],
        ['Artzi', 'PER'],
        ['Artzi', 'PER'],
        ['Salim', 'PER'],
        ['Levy', 'PER'],
        ['Putin', 'PER'],
      ],
    ),
    [
      'Dov Ben-Artzi(name) → Dov Ben-Artzi',
      'Ben-Artzi(short-name) → Dov Ben-Artzi',
      'Abu-Salim(short-name) → Abu-Salim',
      'Kahn-Levy(short-name) → Kahn-Levy',
      'Putin(short-name) → Putin',
    ],
  );
});

test('coreference: "Sir"/"Dame" with a first name joins the one person named in full with that first name', () => {
  assert.deepEqual(
    personMentions('Sir Alan Ferris opened the gallery. Later, Sir Alan thanked the donors.', [
      ['Alan Ferris', 'PER'],
      ['Alan', 'PER'],
    ]),
    ['Sir Alan Ferris(short-name) → Alan Ferris', 'Sir Alan(short-name) → Alan Ferris'],
  );
  // Two people of that first name: no telling which.
  assert.deepEqual(
    personMentions('Dame Ruth Kell met Ruth Oduya. Dame Ruth spoke first.', [
      ['Ruth Kell', 'PER'],
      ['Ruth Oduya', 'PER'],
      ['Ruth', 'PER'],
    ]),
    [
      'Dame Ruth Kell(short-name) → Ruth Kell',
      'Ruth Oduya(name) → Ruth Oduya',
      'Dame Ruth(short-name) → Ruth',
    ],
  );
  // A first name alone, without the style, is not taken for the person.
  assert.deepEqual(
    personMentions('Alan Ferris opened the gallery. Alan, a visitor, praised it.', [
      ['Alan Ferris', 'PER'],
      ['Alan', 'PER'],
    ]),
    ['Alan Ferris(name) → Alan Ferris', 'Alan(short-name) → Alan'],
  );
});
