import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReadArticle } from '../../core/connected.js';
import { memberKey, resolveAcrossArticles } from './index.js';
import { linkedMembers, MemberReach } from './keys.js';
import { readArticle } from './read-article-fixture.js';

/** Articles written for the test: one person named in full, then by surname, beside unrelated names. */
const reads = [
  readArticle({
    id: 'k1',
    text: 'Talia Brennan, the mayor of Dunmore, met Marcus Oyelaran in Lisbon on Monday. Brennan said the talks went well.',
    published: '2025-03-03',
  }),
  readArticle({
    id: 'k2',
    text: 'Brennan told reporters in Dunmore on Tuesday that the harbour would reopen. Marcus Oyelaran did not comment.',
    published: '2025-03-04',
  }),
  readArticle({
    id: 'k3',
    text: 'Gerry Fenwick opened the festival in Galway on Friday. Gerry thanked the volunteers, the organisers said.',
    published: '2025-03-07',
  }),
];

const keyOf = (read: ReadArticle, name: string) => {
  const entity = read.reading.entities.find((e) => e.name === name);
  assert.ok(entity, `${name} in ${read.article.id}: ${read.reading.entities.map((e) => e.name).join(', ')}`);
  return memberKey(read.article.id, entity.id);
};
const names = (members: Set<string>) =>
  reads
    .flatMap((r) => r.reading.entities.filter((e) => members.has(memberKey(r.article.id, e.id))))
    .map((e) => e.name)
    .sort();

test('the members a name reaches through shared keys, and not the other names of the articles', () => {
  const reached = linkedMembers(reads, [keyOf(reads[0]!, 'Talia Brennan')]);
  assert.ok(reached.has(keyOf(reads[1]!, 'Brennan')), names(reached).join(', '));
  assert.ok(!reached.has(keyOf(reads[0]!, 'Marcus Oyelaran')));
  assert.ok(!reached.has(keyOf(reads[1]!, 'Marcus Oyelaran')));
  assert.ok(!reached.has(keyOf(reads[2]!, 'Gerry Fenwick')));
  // A given name alone reaches the person its article names in full by it, though they share no blocking key.
  assert.ok(linkedMembers(reads, [keyOf(reads[2]!, 'Gerry')]).has(keyOf(reads[2]!, 'Gerry Fenwick')));
  // A member of no article read reaches nothing.
  assert.equal(linkedMembers(reads, ['k9/e1']).size, 0);
});

test('resolving only the reached members gives the groups holding the start as resolving every member', () => {
  const start = [keyOf(reads[0]!, 'Talia Brennan'), keyOf(reads[2]!, 'Gerry')];
  const only = linkedMembers(reads, start);
  const groupsOf = (entities: ReturnType<typeof resolveAcrossArticles>['entities']) =>
    entities
      .filter((e) => e.members.some((m) => start.includes(m)))
      .map((e) => `${e.id} ${e.name} ${[...e.members].sort().join(' ')}`)
      .sort();
  const all = resolveAcrossArticles(reads).entities;
  const some = resolveAcrossArticles(reads, undefined, {}, only).entities;
  assert.deepEqual(groupsOf(some), groupsOf(all));
  const brennan = all.find((e) => e.members.includes(start[0]!))!;
  assert.ok(brennan.members.includes(keyOf(reads[1]!, 'Brennan')), brennan.members.join(' '));
  assert.ok(some.length < all.length);
});

test('asked again of a set of articles that grows and shrinks, the members reached are those of the set', () => {
  const reach = new MemberReach();
  const start = [keyOf(reads[0]!, 'Talia Brennan')];
  // The first article alone: Brennan's second article is not read, so nothing of it is reached.
  assert.deepEqual(
    [...reach.linked([reads[0]!], start)].sort(),
    [...linkedMembers([reads[0]!], start)].sort(),
  );
  assert.ok(!reach.linked([reads[0]!], start).has(keyOf(reads[1]!, 'Brennan')));
  // All three, then the first and third only: each answer is the one-off answer for that set.
  for (const set of [reads, [reads[0]!, reads[2]!], [reads[1]!]]) {
    const from = [...start, keyOf(reads[1]!, 'Marcus Oyelaran')];
    assert.deepEqual([...reach.linked(set, from)].sort(), [...linkedMembers(set, from)].sort());
  }
  assert.ok(reach.linked(reads, start).has(keyOf(reads[1]!, 'Brennan')));
  assert.ok(!reach.linked([reads[0]!, reads[2]!], start).has(keyOf(reads[1]!, 'Brennan')));
});
