import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { SEEDS, SEEDS_MANIFEST, dossier, tempDir } from './helpers.js';

interface ExportedArticle {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  outletEvidence: { origin: string; detail: string } | null;
  published: string | null;
  publishedEvidence: { origin: string; detail: string } | null;
  publishedRange: { from: string; to: string; evidence: string } | null;
  text: string;
  removed: string[];
  fingerprint: string;
  lang: string | null;
}

function exportJson(db: string): ExportedArticle[] {
  const result = dossier(db, ['export', '--format', 'json']);
  assert.equal(result.status, 0, result.stderr);
  const document = JSON.parse(result.stdout) as { schema: string; articles: ExportedArticle[] };
  assert.equal(document.schema, 'dossier/1');
  return document.articles;
}

const bySeed = (articles: ExportedArticle[], prefix: string) => {
  const found = articles.find((a) => a.source.includes(prefix));
  assert.ok(found, `no article from seed ${prefix}`);
  return found;
};

const BOILERPLATE =
  /newsletter|subscribe|sign up now|post a comment|^\d+ comments$|ai generated|follow topic|see more on|^ad code$|photo credit|^photo:|\\text\{|\$\d|discover more from/im;

describe('the reference corpus through the CLI', () => {
  const db = join(tempDir(), 'seeds.db');
  let articles: ExportedArticle[];

  before(() => {
    const first = dossier(db, ['ingest', SEEDS, '--json']);
    assert.equal(first.status, 0, first.stderr);
    assert.deepEqual(JSON.parse(first.stdout), {
      added: 5,
      revised: 0,
      updated: 0,
      unchanged: 0,
      failed: 0,
      failures: [],
    });
    articles = exportJson(db);
  });

  test('five clean articles, with no boilerplate or TeX debris left in any text', () => {
    assert.equal(articles.length, 5);
    for (const article of articles) {
      assert.doesNotMatch(article.text, BOILERPLATE, article.source);
      assert.ok(article.text.length > 2000, `${article.source} kept its body`);
      assert.equal(article.lang, 'en');
    }
    const december = bySeed(articles, '003_');
    assert.match(december.text, /701 km²/);
    assert.match(december.text, /19\.3%/);
    assert.ok(december.removed.length >= 3, 'the removed lines are kept');
  });

  test('quotes, dashes and diacritics are kept as written', () => {
    const seedText = readFileSync(join(SEEDS, '001_1151c0d7fabbe869.txt'), 'utf8');
    const article = bySeed(articles, '001_');
    const curly = seedText.match(/“[^”]+”/g) ?? [];
    assert.ok(curly.length > 5);
    for (const quote of curly) assert.ok(article.text.includes(quote), quote);
  });

  test('outlets are found for the three seeds that name theirs, each with its evidence', () => {
    for (const prefix of ['001_', '002_', '004_']) {
      const article = bySeed(articles, prefix);
      assert.ok(article.outlet, `${prefix} has an outlet`);
      assert.equal(article.outletEvidence?.origin, 'text');
      assert.ok(article.outletEvidence.detail.length > 0);
    }
    assert.match(bySeed(articles, '004_').outlet ?? '', /CBS/i);
    assert.match(bySeed(articles, '001_').outlet ?? '', /Defen[cs]e Talks/i);
  });

  test('no publication date is invented: each is unknown or rests on evidence in the text', () => {
    for (const article of articles) {
      if (article.published === null && article.publishedRange === null) continue;
      assert.equal(article.publishedEvidence?.origin, 'text', article.source);
    }
  });

  test('ingesting again adds nothing', () => {
    const again = dossier(db, ['ingest', SEEDS, '--json']);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(JSON.parse(again.stdout).unchanged, 5);
    assert.deepEqual(
      exportJson(db).map((a) => a.fingerprint),
      articles.map((a) => a.fingerprint),
    );
  });

  test('the manifest then sets the five publication dates, without new articles', () => {
    const result = dossier(db, ['ingest', SEEDS_MANIFEST, '--json']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).added, 0);
    const manifest = readFileSync(SEEDS_MANIFEST, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { path: string; published: string });
    const after = exportJson(db);
    assert.equal(after.length, 5);
    for (const entry of manifest) {
      const article = bySeed(after, entry.path.split('/').pop()!.slice(0, 4));
      assert.equal(article.published, entry.published);
      assert.equal(article.publishedEvidence?.origin, 'manifest');
    }
  });

  test('search finds an article by its words, list and show print it', () => {
    const hits = JSON.parse(dossier(db, ['search', 'Charlevoix', '--json']).stdout) as Array<{ id: string }>;
    assert.deepEqual(
      hits.map((h) => h.id),
      [bySeed(articles, '000_').id],
    );
    const listed = JSON.parse(dossier(db, ['list', '--json']).stdout) as Array<{ id: string }>;
    assert.equal(listed.length, 5);
    const shown = dossier(db, ['show', bySeed(articles, '003_').id.slice(0, 6)]);
    assert.equal(shown.status, 0, shown.stderr);
    assert.match(shown.stdout, /removed by clean-up/);
  });
});
