import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildTimeline } from '../src/connect/timeline/index.js';
import { connectAll, findActor } from '../src/service/connect.js';
import { ingest } from '../src/service/ingest.js';
import { SqliteStore } from '../src/store/sqlite/index.js';

export interface SeedCheck {
  check: string;
  passed: boolean;
  found: string;
}

/**
 * The connecting issue's checks on the reference corpus, run end to end: ingest through the manifest into
 * a fresh store, connect, and look for what an analyst would.
 */
export async function checkSeeds(): Promise<SeedCheck[]> {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'dossier-eval-')), 'seeds.db'));
  try {
    await ingest(store, [resolve(process.cwd(), '../shared/seeds-manifest.jsonl')], {
      sources: { allowPrivate: false, maxBytes: 20 << 20 },
    });
    const dossier = await connectAll(store);
    const bySource = (prefix: string) =>
      dossier.articles.find((a) => a.article.source.includes(prefix))?.article.id;
    const sybiha = findActor(dossier, 'Sybiha');
    const rubioRole = dossier.discrepancies.find((d) => d.kind === 'role' && d.subject.includes('Rubio'));
    const charlevoix = dossier.stories.find((s) => s.articleIds.includes(bySource('000_') ?? ''));
    const timeline = buildTimeline(dossier.events).filter((e) => e.date?.startsWith('2025'));
    const territory = dossier.series.find((s) => s.unit === '%' && s.points.some((p) => p.value === 19.3));
    return [
      {
        check: 'Sybiha is one entity whatever the spelling',
        passed:
          !!sybiha &&
          sybiha.aliases.some((a) => a.includes('Sybhia')) &&
          sybiha.aliases.some((a) => a.includes('Sybiha')),
        found: sybiha?.aliases.join(', ') ?? 'none',
      },
      {
        check: "Rubio's two titles in March 2025 are a discrepancy",
        passed: !!rubioRole && rubioRole.variants.length >= 2,
        found: rubioRole?.variants.map((v) => v.value).join(' vs ') ?? 'none',
      },
      {
        check: 'the two Charlevoix reports are one story, alone',
        passed: charlevoix?.articleIds.length === 2 && charlevoix.articleIds.includes(bySource('001_') ?? ''),
        found: `${dossier.stories.length} stories; Charlevoix story has ${charlevoix?.articleIds.length ?? 0} articles`,
      },
      {
        check: 'the timeline runs from February to December 2025',
        passed:
          timeline[0]?.date?.startsWith('2025-02') === true &&
          timeline.at(-1)?.date?.startsWith('2025-12') === true,
        found: `${timeline[0]?.date} … ${timeline.at(-1)?.date}, ${timeline.length} events`,
      },
      {
        check: "Russia's share of Ukraine's territory is a series (18% → 19.3%)",
        passed: territory?.points.map((p) => p.value).join(',') === '18,19.3',
        found: territory?.points.map((p) => `${p.value}% (${p.asOf})`).join(' → ') ?? 'none',
      },
    ];
  } finally {
    await store.close();
  }
}
