import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ResolvedEntity } from '../core/connected.js';
import { HUB_ARTICLES, HUB_SAMPLE, SCOPE_ARTICLES, scopeArticles, scopeSample } from './connected-scope.js';
import { articleOf } from './scope-readings.js';

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

test('an actor scope never reads past its bound, however many actors share the keys, first come first', () => {
  // 200 actors of 2 articles each: every one's first article alone would be 200 articles.
  const actors = Array.from({ length: 200 }, (_, i) =>
    actor(`ent_${String(i).padStart(3, '0')}`, `y${i}-`, 2),
  );
  const { target, sampled } = scopeSample(actors);
  assert.equal(target.size, SCOPE_ARTICLES);
  assert.ok(target.has('y0-0/e1') && target.has(`y${SCOPE_ARTICLES - 1}-0/e1`));
  assert.ok(!target.has(`y${SCOPE_ARTICLES}-0/e1`) && !target.has('y0-1/e1'));
  assert.equal(sampled.size, 200);
  // The order given is the priority: the last actor given first is taken first.
  const reversed = scopeSample([...actors].reverse());
  assert.ok(reversed.target.has('y199-0/e1') && !reversed.target.has('y0-0/e1'));
});

test('an actor read in part is sampled unless its members read are all it has', () => {
  // A large actor read in part: its members of 25 articles, of more elsewhere; taken with a small one.
  const part = actor('ent_part', 'p', 25);
  const firsts = [part.members.slice(0, HUB_ARTICLES + 1).map(articleOf), ['s0']];
  const small = actor('ent_s', 's', 1);
  const taken = scopeArticles(firsts);
  assert.equal(taken.size, HUB_SAMPLE + 1);
  const partly = scopeSample([part, small], taken, (a) => a.id !== part.id);
  assert.deepEqual([...partly.sampled], ['ent_part']);
  assert.equal(partly.target.size, HUB_SAMPLE + 1);
  // The same members as its whole list: sampled as well (more articles than the sample takes).
  assert.deepEqual([...scopeSample([part, small], taken).sampled], ['ent_part']);
});
