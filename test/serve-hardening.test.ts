/**
 * `dossier serve` under hostile use (issue 15): search bounded, reads answered while a large article is
 * ingested, a foreign Host refused on a loopback server even with a token, SIGTERM honoured mid-ingest.
 * Every assertion is about order and outcome, never about how long something took.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createApp } from '../src/api/app.js';
import { startServer } from '../src/api/server.js';
import type { RunningServer } from '../src/api/server.js';
import { checkSearchQuery, searchPhrases } from '../src/core/search.js';
import { ingest } from '../src/service/ingest.js';
import { openStore } from '../src/service/open-store.js';
import type { Store } from '../src/store/store.js';
import { CLI, dossierAsync, ROOT, SEEDS_MANIFEST, tempDir } from './helpers.js';

const dir = tempDir('dossier-serve-hardening-');
const db = join(dir, 'dossier.db');
let store: Store;
let server: RunningServer;

before(async () => {
  store = await openStore(db);
  const report = await ingest(store, [SEEDS_MANIFEST], {
    sources: { allowPrivate: false, maxBytes: 1 << 24 },
  });
  assert.equal(report.added, 5);
  server = await startServer({ store, port: 0, token: 'a-token' });
});

after(async () => {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const search = async (q: string) => {
  const response = await fetch(`${server.url}/api/search?q=${encodeURIComponent(q)}`);
  return { status: response.status, body: (await response.json()) as any };
};

/** A text of about `chars` characters: plain sentences, as a long article has them. */
function longArticle(chars: number): string {
  const sentence = 'The council of Springfield said on Monday that the old bridge would reopen in May. ';
  return sentence.repeat(Math.ceil(chars / sentence.length));
}

test('search: a query over the length or word cap is a 400 naming the cap', async () => {
  const long = await search('x'.repeat(257));
  assert.equal(long.status, 400);
  assert.equal(long.body.error.message, 'the search query is 257 characters long; at most 256 are allowed');
  const many = await search(Array.from({ length: 17 }, (_, i) => `word${i}`).join(' '));
  assert.equal(many.status, 400);
  assert.equal(many.body.error.message, 'the search query has 17 distinct words; at most 16 are allowed');
  assert.equal((await search(Array.from({ length: 16 }, (_, i) => `word${i}`).join(' '))).status, 200);
  // 3,000 × "a" never answered before the caps; 120 of them are one word, asked once.
  assert.equal((await search('a '.repeat(3000))).status, 400);
  const repeated = await search('a '.repeat(120));
  assert.equal(repeated.status, 200);
  assert.deepEqual(searchPhrases('a A a "b c" "B C" b'), [['a'], ['b', 'c'], ['b']]);
});

test('search: the caps are options of the API and of the CLI', async () => {
  const app = createApp({ store, searchLimits: { maxQueryChars: 10, maxQueryTerms: 2 } });
  const answer = await app.request('/api/search?q=one%20two%20three', { headers: { Host: 'localhost' } });
  assert.equal(answer.status, 400);
  assert.throws(() => checkSearchQuery('one two three', { maxQueryChars: 100, maxQueryTerms: 2 }), {
    name: 'UsageError',
    message: 'the search query has 3 distinct words; at most 2 are allowed',
  });
  const refused = await dossierAsync(db, ['search', '--max-query-terms', '2', 'one two three']);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /the search query has 3 distinct words; at most 2 are allowed/);
  const cli = await dossierAsync(db, ['search', 'x'.repeat(300)]);
  assert.equal(cli.status, 2);
  assert.match(cli.stderr, /the search query is 300 characters long; at most 256 are allowed/);
});

test('host: a loopback server refuses a foreign Host even when a token is set (DNS rebinding)', async () => {
  const app = createApp({ store, token: 'a-token', loopbackOnly: true });
  const read = (host: string) => app.request('/api/articles', { headers: { Host: host } });
  assert.equal((await read('attacker.example')).status, 403);
  assert.equal((await read('attacker.example:8080')).status, 403);
  assert.equal((await read('127.0.0.1:8080')).status, 200);
  assert.equal((await read('localhost')).status, 200);
  // A server listening on every address has no local Host to expect.
  const open = createApp({ store, token: 'a-token', loopbackOnly: false });
  assert.equal((await open.request('/api/articles', { headers: { Host: 'dossier.example' } })).status, 200);
});

test('serve: reads are answered while a 2 MB article is being ingested', async () => {
  const text = longArticle(2_000_000);
  const posted = await fetch(`${server.url}/api/ingest`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer a-token' },
    body: JSON.stringify({ text, title: 'A very long council report' }),
  });
  assert.equal(posted.status, 202);
  const { job } = (await posted.json()) as { job: { id: string } };
  const status = async () =>
    ((await (await fetch(`${server.url}/api/jobs/${job.id}`)).json()) as { status: string }).status;

  // Asked right after the ingest, these are answered before it ends: the job is still under way.
  const articles = await fetch(`${server.url}/api/articles`);
  assert.equal(articles.status, 200);
  assert.equal(((await articles.json()) as { total: number }).total, 5);
  assert.equal((await search('bridge')).status, 200);
  assert.ok(['queued', 'running'].includes(await status()));

  let final = await status();
  while (final === 'queued' || final === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 200));
    final = await status();
  }
  assert.equal(final, 'done');
  const stored = (await (await fetch(`${server.url}/api/articles`)).json()) as { total: number };
  assert.equal(stored.total, 6);
});

test('serve: SIGTERM stops the server even while an ingest is running', async () => {
  const child = spawn(process.execPath, [CLI, '--db', join(dir, 'sigterm.db'), 'serve', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, DOSSIER_TOKEN: '' },
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /served at (\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('close', () => reject(new Error('serve exited before listening')));
  });
  const posted = await fetch(`${url}/api/ingest`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: longArticle(2_000_000) }),
  });
  assert.equal(posted.status, 202);
  // The server still answers while the article is read, and stops when told to.
  assert.equal((await fetch(`${url}/api/articles`)).status, 200);
  child.kill('SIGTERM');
  const code = await exited;
  assert.ok(code === 0 || code === 1, `exit code ${code}`);
});
