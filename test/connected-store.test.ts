import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { ConnectedDossier } from '../src/service/connect.js';
import { connectAll, findActor, storedDossier } from '../src/service/connect.js';
import Database from 'better-sqlite3';
import { articleEventReports } from '../src/connect/events/reports.js';
import { sentenceKeys } from '../src/connect/furniture/index.js';
import { decideEntity } from '../src/service/connected.js';
import { rebuildConnected } from '../src/service/connected-rebuild.js';
import { ingest } from '../src/service/ingest.js';
import { relinkAll } from '../src/service/link.js';
import { CONNECTED_TABLES } from '../src/store/connected-tables.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { comparableRecords, freshStores } from './support/connected.js';
import { dropSchemas } from './support/postgres.js';
import { SEEDS_MANIFEST, SHARED } from './support/seeds.js';

/**
 * The connected records kept in the store (actors, merged events, series, discrepancies) against what
 * `connectAll` derives from every reading on the reference articles, on both stores; ids that stay as the
 * corpus grows; and incremental linking against a rebuild (`dossier relink`).
 */

/** One manifest per seed, with paths absolute, so seeds can be ingested one at a time. */
function seedManifests(dir: string): string[] {
  return readFileSync(SEEDS_MANIFEST, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const entry = JSON.parse(line) as { path: string; published: string };
      const file = join(dir, `seed-${i}.jsonl`);
      writeFileSync(file, `${JSON.stringify({ ...entry, path: join(SHARED, entry.path) })}\n`);
      return file;
    });
}

const options = { sources: { allowPrivate: false, maxBytes: 20 << 20 } };

const dir = mkdtempSync(join(tmpdir(), 'dossier-connected-'));
const schemas: string[] = [];
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas(schemas);
});

const stores = freshStores(dir, 'connected', schemas);

for (const [name, open] of stores) {
  describe(`connected records kept in the ${name} store`, () => {
    it('equal what connectAll derives on the reference articles, and a rebuild gives them again', async () => {
      const store = await open();
      try {
        await ingest(store, [SEEDS_MANIFEST], options);
        const stored = await storedDossier(store);
        assert.ok(stored.entities.length > 0 && stored.events.length > 0);
        assert.deepEqual(comparableRecords(stored), comparableRecords(await connectAll(store)));

        // What the seed checks find on the on-demand computation (src/connect/discrepancies/seeds.test.ts:
        // one actor per person however spelt, a role discrepancy, a series) is there in the stored records.
        const kinds = new Set(stored.discrepancies.map((d) => d.kind));
        assert.ok(kinds.has('role') && kinds.has('spelling'), [...kinds].join());
        assert.ok(stored.series.some((s) => s.points.length >= 2));
        assert.ok(stored.stories.some((s) => s.articleIds.length >= 2 && s.eventIds.length > 0));
        for (const e of stored.entities) assert.ok(findActor(stored, e.id));

        await relinkAll(store);
        assert.deepEqual(comparableRecords(await storedDossier(store)), comparableRecords(stored));
        // Relinking kept every read article's event reports, as its reading makes them.
        const ids = (await store.listArticles()).map((a) => a.id);
        const reads = await store.readArticles(ids);
        const kept = new Map((await store.eventReportsOf(ids)).map((k) => [k.articleId, k.reports]));
        assert.equal(kept.size, reads.length);
        for (const read of reads)
          assert.deepEqual(
            kept.get(read.article.id),
            JSON.parse(JSON.stringify(articleEventReports(read, sentenceKeys(read)))),
          );

        // A user's merge, then split, is applied to the stored actors at once, as connectAll applies it.
        const [first, second] = stored.entities.filter((e) => e.type === 'person');
        await decideEntity(store, { kind: 'merge', first: first!.id, second: second!.id });
        const merged = await storedDossier(store);
        assert.deepEqual(comparableRecords(merged), comparableRecords(await connectAll(store)));
        const joined = merged.entities.find((e) => e.members.includes(second!.members[0]!))!;
        assert.ok(joined.members.includes(first!.members[0]!));
        await decideEntity(store, { kind: 'split', first: joined.id, second: second!.members[0]! });
        assert.deepEqual(
          comparableRecords(await storedDossier(store)),
          comparableRecords(await connectAll(store)),
        );
      } finally {
        await store.close();
      }
    });

    it('keep their ids as related and unrelated articles arrive one by one', async () => {
      const store = await open();
      try {
        const manifests = seedManifests(mkdtempSync(join(dir, 'm-')));
        const seen = new Map<string, string>();
        const events = new Set<string>();
        for (const manifest of manifests) {
          await ingest(store, [manifest], options);
          const now = await storedDossier(store);
          // Every actor seen before is still there under its id, unless it was joined to an earlier one.
          for (const [id, firstMember] of seen) {
            const holder = now.memberOf.get(firstMember);
            assert.ok(holder, `member ${firstMember} lost`);
            const kept = now.entities.find((e) => e.id === holder)!;
            assert.ok(holder === id || kept.members.indexOf(firstMember) > 0, `actor ${id} changed id`);
          }
          for (const e of now.entities) if (!seen.has(e.id)) seen.set(e.id, e.members[0]!);
          for (const e of now.events) events.add(e.id);
          assert.deepEqual(comparableRecords(now), comparableRecords(await connectAll(store)));
        }
        const final = new Set((await storedDossier(store)).events.map((e) => e.id));
        const kept = [...events].filter((id) => final.has(id)).length;
        assert.ok(kept >= final.size * 0.8, `${kept} of ${final.size} events kept their ids`);
      } finally {
        await store.close();
      }
    });
  });
}

describe('connected records built in bulk', () => {
  it('equal those kept article by article (the bulk path the benches build stores with)', async () => {
    const file = join(dir, 'bulk.db');
    const store = new SqliteStore(file);
    try {
      await ingest(store, [SEEDS_MANIFEST], options);
      const incremental = comparableRecords(await storedDossier(store));
      const db = new Database(file);
      for (const table of CONNECTED_TABLES) db.exec(`DELETE FROM ${table}`);
      db.close();
      assert.equal((await storedDossier(store)).entities.length, 0);
      await rebuildConnected(store);
      assert.deepEqual(comparableRecords(await storedDossier(store)), incremental);
    } finally {
      await store.close();
    }
  });
});

describe('connected records with an actor named in many articles', () => {
  it('grow the large actor rather than resolving it again, and still file every member once', async () => {
    const store = new SqliteStore(join(dir, 'many.db'));
    try {
      const cities = ['Kyiv', 'Lviv', 'Odesa', 'Kharkiv', 'Dnipro', 'Warsaw', 'Berlin', 'Paris'];
      const lines = Array.from({ length: 60 }, (_, i) => {
        const day = String((i % 28) + 1).padStart(2, '0');
        const city = cities[i % cities.length]!;
        const text =
          `Ukraine said on Monday that talks with Poland would resume in ${city} next week. ` +
          `Officials from Ukraine and Poland met ${i + 2} times this year, the ministry in ${city} said. ` +
          `Report ${i} of the series on regional talks, filed from ${city}.`;
        return JSON.stringify({ title: `Talks ${i} in ${city}`, text, published: `2025-03-${day}` });
      });
      const manifest = join(dir, 'many.jsonl');
      writeFileSync(manifest, `${lines.join('\n')}\n`);
      const halfway = join(dir, 'many-first.jsonl');
      writeFileSync(halfway, `${lines.slice(0, 55).join('\n')}\n`);
      await ingest(store, [halfway], options);
      const before = await storedDossier(store);
      await ingest(store, [manifest], options);
      const after = await storedDossier(store);
      const reference = await connectAll(store);
      const filed = after.entities.flatMap((e) => e.members);
      assert.equal(new Set(filed).size, filed.length, 'a member filed under two actors');
      assert.deepEqual(comparableRecords(after).memberOf, comparableRecords(reference).memberOf);
      const large = after.entities.filter((e) => new Set(e.members.map((m) => m.split('/')[0])).size > 50);
      assert.ok(large.length > 0, 'no actor named in more than 50 articles');
      for (const e of before.entities)
        assert.ok(
          after.entities.some((a) => a.id === e.id),
          e.name,
        );
    } finally {
      await store.close();
    }
  });

  it('takes back from a large actor the keys of an article read again, which may now name another entity', async () => {
    const store = new SqliteStore(join(dir, 'renumbered.db'));
    try {
      const item = (i: number, text: string) =>
        JSON.stringify({
          url: `https://news.example/talks-${i}`,
          title: `Talks ${i}`,
          text,
          published: '2025-03-10',
        });
      const cities = ['Kyiv', 'Lviv', 'Odesa', 'Kharkiv', 'Dnipro', 'Warsaw', 'Berlin', 'Paris'];
      const lines = Array.from({ length: 30 }, (_, i) => {
        const city = cities[i % cities.length]!;
        return item(
          i,
          `Ukraine said on Monday that talks with Poland would resume in ${city} next week. ` +
            `Officials from Ukraine and Poland met ${i + 2} times this year, the ministry in ${city} said.`,
        );
      });
      const manifest = join(dir, 'renumbered.jsonl');
      writeFileSync(manifest, `${lines.join('\n')}\n`);
      await ingest(store, [manifest], options);
      // The same page revised: its first entity is now Brazil, so the key that named Ukraine names Brazil.
      const revised = join(dir, 'renumbered-revised.jsonl');
      const text =
        'Brazil offered on Tuesday to host the talks. Ukraine said the talks would resume next week.';
      writeFileSync(revised, `${item(0, text)}\n`);
      await ingest(store, [revised], options);
      const after = await storedDossier(store);
      const ukraine = after.entities.find((e) => e.name === 'Ukraine')!;
      assert.deepEqual(ukraine.aliases, ['Ukraine']);
      assert.deepEqual(
        after.entities.filter((e) => e.name === 'Brazil').map((e) => e.aliases),
        [['Brazil']],
      );
      // The actors keep their ids as linked; who is one actor is what resolving everything again gives.
      const groups = (d: ConnectedDossier) => d.entities.map((e) => [...e.members].sort().join(' ')).sort();
      assert.deepEqual(groups(after), groups(await connectAll(store)));
    } finally {
      await store.close();
    }
  });
});

describe('connected records of a large actor whose article is read again', () => {
  for (const [name, open] of stores)
    it(`drop the members that article no longer names, record and rows (${name})`, async () => {
      const store = await open();
      try {
        const item = (i: number, text: string) =>
          JSON.stringify({
            url: `https://news.example/summit-${i}`,
            title: `Summit ${i}`,
            text,
            published: '2025-04-02',
          });
        const ports = ['Gdansk', 'Riga', 'Tallinn', 'Klaipeda', 'Rostock', 'Turku'];
        const lines = Array.from({ length: 26 }, (_, i) => {
          const port = ports[i % ports.length]!;
          return item(
            i,
            `Estonia said on Wednesday that ferry talks with Finland would open in ${port} next month. ` +
              `Envoys of Estonia and Finland have met ${i + 3} times since the winter, officials in ${port} said.`,
          );
        });
        const manifest = join(dir, `summit-${name}.jsonl`);
        writeFileSync(manifest, `${lines.join('\n')}\n`);
        await ingest(store, [manifest], options);
        const first = (await storedDossier(store)).entities.find((e) => e.name === 'Estonia')!;
        const article = first.members[0]!.split('/')[0]!;
        // The first page revised to name one country where it named two and a port: its second and
        // third entities are gone, and its first is now Norway.
        const revised = join(dir, `summit-revised-${name}.jsonl`);
        const text = 'Norway offered on Thursday to chair the ferry talks when they open next month.';
        writeFileSync(revised, `${item(0, text)}\n`);
        await ingest(store, [revised], options);
        const after = await storedDossier(store);
        const reference = await connectAll(store);
        const filed = (d: ConnectedDossier) =>
          d.entities.flatMap((e) => e.members.filter((m) => m.startsWith(`${article}/`))).sort();
        // The large actors (Estonia, Finland) keep no member of the article but Norway's entity.
        assert.deepEqual(filed(after), filed(reference));
        assert.deepEqual(filed(after).length, 1);
        // Nor do their member rows: the store files under an actor only the members its record holds.
        const rows = await store.membersOfArticles([article]);
        assert.deepEqual(
          Object.entries(rows).sort(),
          after.entities
            .flatMap((e) => e.members.filter((m) => m.startsWith(`${article}/`)).map((m) => [m, e.id]))
            .sort(),
        );
      } finally {
        await store.close();
      }
    });
});

/**
 * Jobs bulletins (written for the test): two a day, most agreeing, every fourth giving another value, about
 * one in three with another wording of the subject (the measure's subject is the most common).
 */
function bulletins(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String(Math.floor(i / 2) + 1).padStart(2, '0');
    const rate = i % 4 === 3 ? 8.4 : [7.5, 7.8, 8.1][Math.floor(i / 2) % 3];
    const qualifier = i % 5 === 4 ? 'about ' : '';
    const subject = i % 3 === 1 ? 'The unemployment rate of Ukraine' : "Ukraine's unemployment rate";
    const text =
      `${subject} stands at ${qualifier}${rate}%, the statistics office in Kyiv said on Tuesday. ` +
      `The office publishes the figure every week; this is bulletin ${i + 1} of the year.`;
    return JSON.stringify({ title: `Jobs bulletin ${i + 1}`, text, published: `2025-03-${day}` });
  });
}

const BULLETINS = 28;

for (const [name, open] of stores) {
  describe(`connected records with a measure given in many articles (${name})`, () => {
    it('keep the measure and add each article to it, as measuring all of them gives', async () => {
      const store = await open();
      try {
        const lines = bulletins(BULLETINS);
        const first = join(dir, `bulletins-${name}.jsonl`);
        writeFileSync(first, `${lines.slice(0, 3).join('\n')}\n`);
        await ingest(store, [first], options);
        const [rate] = (await storedDossier(store)).series;
        assert.ok(rate, 'no series of the unemployment rate');
        assert.equal((await store.keptMeasures([rate.id])).length, 1, 'the measure is not kept');
        for (const [i, line] of lines.slice(3).entries()) {
          const one = join(dir, `bulletin-${name}-${i}.jsonl`);
          writeFileSync(one, `${line}\n`);
          await ingest(store, [one], options);
          const stored = comparableRecords(await storedDossier(store));
          const reference = comparableRecords(await connectAll(store));
          assert.deepEqual(stored.series, reference.series);
          assert.deepEqual(stored.discrepancies, reference.discrepancies);
        }
        const [kept] = await store.keptMeasures([rate.id]);
        assert.equal(new Set(kept!.points.flatMap((p) => p.sources)).size, BULLETINS);
        const figures = (await storedDossier(store)).discrepancies.filter((d) => d.kind === 'figure');
        assert.ok(figures.length > 0, 'no figure discrepancy');
      } finally {
        await store.close();
      }
    });
  });
}
