import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity, Mention } from '../../core/analysis.js';
import { tagNames } from '../names/index.js';
import { splitSentences, tokenize } from '../tokens/index.js';
import { resolveEntities } from './index.js';
import { rawSeed, seedEntries } from '../../../test/support/seeds.js';

/** Every seed, read as saved, through tokens and names into this stage. */
function readAll(): Array<{ file: string; text: string; mentions: Mention[]; entities: Entity[] }> {
  return seedEntries().map(({ path, seed }) => {
    const { text } = rawSeed(seed);
    const sentences = splitSentences(text);
    const tokens = tokenize(text, sentences);
    return {
      file: path,
      text,
      ...resolveEntities({ text, sentences, tokens, names: tagNames(text, tokens, sentences) }),
    };
  });
}

const roles = (e: Entity | undefined): string[] =>
  (e?.roles ?? []).map((r) => `${r.title} | ${r.of ?? '-'} | ${r.country ?? '-'}`);

test('seeds: the people, roles, governments and countries the articles state', () => {
  const seeds = readAll();
  const people = seeds.flatMap((s) => s.entities.filter((e) => e.type === 'person'));
  const person = (name: string): Entity[] => people.filter((e) => e.name === name);

  assert.ok(person('Dmitry Peskov').some((e) => roles(e).includes('spokesperson | Kremlin | RUS')));
  assert.ok(person('Dmitry Peskov').every((e) => e.country === 'RUS'));
  assert.deepEqual(roles(person('Rustem Umerov')[0]), [
    "head | Ukraine's National Security and Defense Council | UKR",
  ]);
  const rubio = person('Marco Rubio');
  assert.ok(rubio.length >= 3);
  assert.ok(rubio.some((e) => e.roles.some((r) => r.title === 'Secretary of State' && r.country === 'USA')));

  for (const { file, mentions, entities } of seeds) {
    const kremlin = mentions.filter((m) => m.text === 'Kremlin');
    if (kremlin.length === 0) continue;
    const linked = kremlin.map((m) => entities.find((e) => e.id === m.entityId));
    assert.ok(
      linked.some(
        (e) => e?.stands === 'government' && e.country === 'RUS' && e.name === 'Government of Russia',
      ),
      `${file}: no "Kremlin" links to Russia's government`,
    );
  }
  const countries = new Set(
    seeds.flatMap((s) => s.entities.filter((e) => e.type === 'country').map((e) => e.country)),
  );
  for (const code of ['RUS', 'UKR', 'USA']) assert.ok(countries.has(code), code);
});

test('seeds: mentions have exact offsets, sentences, known entities; ids follow first mentions', () => {
  for (const { file, text, mentions, entities } of readAll()) {
    const ids = new Set(entities.map((e) => e.id));
    for (const m of mentions) {
      assert.equal(text.slice(m.start, m.end), m.text, file);
      assert.ok(ids.has(m.entityId), `${file}: ${m.text} → ${m.entityId}`);
      assert.ok(m.sentence >= 0);
    }
    const firstSeen = [...new Set(mentions.map((m) => m.entityId))];
    assert.deepEqual(
      firstSeen,
      entities.map((e) => e.id),
      file,
    );
    assert.deepEqual(
      entities.map((e) => e.id),
      entities.map((_, i) => `e${i + 1}`),
      file,
    );
  }
});
