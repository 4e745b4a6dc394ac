import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { InputError } from '../core/errors.js';
import { readSources, type SourceItem, type SourceOptions } from './sources.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/inputs/', import.meta.url));
const MAX = 1024 * 1024;

let server: Server;
let base: string;

const feedXml = () => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Local Wire</title>
  <item><title>Linked</title><link>${base}/article</link><pubDate>Mon, 03 Mar 2025 09:00:00 +0100</pubDate></item>
  <item><title>Gone</title><link>/gone</link></item>
</channel></rss>`;

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/article')
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<html><body><p>Linked article.</p></body></html>');
    else if (req.url === '/feed')
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedXml());
    else if (req.url === '/notes') res.writeHead(200, { 'content-type': 'text/plain' }).end('Plain notes.');
    else if (req.url === '/list')
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end('[{"text": "Listed."}, {"path": "/etc/hostname"}]');
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function read(inputs: string[], options: Partial<SourceOptions> = {}): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(inputs, { allowPrivate: false, maxBytes: MAX, ...options }))
    items.push(item);
  return items;
}

function stdin(text: string | Buffer): Readable {
  return Readable.from([typeof text === 'string' ? Buffer.from(text) : text]);
}

function summary(item: SourceItem): string {
  return item.ok
    ? `${item.doc.source} ${item.doc.kind} ${item.doc.body}`
    : `error ${item.error.input} ${item.error.problem}: ${item.error.reason}`;
}

test('sniffs stdin: html, text, feed, JSONL, empty', async () => {
  const html = await read(['-'], {
    stdin: stdin('\ufeff<!DOCTYPE html>\n<!-- x --><html><body><p>Hi</p></body></html>'),
  });
  assert.deepEqual(html.map(summary), [
    'stdin html <!DOCTYPE html>\n<!-- x --><html><body><p>Hi</p></body></html>',
  ]);
  const text = await read(['-'], { stdin: stdin('<3 a note that is not HTML') });
  assert.deepEqual(text.map(summary), ['stdin text <3 a note that is not HTML']);
  const jsonl = await read(['-'], { stdin: stdin('{"text": "One"}\n{"oops"}\n') });
  assert.deepEqual(jsonl.map(summary), [
    'stdin:1 text One',
    "error stdin:2 malformed: invalid JSON: Expected ':' after property name in JSON at position 7",
  ]);
  const feed = await read(['-'], {
    stdin: stdin(await import('node:fs').then((fs) => fs.readFileSync(`${FIXTURES}atom.xml`))),
    fetch: { resolve: async () => ['127.0.0.1'] },
  });
  assert.deepEqual(feed.map(summary), [
    'https://courier.example/dam-cracks html <p>Inspectors found cracks in the dam &amp; spillway.</p>',
    'https://courier.example/mayor-qa html <div xmlns="http://www.w3.org/1999/xhtml"><p>Q &amp; A with the mayor.</p></div>',
    'error https://courier.example/road-closed refused: private address 127.0.0.1 refused (use --allow-private)',
  ]);
  const empty = await read(['-'], { stdin: stdin('   \n') });
  assert.deepEqual(empty.map(summary), ['error stdin empty: empty document (only whitespace)']);
});

test('fetches a page URL as a document', async () => {
  const items = await read([`${base}/notes`], { allowPrivate: true });
  assert.deepEqual(items, [
    {
      ok: true,
      doc: { source: `${base}/notes`, url: `${base}/notes`, kind: 'text', body: 'Plain notes.', hints: {} },
    },
  ]);
});

test('reads a feed URL and fetches its link-only items with their hints', async () => {
  const items = await read([`${base}/feed`], { allowPrivate: true });
  assert.deepEqual(items, [
    {
      ok: true,
      doc: {
        source: `${base}/article`,
        url: `${base}/article`,
        kind: 'html',
        body: '<html><body><p>Linked article.</p></body></html>',
        hints: {
          url: `${base}/article`,
          title: 'Linked',
          published: '2025-03-03T09:00:00+01:00',
          outlet: 'Local Wire',
        },
      },
    },
    { ok: false, error: new InputError(`${base}/gone`, 'unreachable', 'HTTP 404 Not Found') },
  ]);
});

test('reads a JSON manifest from a URL but refuses its local paths', async () => {
  const items = await read([`${base}/list`], { allowPrivate: true });
  assert.deepEqual(items.map(summary), [
    `${base}/list[0] text Listed.`,
    `error ${base}/list[1] refused: path /etc/hostname refused: only local manifests may name files`,
  ]);
});

test('a failing input never stops the next one', async () => {
  const items = await read([
    `${base}/notes`,
    'gopher://old.example/',
    `${FIXTURES}story.html`,
    `${FIXTURES}nothing.txt`,
  ]);
  assert.deepEqual(items.map(summary), [
    `error ${base}/notes refused: private address 127.0.0.1 refused (use --allow-private)`,
    'error gopher://old.example/ unsupported: only http and https URLs can be fetched, not gopher:',
    `${FIXTURES}story.html html <!doctype html>\n<html><head><title>Story</title></head><body><p>The bridge reopened at noon.</p></body></html>\n`,
    `error ${FIXTURES}nothing.txt unreadable: no such file or folder`,
  ]);
});

test('reads a feed file: full items as documents, link-only items fetched (refused here)', async () => {
  const items = await read([`${FIXTURES}rss.xml`], { fetch: { resolve: async () => ['127.0.0.1'] } });
  assert.deepEqual(items.map(summary), [
    'https://gazette.example/2025/03/ferry-strike html <p>Crews of the island ferries stayed out for a second week on Thursday.</p><p>Talks resume Monday.</p>',
    'error https://gazette.example/2025/03/new-pier refused: private address 127.0.0.1 refused (use --allow-private)',
  ]);
});

test('names the manifest line when its URL cannot be fetched', async () => {
  const items = await read(['-'], {
    allowPrivate: true,
    stdin: stdin(`{"url": "${base}/gone", "title": "T"}\n`),
  });
  assert.deepEqual(items.map(summary), [`error stdin:1 unreachable: ${base}/gone: HTTP 404 Not Found`]);
});
