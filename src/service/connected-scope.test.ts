import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ResolvedEntity } from '../core/connected.js';
import { HUB_SAMPLE, SCOPE_ARTICLES, scopeSample } from './connected-scope.js';

/** An actor named once in each of `articles` (article ids `<prefix><n>`). */
const actor = (id: string, prefix: string, articles: number): ResolvedEntity => ({
  id,
  name: id,
  type: 'person',
  country: null,
  stands: null,
  aliases: [id],
  roles: [],
  members: Array.from({ length: articles }, (_, n) => `${prefix}${n}/e1`),
  mentionCount: articles,
});

test('an actor scope within its bound takes every actor whole, a large one by its earliest articles', () => {
  const { target, sampled } = scopeSample([actor('ent_a', 'a', 5), actor('ent_b', 'b', 30)]);
  assert.deepEqual([...sampled], ['ent_b']);
  assert.equal(target.size, 5 + HUB_SAMPLE);
  assert.ok(target.has('b9/e1') && !target.has('b10/e1'));
});

test('an actor scope past its bound takes articles round-robin and samples the actors not taken whole', () => {
  // 20 actors of 15 articles each: 300 articles, past the bound.
  const actors = Array.from({ length: 20 }, (_, i) =>
    actor(`ent_${String(i).padStart(2, '0')}`, `x${i}-`, 15),
  );
  const { target, sampled } = scopeSample(actors);
  assert.equal(target.size, SCOPE_ARTICLES);
  // Every actor keeps its earliest articles, the same number each (ties broken by id).
  for (const [i, a] of actors.entries())
    assert.ok(target.has(`x${i}-0/e1`) && target.has(`x${i}-5/e1`), a.id);
  assert.equal(sampled.size, 20);
  const small = [actor('ent_small', 's', 1), ...actors];
  assert.ok(!scopeSample(small).sampled.has('ent_small'), 'an actor that fits whole is resolved whole');
});
