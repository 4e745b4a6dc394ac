import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, Event } from '../../core/analysis.js';
import { analyzeText } from '../../pipeline/reading.js';
import { rawSeed, seedEntries } from '../../../test/support/seeds.js';
import { findEvents } from './index.js';

interface Seed {
  analysis: Analysis;
  events: Event[];
}

/** A seed, by its publication date, read as saved and through the pipeline up to the events stage. */
function readSeed(published: string): Seed {
  const entry = seedEntries().find((e) => e.published === published);
  assert.ok(entry, `no seed published ${published}`);
  const analysis = analyzeText(rawSeed(entry.seed).text, published);
  return { analysis, events: findEvents(analysis) };
}

const names = (seed: Seed, ids: string[]): string[] =>
  ids.map((id) => seed.analysis.entities.find((e) => e.id === id)?.name ?? id);

const countries = (seed: Seed, ids: string[]): Array<string | null> =>
  ids.map((id) => seed.analysis.entities.find((e) => e.id === id)?.country ?? null);

test('seeds: the main events of the reports', () => {
  const december = readSeed('2025-12-03');
  const miami = december.events.find((e) => e.type === 'CONSULT' && e.place?.startsWith('Miami'));
  assert.ok(miami, 'the Miami meeting');
  assert.deepEqual(
    [miami.mode, names(december, miami.sourceIds), names(december, miami.targetIds), miami.date, miami.place],
    ['planned', ['Steve Witkoff'], ['Rustem Umerov'], '2025-12-04', 'Miami, Florida'],
  );
  const moscow = december.events.find(
    (e) => e.type === 'CONSULT' && e.place === 'Moscow' && e.mode === 'asserted',
  );
  assert.ok(moscow, 'the Moscow talks');
  assert.deepEqual(
    [names(december, moscow.sourceIds), names(december, moscow.targetIds), moscow.date],
    [['Steve Witkoff'], ['Vladimir Putin'], '2025-12-02'],
  );

  const april = readSeed('2025-04-27');
  const strike = april.events.find((e) => e.type === 'FIGHT' && e.trigger.text === 'missile strike');
  assert.ok(strike, 'the Kyiv missile strike');
  assert.deepEqual(
    [strike.mode, countries(april, strike.sourceIds), names(april, strike.targetIds), strike.place],
    // The town struck is where; the party struck is its country (`struck-places.ts`).
    ['asserted', ['RUS'], ['Ukraine'], 'Kyiv'],
  );

  const march13 = readSeed('2025-03-13');
  const g7 = march13.events.find((e) => e.type === 'CONSULT' && e.place === 'Charlevoix, Quebec');
  assert.ok(g7, 'the G7 meeting in Charlevoix');
  assert.deepEqual([g7.mode, g7.trigger.text, g7.date], ['asserted', 'convened', '2025-03-13']);

  const november = readSeed('2025-11-12');
  const sanctions = november.events.filter((e) => e.type === 'SANCTION' && e.mode === 'asserted');
  assert.ok(
    sanctions.some(
      (e) =>
        countries(november, e.sourceIds).includes('CAN') && countries(november, e.targetIds).includes('RUS'),
    ),
    'Canada’s sanctions against Moscow',
  );

  const march12 = readSeed('2025-03-12');
  const minerals = march12.events.find((e) => e.type === 'AGREE' && e.mode === 'called-off');
  assert.ok(minerals, 'the called-off mineral agreement');
  assert.deepEqual(
    [minerals.trigger.text, names(march12, minerals.sourceIds)],
    ['agreement', ['Donald Trump', 'Volodymyr Zelenskyy']],
  );
});

test('seeds: events lie in their sentences and name known entities', () => {
  for (const published of ['2025-03-13', '2025-03-12', '2025-11-12', '2025-12-03', '2025-04-27']) {
    const { analysis, events } = readSeed(published);
    const ids = new Set(analysis.entities.map((e) => e.id));
    for (const e of events) {
      assert.equal(analysis.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
      assert.ok(e.start <= e.trigger.start && e.trigger.end <= e.end, `${published}: ${e.trigger.text}`);
      for (const id of [...e.sourceIds, ...e.targetIds]) assert.ok(ids.has(id), `${published}: ${id}`);
    }
  }
});

const PUBLISHED = ['2025-03-13', '2025-03-12', '2025-11-12', '2025-12-03', '2025-04-27'];

test('seeds: no actor is paired with itself', () => {
  for (const published of PUBLISHED) {
    const { events } = readSeed(published);
    for (const e of events)
      assert.ok(!e.targetIds.some((id) => e.sourceIds.includes(id)), `${published}: ${e.trigger.text}`);
  }
});

test('seeds: Marco Rubio takes part in events', () => {
  const rubio = PUBLISHED.flatMap((published) => {
    const seed = readSeed(published);
    return seed.events.filter((e) => names(seed, [...e.sourceIds, ...e.targetIds]).includes('Marco Rubio'));
  });
  assert.ok(
    rubio.some((e) => e.type === 'CONSULT'),
    'a meeting Rubio took part in',
  );
});

test('seeds: the Jeddah talks on 2025-03-11 with the US and Ukraine as participants', () => {
  const march12 = readSeed('2025-03-12');
  const jeddah = march12.events.find((e) => e.type === 'CONSULT' && e.place?.startsWith('Jeddah'));
  assert.ok(jeddah, 'the Jeddah talks');
  assert.equal(jeddah.date, '2025-03-11');
  const participants = countries(march12, [...jeddah.sourceIds, ...jeddah.targetIds]);
  assert.ok(participants.includes('USA') && participants.includes('UKR'));
});

test('seeds: a place where a meeting is held never meets, a strike’s source is no speaker, a listed meeting keeps all its parties', () => {
  for (const published of PUBLISHED) {
    const seed = readSeed(published);
    for (const e of seed.events.filter((x) => x.type === 'CONSULT' && x.place !== null))
      assert.ok(
        !names(seed, e.sourceIds).some((n) => e.place?.startsWith(n)),
        `${published}: ${e.trigger.text}`,
      );
  }
  const april = readSeed('2025-04-27');
  const strikes = april.events.filter((e) => e.type === 'ASSAULT' && e.trigger.text === 'strike');
  assert.deepEqual(
    strikes.map((e) => [names(april, e.sourceIds), names(april, e.targetIds)]),
    [[[], ['Ukraine']]],
  );
  const london = april.events.find((e) => e.type === 'CONSULT' && e.place === 'London');
  assert.ok(london, 'the London meeting');
  assert.deepEqual(countries(april, [...london.sourceIds, ...london.targetIds]).sort(), [
    'DEU',
    'FRA',
    'GBR',
    'UKR',
    'USA',
  ]);
});
