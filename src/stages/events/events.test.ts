import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../../core/analysis.js';
import { analyzeText } from '../../pipeline/reading.js';
import { findEvents } from './index.js';
import { ploverCategory } from './plover.js';

interface Coded {
  type: string;
  mode: string;
  trigger: string;
  sources: string[];
  targets: string[];
  date: string | null;
  place: string | null;
}

/** Events of one text with actors as entity names, the way a reader checks them. */
function read(text: string, published = '2025-12-03'): Coded[] {
  const analysis = analyzeText(text, published);
  const name = (id: string): string => analysis.entities.find((e) => e.id === id)?.name ?? id;
  return findEvents(analysis).map((e: Event) => ({
    type: e.type,
    mode: e.mode,
    trigger: e.trigger.text,
    sources: e.sourceIds.map(name),
    targets: e.targetIds.map(name),
    date: e.date,
    place: e.place,
  }));
}

test('a planned meeting: who meets whom, when and where', () => {
  assert.deepEqual(read('Steve Witkoff is scheduled to meet Rustem Umerov in Miami on Thursday.'), [
    {
      type: 'CONSULT',
      mode: 'planned',
      trigger: 'meet',
      sources: ['Steve Witkoff'],
      targets: ['Rustem Umerov'],
      date: '2025-12-04',
      place: 'Miami',
    },
  ]);
});

test('no event where nothing is done', () => {
  assert.deepEqual(read('The weather was mild.'), []);
  assert.deepEqual(read('He talks about the weather every day.'), []);
});

test('"talks" as a noun is a consultation; with nobody named in it, it is no event', () => {
  const [talks] = read('Talks between Russia and Ukraine in Geneva lasted six hours.');
  assert.deepEqual([talks?.type, talks?.sources, talks?.place], ['CONSULT', ['Russia', 'Ukraine'], 'Geneva']);
  assert.deepEqual(read('The talks in Geneva lasted six hours.'), []);
});

test('modes: denied, called off, hypothetical, proposed', () => {
  assert.deepEqual(
    read('Russia did not attack the port of Odesa on Monday.').map((e) => [
      e.type,
      e.mode,
      e.sources,
      e.targets,
      e.date,
    ]),
    [['FIGHT', 'denied', ['Russia'], ['Odesa'], '2025-12-01']],
  );
  assert.deepEqual(
    read('The summit between France and Italy was called off.').map((e) => [e.type, e.mode, e.sources]),
    [['CONSULT', 'called-off', ['France', 'Italy']]],
  );
  // Pausing calls off for now what it names, like suspending; "paused before" names nothing.
  assert.deepEqual(
    read('Israel paused talks with Hamas on Monday.').map((e) => [e.type, e.mode, e.sources, e.targets]),
    [['CONSULT', 'called-off', ['Israel'], ['Hamas']]],
  );
  assert.deepEqual(
    read('The United States will pause military aid to Ukraine.').map((e) => [e.type, e.mode]),
    [['AID', 'called-off']],
  );
  assert.deepEqual(
    read('If Moscow rejects the plan, Britain could impose new sanctions on Russia.').map((e) => [
      e.type,
      e.mode,
      e.sources,
      e.targets,
    ]),
    [
      ['REJECT', 'hypothetical', ['Government of Russia'], []],
      ['SANCTION', 'hypothetical', ['United Kingdom'], ['Russia']],
    ],
  );
  assert.deepEqual(
    read('Turkey offered to host talks between Armenia and Azerbaijan.').map((e) => [
      e.type,
      e.mode,
      e.sources,
      e.targets,
    ]),
    [['CONSULT', 'proposed', ['Turkey'], ['Armenia', 'Azerbaijan']]],
  );
});

test('passive voice: the doer follows "by"', () => {
  assert.deepEqual(
    read('Kharkiv was struck by Russian missiles on Tuesday.').map((e) => [
      e.type,
      e.sources,
      e.targets,
      e.date,
    ]),
    [['FIGHT', ['Russia'], ['Kharkiv'], '2025-12-02']],
  );
});

test('a refusal to meet is one rejection, not a meeting', () => {
  assert.deepEqual(
    read('Poland refused to meet the Belarusian envoy.').map((e) => [e.type, e.mode, e.trigger, e.sources]),
    [['REJECT', 'asserted', 'refused', ['Poland']]],
  );
});

test('PLOVER folds intentions into categories', () => {
  const rows: Array<[Event['type'], Event['mode'], string]> = [
    ['CONSULT', 'planned', 'AGREE'],
    ['AID', 'proposed', 'AGREE'],
    ['ASSAULT', 'hypothetical', 'THREATEN'],
    ['RETREAT', 'planned', 'CONCEDE'],
    ['RETREAT', 'proposed', 'AGREE'],
    ['CONCEDE', 'proposed', 'AGREE'],
    ['CONCEDE', 'planned', 'CONCEDE'],
    ['RETREAT', 'asserted', 'RETREAT'],
    ['CONSULT', 'called-off', 'REJECT'],
    ['AID', 'called-off', 'SANCTION'],
    ['COERCE', 'called-off', 'CONCEDE'],
    ['AGREE', 'denied', 'REJECT'],
    ['ASSAULT', 'asserted', 'ASSAULT'],
  ];
  for (const [type, mode, category] of rows)
    assert.equal(ploverCategory({ type, mode }), category, `${type} ${mode}`);
});
