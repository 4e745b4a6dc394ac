import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { CLI, ROOT, dossier, dossierAsync, tempDir } from './helpers.js';

const GOOD_ARTICLE = `Talks on grain exports resume in Istanbul

Negotiators from both countries met on Monday, March 3, 2025, to discuss reopening sea routes for grain.
The talks, hosted by Turkey, lasted six hours and ended without a final agreement, officials said.
A second round is planned for later in the month, according to a statement from the hosts.`;

describe('bad inputs', () => {
  test('a binary file and an empty file get a clear error each; the good article is stored; exit 1', () => {
    const dir = tempDir();
    const folder = join(dir, 'inbox');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-good.txt'), GOOD_ARTICLE);
    writeFileSync(join(folder, 'b-empty.txt'), '   \n');
    writeFileSync(
      join(folder, 'c-image.html'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const db = join(dir, 'd.db');
    const result = dossier(db, ['ingest', folder]);
    assert.equal(result.status, 1);
    const errors = result.stderr.trim().split('\n');
    assert.equal(errors.length, 2, result.stderr);
    assert.match(errors[0]!, /^error: .*b-empty\.txt: .*empty/i);
    assert.match(errors[1]!, /^error: .*c-image\.html: .*binary/i);
    assert.match(result.stdout, /1 added, 0 revised, 0 updated, 0 unchanged, 2 failed/);
    const listed = JSON.parse(dossier(db, ['list', '--json']).stdout) as Array<{ title: string }>;
    assert.deepEqual(
      listed.map((a) => a.title),
      ['Talks on grain exports resume in Istanbul'],
    );
  });

  test('a bad JSONL line is reported with its line number and the other lines are stored', () => {
    const dir = tempDir();
    const manifest = join(dir, 'm.jsonl');
    writeFileSync(
      manifest,
      [
        JSON.stringify({ text: GOOD_ARTICLE, published: '2025-03-03', outlet: 'Example Wire' }),
        '{not json',
        JSON.stringify({ title: 'no body' }),
      ].join('\n'),
    );
    const result = dossier(join(dir, 'd.db'), ['ingest', manifest, '--json']);
    assert.equal(result.status, 1);
    const report = JSON.parse(result.stdout) as { added: number; failures: Array<{ input: string }> };
    assert.equal(report.added, 1);
    assert.deepEqual(
      report.failures.map((f) => f.input.split('/').pop()),
      ['m.jsonl:2', 'm.jsonl:3'],
    );
  });

  test('a missing path and an invalid --published are named in the error', () => {
    const dir = tempDir();
    const missing = dossier(join(dir, 'd.db'), ['ingest', join(dir, 'nowhere.txt')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /nowhere\.txt/);
    const badDate = dossier(join(dir, 'd.db'), ['ingest', 'examples', '--published', '2025-02-30']);
    assert.equal(badDate.status, 2);
    assert.match(badDate.stderr, /--published "2025-02-30": must be a date/);
  });

  test('stdin is an input, and --published dates it', () => {
    const db = join(tempDir(), 'd.db');
    const result = dossier(db, ['ingest', '-', '--published', '2025-03-04', '--json'], GOOD_ARTICLE);
    assert.equal(result.status, 0, result.stderr);
    const article = JSON.parse(dossier(db, ['export', '--format', 'jsonl']).stdout.trim());
    assert.equal(article.published, '2025-03-04');
    assert.deepEqual(article.publishedEvidence, { origin: 'user', detail: '--published 2025-03-04' });
    assert.equal(article.source, 'stdin');
  });
});

describe('URLs', () => {
  test('a loopback URL is refused unless --allow-private, and fetched with it', async () => {
    const page = `<!doctype html><html lang="en"><head><title>Grain talks resume</title>
      <meta property="og:site_name" content="Loopback Gazette">
      <meta property="article:published_time" content="2025-03-03T10:00:00Z"></head>
      <body><article><h1>Grain talks resume</h1>${GOOD_ARTICLE.split('\n')
        .slice(2)
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`;
    const server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/grain`;
    try {
      const db = join(tempDir(), 'd.db');
      const refused = await dossierAsync(db, ['ingest', url]);
      assert.equal(refused.status, 1);
      assert.match(refused.stderr, /127\.0\.0\.1.*(refused|private)/i);
      const fetched = await dossierAsync(db, ['ingest', url, '--allow-private', '--json']);
      assert.equal(fetched.status, 0, fetched.stderr);
      const [article] = (await dossierAsync(db, ['export', '--format', 'jsonl'])).stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      assert.equal(article.outlet, 'Loopback Gazette');
      assert.equal(article.published, '2025-03-03');
      assert.equal(article.url, url);
      assert.match(article.text, /Negotiators from both countries/);
    } finally {
      server.close();
    }
  });
});

describe('writing and reading back', () => {
  test('the examples ingest; set corrects and export writes every format', () => {
    const dir = tempDir();
    const db = join(dir, 'd.db');
    const ingest = dossier(db, ['ingest', 'examples', '--json']);
    assert.equal(ingest.status, 0, ingest.stderr);
    assert.deepEqual(JSON.parse(ingest.stdout), {
      added: 3,
      revised: 0,
      updated: 2,
      unchanged: 0,
      failed: 0,
      failures: [],
    });
    const listed = JSON.parse(dossier(db, ['list', '--json']).stdout) as Array<{
      id: string;
      published: string;
      outlet: string;
    }>;
    assert.deepEqual(
      listed.map((a) => [a.published, a.outlet]),
      [
        ['2025-08-16', 'Dossier Sample Desk'],
        ['2025-05-16', 'Dossier Sample Desk'],
        ['2025-03-11', 'Dossier Sample Desk'],
      ],
    );
    const id = listed[0]!.id;
    const set = dossier(db, ['set', id.slice(0, 5), '--published', '2025-08-15', '--json']);
    assert.equal(set.status, 0, set.stderr);
    assert.equal(JSON.parse(set.stdout).publishedEvidence.origin, 'user');

    const csv = dossier(db, ['export', '--format', 'csv']).stdout;
    assert.match(csv.split('\r\n')[0]!, /^id,source,url,title,outlet,/);
    assert.equal(csv.trim().split(/\r\n(?=[0-9a-f]{12},)/).length, 4);
    const md = join(dir, 'brief.md');
    assert.equal(dossier(db, ['export', '--format', 'md', '--out', md]).status, 0);
    assert.match(readFileSync(md, 'utf8'), /## Trump and Putin meet in Alaska without a deal/);
    assert.equal(dossier(db, ['export', '--format', 'pdf']).status, 2);
    assert.equal(dossier(db, ['show', 'ffffffffffff']).status, 2);
  });

  test('extract prints one page as JSON without storing it, and --jsonl handles many', () => {
    const dir = tempDir();
    const db = join(dir, 'd.db');
    const one = dossier(db, ['extract', 'examples/alaska-summit.html', '--json']);
    assert.equal(one.status, 0, one.stderr);
    const page = JSON.parse(one.stdout);
    assert.equal(page.title, 'Trump and Putin meet in Alaska without a deal');
    assert.equal(page.outlet, 'Dossier Sample Desk');
    assert.equal(page.published, '2025-08-16');
    assert.doesNotMatch(page.text, /newsletter|Home|Politics/);
    const lines = [
      JSON.stringify({ id: 'a', text: GOOD_ARTICLE }),
      '{oops',
      JSON.stringify({ id: 'c', html: readFileSync(join(ROOT, 'examples/alaska-summit.html'), 'utf8') }),
    ].join('\n');
    const many = dossier(db, ['extract', '--jsonl'], lines);
    assert.equal(many.status, 1);
    const out = many.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      out.map((r) => [r.id, r.title ?? null, r.error ? 'error' : 'ok']),
      [
        ['a', 'Talks on grain exports resume in Istanbul', 'ok'],
        [null, null, 'error'],
        ['c', 'Trump and Putin meet in Alaska without a deal', 'ok'],
      ],
    );
    const read = dossier(
      db,
      ['analyze', '--jsonl'],
      [JSON.stringify({ id: 7, text: GOOD_ARTICLE }), '{"id":"b"}'].join('\n'),
    );
    assert.equal(read.status, 1);
    const [first, second] = read.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(first.id, 7);
    assert.ok(first.sentences.length > 0);
    assert.deepEqual(second, {
      id: null,
      error: 'stdin:2: text: Invalid input: expected string, received undefined',
    });
  });
});

describe('crash safety', () => {
  test('an ingest killed mid-run leaves a consistent database, and running it again finishes the job', async () => {
    const dir = tempDir();
    const folder = join(dir, 'many');
    mkdirSync(folder);
    const total = 400;
    for (let i = 0; i < total; i++) {
      writeFileSync(
        join(folder, `${String(i).padStart(4, '0')}.txt`),
        `Report ${i} on the talks\n\n${GOOD_ARTICLE.split('\n').slice(2).join('\n')}\nThis is report number ${i}.`,
      );
    }
    const db = join(dir, 'd.db');
    const child = spawn(process.execPath, [CLI, '--db', db, 'ingest', folder], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    await waitFor(() => storedCount(db) > 20, 20_000);
    child.kill('SIGKILL');
    await new Promise((done) => child.on('close', done));
    const partial = storedCount(db);
    assert.ok(partial > 0 && partial < total, `killed after ${partial} of ${total}`);
    const check = new Database(db, { readonly: true });
    assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
    check.close();
    const rerun = dossier(db, ['ingest', folder, '--json']);
    assert.equal(rerun.status, 0, rerun.stderr);
    const report = JSON.parse(rerun.stdout) as { added: number; unchanged: number };
    assert.equal(report.added + report.unchanged, total);
    assert.equal(report.unchanged, partial);
    assert.equal(storedCount(db), total);
  });
});

function storedCount(db: string): number {
  try {
    const handle = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (handle.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      handle.close();
    }
  } catch {
    return 0;
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the ingest to store articles');
    await new Promise((wait) => setTimeout(wait, 25));
  }
}
