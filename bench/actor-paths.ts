/**
 * Development aid for issue 13: whether the actors stored by the real ingest path (each article linked as it
 * arrives, its actor scope resolved again and written) equal those `connectAll` computes from every stored
 * reading. Ingests the dev RSS corpus once into a kept SQLite store (`--db`), then compares the two by
 * their members (ids aside) and prints each actor of either side that the other has not, same-named first.
 *
 *     node --import tsx bench/actor-paths.ts [--db /tmp/dossier-actor-paths.db] [--show N]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { ResolvedEntity } from '../src/core/connected.js';
import { connectAll, storedDossier } from '../src/service/connect.js';
import { ingest } from '../src/service/ingest.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { SHARED_BENCH } from './run-phase.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const db = option('--db', '/tmp/dossier-actor-paths.db');
const show = Number(option('--show', '20'));
const store = new SqliteStore(db);
if (!existsSync(`${db}.jsonl`)) {
  const manifest = `${db}.jsonl`;
  writeFileSync(manifest, gunzipSync(readFileSync(`${SHARED_BENCH}/corpora/rss-2025-05/articles.jsonl.gz`)));
  await ingest(store, [manifest], { sources: { allowPrivate: false, maxBytes: 20 << 20 } });
}
const stored = (await storedDossier(store, { readings: false })).entities;
const computed = (await connectAll(store)).entities;
const signature = (e: ResolvedEntity) => [...e.members].sort().join(' ');
const only = (a: readonly ResolvedEntity[], b: readonly ResolvedEntity[]) => {
  const other = new Set(b.map(signature));
  return a.filter((e) => !other.has(signature(e)));
};
const storedOnly = only(stored, computed);
const computedOnly = only(computed, stored);
console.log(
  `${stored.length} actors stored, ${computed.length} computed; ${storedOnly.length} stored only, ${computedOnly.length} computed only`,
);
// Why a computed actor is not stored: members the store files under no actor at all (never reached by
// the key lookup of a later linking), or members filed under other stored actors.
const filed = new Map(stored.flatMap((e) => e.members.map((m): [string, ResolvedEntity] => [m, e])));
const unfiled = (e: ResolvedEntity) => e.members.filter((m) => !filed.has(m)).length;
console.log(
  `computed only with members the store files under no actor: ${computedOnly.filter((e) => unfiled(e) > 0).length}`,
);
const byNameFirst = (list: ResolvedEntity[]) =>
  [...list].sort((a, b) => b.members.length - a.members.length || a.name.localeCompare(b.name));
for (const [label, list] of [
  ['stored only', storedOnly],
  ['computed only', computedOnly],
] as const) {
  console.log(`\n${label}:`);
  for (const e of byNameFirst(list).slice(0, show)) {
    const elsewhere = new Set(e.members.flatMap((m) => (filed.has(m) ? [filed.get(m)!.id] : [])));
    console.log(
      `  ${e.type} ${e.name} (${e.country ?? '-'}) ${e.members.length} members, ${unfiled(e)} under no stored actor, ${elsewhere.size} stored actors: ${e.members.slice(0, 4).join(' ')}`,
    );
  }
}
await store.close();
