import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { rebuildConnected } from '../src/service/connected-rebuild.js';
import { ingest } from '../src/service/ingest.js';
import { LARGE_ACTOR } from '../src/service/scope-actors.js';
import { SqliteStore } from '../src/store/sqlite/index.js';

/**
 * A large actor's title discrepancies kept as it grows, its roles read around its new ones only
 * (`service/hub-roles.ts`): what a rebuild (`dossier relink`) makes of every role.
 */

const dir = mkdtempSync(join(tmpdir(), 'dossier-large-roles-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const options = { sources: { allowPrivate: false, maxBytes: 20 << 20 } };
const cities = ['Gdansk', 'Krakow', 'Poznan', 'Lodz', 'Wroclaw', 'Lublin', 'Szczecin', 'Torun'];

/** Article `i`, giving the minister the title `title`, on a day of 2025 (one every two days). */
function article(i: number, title: string): string {
  const day = new Date(Date.UTC(2025, 0, 1) + i * 2 * 86_400_000).toISOString().slice(0, 10);
  const city = cities[i % cities.length]!;
  const text =
    `Poland's ${title} Jan Kowalczyk said on Monday that the port talks would resume in ${city}. ` +
    `The harbour board met ${i + 2} times this year, according to a statement issued in ${city}.`;
  return JSON.stringify({ title: `Port talks ${i} in ${city}`, text, published: day });
}

const roleDiscrepancies = async (store: SqliteStore) =>
  (await store.listDiscrepancies()).filter((d) => d.kind === 'role');

test('a large actor gaining roles: its title discrepancies are those a rebuild makes of all its roles', async () => {
  const store = new SqliteStore(join(dir, 'roles.db'));
  try {
    const first = join(dir, 'first.jsonl');
    const count = LARGE_ACTOR + 5;
    writeFileSync(
      first,
      `${Array.from({ length: count }, (_, i) => article(i, 'Prime Minister')).join('\n')}\n`,
    );
    await ingest(store, [first], options);
    const [minister] = (await store.listActors()).filter((a) => a.name === 'Jan Kowalczyk');
    assert.ok(minister && minister.members.length > LARGE_ACTOR, 'the minister is not a large actor');
    assert.deepEqual(await roleDiscrepancies(store), []);
    // Another title within the window of the last ones, then one far from every other (a period of its own).
    for (const [i, title] of [
      [count, 'Foreign Minister'],
      [count + 1, 'Prime Minister'],
      [count + 60, 'Foreign Minister'],
    ] as const) {
      const file = join(dir, `more-${i}.jsonl`);
      writeFileSync(file, `${article(i, title)}\n`);
      await ingest(store, [file], options);
    }
    const grown = await roleDiscrepancies(store);
    assert.deepEqual(
      grown.map((d) => [d.subject, d.variants.map((v) => v.value).sort()]),
      [["Jan Kowalczyk's title in 2025-01", ['Foreign Minister', 'Prime Minister']]],
    );
    await rebuildConnected(store);
    assert.deepEqual(await roleDiscrepancies(store), grown);
  } finally {
    await store.close();
  }
});
