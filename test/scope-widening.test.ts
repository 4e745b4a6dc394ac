import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { ResolvedEntity } from '../src/core/connected.js';
import { connectAll, storedDossier } from '../src/service/connect.js';
import { reconnect } from '../src/service/connected.js';
import { ingest } from '../src/service/ingest.js';
import type { Store } from '../src/store/store.js';
import { freshStores } from './support/connected.js';
import { dropSchemas } from './support/postgres.js';

/**
 * Issue 13: an actor scope is widened round after round to the stored actors its resolved groups reach
 * outside it, at most a few times. An actor the last widening brings in is never resolved in that scope: it
 * must be kept as it is, not replaced with what the scope's groups hold of it (nothing, or the few members
 * one linking read: the dev corpus's United States was written again with 41 of its 263 members).
 *
 * A corpus long enough to reach outside its scope on every round is long to write; the store's widening
 * lookup (`actorsOfMembers`) is made to find one more stored actor each time it is asked instead, as such a
 * corpus would, so the last round brings in an actor the scope never resolves.
 */

const ARTICLES = [
  ['Library to close', 'The Corvane Institute said on Monday it would close its library in Tessaly.'],
  ['Grant for farmers', 'The Halden Fund announced on Tuesday a grant for farmers near Tessaly.'],
  ['Port dispute', 'The Brannock Shipping Company said on Wednesday it would appeal the port ruling.'],
  ['Museum opens', 'The Ostrel Museum opened a new wing on Thursday, its director said.'],
  ['Rail plan', 'The Vessmark Rail Board approved on Friday a plan for a line to the coast.'],
  ['A new school', 'The Pellworth Trust said on Saturday it would build a school in Tessaly.'],
] as const;

const options = { sources: { allowPrivate: false, maxBytes: 1 << 20 } };
const dir = mkdtempSync(join(tmpdir(), 'dossier-scope-widening-'));
const schemas: string[] = [];
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas(schemas);
});

async function ingestAll(store: Store): Promise<void> {
  const manifest = join(dir, `${Math.random().toString(36).slice(2)}.jsonl`);
  const line = ([title, text]: (typeof ARTICLES)[number], i: number) =>
    `${JSON.stringify({ title, text, published: `2025-05-0${i + 1}T10:00:00Z` })}\n`;
  writeFileSync(manifest, ARTICLES.map(line).join(''));
  await ingest(store, [manifest], options);
}

/** `store` whose widening lookup also finds, each time it is asked, the next of `extra` (one per round). */
function wideningFurther(store: Store, extra: ResolvedEntity[]): Store {
  let asked = 0;
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'actorsOfMembers')
        return async (members: string[]) => [
          ...(await target.actorsOfMembers(members)),
          ...extra.slice(asked, ++asked),
        ];
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const signatures = (actors: readonly ResolvedEntity[]) =>
  actors.map((a) => `${a.name}: ${[...a.members].sort().join(' ')}`).sort();

for (const [name, open] of freshStores(dir, 'scopewidening', schemas)) {
  describe(`an actor scope widened to its bound in the ${name} store`, () => {
    it('keeps the actor its last widening brought in, as connectAll has it', async () => {
      const store = await open();
      try {
        await ingestAll(store);
        const before = await storedDossier(store);
        assert.deepEqual(signatures(before.entities), signatures((await connectAll(store)).entities));
        const seed = before.articles.find((r) => r.article.title === 'A new school')!.article.id;
        // Actors the seed's scope would not reach: the widening lookup brings one in per round.
        const others = before.entities.filter((a) => a.members.every((m) => !m.startsWith(`${seed}/`)));
        assert.ok(others.length >= 4, `${others.length} actors besides the seed's`);
        await store.transaction((tx) => reconnect(wideningFurther(tx, others), [seed]));
        const stored = (await storedDossier(store, { readings: false })).entities;
        assert.deepEqual(signatures(stored), signatures(before.entities));
        assert.deepEqual(signatures(stored), signatures((await connectAll(store)).entities));
      } finally {
        await store.close();
      }
    });
  });
}
