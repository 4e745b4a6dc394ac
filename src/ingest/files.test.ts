import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { InputError } from '../core/errors.js';
import { expandPath, type FoundFile, formatOfPath } from './files.js';
import { countInputsHint, readSources } from './sources.js';

let root: string;

before(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-files-'));
  const files: Record<string, string | Buffer> = {
    'b.txt': 'Second story.',
    'a.md': '# First story',
    'C.html': '<html><body><p>Upper case sorts first.</p></body></html>',
    'notes.docx': 'skipped: unknown extension',
    README: 'skipped: no extension',
    '.hidden.txt': 'skipped: hidden',
    '.git/config.txt': 'skipped: dot-folder',
    'node_modules/pkg/readme.md': 'skipped: node_modules',
    'sub/z.htm': '<p>Nested.</p>',
    'sub/deeper/y.txt.gz': gzipSync('Zipped nested.'),
    'sub/photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    'feeds.jsonl': '{"text": "From a manifest."}\n\n{"text": "Another."}\n',
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  // A link back up the tree would walk forever if followed blindly.
  symlinkSync(root, join(root, 'sub', 'loop'));
  symlinkSync(join(root, 'missing.txt'), join(root, 'sub', 'dangling.txt'));
});

after(() => rmSync(root, { recursive: true, force: true }));

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

test('walks a folder in sorted order, skipping hidden, node_modules, unknown types and loops', async () => {
  const found = await collect(expandPath(root));
  const describe = (item: FoundFile | InputError) =>
    item instanceof InputError
      ? `error ${item.input.slice(root.length)} ${item.reason}`
      : `${item.source.slice(root.length)} ${item.format}`;
  assert.deepEqual(found.map(describe), [
    '/C.html html',
    '/a.md text',
    '/b.txt text',
    '/feeds.jsonl jsonl',
    'error /sub/dangling.txt broken symbolic link',
    '/sub/deeper/y.txt.gz text',
    '/sub/photo.txt text',
    '/sub/z.htm html',
  ]);
});

test('reads every document of a folder, reporting bad files without stopping', async () => {
  const items = await collect(readSources([root], { allowPrivate: false, maxBytes: 1024 * 1024 }));
  assert.deepEqual(
    items.map((item) =>
      item.ok
        ? `${item.doc.source.slice(root.length)}: ${item.doc.body}`
        : `error ${item.error.message.slice(root.length)}`,
    ),
    [
      '/C.html: <html><body><p>Upper case sorts first.</p></body></html>',
      '/a.md: # First story',
      '/b.txt: Second story.',
      '/feeds.jsonl:1: From a manifest.',
      '/feeds.jsonl:3: Another.',
      'error /sub/dangling.txt: broken symbolic link',
      '/sub/deeper/y.txt.gz: Zipped nested.',
      'error /sub/photo.txt: binary file (looks like PNG)',
      '/sub/z.htm: <p>Nested.</p>',
    ],
  );
});

test('refuses explicitly named files of unknown type and missing paths', async () => {
  const items = await collect(
    readSources([join(root, 'README'), join(root, 'notes.docx'), join(root, 'gone'), join(root, 'b.txt')], {
      allowPrivate: false,
      maxBytes: 1024,
    }),
  );
  assert.deepEqual(
    items.map((item) => (item.ok ? item.doc.body : [item.error.problem, item.error.reason])),
    [
      [
        'unsupported',
        'file has no extension (supported: .txt .md .markdown .html .htm .xhtml .json .jsonl .ndjson .xml .rss .atom, also gzipped)',
      ],
      [
        'unsupported',
        'unsupported file type .docx (supported: .txt .md .markdown .html .htm .xhtml .json .jsonl .ndjson .xml .rss .atom, also gzipped)',
      ],
      ['unreadable', 'no such file or folder'],
      'Second story.',
    ],
  );
});

test('reads an explicitly named hidden file and refuses one over the size limit', async () => {
  const items = await collect(
    readSources([join(root, '.hidden.txt'), join(root, 'C.html')], { allowPrivate: false, maxBytes: 40 }),
  );
  assert.deepEqual(
    items.map((item) => (item.ok ? item.doc.body : [item.error.problem, item.error.reason])),
    ['skipped: hidden', ['too-large', 'larger than the 40 bytes limit']],
  );
});

test('names formats by extension, looking through .gz', () => {
  const rows: Array<[string, string | null]> = [
    ['a.TXT', 'text'],
    ['a.markdown', 'text'],
    ['a.xhtml', 'html'],
    ['a.html.gz', 'html'],
    ['a.ndjson', 'jsonl'],
    ['a.json', 'json'],
    ['a.atom', 'feed'],
    ['a.rss', 'feed'],
    ['a.gz', null],
    ['a.pdf', null],
    ['Makefile', null],
  ];
  for (const [path, format] of rows) assert.equal(formatOfPath(path), format, path);
});

test('estimates how many items the inputs will give', async () => {
  assert.equal(await countInputsHint([root, join(root, 'b.txt')]), 10);
  assert.equal(await countInputsHint([root, '-']), null);
  assert.equal(await countInputsHint(['https://news.example/']), null);
});
