import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { buildBrief, renderBriefMarkdown } from '../src/service/brief.js';
import { storedDossier } from '../src/service/connect.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { SEEDS_MANIFEST, dossier, tempDir } from './helpers.js';

interface Listed {
  id: string;
  source: string;
}

describe('connecting the reference corpus through the CLI', () => {
  const db = join(tempDir(), 'connect.db');
  let articles: Listed[];
  const idOf = (prefix: string) => articles.find((a) => a.source.includes(prefix))!.id;
  const json = <T>(args: string[]): T => {
    const result = dossier(db, [...args, '--json']);
    assert.equal(result.status, 0, result.stderr);
    return JSON.parse(result.stdout) as T;
  };

  before(() => {
    const ingest = dossier(db, ['ingest', SEEDS_MANIFEST]);
    assert.equal(ingest.status, 0, ingest.stderr);
    articles = json<Listed[]>(['list']);
  });

  test('Sybiha is one actor whatever the spelling, and the spellings are a discrepancy', () => {
    const profile = json<{ entity: { name: string; aliases: string[]; members: string[] } }>([
      'actor',
      'Sybiha',
    ]);
    assert.ok(profile.entity.aliases.some((a) => a.includes('Sybiha')));
    assert.ok(profile.entity.aliases.some((a) => a.includes('Sybhia')));
    const spelling = json<Array<{ kind: string; variants: Array<{ value: string }> }>>([
      'discrepancies',
    ]).find((d) => d.kind === 'spelling' && d.variants.some((v) => v.value.includes('Sybhia')));
    assert.ok(spelling);
  });

  test('Rubio’s two titles in March 2025 are a role discrepancy naming both articles', () => {
    const role = json<
      Array<{ kind: string; subject: string; variants: Array<{ value: string; articleIds: string[] }> }>
    >(['discrepancies']).find((d) => d.kind === 'role' && d.subject.includes('Rubio'));
    assert.ok(role);
    const values = role.variants.map((v) => v.value);
    assert.ok(values.includes('Senator') && values.includes('Secretary of State'), values.join(', '));
    const articlesBehind = new Set(role.variants.flatMap((v) => v.articleIds));
    assert.ok(articlesBehind.has(idOf('001_')));
  });

  test('the two Charlevoix reports form one story and no other report joins it', () => {
    const stories = json<Array<{ articleIds: string[] }>>(['stories']);
    const charlevoix = stories.find((s) => s.articleIds.includes(idOf('000_')));
    assert.deepEqual(new Set(charlevoix?.articleIds), new Set([idOf('000_'), idOf('001_')]));
    assert.equal(stories.length, 4);
  });

  test("brief --story, read from the story's part of the store, is the brief the whole dossier gives", async () => {
    const store = new SqliteStore(db);
    try {
      const whole = await storedDossier(store);
      for (const story of whole.stories) {
        const brief = dossier(db, ['brief', '--story', story.id]);
        assert.equal(brief.status, 0, brief.stderr);
        assert.equal(brief.stdout, renderBriefMarkdown(buildBrief(whole, { storyId: story.id })));
      }
    } finally {
      await store.close();
    }
  });

  test('the timeline runs from February to December 2025 with the meetings on their dates', () => {
    const entries = json<Array<{ date: string | null; type: string; mode: string; place: string | null }>>([
      'timeline',
    ]).filter((e) => e.date?.startsWith('2025'));
    assert.ok(entries.length > 5);
    assert.equal(entries[0]!.date!.slice(0, 7), '2025-02');
    assert.equal(entries[entries.length - 1]!.date!.slice(0, 7), '2025-12');
    const miami = entries.find(
      (e) => e.type === 'CONSULT' && e.mode === 'planned' && e.place?.startsWith('Miami'),
    );
    assert.equal(miami?.date, '2025-12-04');
    const calendar = entries.map((e) => e.date!).filter((d) => /^\d{4}-\d{2}(-\d{2})?$/.test(d));
    assert.deepEqual(calendar, [...calendar].sort(), 'calendar dates in order, a month before its days');
  });

  test('timeline --actor finds an actor by surname in any case and prints their events as headlines', () => {
    const witkoff = dossier(db, ['timeline', '--actor', 'witkoff']);
    assert.equal(witkoff.status, 0, witkoff.stderr);
    assert.match(witkoff.stderr, /^Steve Witkoff \(person\): \d+ events?$/m);
    assert.match(
      witkoff.stdout,
      /^2025-12-02 +Witkoff meets Putin in Moscow {2}\(Steve Witkoff, Vladimir Putin; 1 source\)$/m,
    );
    assert.match(witkoff.stdout, /^2025-12-04 +Planned: Witkoff to meet Umerov in Miami {2}\(/m);
    assert.doesNotMatch(witkoff.stdout, /→|CONSULT/);
    const rubio = dossier(db, ['timeline', '--actor', 'RUBIO']);
    assert.equal(rubio.status, 0, rubio.stderr);
    assert.match(rubio.stderr, /^Marco Rubio \(person\)/m);
  });

  test('timeline --actor with a name nobody has is an error naming the close matches', () => {
    const result = dossier(db, ['timeline', '--actor', 'Zelenskiy']);
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    assert.match(
      result.stderr,
      /^error: no actor matches "Zelenskiy"; did you mean "Volodymyr Zelenskyy"\?$/m,
    );
  });

  test('Russia’s share of Ukraine’s territory is one series: about 18% in April, 19.3% in November', () => {
    const exported = dossier(db, ['export', '--format', 'json']);
    assert.equal(exported.status, 0, exported.stderr);
    const { series } = JSON.parse(exported.stdout) as {
      series: Array<{ unit: string | null; points: Array<{ value: number }> }>;
    };
    const territory = series.find((s) => s.unit === '%' && s.points.some((p) => p.value === 19.3));
    assert.deepEqual(
      territory?.points.map((p) => p.value),
      [18, 19.3],
    );
  });

  test('a merge decision survives re-processing', () => {
    const before = json<{ entity: { id: string } }>(['actor', 'Lammy']).entity.id;
    const other = json<{ entity: { id: string } }>(['actor', 'Healey']).entity.id;
    assert.notEqual(before, other);
    assert.equal(dossier(db, ['entity', 'merge', before, other]).status, 0);
    assert.equal(dossier(db, ['reprocess', '--all']).status, 0);
    const merged = json<{ entity: { aliases: string[] } }>(['actor', 'Lammy']).entity.aliases;
    assert.ok(
      merged.some((a) => a.includes('Healey')),
      merged.join(', '),
    );
  });
});
