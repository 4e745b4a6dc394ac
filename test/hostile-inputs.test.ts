/**
 * Hostile inputs through the CLI, as issue 15 found them: each one once stopped a run, crashed the process or
 * cost the other inputs; now each gets a one-line error of its own (or is read), and the rest are stored.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { TEXT_SHAPES } from '../scripts/fuzz/shapes.js';
import { decodeReading } from '../src/core/reading-codec.js';
import { CLI, SEEDS, dossier, tempDir } from './helpers.js';

const ARTICLE = `Harbour reopens after the storm

Port officials reopened the harbour on Monday, March 3, 2025, after a week of repairs to the breakwater.
Ferries to the islands resumed in the afternoon, and the first cargo ship docked before dark, officials said.`;

/**
 * `unpacked` bytes of gzip from members of 1 MiB each: gzip members may follow one another, so a bomb of
 * hundreds of megabytes is a few hundred kilobytes on disk, as the 0.6 MB feed was.
 */
function gzipBomb(prefix: string, unpackedMiB: number, fill = ' '): Buffer {
  const mebibyte = 1024 * 1024;
  const first = gzipSync(Buffer.from(prefix + fill.repeat(mebibyte - prefix.length)));
  const rest = gzipSync(Buffer.from(fill.repeat(mebibyte)));
  return Buffer.concat([first, ...Array.from({ length: unpackedMiB - 1 }, () => rest)]);
}

/** `dossier` for commands that print the whole of a 20 MB text. */
function bigOutput(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function storedCount(db: string): number {
  const sqlite = new Database(db, { readonly: true });
  try {
    return (sqlite.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

function report(stdout: string): { added: number; failures: Array<{ input: string; reason: string }> } {
  return JSON.parse(stdout) as { added: number; failures: Array<{ input: string; reason: string }> };
}

describe('hostile inputs', () => {
  test('a 0.6 MB .xml.gz that unpacks to 600 MiB is refused in one line; the seeds beside it are stored', () => {
    const dir = tempDir();
    const bomb = join(dir, 'bomb.xml.gz');
    writeFileSync(bomb, gzipBomb('<?xml version="1.0"?><rss version="2.0"><channel><title>', 600));
    const db = join(dir, 'd.db');
    const result = dossier(db, ['ingest', bomb, SEEDS, '--json']);
    assert.equal(result.status, 1, result.stderr);
    assert.equal(report(result.stdout).added, 5);
    assert.match(result.stderr, /^error: .*bomb\.xml\.gz: larger than the 64 MB limit$/m);
    assert.equal(result.stderr.trim().split('\n').length, 1);
  });

  test('a .jsonl.gz whose one line unpacks to 600 MiB is refused in one line', () => {
    const dir = tempDir();
    const bomb = join(dir, 'bomb.jsonl.gz');
    writeFileSync(bomb, gzipBomb('{"text": "', 600, 'a'));
    const result = dossier(join(dir, 'd.db'), ['ingest', bomb, SEEDS, '--json']);
    assert.equal(result.status, 1);
    assert.equal(report(result.stdout).added, 5);
    assert.match(result.stderr, /bomb\.jsonl\.gz: larger than the 64 MB limit/);
  });

  test('the container cap is an option, and refuses values V8 could not hold', () => {
    const dir = tempDir();
    const feed = join(dir, 'feed.xml.gz');
    writeFileSync(feed, gzipBomb('<?xml version="1.0"?><rss version="2.0"><channel><title>', 3));
    const small = dossier(join(dir, 'd.db'), [
      'ingest',
      feed,
      '--max-bytes',
      '1000000',
      '--max-container-bytes',
      '2000000',
    ]);
    assert.match(small.stderr, /feed\.xml\.gz: larger than the 1\.9 MB limit/);
    const huge = dossier(join(dir, 'd.db'), ['ingest', feed, '--max-container-bytes', String(2 ** 30)]);
    assert.equal(huge.status, 2, huge.stderr);
    assert.match(huge.stderr, /--max-container-bytes .*must be at most 268435456/);
  });

  test('a 19.5 MB one-line text is analysed and extracted without overflowing the stack', () => {
    const dir = tempDir();
    const file = join(dir, 'one-line.txt');
    const shape = TEXT_SHAPES.find((s) => s.name === 'open quotes with words')!;
    // “a is five bytes of UTF-8 for three characters: 19.5 MB on disk.
    const text = `Opening words of a long line. ${shape.make(11_700_000)}`;
    writeFileSync(file, text);
    assert.ok(Math.abs(Buffer.byteLength(text) - 19_500_000) < 100);
    const extracted = bigOutput(['extract', file, '--json']);
    assert.equal(extracted.status, 0, extracted.stderr.slice(0, 500));
    assert.ok((JSON.parse(extracted.stdout) as { text: string }).text.length > 11_000_000);
    const analysed = bigOutput(['analyze', file]);
    assert.equal(analysed.status, 0, analysed.stderr.slice(0, 500));
    const analysis = JSON.parse(analysed.stdout) as { sentences: unknown[]; limited: string };
    assert.match(
      analysis.limited,
      /^read the first [\d,]+ of 11,700,0\d\d characters \(the reading cap is 200,000\)$/,
    );
    assert.ok(analysis.sentences.length > 0);
  });

  test('a feed with an external-entity DOCTYPE fails on its own; the seeds of the same run are stored', () => {
    const dir = tempDir();
    const feed = join(dir, 'xxe.xml');
    writeFileSync(
      feed,
      `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>Leaky</title>
<item><title>&secret;</title><link>https://example.org/a</link></item></channel></rss>`,
    );
    const result = dossier(join(dir, 'd.db'), ['ingest', feed, SEEDS, '--json']);
    assert.equal(result.status, 1);
    assert.equal(report(result.stdout).added, 5);
    assert.match(
      result.stderr,
      /^error: .*xxe\.xml: cannot read this XML: External entities are not supported$/m,
    );
  });

  test('a manifest line holding NUL bytes fails on its own; the other lines are stored', () => {
    const dir = tempDir();
    const manifest = join(dir, 'm.jsonl');
    writeFileSync(
      manifest,
      [
        JSON.stringify({ text: ARTICLE, published: '2025-03-03' }),
        '\u0000'.repeat(5000),
        JSON.stringify({ text: ARTICLE.replace('Monday', 'Tuesday'), published: '2025-03-04' }),
      ].join('\n'),
    );
    const result = dossier(join(dir, 'd.db'), ['ingest', manifest, '--json']);
    assert.equal(result.status, 1);
    const { added, failures } = report(result.stdout);
    assert.equal(added, 2);
    assert.deepEqual(
      failures.map((f) => [f.input.split('/').pop(), f.reason]),
      [['m.jsonl:2', 'line holds NUL bytes (binary data, not JSON)']],
    );
  });

  test('a manifest path naming a device or a link to one is refused, not read without end', () => {
    const dir = tempDir();
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    const manifest = join(dir, 'm.jsonl');
    writeFileSync(
      manifest,
      [
        JSON.stringify({ path: '/dev/zero' }),
        JSON.stringify({ path: 'zero.txt' }),
        JSON.stringify({ text: ARTICLE }),
      ].join('\n'),
    );
    const result = dossier(join(dir, 'd.db'), ['ingest', manifest, '--json']);
    const { added, failures } = report(result.stdout);
    assert.equal(added, 1);
    assert.deepEqual(
      failures.map((f) => f.reason),
      ['/dev/zero: not a regular file', 'zero.txt: not a regular file'],
    );
  });

  test('feed links that are not http(s) are never stored as article addresses', () => {
    const dir = tempDir();
    const feed = join(dir, 'links.xml');
    const body = `<p>${ARTICLE.replace(/\n/g, ' ')}</p>`.repeat(4);
    writeFileSync(
      feed,
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Odd</title>
<item><title>Script</title><link>javascript:alert(document.cookie)</link></item>
<item><title>Data</title><link>data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</link>
<content:encoded><![CDATA[${body}]]></content:encoded></item>
</channel></rss>`,
    );
    const db = join(dir, 'd.db');
    const result = dossier(db, ['ingest', feed, '--json']);
    const { added, failures } = report(result.stdout);
    assert.equal(added, 1);
    assert.deepEqual(
      failures.map((f) => [f.input.split('/').pop(), f.reason]),
      [['links.xml#item-1', 'link javascript:alert(document.cookie) is not an http(s) URL']],
    );
    const listed = JSON.parse(dossier(db, ['list', '--json']).stdout) as Array<{ url: string | null }>;
    assert.deepEqual(
      listed.map((a) => a.url),
      [null],
    );
  });

  test('HTML fragments are extracted: a feed item’s content:encoded and a manifest html field', () => {
    const dir = tempDir();
    const paragraph = ARTICLE.split('\n\n')[1]!.replace(/\n/g, ' ');
    const feed = join(dir, 'full.xml');
    writeFileSync(
      feed,
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Full</title>
<item><title>Harbour reopens</title><link>https://example.org/harbour</link>
<content:encoded><![CDATA[<p>${paragraph}</p><p>Repairs cost less than feared, the port authority said in a statement.</p>]]></content:encoded></item>
</channel></rss>`,
    );
    const manifest = join(dir, 'm.jsonl');
    writeFileSync(
      manifest,
      JSON.stringify({ html: `<h2>Ferries</h2><p>${paragraph.replace('Monday', 'Friday')}</p>` }),
    );
    const db = join(dir, 'd.db');
    const result = dossier(db, ['ingest', feed, manifest, '--json']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(report(result.stdout).added, 2);
    const texts = (
      JSON.parse(dossier(db, ['export', '--format', 'json']).stdout) as { articles: Array<{ text: string }> }
    ).articles.map((a) => a.text);
    assert.ok(texts.some((t) => t.startsWith('Port officials reopened the harbour on Monday')));
    assert.ok(texts.some((t) => t.includes('Port officials reopened the harbour on Friday')));
  });

  test('one bad byte in a UTF-8 file is replaced where it is; the rest stays UTF-8', () => {
    const dir = tempDir();
    const file = join(dir, 'bad-byte.txt');
    const text = `${ARTICLE}\nThe mayor of Zürich — “a friend of the port” — sent a message.`;
    const bytes = Buffer.from(text);
    writeFileSync(file, Buffer.concat([bytes.subarray(0, 40), Buffer.from([0xff]), bytes.subarray(40)]));
    const extracted = JSON.parse(dossier(join(dir, 'd.db'), ['extract', file, '--json']).stdout) as {
      text: string;
    };
    assert.match(extracted.text, /Zürich — “a friend of the port”/);
    assert.match(extracted.text, /\ufffd/);
  });

  test('an article over its reading budget of tokens is stored unread, with the reason', () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    writeFileSync(file, ARTICLE);
    const db = join(dir, 'd.db');
    const result = dossier(db, ['ingest', file, '--max-read-tokens', '5', '--json']);
    assert.equal(result.status, 0, result.stderr);
    const sqlite = new Database(db, { readonly: true });
    const row = sqlite.prepare('SELECT reading FROM readings').get() as { reading: Buffer };
    sqlite.close();
    const reading = decodeReading(row.reading);
    assert.match(reading.limited ?? '', /^not read: [\d,]+ tokens, past the reading's budget of 5$/);
    assert.deepEqual(reading.sentences, []);
    assert.equal(storedCount(db), 1);
  });
});
