import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { RawDocument } from '../src/core/types.js';
import { extractArticle, isoDate } from '../src/pipeline/prepare-article.js';
import { analyzeText } from '../src/pipeline/reading.js';
import { SHARED_BENCH, bbcFiles } from './run-phase.js';

/**
 * `node dist/bench/reading-digest.js [rss|bbc ...]`: the SHA-256 of what `dossier analyze --json` prints for
 * every dev RSS article (with its feed's date) and every BBC file, as the command reads them (cleaned).
 * A speed change must leave both digests as they were; a failed reading is hashed as its error message.
 */
interface Input {
  source: string;
  text: string;
  published?: string | undefined;
}

function rssInputs(): Input[] {
  const lines = gunzipSync(readFileSync(`${SHARED_BENCH}/corpora/rss-2025-05/articles.jsonl.gz`))
    .toString('utf8')
    .split('\n')
    .filter(Boolean);
  return lines.map((line, i) => {
    const { text, published } = JSON.parse(line) as { text: string; published?: string };
    return { source: `rss:${i}`, text, published: published ? (isoDate(published) ?? undefined) : undefined };
  });
}

const bbcInputs = (): Input[] =>
  bbcFiles().map((file) => ({ source: file, text: readFileSync(file, 'utf8') }));

/** One input's analysis as `dossier analyze` gives it (extraction and clean-up, then the reading). */
function analyze(input: Input): string {
  const doc: RawDocument = { source: input.source, url: null, kind: 'text', body: input.text, hints: {} };
  try {
    const article = extractArticle(doc, { published: input.published });
    return JSON.stringify(analyzeText(article.text, article.published), null, 2);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

const corpora: Record<string, () => Input[]> = { rss: rssInputs, bbc: bbcInputs };
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(corpora);
for (const name of wanted) {
  const inputs = corpora[name]!();
  const hash = createHash('sha256');
  const began = process.cpuUsage();
  for (const input of inputs) hash.update(analyze(input)).update('\n');
  const spent = process.cpuUsage(began);
  const seconds = (spent.user + spent.system) / 1e6;
  process.stdout.write(`${name} ${inputs.length} ${hash.digest('hex')} (${seconds.toFixed(1)} s CPU)\n`);
}
