import { relative } from 'node:path';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { InputError } from '../core/errors.js';
import type { PendingItem } from './items.js';
import { readJsonDocument, readJsonLines } from './manifest.js';
import { readSources, type SourceItem } from './sources.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/inputs/', import.meta.url));
const SEEDS_MANIFEST = fileURLToPath(new URL('../../../shared/seeds-manifest.jsonl', import.meta.url));
const MAX = 1024 * 1024;

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

test('reads good and bad JSONL lines, naming the line of each error', async () => {
  const source = `${FIXTURES}manifest-mixed.jsonl`;
  const items = await collect(readSources([source], { allowPrivate: false, maxBytes: MAX }));
  assert.deepEqual(items, [
    {
      ok: true,
      doc: {
        source: `${source}:1`,
        url: null,
        kind: 'text',
        body: 'Floods reached the old town on Monday.',
        hints: { title: 'Floods', published: '2025-03-10', outlet: 'River Post' },
      },
    },
    {
      ok: true,
      doc: {
        source: relative(process.cwd(), `${FIXTURES}story.html`),
        url: 'https://post.example/story',
        kind: 'html',
        body: readFileSync(`${FIXTURES}story.html`, 'utf8'),
        hints: { url: 'https://post.example/story', published: '2025-03-11T08:30:00+01:00' },
      },
    },
    {
      ok: false,
      error: new InputError(
        `${source}:4`,
        'malformed',
        "invalid JSON: Expected ',' or '}' after property value in JSON at position 18",
      ),
    },
    { ok: false, error: new InputError(`${source}:5`, 'malformed', 'needs text, html, path or url') },
    // An unreadable date is passed on as given: preparing the article reports it and keeps the article.
    {
      ok: true,
      doc: {
        source: `${source}:6`,
        url: null,
        kind: 'text',
        body: 'Dated badly.',
        hints: { published: '10/03/2025' },
      },
    },
    {
      ok: true,
      doc: {
        source: `${source}:7`,
        url: null,
        kind: 'html',
        body: '<p>Inline page.</p>',
        hints: { author: 'Lea Kim' },
      },
    },
  ] satisfies SourceItem[]);
});

test('reads the seeds manifest: five documents with their dates and texts', async () => {
  const items = await collect(readSources([SEEDS_MANIFEST], { allowPrivate: false, maxBytes: MAX }));
  const lines = readFileSync(SEEDS_MANIFEST, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { path: string });
  assert.equal(items.length, 5);
  assert.deepEqual(
    items.map((item) => (item.ok ? item.doc.hints.published : item.error.message)),
    ['2025-03-13', '2025-03-12', '2025-11-12', '2025-12-03', '2025-04-27'],
  );
  items.forEach((item, index) => {
    assert.ok(item.ok);
    const file = fileURLToPath(new URL(`../../../shared/${lines[index]!.path}`, import.meta.url));
    assert.equal(item.doc.body, readFileSync(file, 'utf8'));
    assert.equal(item.doc.kind, 'text');
    assert.equal(item.doc.source, relative(process.cwd(), file), 'a path entry names its file');
  });
});

test('rejects fields of the wrong type and non-object lines', async () => {
  const origin = { source: 'm.jsonl', baseDir: FIXTURES, maxBytes: MAX };
  const items = await collect(readJsonLines('{"text": "a", "title": 7}\n[1, 2]\n"just a string"', origin));
  assert.deepEqual(items, [
    { ok: false, error: new InputError('m.jsonl:1', 'malformed', 'title must be a string') },
    { ok: false, error: new InputError('m.jsonl:2', 'malformed', 'expected a JSON object') },
    { ok: false, error: new InputError('m.jsonl:3', 'malformed', 'expected a JSON object') },
  ]);
});

test('treats a url alone as a page to fetch and refuses other schemes', async () => {
  const origin = { source: 'm.jsonl', baseDir: FIXTURES, maxBytes: MAX };
  const items = await collect(
    readJsonLines(
      '{"url": "https://news.example/a", "outlet": "News"}\n{"url": "file:///etc/passwd"}',
      origin,
    ),
  );
  assert.deepEqual(items, [
    {
      fetch: 'https://news.example/a',
      source: 'm.jsonl:1',
      hints: { url: 'https://news.example/a', outlet: 'News' },
    },
    { ok: false, error: new InputError('m.jsonl:2', 'malformed', 'url must be an http(s) URL') },
  ] satisfies PendingItem[]);
});

test('reports a missing referenced file and empty text, and treats null as absent', async () => {
  const origin = { source: 'm.jsonl', baseDir: FIXTURES, maxBytes: MAX };
  const items = await collect(
    readJsonLines('{"path": "nope.txt"}\n{"text": "  "}\n{"text": "Body.", "title": null}', origin),
  );
  assert.deepEqual(items, [
    { ok: false, error: new InputError('m.jsonl:1', 'unreadable', 'nope.txt: no such file or folder') },
    { ok: false, error: new InputError('m.jsonl:2', 'empty', 'text is empty') },
    { ok: true, doc: { source: 'm.jsonl:3', url: null, kind: 'text', body: 'Body.', hints: {} } },
  ]);
});

test('refuses paths in a manifest that did not come from disk', async () => {
  const origin = { source: 'https://x.example/m.jsonl', baseDir: null, maxBytes: MAX };
  assert.deepEqual(await collect(readJsonLines('{"path": "/etc/passwd"}', origin)), [
    {
      ok: false,
      error: new InputError(
        'https://x.example/m.jsonl:1',
        'refused',
        'path /etc/passwd refused: only local manifests may name files',
      ),
    },
  ]);
});

test('reads a JSON array or a single object', async () => {
  const origin = { source: 'm.json', baseDir: FIXTURES, maxBytes: MAX };
  assert.deepEqual(await collect(readJsonDocument('[{"text": "One."}, {"title": "none"}]', origin)), [
    { ok: true, doc: { source: 'm.json[0]', url: null, kind: 'text', body: 'One.', hints: {} } },
    { ok: false, error: new InputError('m.json[1]', 'malformed', 'needs text, html, path or url') },
  ]);
  assert.deepEqual(await collect(readJsonDocument('{"html": "<p>Solo</p>"}', origin)), [
    { ok: true, doc: { source: 'm.json', url: null, kind: 'html', body: '<p>Solo</p>', hints: {} } },
  ]);
  const [broken] = await collect(readJsonDocument('{oops', origin));
  assert.ok(broken && 'ok' in broken && !broken.ok);
  assert.equal(broken.error.input, 'm.json');
  assert.match(broken.error.reason, /^invalid JSON: /);
});
