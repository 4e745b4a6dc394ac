import type { RawDocument } from '../src/core/types.js';
import { extractArticle } from '../src/pipeline/prepare-article.js';
import { dossierEntityTagger, evaluateMeantimeEntities } from './eval-entities.js';
import { evaluateDuplicates } from './eval-duplicates.js';
import { evaluateCorpusReading, evaluatePlover } from './eval-events.js';
import { evaluateMeantimeCoreference } from './eval-resolution.js';
import { checkSeeds } from './eval-seeds.js';
import { evaluateStories } from './eval-stories.js';
import { evaluateFeeds } from './eval-feeds.js';
import { evaluateCompromise, evaluateNer } from './eval-ner.js';
import { evaluatePolnear, evaluateQuoteRegexBaseline } from './eval-quotes.js';
import { evaluateMeantimeTimes, evaluateTime } from './eval-time.js';
import { evaluateAnalyzeTypes, evaluateSyntax } from './eval-syntax.js';
import { evaluateExtraction, readabilityBaseline } from './extraction.js';
import { printTable, writeResults } from './run-phase.js';

/**
 * `npm run eval`: Dossier's quality on the development data in ../shared/bench, beside the peers'
 * published figures and peers run through the same scorers. Every figure is printed in percent.
 */
const pct = (fraction: number) => Math.round(fraction * 1000) / 10;

function dossierExtract(html: string, url: string): string {
  const doc: RawDocument = { source: url, url, kind: 'html', body: html, hints: {} };
  try {
    const article = extractArticle(doc);
    return article.title ? `${article.title}\n\n${article.text}` : article.text;
  } catch {
    return '';
  }
}

async function extraction() {
  const ours = await evaluateExtraction(dossierExtract);
  const peer = await evaluateExtraction(readabilityBaseline);
  printTable(
    'HTML → article text (extraction/: 176 pages, with/without snippets as trafilatura counts them)',
    ['system', 'precision', 'recall', 'F1', 'figure from'],
    [
      ['dossier extract', pct(ours.precision), pct(ours.recall), pct(ours.f1), 'this run'],
      [
        '@mozilla/readability + linkedom',
        pct(peer.precision),
        pct(peer.recall),
        pct(peer.f1),
        'this run, same scorer',
      ],
      ['Readability.js', '', '', 94.7, 'published, ScrapingHub set (4-gram F1)'],
      ['trafilatura 2.2.0', '', '', 95.8, 'published, ScrapingHub set'],
      ['trafilatura 2.2.0', '', '', 92.4, 'published, the full 990-page set'],
      ['readability-lxml', '', '', 82.6, 'published, the full 990-page set'],
    ],
  );
  return { dossier: ours, readability: peer };
}

async function time() {
  const tempeval = await evaluateTime();
  const meantime = await evaluateMeantimeTimes();
  const rows = [
    ...Object.entries(tempeval.corpora).map(([name, s]) => [`TempEval-3 train: ${name}`, s] as const),
    ['TempEval-3 train: all', tempeval.overall] as const,
    ['MEANTIME', meantime.overall] as const,
  ].map(([name, s]) => [
    name,
    pct(s.strict.f1),
    pct(s.relaxed.f1),
    pct(s.valueAccuracy),
    pct(s.valueF1),
    'this run',
  ]);
  printTable(
    'Dates and times → TIMEX3 (strict/relaxed span F1; value F1 = relaxed F1 × value accuracy)',
    ['data', 'strict F1', 'relaxed F1', 'value acc.', 'value F1', 'figure from'],
    [
      ...rows,
      ['HeidelTime', 81.3, '', '', 77.6, 'published, TempEval-3 platinum test'],
      ['ClearTK', 82.7, '', '', 64.7, 'published, TempEval-3 platinum test'],
      ['SUTime', 79.6, '', '', 67.4, 'published, TempEval-3 platinum test'],
      ['chrono-node', 39.1, '', '', 32.6, 'measured here by the issue, same scorer'],
    ],
  );
  return { tempeval, meantime };
}

async function entities() {
  const conll = await evaluateNer();
  const analyzed = evaluateAnalyzeTypes();
  const compromise = await evaluateCompromise();
  const meantime = await evaluateMeantimeEntities(dossierEntityTagger);
  const round = (n: number) => Math.round(n * 10) / 10;
  printTable(
    'Named entities (CoNLL-2003 eng.testa, exact span and type, conlleval micro F1)',
    ['system', 'precision', 'recall', 'F1', 'PER', 'ORG', 'LOC', 'MISC', 'figure from'],
    [
      ...[conll, ...(conll.fullPath ? [conll.fullPath] : []), analyzed, compromise].map((s) => [
        s.system,
        round(s.precision),
        round(s.recall),
        round(s.f1),
        round(s.perType.PER.f1),
        round(s.perType.ORG.f1),
        round(s.perType.LOC.f1),
        round(s.perType.MISC.f1),
        'this run',
      ]),
      ['best CoNLL-2003 system', '', '', 88.8, '', '', '', '', 'published, eng.testb'],
      ['Flair', '', '', 93.1, '', '', '', '', 'published, eng.testb'],
    ],
  );
  printTable(
    'Entities in news (MEANTIME, 120 Wikinews articles, person/organisation/place names)',
    ['type', 'exact P', 'exact R', 'exact F1', 'F1, no article', 'overlap F1'],
    [
      ...Object.entries(meantime.byType).map(([type, s]) => [
        type,
        pct(s.exact.precision),
        pct(s.exact.recall),
        pct(s.exact.f1),
        pct(s.withoutArticle.f1),
        pct(s.overlap.f1),
      ]),
      [
        'all',
        pct(meantime.overall.exact.precision),
        pct(meantime.overall.exact.recall),
        pct(meantime.overall.exact.f1),
        pct(meantime.overall.withoutArticle.f1),
        pct(meantime.overall.overlap.f1),
      ],
    ],
  );
  return { conll, analyzed, compromise, meantime };
}

async function quotes() {
  const ours = await evaluatePolnear();
  const baseline = await evaluateQuoteRegexBaseline();
  printTable(
    'Quotes and attributions (PolNeAR dev, 84 articles, never the test split; direct = gold content opening with a quote mark, as the data marks it; rules written with this dev set in view: tuned on)',
    [
      'system',
      'direct P',
      'direct R',
      'direct F1',
      'speaker right',
      'all: content F1',
      'source F1',
      'cue F1',
      'figure from',
    ],
    [
      ...[ours, baseline].map((s) => [
        s.system,
        pct(s.direct.content.precision),
        pct(s.direct.content.recall),
        pct(s.direct.content.f1),
        pct(s.direct.speakerAccuracy),
        pct(s.all.overlap.content.f1),
        pct(s.all.overlap.source.f1),
        pct(s.all.overlap.cue.f1),
        'this run (overlap)',
      ]),
      ['quote-mark regex + "said X"', '', '', 77, 34, '', '', '', 'measured by the issue, its definition'],
      ['human agreement', '', '', '', 92.3, '', '', '', 'PolNeAR README, attribution-wise'],
    ],
  );
  return { dossier: ours, regexBaseline: baseline };
}

async function events() {
  const plover = await evaluatePlover();
  printTable(
    'Events (PLOVER gold-standard records; the MAIN event per record, chosen without the gold category; dev: tuned on)',
    ['system', 'coded', 'type', 'source', 'target', 'all right', 'any event typed right', 'figure from'],
    [
      [
        'dossier events',
        pct(plover.coded),
        pct(plover.main.type),
        pct(plover.main.sourceCountry),
        pct(plover.main.targetCountry),
        pct(plover.main.allRight),
        pct(plover.anyTypeAccuracy),
        `this run, ${plover.records} records`,
      ],
      ['UniversalPetrarch', '', '', '', '', 44.2, '', 'published, 1,018 gold records (coded correctly)'],
    ],
  );
  printTable(
    `Events: the main event's errors by family (records of ${plover.records}; a record may fall in several)`,
    Object.keys(plover.errors),
    [Object.values(plover.errors)],
  );
  const corpus = await evaluateCorpusReading();
  printTable(
    `Reading the dev RSS corpus (rss-2025-05, ${corpus.articles} articles, no gold: shares of what the reading gives)`,
    [
      'events',
      'events with no actor',
      'events with one side only (a symmetric event of 2+ participants has two)',
      'quotes',
      'quotes with no speaker',
      'direct quotes with no speaker',
    ],
    [
      [
        corpus.events,
        pct(corpus.eventsWithoutActor),
        pct(corpus.eventsOneSided),
        corpus.quotes,
        pct(corpus.quotesWithoutSpeaker),
        pct(corpus.directWithoutSpeaker),
      ],
    ],
  );
  printTable(
    `Figures on the dev RSS corpus (no gold: shares of what the reading gives; precision judged by hand in bench/judged/figures-seed*.tsv)`,
    ['figures', 'saying what they measure', 'dated by their clause', 'attributed to a source', 'ranges'],
    [
      [
        corpus.figures,
        pct(corpus.figuresMeasured),
        pct(corpus.figuresDated),
        pct(corpus.figuresAttributed),
        corpus.figureRanges,
      ],
    ],
  );
  return { plover, corpus };
}

async function connecting() {
  const duplicates = await evaluateDuplicates();
  const coreference = await evaluateMeantimeCoreference();
  printTable(
    'Near-duplicates (bbc-2004-05; gold: identical normalised bodies are exact, body word-set Jaccard ≥ 0.6 near)',
    ['gold exact', 'gold near', 'found exact', 'found near', 'precision', 'recall', 'F1', 'articles/s'],
    [
      [
        duplicates.goldExact,
        duplicates.goldNear,
        duplicates.foundExact,
        duplicates.foundNear,
        pct(duplicates.precision),
        pct(duplicates.recall),
        pct(duplicates.f1),
        Math.round(duplicates.articlesPerSecond),
      ],
    ],
  );
  const row = (name: string, s: typeof coreference.ours) => [
    name,
    pct(s.bcubed.precision),
    pct(s.bcubed.recall),
    pct(s.bcubed.f1),
    pct(s.crossDocumentPairs.f1),
    s.clusters,
  ];
  printTable(
    `Cross-document entity resolution (MEANTIME, ${coreference.scoredMentions} of ${coreference.goldMentions} gold name mentions found and scored)`,
    ['system', 'B³ precision', 'B³ recall', 'B³ F1', 'cross-doc pair F1', 'clusters'],
    [
      row('dossier resolution', coreference.ours),
      row('same type and name (baseline)', coreference.exactNameBaseline),
    ],
  );
  const stories = await evaluateStories();
  const storyRow = (s: typeof stories.dossier) => [
    s.system,
    s.clusters,
    pct(s.subtopics.precision),
    pct(s.subtopics.recall),
    pct(s.subtopics.f1),
    pct(s.topics.f1),
  ];
  printTable(
    `Stories (ECB+ topics 1-35, ${stories.documents} documents ingested undated, ${stories.subtopics} sub-topics; thresholds tuned on these topics)`,
    ['system', 'stories', 'B³ P (sub-topic)', 'B³ R', 'B³ F1', 'B³ F1 (topic)'],
    [storyRow(stories.dossier), ...stories.peers.map(storyRow)],
  );
  const seeds = await checkSeeds();
  printTable(
    'Connecting the reference corpus (../shared/seeds through its manifest)',
    ['check', 'result', 'found'],
    seeds.map((c) => [c.check, c.passed ? 'pass' : 'FAIL', c.found]),
  );
  return { duplicates, coreference, stories, seeds };
}

async function syntax() {
  const scores = evaluateSyntax();
  const round = (n: number) => Math.round(n * 10) / 10;
  printTable(
    'Part of speech and dependencies (UD English dev sets; CoNLL 2018 scoring: words aligned by offsets, LAS without subtypes)',
    [
      'data',
      'words read as',
      'gold words',
      'aligned',
      'UPOS',
      'UAS',
      'LAS',
      'LAS with subtypes',
      'figure from',
    ],
    [
      ...scores.map((s) => [
        s.data,
        s.path,
        s.goldWords,
        s.aligned,
        round(s.upos),
        round(s.uas),
        round(s.las),
        round(s.lasSubtypes),
        'this run',
      ]),
      ['EWT test', 'raw text', '', '', 96.9, 91.9, 89.4, '', 'published: spaCy UD transformer pipeline'],
      ['EWT test', 'raw text', '', '', '', '', 'about 80', '', 'published: UDPipe 1 (no embeddings)'],
    ],
  );
  return { scores };
}

async function feeds() {
  const result = await evaluateFeeds();
  if (!result) {
    process.stdout.write('\nfeeds: ../shared/bench/corpora/rss-2025-05/ not found, skipped\n');
    return null;
  }
  printTable(
    'Real feeds → clean text (rss-2025-05: RSS items of 8 outlet families; rules tuned on this dev corpus)',
    ['measure', 'value', 'goal'],
    [
      ['items stored / given', `${result.stored} / ${result.given}`, 'all'],
      ['distinct articles stored', result.articles, ''],
      ['furniture left after one ingest run (%)', pct(result.furnitureLeftAfterIngest), ''],
      ['articles cleaned by reprocess', result.cleanedByReprocess, ''],
      ['furniture left (% of stored text)', pct(result.furnitureLeft), '< 1'],
      ['furniture sentences removed', result.furnitureRemoved, ''],
      ['reporting removed (removed, in 1 article only)', result.reportingRemoved, '0'],
      ['articles still carrying a notice', result.noticesLeft, '0'],
      ['articles marked partial', result.partial, ''],
      ['datelines left in text', result.datelinesLeft, '0'],
      ['unreadable dates (warnings)', result.warnings, ''],
    ],
  );
  for (const refused of result.refused)
    process.stdout.write(`  refused: ${refused.input}: ${refused.reason}\n`);
  for (const example of result.reportingExamples) process.stdout.write(`  reporting removed: ${example}\n`);
  for (const example of result.noticeExamples) process.stdout.write(`  notice left: ${example}\n`);
  for (const example of result.datelineExamples) process.stdout.write(`  dateline left: ${example}\n`);
  return result;
}

/**
 * `--only syntax,entities` (or a bare `feeds`) runs those sections alone (for development; the full run is
 * the record).
 */
const SECTIONS = { extraction, time, entities, quotes, events, connecting, syntax, feeds };
const only = process.argv.indexOf('--only');
const bare = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const chosen =
  only >= 0
    ? (process.argv[only + 1] ?? '').split(',')
    : bare.length > 0
      ? bare.flatMap((arg) => arg.split(','))
      : (Object.keys(SECTIONS) as Array<keyof typeof SECTIONS>);
const results: Record<string, unknown> = {};
for (const name of chosen) {
  const section = SECTIONS[name as keyof typeof SECTIONS];
  if (!section)
    throw new Error(`eval: unknown section "${name}"; known: ${Object.keys(SECTIONS).join(', ')}`);
  results[name] = await section();
}
const file = writeResults('eval', results);
process.stdout.write(`\nwritten to ${file}\n`);
