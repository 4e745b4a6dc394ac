import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roleDiscrepancies } from '../connect/discrepancies/roles.js';
import type { ResolvedEntity, ResolvedRole } from '../core/connected.js';
import type { DaySpan, PlacedRole, RoleArticle } from '../core/ports.js';
import type { Store } from '../store/store.js';
import { hubRoles } from './hub-roles.js';

const role = (title: string, date: string | null, article: string): ResolvedRole => ({
  title,
  of: null,
  country: 'FR',
  date,
  evidence: { articleId: article, sentence: `The ${title} spoke.`, start: 0, end: 10 },
});

/** The actor's stored roles, in place order, answered as the store answers; each day span asked is kept. */
function storeOf(roles: ResolvedRole[]): { store: Store; asked: DaySpan[][] } {
  const asked: DaySpan[][] = [];
  const placed = (keep: (r: ResolvedRole) => boolean): Promise<PlacedRole[]> =>
    Promise.resolve(roles.map((r, place) => ({ role: r, place })).filter(({ role: r }) => keep(r)));
  const actorRolesIn = (_id: string, articles: RoleArticle[]) =>
    placed((r) => articles.some((a) => a.articleId === r.evidence.articleId && a.day === r.date));
  const actorRolesOn = (_id: string, days: DaySpan[], country: string, countryless: boolean) => {
    asked.push(days);
    return placed(
      (r) =>
        r.date !== null &&
        days.some((d) => r.date! >= d.from && r.date! <= d.to) &&
        (r.country === country || (countryless && r.country === null)),
    );
  };
  return { store: { actorRolesIn, actorRolesOn } as unknown as Store, asked };
}

const stored = [
  role('Minister', '2025-01-01', 'a1'),
  role('Senator', '2025-01-20', 'a2'),
  role('Minister', '2025-06-01', 'a3'),
  role('Governor', '2025-06-10', 'a4'),
  role('Governor', null, 'a6'),
];
const hub: ResolvedEntity = {
  id: 'ent_hub',
  name: 'Hub',
  type: 'person',
  country: 'FR',
  stands: null,
  aliases: ['Hub'],
  roles: [],
  members: [],
  mentionCount: 100,
};

test("a large actor's new role: the roles chained to it read, its period's discrepancy made again", async () => {
  const { store, asked } = storeOf(stored);
  const gained = [role('Governor', '2025-02-15', 'a5')];
  const found = await hubRoles(store, hub, { ...hub, roles: gained });
  // 2025-02-15 reaches 2025-01-20 (26 days), which reaches 2025-01-01, which reaches nothing more; June is
  // 106 days on. Each day asked once.
  assert.deepEqual(
    found.before.roles.map((r) => r.evidence.articleId),
    ['a1', 'a2'],
  );
  assert.deepEqual(
    found.after.roles.map((r) => r.evidence.articleId),
    ['a1', 'a2', 'a5'],
  );
  assert.deepEqual(asked, [
    [{ from: '2025-01-15', to: '2025-03-18' }],
    [{ from: '2024-12-20', to: '2025-01-14' }],
    [{ from: '2024-12-01', to: '2024-12-19' }],
  ]);
  assert.deepEqual(
    found.removed.map((d) => [d.subject, d.variants.map((v) => v.value)]),
    [["Hub's title in 2025-01", ['Minister', 'Senator']]],
  );
  assert.deepEqual(
    found.found.map((d) => [d.subject, d.variants.map((v) => v.value)]),
    [["Hub's title in 2025-01", ['Minister', 'Senator', 'Governor']]],
  );
  // The actor's discrepancies, those of other days kept: what reading every role gives.
  const whole = roleDiscrepancies([{ ...hub, roles: stored }]);
  const removed = new Set(found.removed.map((d) => d.id));
  assert.deepEqual(
    [...whole.filter((d) => !removed.has(d.id)), ...found.found].map((d) => d.id).sort(),
    roleDiscrepancies([{ ...hub, roles: [...stored, ...gained] }])
      .map((d) => d.id)
      .sort(),
  );
});

test("a large actor's new role far from its others: none read, no discrepancy changed", async () => {
  const { store } = storeOf(stored);
  const found = await hubRoles(store, hub, { ...hub, roles: [role('Minister', '2025-04-01', 'a7')] });
  assert.deepEqual(found.before.roles, []);
  assert.deepEqual([found.removed, found.found], [[], []]);
});

test("a large actor's new undated role: the undated ones of its article read, to add it once", async () => {
  const { store } = storeOf(stored);
  const found = await hubRoles(store, hub, { ...hub, roles: [role('Governor', null, 'a6')] });
  assert.deepEqual(found.before.roles, [stored[4]]);
  assert.deepEqual([found.removed, found.found], [[], []]);
});

test("a large actor's new role claiming no title (no country, or said in the past): no period walked", async () => {
  const { store, asked } = storeOf(stored);
  const countryless = { ...hub, country: null };
  const noCountry = { ...role('Governor', '2025-01-25', 'a8'), country: null };
  const past = { ...role('Governor', '2025-01-26', 'a9'), evidence: { ...role('x', null, 'a9').evidence } };
  past.evidence.sentence = 'The former Governor spoke.';
  const found = await hubRoles(store, countryless, { ...countryless, roles: [noCountry] });
  const foundPast = await hubRoles(store, hub, { ...hub, roles: [past] });
  assert.deepEqual(asked, []);
  assert.deepEqual([found.removed, found.found, foundPast.removed, foundPast.found], [[], [], [], []]);
});

test("a large actor's new role of another country: only that country's roles walked", async () => {
  const { store, asked } = storeOf([...stored, { ...role('Senator', '2025-01-18', 'b1'), country: 'DE' }]);
  const found = await hubRoles(store, hub, {
    ...hub,
    roles: [{ ...role('Minister', '2025-01-19', 'b2'), country: 'DE' }],
  });
  assert.deepEqual(
    found.before.roles.map((r) => r.evidence.articleId),
    ['b1'],
  );
  assert.equal(asked.length, 2);
  assert.deepEqual(
    found.found.map((d) => [d.subject, d.variants.map((v) => v.value)]),
    [["Hub's title in 2025-01", ['Senator', 'Minister']]],
  );
  assert.deepEqual(found.removed, []);
});
