import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { fingerprintText } from '../core/identity.js';
import { SqliteStore } from '../store/sqlite/index.js';
import { csvRow, exportArticles } from './export.js';
import { csvDocument } from './formats/text.js';

test('CSV cells a spreadsheet would run as formulas are written as text; numbers stay numbers', () => {
  assert.equal(
    csvRow(['=HYPERLINK("http://evil.example","click")', '+1+1', '-1+1', '@SUM(A1)', '\tcmd', 'plain']),
    `"'=HYPERLINK(""http://evil.example"",""click"")",'+1+1,'-1+1,'@SUM(A1),'\tcmd,plain`,
  );
  assert.equal(csvRow(['-3.5', '+2', '1e5', '-0.25e-3', '']), '-3.5,+2,1e5,-0.25e-3,');
  assert.equal(csvDocument(['value', 'label'], [[-2, '=1+2']]), "value,label\r\n-2,'=1+2\r\n");
});

test('an article titled with a formula is exported as text', async () => {
  const store = new SqliteStore(':memory:');
  try {
    await store.saveArticle({
      source: 'hostile.txt',
      url: null,
      title: '=HYPERLINK("http://evil.example","Read more")',
      text: 'The harbour reopened on Monday.',
      removed: [],
      outlet: '@outlet',
      outletEvidence: null,
      author: null,
      lang: 'en',
      published: null,
      publishedEvidence: null,
      publishedRange: null,
      canonicalUrl: null,
      fingerprint: fingerprintText('The harbour reopened on Monday.'),
    });
    let csv = '';
    const out = new Writable({
      write(chunk: Buffer, _encoding, done) {
        csv += chunk.toString();
        done();
      },
    });
    assert.equal(await exportArticles(store, 'csv', out), 1);
    const row = csv.split('\r\n')[1]!;
    assert.match(row, /,"'=HYPERLINK\(""http:\/\/evil\.example"",""Read more""\)",'@outlet,/);
  } finally {
    await store.close();
  }
});
