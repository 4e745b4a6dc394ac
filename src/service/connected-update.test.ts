import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ResolvedEntity, ResolvedRole } from '../core/connected.js';
import { actorRows } from './connected-update.js';

const role = (title: string, date: string, articleId: string): ResolvedRole => ({
  title,
  of: null,
  country: null,
  date,
  evidence: { articleId, sentence: `The ${title} spoke.`, start: 4, end: 4 + title.length },
});
const actor = (members: string[], roles: ResolvedRole[]): ResolvedEntity => ({
  id: 'ent_hub',
  name: 'Ana Lind',
  type: 'person',
  country: null,
  stands: null,
  aliases: ['Ana Lind'],
  roles,
  members,
  mentionCount: members.length,
});
const keysOf = (members: readonly string[]) => members.map((m) => `key:${m}`);

const minister = role('minister', '2025-01-01', 'a');
const envoy = role('envoy', '2025-03-01', 'c');

test('a new or rewritten actor files every member and role, and the keys of all its members', () => {
  const entity = actor(['a/e1', 'b/e2'], [minister, envoy]);
  assert.deepEqual(actorRows(entity, undefined, keysOf), {
    entity,
    keys: ['key:a/e1', 'key:b/e2'],
    members: ['a/e1', 'b/e2'],
    roles: [minister, envoy],
  });
});

test('a large actor that grew files the members after the run it kept in order, and the roles it gained', () => {
  const hub = actor(['a/e1', 'b/e1', 'c/e1'], [minister, envoy]);
  // Its member of b held again after the others (as `withHubs` lists such a member), one of d new, and a
  // role dated between its two (a copy of one it had counts as that one).
  const adviser = role('adviser', '2025-02-01', 'd');
  const grown = actor(['a/e1', 'c/e1', 'b/e1', 'd/e1'], [{ ...minister }, adviser, envoy]);
  assert.deepEqual(actorRows(grown, hub, keysOf), {
    entity: grown,
    keys: ['key:d/e1'],
    members: ['b/e1', 'd/e1'],
    roles: [adviser],
  });
});

test('a large actor read in part files what its whole list would: a member held again stays only past the last kept', () => {
  // Stored: a/e1 (0), b/e1 (1), x/e1 (2, in an article not read). Read: a and b; b dropped, then held again.
  const place = new Map([
    ['a/e1', 0],
    ['b/e1', 1],
  ]);
  const hub = actor(['a/e1', 'b/e1'], [minister]);
  const grown = actor(['a/e1', 'b/e1', 'd/e1'], [minister]);
  const dropped = new Set(['b/e1']);
  // Its whole list kept a and x: b (1) comes after x (2) and is filed again after them, though the members
  // read alone (a, b) are in order.
  assert.deepEqual(actorRows(grown, hub, keysOf, { place, dropped, lastKept: 2 }).members, ['b/e1', 'd/e1']);
  // Had x come before b, b would stay in place.
  const before = new Map([...place, ['b/e1', 3]]);
  assert.deepEqual(actorRows(grown, hub, keysOf, { place: before, dropped, lastKept: 2 }).members, ['d/e1']);
});
