import type { RawDocument } from '../src/core/types.js';
import { extractArticle } from '../src/pipeline/prepare-article.js';
import { evaluateExtraction, readabilityBaseline } from './extraction.js';
import { printTable, writeResults } from './run-phase.js';

/**
 * `npm run eval`: Dossier's quality on the development data in ../shared/bench, beside the peers'
 * published figures and a peer run through the same scorer.
 */
function dossierExtract(html: string, url: string): string {
  const doc: RawDocument = { source: url, url, kind: 'html', body: html, hints: {} };
  try {
    const article = extractArticle(doc);
    return article.title ? `${article.title}\n\n${article.text}` : article.text;
  } catch {
    return '';
  }
}

const ours = await evaluateExtraction(dossierExtract);
const peer = await evaluateExtraction(readabilityBaseline);

printTable(
  'HTML → article text (../shared/bench/extraction: 176 pages, with/without snippets)',
  ['system', 'precision', 'recall', 'F1', 'where the figure comes from'],
  [
    ['dossier extract', ours.precision, ours.recall, ours.f1, 'this run'],
    ['@mozilla/readability + linkedom', peer.precision, peer.recall, peer.f1, 'this run, same scorer'],
    ['Readability.js', '', '', 0.947, 'published, ScrapingHub set (4-gram F1)'],
    ['trafilatura 2.2.0', '', '', 0.958, 'published, ScrapingHub set'],
    ['trafilatura 2.2.0', '', '', 0.924, 'published, full 990-page set of this benchmark'],
    ['readability-lxml', '', '', 0.826, 'published, full 990-page set'],
  ],
);
const file = writeResults('eval', { extraction: { dossier: ours, readability: peer } });
process.stdout.write(`\nwritten to ${file}\n`);
