import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents } from './events-fixture.js';

/** The events of `trigger` in a text written for the test, as [type, sources, targets, place]. */
const taken = (text: string, trigger: string): unknown[][] =>
  codedEvents(text)
    .filter((e) => e.trigger.text === trigger)
    .map((e) => [e.type, e.sources, e.targets, e.place]);

test('annexing is coercion, not fighting, and the annexed place is where, its named country the party', () => {
  // A place of no country the gazetteer knows stays the party, as a town struck does.
  assert.deepEqual(taken('China annexed Kaohsiung in 2030. Taiwan protested.', 'annexed'), [
    ['COERCE', ['China/CHN/null'], ['Kaohsiung/null/null'], 'Kaohsiung'],
  ]);
  assert.deepEqual(
    taken("Russia's annexation of Crimea drew sanctions on Moscow. Ukraine still claims it.", 'annexation'),
    [['COERCE', ['Russia/RUS/null'], ['Ukraine/UKR/null'], 'Crimea']],
  );
  // Fighting for ground stays FIGHT.
  assert.deepEqual(taken('Russian troops captured Bakhmut after weeks of battles.', 'captured'), [
    ['FIGHT', ['Russia/RUS/military'], ['Bakhmut/UKR/null'], 'Bakhmut'],
  ]);
});

test('a place seized or captured from a named party: that party is the target, the place where', () => {
  assert.deepEqual(taken('Vietnam seized Namyit from China in 1975.', 'seized'), [
    ['COERCE', ['Vietnam/VNM/null'], ['China/CHN/null'], 'Namyit'],
  ]);
  // A name the tagger takes for a person, seized from a named party, is ground (`entities/tagger-evidence.ts`).
  assert.deepEqual(
    taken('Reaching Lorena is hard. The Philippines seized Lorena from Taiwan in 1971.', 'seized'),
    [['COERCE', ['Philippines/PHL/null'], ['Taiwan/TWN/null'], 'Lorena']],
  );
  // The parser hangs the from-phrase on the place taken: it is the verb's all the same.
  assert.deepEqual(taken('Ukrainian forces recaptured Kherson from Russia in November.', 'recaptured'), [
    ['FIGHT', ['Ukraine/UKR/military'], ['Russia/RUS/null'], 'Kherson'],
  ]);
  // Goods seized from a party: the party is the target.
  assert.deepEqual(taken('Iran seized a tanker from Greece on Friday.', 'seized'), [
    ['COERCE', ['Iran/IRN/null'], ['Greece/GRC/null'], null],
  ]);
});

test('a from-phrase naming a place or the doer names no party taken from', () => {
  // A place is only where things came from: the place seized stays, as before, the target.
  assert.deepEqual(taken('Russia seized Pokrovsk from Donetsk in May.', 'seized'), [
    ['COERCE', ['Russia/RUS/null'], ['Pokrovsk/UKR/null'], 'Pokrovsk'],
  ]);
  // No from-phrase: the place seized is the target where the article never names its country.
  assert.deepEqual(taken('Russia seized Pokrovsk on Monday.', 'seized'), [
    ['COERCE', ['Russia/RUS/null'], ['Pokrovsk/UKR/null'], 'Pokrovsk'],
  ]);
  // Arrests and raids are not takings: a town raided stays the target and is not made where.
  assert.deepEqual(taken('Israeli police raided Hebron on Monday. Palestine condemned it.', 'raided'), [
    ['COERCE', ['Israel/ISR/police'], ['Hebron/PSE/null'], null],
  ]);
});

test('a place owning a taking noun is the ground taken, not the taker; a party owning it takes', () => {
  assert.deepEqual(taken("Crimea's annexation angered Ukraine.", 'annexation'), [
    ['COERCE', [], ['Ukraine/UKR/null'], 'Crimea'],
  ]);
  assert.deepEqual(taken("Hamas's capture of two soldiers angered Israel.", 'capture'), [
    ['FIGHT', ['Hamas/PSE/null'], ['Israel/ISR/null'], null],
  ]);
});
