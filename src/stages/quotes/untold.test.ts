import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity, Mention, Sentence } from '../../core/analysis.js';
import type { Attribution } from './attributions.js';
import type { SubjectBody } from './bodies.js';
import { analyzeText } from '../../pipeline/reading.js';
import { SpeakerResolver } from './speakers.js';
import { CueTrees } from './subjects.js';
import { NO_TREE, type TreeReadings } from './tree-readings.js';

/** Speakers the words do not tell: left unknown rather than given to someone near. */

interface Case {
  sentences: string[];
  entities: Entity[];
  /** [sentence, words, entity id, kind]: a mention of an entity, found in its sentence. */
  mentions: [number, string, string, Mention['kind']?][];
  /** [sentence, source words, cue word]: what was said is the rest of the sentence. */
  said: [number, string, string][];
  tree?: (at: (sentence: number, words: string) => SubjectBody['words']) => Partial<TreeReadings>;
}

/** The speakers of a hand-made article's attributions, resolved in text order. */
function speakers(c: Case): (string | null)[] {
  const text = c.sentences.join(' ');
  let offset = 0;
  const sentences: Sentence[] = c.sentences.map((s, index) => {
    const sentence = { start: offset, end: offset + s.length, index };
    offset += s.length + 1;
    return sentence;
  });
  const at = (sentence: number, words: string) => {
    const start = text.indexOf(words, sentences[sentence]!.start);
    return { start, end: start + words.length };
  };
  const typeOf = new Map(c.entities.map((e) => [e.id, e.type]));
  const mentions: Mention[] = c.mentions.map(([sentence, words, entityId, kind]) => ({
    ...at(sentence, words),
    text: words,
    type: typeOf.get(entityId)!,
    kind: kind ?? 'name',
    entityId,
    sentence,
  }));
  const tree = { ...NO_TREE, ...c.tree?.(at) };
  const resolver = new SpeakerResolver(text, mentions, c.entities, [], tree);
  return c.said.map(([sentence, source, cue]) => {
    const cueSpan = at(sentence, cue);
    const attribution: Attribution = {
      content: { start: cueSpan.end + 1, end: sentences[sentence]!.end },
      source: at(sentence, source),
      cue: cueSpan,
      direct: false,
      sentence,
      continues: null,
      frame: sentences[sentence]!,
    };
    return resolver.speakerOf(attribution)?.name ?? null;
  });
}

const entity = (id: string, name: string, type: Entity['type'], roles: Entity['roles'] = []): Entity => ({
  id,
  name,
  type,
  aliases: [name],
  roles,
  country: null,
  stands: null,
});

const mayor = (attacked: string): Case => ({
  sentences: ['Mayor Harold Benn spoke first.', attacked, 'He said the court must respect the law.'],
  entities: [entity('e1', 'Harold Benn', 'person'), entity('e2', 'Rob Dale', 'person')],
  mentions: [
    [0, 'Harold Benn', 'e1'],
    [1, 'Rob Dale', 'e2'],
  ],
  said: [[2, 'He', 'said']],
});

test('untold: a "he" opening the sentence before stands for the same one, not for a person named around it', () => {
  const chained = mayor('He also attacked the ruling on the dismissal of Rob Dale.');
  chained.tree = (at) => ({
    subjectBody: (s) => (s === 1 ? { kind: 'pronoun', entityId: null, words: at(1, 'He') } : null),
  });
  assert.deepEqual(speakers(chained), ['Harold Benn']);
  // A "she" opening it, or a sentence about a thing, leaves the person named there as before.
  const she = mayor('She also attacked the ruling on the dismissal of Rob Dale.');
  she.tree = (at) => ({
    subjectBody: (s) => (s === 1 ? { kind: 'pronoun', entityId: null, words: at(1, 'She') } : null),
  });
  assert.deepEqual(speakers(she), ['Rob Dale']);
  assert.deepEqual(speakers(mayor('The ruling on the dismissal of Rob Dale came late.')), ['Rob Dale']);
});

test('untold: a "he" after a sentence where a body speaks and a person is only named is not told', () => {
  const forum = (sentence: string): Case => ({
    sentences: ['Mayor Harold Benn spoke first.', sentence, 'He said the town was ready.'],
    entities: [
      entity('e1', 'Harold Benn', 'person'),
      entity('e2', 'Tom Arden', 'person'),
      entity('e3', 'Families Forum', 'organisation'),
    ],
    mentions: [
      [0, 'Harold Benn', 'e1'],
      [1, 'Tom Arden', 'e2'],
      [1, 'Families Forum', 'e3'],
    ],
    said: sentence.includes(' said ')
      ? [
          [1, 'the Families Forum', 'said'],
          [2, 'He', 'said'],
        ]
      : [[2, 'He', 'said']],
  });
  assert.deepEqual(
    speakers(forum('Before the release of Tom Arden, the Families Forum said it expected news.')),
    ['Families Forum', null],
  );
  // No body speaking or heading the sentence: the person named there, as before.
  assert.deepEqual(speakers(forum('Before the release of Tom Arden, the Families Forum met in the hall.')), [
    'Tom Arden',
  ]);
});

test('untold: a title followed by another name is not the holder of that title', () => {
  const nouri = entity('e1', 'Omid Rahimi', 'person', [
    { title: 'General', of: null, country: null, evidence: { start: 0, end: 0 } },
  ]);
  const said = (sentence: string, source: string) =>
    speakers({ sentences: [sentence], entities: [nouri], mentions: [], said: [[0, source, 'said']] });
  assert.deepEqual(said('Major General Karimi said the border was calm.', 'Major General Karimi'), [null]);
  assert.deepEqual(said('General Rahimi said the border was calm.', 'General Rahimi'), ['Omid Rahimi']);
  assert.deepEqual(said('The general said the border was calm.', 'The general'), ['Omid Rahimi']);
});

test('untold: a "person" whose name holds a number is a reference, not a speaker', () => {
  const said = (sentence: string, source: string, name: string) =>
    speakers({
      sentences: [sentence],
      entities: [entity('e1', name, 'person')],
      mentions: [[0, name, 'e1']],
      said: [[0, source, 'said']],
    });
  assert.deepEqual(
    said('The verse in Luke 6:31 said the rule is old.', 'The verse in Luke 6:31', 'Luke 6:31'),
    [null],
  );
  assert.deepEqual(
    said('The preacher Luke Hart said the rule is old.', 'The preacher Luke Hart', 'Luke Hart'),
    ['Luke Hart'],
  );
});

test('untold: a body named only by the end of a longer name the tagger cut is not told', () => {
  const said = (sentence: string, source: string, cue: string, mentions: Case['mentions'], named: string) =>
    speakers({
      sentences: [sentence],
      entities: [
        entity('e1', 'Force', 'organisation'),
        entity('e2', 'Communities', 'organisation'),
        entity('e3', 'Local Government', 'organisation'),
        entity('e4', 'State Department', 'organisation'),
        entity('e5', 'United States', 'country'),
        entity('e6', 'Ukraine', 'country'),
        entity('e7', 'Hamas', 'organisation'),
      ],
      mentions,
      said: [[0, source, cue]],
      tree: () => ({ namedIn: () => named }),
    });
  assert.deepEqual(
    said(
      'The strike hit 120 homes, according to the Ukrainian Air Force.',
      'the Ukrainian Air Force',
      'according to',
      [
        [0, 'Ukrainian', 'e6', 'demonym'],
        [0, 'Force', 'e1'],
      ],
      'e1',
    ),
    [null],
  );
  assert.deepEqual(
    said(
      'A Ministry of Housing, Communities and Local Government spokesperson said the offer stands.',
      'Local Government spokesperson',
      'said',
      [
        [0, 'Communities', 'e2'],
        [0, 'Local Government', 'e3'],
      ],
      'e3',
    ),
    [null],
  );
  // Whatever the tagger typed the tail as: "Fisheries" of "the Ministry of Agriculture, Forestry and Fisheries".
  assert.deepEqual(
    speakers({
      sentences: ['The Ministry of Agriculture, Forestry and Fisheries explains that prices will fall.'],
      entities: [entity('e1', 'Fisheries', 'other')],
      mentions: [[0, 'Fisheries', 'e1']],
      said: [[0, 'Fisheries', 'explains']],
    }),
    [null],
  );
  // A country before the body's name, or a word before the source joined by a space only, cut nothing.
  assert.deepEqual(
    said(
      'The US State Department said the talks resume.',
      'The US State Department',
      'said',
      [
        [0, 'US', 'e5'],
        [0, 'State Department', 'e4'],
      ],
      'e4',
    ),
    ['State Department'],
  );
  assert.deepEqual(
    said('On Tuesday Hamas said the talks resume.', 'Hamas', 'said', [[0, 'Hamas', 'e7']], 'e7'),
    ['Hamas'],
  );
  // A title, a clergy title or an owner before a name is not a word of it.
  for (const source of ['Father Hamas', 'Ambassador Hamas', "Gaza's Hamas-run Hamas"])
    assert.deepEqual(
      said(`${source} said the talks resume.`, source, 'said', [[0, 'Hamas', 'e7']], 'e7'),
      ['Hamas'],
      source,
    );
});

test('untold: the place and agency of a dateline do not say the story', () => {
  const said = (sentence: string, source: string, named: string, mentions: Case['mentions']) =>
    speakers({
      sentences: [sentence],
      entities: [
        entity('e1', 'MNA', 'organisation'),
        entity('e2', 'Oslo', 'place'),
        entity('e3', 'Ana Lind', 'person'),
      ],
      mentions,
      said: [[0, source, 'said']],
      tree: () => ({ subjectOf: () => ({ entityId: named, span: { start: 0, end: 1 } }) }),
    });
  assert.deepEqual(
    said('TEHRAN, May 21 (MNA) – The army chief said the wall is built.', 'The army chief', 'e1', [
      [0, 'MNA', 'e1'],
    ]),
    [null],
  );
  assert.deepEqual(
    said(
      'OSLO (Kyodo) -- A mathematician who won the prize said the work is done.',
      'A mathematician who won the prize',
      'e2',
      [[0, 'OSLO', 'e2']],
    ),
    [null],
  );
  assert.deepEqual(
    said('TOKYO -- With demand rising, a translator said the work is done.', 'a translator', 'e2', [
      [0, 'TOKYO', 'e2'],
    ]),
    [null],
  );
  // Named past the dateline, or with no dateline, the speaker stays.
  assert.deepEqual(
    said('TEHRAN, May 21 (MNA) – The agency MNA said the wall is built.', 'The agency MNA', 'e1', [
      [0, 'MNA', 'e1'],
      [0, 'agency MNA', 'e1'],
    ]),
    ['MNA'],
  );
  assert.deepEqual(
    said('In Oslo, Ana Lind said the work is done.', 'Ana Lind', 'e3', [[0, 'Ana Lind', 'e3']]),
    ['Ana Lind'],
  );
});

test('untold: a place the tagger also took for a person, never the subject of a verb, says nothing', () => {
  const town = (subject: boolean, place = true): Case => ({
    sentences: [
      'Omer Tal runs the bakery in Valtoria.',
      "The flood reached Valtoria's old bridge on Monday.",
      'He said the water rose in an hour.',
    ],
    entities: [
      entity('e1', 'Omer Tal', 'person'),
      ...(place ? [entity('e2', 'Valtoria', 'place')] : []),
      entity('e3', 'Valtoria', 'person'),
    ],
    mentions: [
      [0, 'Omer Tal', 'e1'],
      [0, 'Valtoria', place ? 'e2' : 'e3'],
      [1, 'Valtoria', 'e3'],
      // The entities stage linked the pronoun to the person it made of the town.
      [2, 'He', 'e3', 'pronoun'],
    ],
    said: [[2, 'He', 'said']],
    tree: () => ({ isSubject: (m) => subject && m.entityId === 'e3' }),
  });
  // Read again as if unlinked: the baker, named before the town's sentence (a guess, as for any "he").
  assert.deepEqual(speakers(town(false)), ['Omer Tal']);
  // Negative: a "person" that is somewhere the subject of a verb, or whose name no place has, stays.
  assert.deepEqual(speakers(town(true)), ['Valtoria']);
  assert.deepEqual(speakers(town(false, false)), ['Valtoria']);
});

test("untold: the subject of a verb acts; the subject of a copula's noun is only described", () => {
  const subjectOf = (text: string, name: string): boolean => {
    const a = analyzeText(text, '2025-05-20');
    const trees = new CueTrees(text, a.mentions, new Map(a.entities.map((e) => [e.id, e])));
    const m = a.mentions.find((x) => x.text === name)!;
    return trees.isSubject(a.sentences[m.sentence]!, m);
  };
  assert.equal(subjectOf('Omer Tal said the water rose in an hour.', 'Omer Tal'), true);
  assert.equal(subjectOf('By 1800, Valtoria was home to a famous rabbi.', 'Valtoria'), false);
  assert.equal(subjectOf('The flood reached the old bridge in Valtoria.', 'Valtoria'), false);
});
