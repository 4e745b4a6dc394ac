/**
 * Story placement on halves of ECB+ topics 1-35, beside the TF-IDF peer on the same halves, to tell a
 * change that generalises from one fitted to the topics it was chosen on: tune on one half, read the other
 * untouched. Each half (1-17, 18-35) and the whole are replayed in the archive's order and in shuffled
 * orders (`story-replay.ts`), each half alone in its own index. The peer (TF-IDF average link, words of one
 * document dropped) is order-free; its threshold is the best on the other half (a fair held-out choice),
 * and its best on the half itself is printed too. Peer results are cached beside the store (`<db>.peer.json`).
 *
 *     node --import tsx bench/story-splits.ts [--db /tmp/dossier-story-lab.db] [--shuffles 6] [--only 1-17]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { bcubed, tfidfAverageLink } from './story-peer.js';
import { loadLab, replay, shuffled, topicOf } from './story-replay.js';

const at = process.argv.indexOf('--db');
const db = at > 0 ? process.argv[at + 1]! : '/tmp/dossier-story-lab.db';
const shufflesAt = process.argv.indexOf('--shuffles');
const shuffles = shufflesAt > 0 ? Number(process.argv[shufflesAt + 1]) : 6;
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1]! : null;
const { documents, store, read } = await loadLab(db);
await store.close();
const sub = new Map(documents.map((d) => [d.name, d.subtopic]));

const SPLITS = { '1-17': [1, 17], '18-35': [18, 35], '1-35': [1, 35] } as const;
type Split = keyof typeof SPLITS;
const inSplit = (split: Split, name: string) => {
  const [from, to] = SPLITS[split];
  return topicOf(name) >= from && topicOf(name) <= to;
};
const goldOf = (split: Split) => new Map([...sub].filter(([name]) => inSplit(split, name)));

const THRESHOLDS = [0.13, 0.15, 0.17, 0.19, 0.21, 0.23, 0.25, 0.27];
const peerFile = `${db}.peer.json`;
const peer: Record<string, Record<string, number>> = existsSync(peerFile)
  ? JSON.parse(readFileSync(peerFile, 'utf8'))
  : {};
for (const split of Object.keys(SPLITS) as Split[]) {
  if (peer[split]) continue;
  const docs = documents.filter((d) => inSplit(split, d.name));
  const texts = docs.map((d) => (/^https?:/.test(d.text) ? d.text.slice(d.text.indexOf('\n') + 1) : d.text));
  peer[split] = {};
  for (const minSimilarity of THRESHOLDS) {
    const labels = tfidfAverageLink(texts, { minSimilarity });
    peer[split][minSimilarity] = bcubed(new Map(docs.map((d, i) => [d.name, labels[i]!])), goldOf(split)).f1;
  }
  writeFileSync(peerFile, JSON.stringify(peer));
}
const best = (split: Split) => Object.entries(peer[split]!).sort((a, b) => b[1] - a[1])[0]!;
const other: Record<Split, Split> = { '1-17': '18-35', '18-35': '1-17', '1-35': '1-35' };

const pct = (x: number) => (100 * x).toFixed(1);
for (const split of Object.keys(SPLITS) as Split[]) {
  if (only !== null && split !== only) continue;
  const gold = goldOf(split);
  const rows: string[] = [];
  const f1s: number[] = [];
  for (let seed = 0; seed <= shuffles; seed++) {
    const order = shuffled(read, seed).filter((r) => inSplit(split, r.article.author ?? ''));
    const assigned = await replay(order);
    const score = bcubed(assigned, gold);
    if (seed > 0) f1s.push(score.f1);
    rows.push(
      `${seed === 0 ? 'archive' : `shuffle ${seed}`}: ${pct(score.f1)} (P ${pct(score.precision)} R ${pct(score.recall)}, ${new Set(assigned.values()).size} stories)`,
    );
  }
  const mean = f1s.reduce((s, x) => s + x, 0) / Math.max(1, f1s.length);
  const [chosen] = best(other[split]);
  const [own, ownF1] = best(split);
  console.log(
    `topics ${split}: dossier mean of shuffles ${pct(mean)} (${pct(Math.min(...f1s))}-${pct(Math.max(...f1s))}); ` +
      `peer ${pct(peer[split]![chosen]!)} at ${chosen} (best on ${other[split]}), ${pct(ownF1)} at its best ${own}`,
  );
  for (const row of rows) console.log(`  ${row}`);
}
