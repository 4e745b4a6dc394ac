import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { SEEDS_MANIFEST, dossier, tempDir } from './helpers.js';

/** What `dossier export --format json` carries once the seeds are ingested with their dates. */
interface ExportDocument {
  articles: Array<{ id: string; source: string; published: string }>;
  entities: Array<{
    articleId: string;
    name: string;
    type: string;
    country: string | null;
    stands: string | null;
    aliases: string[];
    roles: Array<{ title: string; of: string | null; country: string | null; evidence: string }>;
  }>;
  dates: Array<{ articleId: string; text: string; value: string; evidence: string }>;
  quotes: Array<{
    articleId: string;
    speaker: string | null;
    direct: boolean;
    channel: string | null;
    content: { text: string };
    cue: { text: string } | null;
    evidence: string;
  }>;
  figures: Array<{ articleId: string; value: number; unit: string | null; subject: string | null }>;
  events: Array<{
    articleId: string;
    type: string;
    mode: string;
    date: string | null;
    place: string | null;
    sources: Array<{ name: string | null }>;
    targets: Array<{ name: string | null }>;
  }>;
  stances: Array<{ articleId: string; actor: string; issue: string; position: string }>;
}

describe('reading the reference corpus, as the export shows it', () => {
  let doc: ExportDocument;
  const articleOf = (prefix: string) => doc.articles.find((a) => a.source.includes(prefix))!.id;

  before(() => {
    const db = join(tempDir(), 'reading.db');
    const ingest = dossier(db, ['ingest', SEEDS_MANIFEST]);
    assert.equal(ingest.status, 0, ingest.stderr);
    const exported = dossier(db, ['export', '--format', 'json']);
    assert.equal(exported.status, 0, exported.stderr);
    doc = JSON.parse(exported.stdout) as ExportDocument;
  });

  test('people carry their roles, with the country or organisation each belongs to', () => {
    const person = (prefix: string, name: string) =>
      doc.entities.find((e) => e.articleId === articleOf(prefix) && e.type === 'person' && e.name === name);
    const peskov = person('000_', 'Dmitry Peskov');
    assert.deepEqual(
      peskov?.roles.map((r) => [r.title, r.of, r.country]),
      [['spokesperson', 'Kremlin', 'RUS']],
    );
    assert.deepEqual(
      person('003_', 'Rustem Umerov')?.roles.map((r) => [r.title, r.of, r.country]),
      [['head', "Ukraine's National Security and Defense Council", 'UKR']],
    );
    const rubio = person('002_', 'Marco Rubio');
    assert.equal(rubio?.country, 'USA');
    assert.ok(rubio?.roles.some((r) => r.title === 'Secretary of State'));
    assert.ok(rubio?.aliases.includes('Mr Rubio'));
  });

  test('countries carry ISO codes, and the Kremlin stands for Russia’s government', () => {
    const codes = new Set(doc.entities.filter((e) => e.type === 'country').map((e) => e.country));
    for (const code of ['RUS', 'UKR', 'USA']) assert.ok(codes.has(code), code);
    const kremlin = doc.entities.find((e) => e.stands === 'government' && e.aliases.includes('Kremlin'));
    assert.equal(kremlin?.country, 'RUS');
  });

  test('relative dates are resolved against each publication date', () => {
    const december = articleOf('003_');
    const value = (text: string) => doc.dates.find((d) => d.articleId === december && d.text === text)?.value;
    assert.equal(value('this past Tuesday'), '2025-12-02');
    assert.equal(value('the forthcoming Thursday'), '2025-12-04');
    assert.equal(value('November'), '2025-11');
  });

  test('direct quotes go to their speakers, through names and pronouns, with their channel', () => {
    const march = articleOf('001_');
    const quote = (start: string) =>
      doc.quotes.find((q) => q.articleId === march && q.direct && q.content.text.startsWith(start));
    assert.equal(quote('We are all anxiously awaiting')?.speaker, 'Marco Rubio');
    assert.equal(quote('We are all anxiously awaiting')?.channel, 'VOA');
    const trump = quote('Hopefully, we can secure a ceasefire');
    assert.equal(trump?.speaker, 'Donald Trump');
    assert.equal(trump?.cue?.text, 'remarked');
    // Quoted words inside a reported clause are reported speech that holds them, as PolNeAR marks them.
    const scholz = doc.quotes.find(
      (q) => q.articleId === march && q.content.text.includes('a significant and appropriate step'),
    );
    assert.equal(scholz?.direct, false);
    assert.equal(scholz?.speaker, 'Olaf Scholz');
    assert.equal(scholz?.channel, 'X');
    const lavrov = doc.quotes.find(
      (q) =>
        q.articleId === articleOf('004_') &&
        q.direct &&
        q.content.text.startsWith('The President of the United States'),
    );
    assert.equal(lavrov?.speaker, 'Sergey Lavrov');
    assert.match(lavrov?.channel ?? '', /Face the Nation/);
  });

  test('figures say what they measure', () => {
    const december = doc.figures.filter((f) => f.articleId === articleOf('003_'));
    const find = (value: number, unit: string) => december.find((f) => f.value === value && f.unit === unit);
    assert.match(find(19.3, '%')?.subject ?? '', /Ukraine's sovereign landmass/);
    assert.ok(find(90e9, 'EUR'));
    assert.match(december.find((f) => f.value === 19000)?.subject ?? '', /minors deported/);
  });

  test('meetings come with participants, date, place and mode: the planned Miami meeting', () => {
    const miami = doc.events.find(
      (e) => e.articleId === articleOf('003_') && e.type === 'CONSULT' && e.mode === 'planned',
    );
    assert.equal(miami?.date, '2025-12-04');
    assert.match(miami?.place ?? '', /^Miami/);
    assert.deepEqual(
      [miami?.sources.map((s) => s.name), miami?.targets.map((t) => t.name)],
      [['Steve Witkoff'], ['Rustem Umerov']],
    );
  });

  test('stances name the actor, the issue and the position', () => {
    const scholz = doc.stances.find((s) => s.articleId === articleOf('001_') && s.actor === 'Olaf Scholz');
    assert.deepEqual([scholz?.issue, scholz?.position], ['30-day ceasefire proposal', 'supports']);
  });
});
