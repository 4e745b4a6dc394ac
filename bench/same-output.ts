/**
 * What a store gives its users, written to a folder so that two builds' stores of the same input can be
 * compared with `diff -r` (a change meant to leave the output alone: the actor scope read in part, the
 * actors' rows). Every table's rows (SQLite), `listActors`/`listEvents`/`listSeries`/`listDiscrepancies`,
 * and the API's answers (actors pages and every actor's profile, events, quotes, figures, stories and
 * each story, timeline, discrepancies, series, network, brief, figures), with the times a run stamps set
 * aside. Exports are made by each build's own CLI beside this.
 *
 *   node dist/bench/same-output.js <store.db> <folder>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createApp } from '../src/api/app.js';
import { openStore } from '../src/service/open-store.js';

const [location, folder] = process.argv.slice(2);
if (!location || !folder) throw new Error('usage: same-output <store.db> <folder>');
mkdirSync(join(folder, 'tables'), { recursive: true });
mkdirSync(join(folder, 'api'), { recursive: true });

/** Columns and keys a run stamps with its clock (or that say how long it took). */
const STAMPED =
  /(^|_)(at|time|ms|seconds|duration)$|At$|^(ingested|fetched|created|updated|started|finished)/;
const unstamped = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(unstamped)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([k]) => !STAMPED.test(k))
            .map(([k, v]) => [k, unstamped(v)]),
        )
      : value;
const write = (file: string, value: unknown) =>
  writeFileSync(join(folder, file), `${JSON.stringify(unstamped(value), null, 1)}\n`);

const db = new Database(location, { readonly: true });
const tables = db
  .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
  .all() as Array<{ name: string }>;
for (const { name } of tables) {
  const rows = (db.prepare(`SELECT * FROM "${name}"`).raw(false).all() as Array<Record<string, unknown>>)
    .map((row) =>
      JSON.stringify(
        unstamped(
          Object.fromEntries(
            Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('base64') : v]),
          ),
        ),
      ),
    )
    .sort();
  writeFileSync(join(folder, 'tables', `${name}.jsonl`), rows.map((r) => `${r}\n`).join(''));
}
db.close();

const store = await openStore(location);
write('actors.json', await store.listActors());
write('events.json', await store.listEvents());
write('series.json', await store.listSeries());
write('discrepancies.json', await store.listDiscrepancies());

const app = createApp({ store });
const get = async (path: string): Promise<unknown> => {
  const response = await app.request(path);
  const json = response.headers.get('content-type')?.includes('json');
  return {
    status: response.status,
    body: json ? ((await response.json()) as unknown) : await response.text(),
  };
};
/** Every page of a paged list (100 a page), with and without the less certain records where it has them. */
const pages = async (path: string): Promise<unknown[]> => {
  const all: unknown[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = (await get(`${path}${path.includes('?') ? '&' : '?'}limit=100&offset=${offset}`)) as {
      body: { items?: unknown[]; total?: number };
    };
    all.push(page);
    if (!page.body.items || offset + 100 >= (page.body.total ?? 0)) break;
  }
  return all;
};
const actors = (await pages('/api/entities')) as Array<{ body: { items: Array<{ id: string }> } }>;
write('api/entities.json', actors);
const profiles: unknown[] = [];
for (const a of actors.flatMap((p) => p.body.items)) profiles.push(await get(`/api/actors/${a.id}`));
write('api/actor-profiles.json', profiles);
for (const path of ['/api/events', '/api/quotes', '/api/figures', '/api/series', '/api/discrepancies'])
  for (const all of ['', '?all=true'])
    write(`api/${path.slice(5)}${all ? '-all' : ''}.json`, await pages(`${path}${all}`));
const stories = (await pages('/api/stories')) as Array<{ body: { items: Array<{ id: string }> } }>;
write('api/stories.json', stories);
const storyPages: unknown[] = [];
for (const s of stories.flatMap((p) => p.body.items)) storyPages.push(await get(`/api/stories/${s.id}`));
write('api/story-pages.json', storyPages);
for (const path of ['/api/timeline', '/api/network', '/api/network?all=true', '/api/brief'])
  write(`api/${path.slice(5).replace(/[?=]/g, '-')}.json`, await get(path));
await store.close();
