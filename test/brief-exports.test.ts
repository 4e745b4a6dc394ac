import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import type { Story } from '../src/core/connected.js';
import { NotFoundError } from '../src/core/errors.js';
import { buildBrief, renderBriefHtml, renderBriefMarkdown } from '../src/service/brief.js';
import { connectAll } from '../src/service/connect.js';
import type { ConnectedDossier } from '../src/service/connect.js';
import { CSV_TABLES, csvTables } from '../src/service/formats/csv-tables.js';
import { gexf } from '../src/service/formats/gexf.js';
import { PLOVER_COLUMNS, ploverEvents } from '../src/service/formats/plover.js';
import { BRIEF_STYLE_HASH } from '../src/service/formats/brief-html.js';
import { exportScope, narrowToStory } from '../src/service/formats/story.js';
import { timelineJs } from '../src/service/formats/timelinejs.js';
import { ingest } from '../src/service/ingest.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { SEEDS_MANIFEST, tempDir } from './helpers.js';

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\r')) {
      field += c;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  assert.equal(row.length + field.length, 0, 'the document ends with a line break');
  return rows;
}

const records = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
};

describe('briefs and research formats over the reference corpus', () => {
  const dir = tempDir();
  let dossier: ConnectedDossier;
  let charlevoix: Story;
  const idOf = (seed: string) => dossier.articles.find((r) => r.article.source.includes(seed))!.article.id;

  before(async () => {
    const store = new SqliteStore(join(dir, 'store.db'));
    try {
      const report = await ingest(store, [SEEDS_MANIFEST], {
        sources: { allowPrivate: false, maxBytes: 20 << 20 },
      });
      assert.equal(report.failed.length, 0);
      dossier = await connectAll(store);
    } finally {
      await store.close();
    }
    charlevoix = dossier.stories.find((s) => s.articleIds.includes(idOf('000_')))!;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the Charlevoix brief names both Charlevoix reports, oldest first, as its own sources', () => {
    const brief = buildBrief(dossier, { storyId: charlevoix.id });
    assert.equal(brief.storyId, charlevoix.id);
    assert.deepEqual(
      brief.sources.filter((s) => s.inScope).map((s) => s.articleId),
      [idOf('001_'), idOf('000_')],
    );
    assert.deepEqual(
      brief.sources.map((s) => s.ref),
      brief.sources.map((_, i) => i + 1),
    );
    assert.ok(brief.events.length > 0 && brief.events.length <= 15);
    assert.ok(brief.events.every((e) => !e.when.startsWith('undated')));
  });

  test('every content line of the Markdown brief ends with references to listed sources', () => {
    const brief = buildBrief(dossier, { storyId: charlevoix.id });
    const markdown = renderBriefMarkdown(brief);
    const [body, sourceList] = markdown.split('\n## Sources\n');
    const content = body!.split('\n').filter((line) => line.startsWith('- '));
    assert.ok(content.length >= 5, markdown);
    for (const line of content) {
      const refs = /\[(\d+(?:, \d+)*)\]$/.exec(line);
      assert.ok(refs, `no reference at the end of: ${line}`);
      for (const n of refs[1]!.split(', ').map(Number)) assert.ok(n >= 1 && n <= brief.sources.length, line);
    }
    for (const source of brief.sources) assert.ok(sourceList!.includes(`- [${source.ref}] `));
  });

  test('the HTML brief escapes a hostile title and carries no script', () => {
    const hostile = '<script>alert(1)</script>';
    const tampered: ConnectedDossier = {
      ...dossier,
      articles: dossier.articles.map((read) =>
        read.article.id === idOf('000_') ? { ...read, article: { ...read.article, title: hostile } } : read,
      ),
      stories: dossier.stories.map((s) => (s.id === charlevoix.id ? { ...s, title: hostile } : s)),
    };
    const page = renderBriefHtml(buildBrief(tampered, { storyId: charlevoix.id }));
    assert.ok(page.startsWith('<!doctype html>'));
    assert.doesNotMatch(page, /<script/i);
    assert.ok(page.includes('<title>Brief: &lt;script&gt;alert(1)&lt;/script&gt;</title>'));
    assert.ok(page.includes(`[2] &lt;script&gt;alert(1)&lt;/script&gt;, 2025-03-13`));
    assert.doesNotMatch(page, /<link|src=/i, 'nothing is loaded from elsewhere');
  });

  test('the brief speaks in headlines, says what it left out, and allows its one stylesheet by hash', () => {
    const whole = buildBrief(dossier, {});
    const lines = renderBriefMarkdown(whole).split('\n');
    assert.ok(lines.some((line) => line.includes(' Witkoff meets Putin in Moscow: “')));
    assert.ok(
      lines.every((line) => !/→|\b(CONSULT|AGREE|ASSAULT)\b/.test(line)),
      'no codes, no arrows',
    );
    assert.ok(whole.hidden && whole.hidden.events > 0);
    assert.match(lines.join('\n'), /_\d+ less certain items left out \(\d+ events/);
    assert.equal(buildBrief(dossier, { all: true }).hidden, null);

    const page = renderBriefHtml(whole, { articleHref: (id) => `/articles/${id}` });
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    const hash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
    assert.equal(hash, BRIEF_STYLE_HASH);
    assert.ok(page.includes(`style-src ${BRIEF_STYLE_HASH}">`), 'the page allows only that stylesheet');
    assert.match(page, /<a href="\/articles\/[0-9a-f]{12}">read in Dossier<\/a>/);
  });

  test('exports leave out the less certain events unless asked, and head each with its headline', () => {
    const scoped = exportScope(dossier, {});
    const everything = exportScope(dossier, { all: true });
    assert.equal(everything.hidden, null);
    assert.ok(scoped.hidden && scoped.hidden.events > 0);
    assert.equal(scoped.dossier.events.length + scoped.hidden.events, dossier.events.length);
    const rows = records(ploverEvents(scoped.dossier));
    assert.ok(rows.every((r) => Number(r.confidence) >= 0.5));
    assert.ok(rows.some((r) => r.headline === 'Russian missile strike on Kyiv kills at least 8'));
    const slides = JSON.parse(timelineJs(scoped.dossier, { hiddenEvents: scoped.hidden.events })) as {
      title: { text: { text: string } };
      events: Array<{ text: { headline: string } }>;
    };
    assert.ok(slides.events.some((e) => e.text.headline === 'Witkoff meets Putin in Moscow'));
    assert.ok(
      slides.events.every((e) => !/→|^[A-Z]+:/.test(e.text.headline)),
      'no "TYPE: a → b"',
    );
    assert.match(slides.title.text.text, /\d+ less certain events are left out/);
  });

  test('an unknown story is a NotFoundError', () => {
    assert.throws(() => buildBrief(dossier, { storyId: 'story-nope' }), NotFoundError);
    assert.throws(() => timelineJs(dossier, { storyId: 'story-nope' }), NotFoundError);
  });

  test('the PLOVER table has its header and the planned Miami meeting on 2025-12-04', () => {
    const csv = ploverEvents(dossier);
    assert.equal(csv.slice(0, csv.indexOf('\r\n')), PLOVER_COLUMNS.join(','));
    const rows = records(csv);
    assert.equal(rows.length, dossier.events.length);
    const miami = rows.filter(
      (r) => r.event_type === 'CONSULT' && r.mode === 'planned' && r.place!.startsWith('Miami'),
    );
    assert.equal(miami.length, 1);
    assert.equal(miami[0]!.date, '2025-12-04');
    assert.equal(miami[0]!.date_precision, 'day');
    assert.equal(miami[0]!.n_sources, '1');
    assert.match(miami[0]!.evidence_sentence!, /Miami, Florida/);
  });

  test('TimelineJS keeps a month-precision event to its month, with no day', () => {
    const document = JSON.parse(timelineJs(dossier, { storyId: charlevoix.id })) as {
      title: { text: { headline: string } };
      events: Array<{ start_date: Record<string, unknown>; text: { headline: string }; unique_id: string }>;
    };
    assert.equal(document.title.text.headline, charlevoix.title);
    const february = document.events.find((e) => e.start_date.month === 2 && e.start_date.year === 2025);
    assert.deepEqual(february?.start_date, { year: 2025, month: 2 });
    const dated = new Set(dossier.events.filter((e) => e.precision !== 'undated').map((e) => e.id));
    assert.ok(
      document.events.every((e) => dated.has(e.unique_id)),
      'undated events have no slide',
    );
  });

  test('the GEXF network is well-formed XML with the actors of the Miami meeting', () => {
    const xml = gexf(dossier);
    assert.equal(XMLValidator.validate(xml), true);
    const idOfLabel = (label: string) => new RegExp(`<node id="([^"]+)" label="${label}">`).exec(xml)?.[1];
    const witkoff = idOfLabel('Steve Witkoff');
    const umerov = idOfLabel('Rustem Umerov');
    assert.ok(witkoff && umerov, 'both envoys are nodes');
    assert.match(
      xml,
      new RegExp(
        `source="${witkoff}" target="${umerov}" weight="\\d+"><attvalues><attvalue for="types" value="[^"]*CONSULT`,
      ),
    );
  });

  test('every CSV table has a header and rows of the same width', () => {
    const tables = csvTables(dossier);
    assert.deepEqual(Object.keys(tables), [...CSV_TABLES]);
    for (const [name, csv] of Object.entries(tables)) {
      const [header, ...rows] = parseCsv(csv);
      assert.ok(header!.length > 1, name);
      for (const row of rows) assert.equal(row.length, header!.length, `${name}: ${row.join(' | ')}`);
    }
    assert.equal(records(tables.articles).length, dossier.articles.length);
    assert.ok(records(tables.series_points).some((p) => p.value === '19.3'));
  });

  test('limiting a format to a story keeps only that story’s events', () => {
    const rows = records(ploverEvents(narrowToStory(dossier, charlevoix.id)));
    assert.ok(rows.length > 0);
    assert.ok(rows.every((r) => r.story_id === charlevoix.id));
  });
});
