import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity, Mention, Sentence } from '../../core/analysis.js';
import { analyzeText } from '../../pipeline/reading.js';
import type { Attribution } from './attributions.js';
import { findQuotes } from './index.js';
import { findQuotedSpans, isSurelyClosed } from './marks.js';
import { SpeakerResolver } from './speakers.js';

const speakersOf = (text: string): [string, string | null][] =>
  findQuotes(analyzeText(text, '2025-03-12')).map((q) => [q.content.text, q.speaker]);

test('speakers: a relative "who" after a name with a title is said by the name', () => {
  assert.deepEqual(
    speakersOf(
      'There were angry exchanges in the council with opposition leader Dame Helen Marsh, who suggested ' +
        'the cuts would be welcomed by landlords.',
    ),
    [['the cuts would be welcomed by landlords', 'Helen Marsh']],
  );
  assert.deepEqual(
    speakersOf(
      'The debate grew heated after remarks from Labour councillor Sir Peter Grange, who said the plan would fail.',
    ),
    [['the plan would fail', 'Peter Grange']],
  );
});

test('speakers: a clause word read into a name ("What X said") is left out, and the surname finds its person', () => {
  const text =
    'The columnist Tom Brightwater wrote about the league in August. ' +
    'What Brightwater said in May: "The champions will stumble before Christmas."';
  const reading = analyzeText(text, '2025-03-12');
  assert.deepEqual(
    reading.mentions.filter((m) => m.type === 'person').map((m) => m.text),
    ['Tom Brightwater', 'Brightwater'],
  );
  assert.deepEqual(speakersOf(text).at(-1), [
    'The champions will stumble before Christmas.',
    'Tom Brightwater',
  ]);
});

/** A resolver over hand-made entities, for a source whose name the tagger missed in its sentence. */
function resolve(text: string, source: string, entities: Entity[], mentions: Mention[] = []): string | null {
  const sentence: Sentence = { start: 0, end: text.length, index: 0 };
  const start = text.indexOf(source);
  const cue = text.indexOf(' said') + 1;
  const attribution: Attribution = {
    content: { start: cue + 5, end: text.length },
    source: { start, end: start + source.length },
    cue: { start: cue, end: cue + 4 },
    direct: false,
    sentence: 0,
    continues: null,
    frame: sentence,
  };
  return new SpeakerResolver(text, mentions, entities, []).speakerOf(attribution)?.name ?? null;
}

const person = (id: string, name: string): Entity => ({
  id,
  name,
  type: 'person',
  aliases: [name],
  roles: [],
  country: null,
  stands: null,
});

test('speakers: a source ending in the surname of one person of the article, the tagger having missed it there', () => {
  const people = [person('e1', 'Tom Brightwater'), person('e2', 'Ruth Calloway')];
  assert.equal(
    resolve('The pundit Brightwater said the title race is over.', 'The pundit Brightwater', people),
    'Tom Brightwater',
  );
  // Not the subject: after a preposition or a relative, and not a modifier of another noun.
  assert.equal(
    resolve(
      'Victims who suffered at the hands of Brightwater said the club ignored them.',
      'Victims who suffered at the hands of Brightwater',
      people,
    ),
    null,
  );
  assert.equal(
    resolve('The Brightwater campaign said the vote is close.', 'The Brightwater campaign', people),
    null,
  );
  // Two people of that surname: no telling which.
  const family = [person('e1', 'Tom Brightwater'), person('e2', 'Anna Brightwater')];
  assert.equal(
    resolve('The pundit Brightwater said the title race is over.', 'The pundit Brightwater', family),
    null,
  );
});

test('speakers: a capitalised common title glued to a name by the tagger leaves the person ("Committee Chair X")', () => {
  const text = '"Please take some time," Committee Chair Virginia Moss told members.';
  assert.deepEqual(
    analyzeText(text, '2025-03-12').mentions.map((m) => `${m.text}/${m.type}`),
    ['Virginia Moss/person'],
  );
  assert.deepEqual(speakersOf(text), [['Please take some time', 'Virginia Moss']]);
  // A longer title is not cut at its first head ("Chief" + "Operating Officer Beth Clymer"): the name starts
  // after its last office word.
  assert.deepEqual(
    analyzeText('Harbour Chief Operating Officer Beth Clymer said sales rose.', '2025-03-12').mentions.map(
      (m) => `${m.text}/${m.type}`,
    ),
    ['Beth Clymer/person'],
  );
});

test('speakers: a title held by several people of the article goes to the one of the country the words name', () => {
  const president = (id: string, name: string, country: string): Entity => ({
    ...person(id, name),
    country,
    roles: [{ title: 'President', of: null, country, evidence: { start: 0, end: 0 } }],
  });
  const entities: Entity[] = [
    president('e1', 'Tom Berger', 'USA'),
    president('e2', 'Omar Haddad', 'SYR'),
    {
      id: 'e3',
      name: 'United States',
      type: 'country',
      aliases: ['US'],
      roles: [],
      country: 'USA',
      stands: null,
    },
  ];
  const text = 'The US president said he has no regrets.';
  const us: Mention = {
    start: 4,
    end: 6,
    text: 'US',
    type: 'country',
    kind: 'name',
    entityId: 'e3',
    sentence: 0,
  };
  assert.equal(resolve(text, 'The US president', entities, [us]), 'Tom Berger');
  // No country named: two presidents, no telling which.
  assert.equal(resolve('The president said he has no regrets.', 'The president', entities), null);
});

test('speakers: a title stands for its one holder as a whole word, never inside a plural or another word', () => {
  const director: Entity = {
    ...person('e1', 'Tom Berger'),
    roles: [{ title: 'director', of: null, country: null, evidence: { start: 0, end: 0 } }],
  };
  assert.equal(resolve('The director said the film was finished.', 'The director', [director]), 'Tom Berger');
  assert.equal(resolve('The directors said the film was finished.', 'The directors', [director]), null);
});

test('speakers: "MK" and "MP" are titles before a name ("Likud MK Tally Gotliv" is a person)', () => {
  assert.deepEqual(
    speakersOf('Likud MK Dana Levran said in an interview that she would vote against the bill.'),
    [['she would vote against the bill', 'Dana Levran']],
  );
});

test('speakers: a person naming what speaks ("the Biden administration") is not the speaker; a spokesman speaks for them', () => {
  assert.deepEqual(speakersOf('The Biden administration said the bounty would be scrapped.'), [
    ['the bounty would be scrapped', null],
  ]);
  // A spokesman gives the words of whom they speak for, as the hand-judged draws read them.
  assert.deepEqual(speakersOf("Vladimir Putin's spokesman said the talks would go on."), [
    ['the talks would go on', 'Vladimir Putin'],
  ]);
  assert.deepEqual(speakersOf('Olaf Scholz, the former chancellor, said the vote was close.'), [
    ['the vote was close', 'Olaf Scholz'],
  ]);
});

test('speakers: "the ministry said" is the one organisation named before whose name holds the word', () => {
  assert.deepEqual(
    speakersOf(
      "Russia's Defence Ministry reported heavy fighting near the river. " +
        'Troops advanced two kilometres overnight, the ministry said.',
    ),
    [['Troops advanced two kilometres overnight', 'Defence Ministry']],
  );
  // Two banks named before: "the bank" could be either, so it names no one.
  assert.deepEqual(
    speakersOf(
      'The World Bank and the Asian Development Bank met in Manila. Growth would slow, the bank said.',
    ),
    [['Growth would slow', null]],
  );
});

test('speakers: a name inside a relative clause of the subject is not the one speaking', () => {
  assert.deepEqual(
    speakersOf(
      'Sarah Mitchell, who appeared alongside John Becker, the festival director, said the city would fund ' +
        'two more venues.',
    ),
    [['the city would fund two more venues', 'Sarah Mitchell']],
  );
  // The name heading the subject still speaks, with its aside.
  assert.deepEqual(
    speakersOf('John Becker, the festival director, added that the city would fund two more venues.'),
    [['the city would fund two more venues', 'John Becker']],
  );
});

test('speakers: in "who she said", the pronoun speaks, not the noun the relative stands for', () => {
  // Quoted, as the clause the relative opens, missing its subject, is no quote unless it is a quotation.
  assert.deepEqual(
    speakersOf(
      'Sarah Mitchell opened the festival on Monday. Mitchell also thanked the volunteers of the harbour, ' +
        'called the Lantern Crew, who she said “kept the festival running for a decade.”',
    ),
    [['kept the festival running for a decade.', 'Sarah Mitchell']],
  );
});

/** "he" in the second of two sentences, with one mention in the first, resolved without a tree. */
function pronounAfter(first: string, named: string, entity: Entity): string | null {
  const text = `${first} "Families came back," he said.`;
  const sentences: Sentence[] = [
    { start: 0, end: first.length, index: 0 },
    { start: first.length + 1, end: text.length, index: 1 },
  ];
  const at = text.indexOf(named);
  const mention: Mention = {
    start: at,
    end: at + named.length,
    text: named,
    type: 'person',
    kind: 'name',
    entityId: entity.id,
    sentence: 0,
  };
  const he = text.indexOf(' he ') + 1;
  const attribution: Attribution = {
    content: { start: text.indexOf('Families'), end: text.indexOf(',"') },
    source: { start: he, end: he + 2 },
    cue: { start: he + 3, end: he + 7 },
    direct: true,
    sentence: 1,
    continues: null,
    frame: sentences[1]!,
  };
  return new SpeakerResolver(text, [mention], [entity], []).speakerOf(attribution)?.name ?? null;
}

test('speakers: "he" finds a person merely named before only by a name of more than one word', () => {
  assert.equal(
    pronounAfter('Sales rose after a visit by Tom Kopke.', 'Tom Kopke', person('e1', 'Tom Kopke')),
    'Tom Kopke',
  );
  // Named by the surname here, in full elsewhere in the article.
  const kopke = { ...person('e1', 'Tom Kopke'), aliases: ['Tom Kopke', 'Kopke'] };
  assert.equal(pronounAfter('Sales rose after a visit by Kopke.', 'Kopke', kopke), 'Tom Kopke');
  // One capitalised word the tagger took for a person: a burger, a song, a family word.
  assert.equal(pronounAfter('Sales of the Whopper rose in May.', 'Whopper', person('e1', 'Whopper')), null);
  assert.equal(pronounAfter('The choir sang Mother at the end.', 'Mother', person('e1', 'Mother')), null);
});

test('speakers: a name after a preposition in the source is whom the speaker stands for, not the speaker', () => {
  const opening = 'Sarah Mitchell will visit Leeds on Monday. ';
  assert.deepEqual(speakersOf(`${opening}The talks will go well, the adviser to Mitchell added.`), [
    ['The talks will go well', null],
  ]);
  assert.deepEqual(speakersOf(`${opening}The talks will go well, Mitchell added.`), [
    ['The talks will go well', 'Sarah Mitchell'],
  ]);
});

test('speakers: "it" stands for the body heading the nearest subject before, passing over people', () => {
  assert.deepEqual(
    speakersOf(
      'The Vessel Safety Board said on Monday that the tanker had been seized near the coast. ' +
        'It said the crew of 20 were safe.',
    ),
    [
      ['the tanker had been seized near the coast', 'Vessel Safety Board'],
      ['the crew of 20 were safe', 'Vessel Safety Board'],
    ],
  );
  assert.deepEqual(
    speakersOf(
      'The Vessel Safety Board said the tanker had been seized. Its director Anna Berg flew to the port on ' +
        'Tuesday. It added that the crew were safe.',
    ).at(-1),
    ['the crew were safe', 'Vessel Safety Board'],
  );
  assert.deepEqual(
    speakersOf('The Vessel Safety Board said the tanker had been seized. "The crew are safe," it said.').at(
      -1,
    ),
    ['The crew are safe', 'Vessel Safety Board'],
  );
});

test('speakers: "it" after a thing, two bodies, another body named, or words no one known said stays unresolved', () => {
  assert.deepEqual(
    speakersOf('The annual report came out on Tuesday. It said that rents had risen by a fifth.'),
    [['rents had risen by a fifth', null]],
  );
  assert.deepEqual(
    speakersOf('Norway and Sweden signed the accord in Oslo. It said the border would stay open.'),
    [['the border would stay open', null]],
  );
  assert.deepEqual(
    speakersOf(
      'The Vessel Safety Board asked the Harbour Authority for its records. It replied that none had been kept.',
    ),
    [['none had been kept', null]],
  );
  assert.deepEqual(
    speakersOf(
      'The Vessel Safety Board said the tanker had been seized. Analysts said the seizure would raise ' +
        'insurance costs. It added that the crew were safe.',
    ).at(-1),
    ['the crew were safe', null],
  );
});

test('speakers: "the company", "the military" stand for the body that is the subject just before', () => {
  assert.deepEqual(
    speakersOf(
      'Brellis Motors is opening a plant in Ohio, though the company said it would keep its factory in Mexico.',
    ),
    [['it would keep its factory in Mexico', 'Brellis Motors']],
  );
  // A state body may stand for its country, as "the Norwegian army" does.
  assert.deepEqual(
    speakersOf(
      'The Norwegian army shot down two drones over the fjord on Sunday. The military said none had hit the town.',
    ),
    [['none had hit the town', 'Norway']],
  );
  // Not a person before it, nor a subject inside what is reported.
  assert.deepEqual(
    speakersOf(
      'Marta Olsen, the chief executive of Brellis Motors, visited the plant. The company said sales would rise.',
    ),
    [['sales would rise', null]],
  );
  assert.deepEqual(speakersOf('The Harbour Authority is struggling to pay its staff, the agency said.'), [
    ['The Harbour Authority is struggling to pay its staff', null],
  ]);
});

test('speakers: a participle with no subject of its own is said by the subject of the verb it hangs on', () => {
  assert.deepEqual(
    speakersOf(
      'Norway has said the new maps will help its fishermen, while Sweden has criticised the move, saying the ' +
        'waters belong to both countries.',
    ).at(-1),
    ['the waters belong to both countries', 'Sweden'],
  );
  // A participle with a marker of its own may belong to the main clause: the words before keep it.
  assert.deepEqual(
    speakersOf(
      'Anna Berg contended that Norway had not pressured Sweden, while also emphasizing that the waters were ' +
        'lost long ago.',
    ).at(-1),
    ['the waters were lost long ago', 'Anna Berg'],
  );
  // The subject of a reported clause lends none: the one reporting keeps it.
  assert.deepEqual(
    speakersOf(
      'Anna Berg said that Norway should have been more careful, stating that the government should wait ' +
        'for the talks.',
    ).at(-1),
    ['the government should wait for the talks', 'Anna Berg'],
  );
  // The same subject throughout: unchanged.
  assert.deepEqual(speakersOf('Anna Berg met Lars Holm in Oslo on Monday, saying the talks had gone well.'), [
    ['the talks had gone well', 'Anna Berg'],
  ]);
});

test('speakers: a "he" given to a person an earlier sentence only names is kept but not shown by default', () => {
  const read = (text: string): [string | null, number][] =>
    findQuotes(analyzeText(text, '2025-03-12')).map((q) => [q.speaker, q.confidence]);
  const named = 'Protesters gathered outside the offices of Martin Okafor and Ruth Adeyemi on Monday.';
  // Named in a phrase of the sentence before, neither speaking nor its subject: a guess.
  assert.deepEqual(read(`${named} "We will not move," he said.`), [['Martin Okafor', 0.45]]);
  // A speaker carried on from a guess stays a guess.
  assert.deepEqual(
    read(`${named} "We will not move," he said. "Nobody here will give up the fight for these homes."`),
    [
      ['Martin Okafor', 0.45],
      ['Martin Okafor', 0.45],
    ],
  );
  // The subject of the sentence before, or speaking in it: read, and shown.
  const subject = 'Martin Okafor and Ruth Adeyemi visited the offices on Monday.';
  assert.deepEqual(read(`${subject} "We will not move," he said.`), [['Martin Okafor', 0.9]]);
  assert.deepEqual(
    read('Martin Okafor said the talks had failed. "We will not move," he said.').map(([, c]) => c),
    [0.75, 0.9],
  );
  // Named earlier in the pronoun's own sentence: read.
  assert.deepEqual(read('Protesters met Martin Okafor on Monday, and he said the plan would fail.'), [
    ['Martin Okafor', 0.75],
  ]);
});

test('speakers: a "he" is not a person the sentence before names only inside a quotation', () => {
  const speakers = (text: string) => findQuotes(analyzeText(text, '2025-03-12')).map((q) => q.speaker);
  const opening = 'Rescue teams searched the coast on Monday. ';
  assert.deepEqual(
    speakers(
      `${opening}“The storm hit the village at night. It swept away the home of Martin Okafor.” ` +
        '“We will not stop looking,” he said.',
    ).at(-1),
    null,
  );
  assert.deepEqual(
    speakers(
      `${opening}The storm swept away the home of Martin Okafor. “We will not stop looking,” he said.`,
    ).at(-1),
    'Martin Okafor',
  );
});

test('marks: a straight mark shaped as an opening one does not surely close the quotation before it', () => {
  const closes = (text: string) => findQuotedSpans(text).map((q) => isSurelyClosed(text, q));
  assert.deepEqual(closes('"We will stay," he said. Okafor told them: "Nobody leaves."'), [true, true]);
  assert.deepEqual(closes('"We will stay. Okafor told them: "Nobody leaves.'), [false]);
  assert.deepEqual(closes('“We will stay,” he said.'), [true]);
});
