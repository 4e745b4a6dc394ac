import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Discrepancy, ReadArticle } from '../../core/connected.js';
import { ingestedSeeds } from '../../../test/support/seeds.js';
import { resolveAcrossArticles } from '../entities/index.js';
import { parseTimex } from '../events/dates.js';
import { mergeEvents } from '../events/index.js';
import { buildSeries } from '../series/index.js';
import { buildTimeline } from '../timeline/index.js';
import { findDiscrepancies } from './index.js';

describe('connecting the seed articles', () => {
  let bySeed = new Map<string, ReadArticle>();
  let articles: ReadArticle[] = [];

  before(async () => {
    bySeed = await ingestedSeeds();
    articles = [...bySeed.values()];
  });

  const id = (seed: string) => bySeed.get(seed)!.article.id;
  const seedsOf = (ids: readonly string[]) =>
    ids.map((a) => [...bySeed].find(([, r]) => r.article.id === a)![0]).sort();
  const connect = () => {
    const { entities, memberOf } = resolveAcrossArticles(articles);
    const events = mergeEvents(articles, memberOf);
    const series = buildSeries(articles, memberOf);
    return {
      entities,
      memberOf,
      events,
      series,
      discrepancies: findDiscrepancies(articles, entities, events, series),
    };
  };
  const variantsOf = (d: Discrepancy | undefined) =>
    d?.variants
      .map((v) => [v.value, seedsOf(v.articleIds)])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  it('Sybiha is one person whatever the spelling, with a spelling discrepancy', () => {
    const { entities, discrepancies } = connect();
    const sybiha = entities.filter((e) => /Syb/.test(e.name));
    assert.equal(sybiha.length, 1);
    assert.equal(sybiha[0]!.name, 'Andrii Sybiha');
    assert.deepEqual(seedsOf(sybiha[0]!.members.map((m) => m.split('/')[0]!)), ['002', '003']);
    const spelling = discrepancies.find(
      (d) => d.kind === 'spelling' && d.subject === 'spelling of Andrii Sybiha',
    );
    assert.deepEqual(variantsOf(spelling), [
      ['Sybhia', ['003']],
      ['Sybiha', ['002']],
    ]);
  });

  it("Rubio's Senator and Secretary of State titles in March 2025 are a role discrepancy naming both articles", () => {
    const { discrepancies } = connect();
    const role = discrepancies.find(
      (d) => d.kind === 'role' && d.subject === "Marco Rubio's title in 2025-03",
    );
    assert.deepEqual(variantsOf(role), [
      ['Secretary of State', ['000', '001']],
      ['Senator', ['001']],
    ]);
    const senator = role!.variants.find((v) => v.value === 'Senator')!;
    assert.match(senator.evidence[0]!.sentence, /^Late Tuesday, Senator Marco Rubio told reporters/);
    assert.equal(discrepancies.filter((d) => d.kind === 'role').length, 1);
  });

  it('Zelensky and Zelenskyy are one person; the Kremlin is Russia’s government in every article', () => {
    const { entities, memberOf } = connect();
    const zelenskyy = entities.filter((e) => /Zelensk/.test(e.name));
    assert.equal(zelenskyy.length, 1);
    assert.equal(zelenskyy[0]!.name, 'Volodymyr Zelenskyy');
    assert.deepEqual(seedsOf([...new Set(zelenskyy[0]!.members.map((m) => m.split('/')[0]!))]), [
      '001',
      '003',
      '004',
    ]);
    assert.ok(zelenskyy[0]!.aliases.includes('Zelensky') && zelenskyy[0]!.aliases.includes('Zelenskyy'));

    const government = entities.find((e) => e.stands === 'government' && e.country === 'RUS')!;
    assert.equal(government.name, 'Government of Russia');
    for (const [seed, read] of bySeed) {
      for (const m of read.reading.mentions.filter((x) => x.text === 'Kremlin' && x.kind === 'metonym')) {
        assert.equal(memberOf.get(`${read.article.id}/${m.entityId}`), government.id, seed);
      }
    }
    assert.deepEqual(seedsOf([...new Set(government.members.map((m) => m.split('/')[0]!))]), [
      '000',
      '001',
      '002',
      '003',
      '004',
    ]);
    assert.equal(entities.filter((e) => e.type === 'country' && e.country === 'UKR').length, 1);
  });

  it('seed 004 names two administrations as current: a self-contradiction', () => {
    const { discrepancies } = connect();
    const own = discrepancies.filter((d) => d.kind === 'self-contradiction');
    assert.deepEqual(
      own.map((d) => variantsOf(d)),
      [
        [
          ['Biden', ['004']],
          ['Donald Trump', ['004']],
        ],
      ],
    );
    assert.ok(own[0]!.variants.every((v) => v.articleIds[0] === id('004')));
  });

  it('the territory figures make one series; the 2025 timeline runs from February to December', () => {
    const { series, events } = connect();
    const territory = series.filter((s) => s.unit === '%' && s.points.some((p) => p.value === 19.3));
    assert.deepEqual(
      territory.map((s) => s.points.map((p) => [p.value, p.asOf, seedsOf([p.articleId])[0]])),
      [
        [
          [18, '2025-04-27', '004'],
          [19.3, '2025-12-03', '003'],
        ],
      ],
    );
    const months = buildTimeline(events)
      .filter((e) => !e.undated && e.date?.startsWith('2025'))
      .map((e) => parseTimex(e.date)!.from.slice(0, 7));
    assert.equal(months[0], '2025-02');
    assert.equal(months[months.length - 1], '2025-12');
    assert.deepEqual(months, [...months].sort());
  });
});
