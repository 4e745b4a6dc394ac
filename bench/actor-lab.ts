/**
 * Development aid for actor and series precision: ingests the dev RSS corpus once into a kept SQLite store
 * (`--db`, the real ingest path, as the judged drawer does), then connects every stored reading again with
 * the code as it is now (`connectAll`), so a change to actor or series rules is seen without ingesting
 * again. Prints the actors whose name or id matches the arguments, with the sentences that name them, and
 * with `--series` every series; `--list <file>` writes every actor's id, type, name and counts.
 *
 *     node --import tsx bench/actor-lab.ts [--db /tmp/dossier-actor-lab.db] [--series] [name|id …]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { connectAll } from '../src/service/connect.js';
import { ingest } from '../src/service/ingest.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { SHARED_BENCH } from './run-phase.js';

const args = process.argv.slice(2);
const at = args.indexOf('--db');
const db = at >= 0 ? args[at + 1]! : '/tmp/dossier-actor-lab.db';
const wanted = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.match(/^--(?:db|list)$/));
const fresh = !existsSync(db);
const store = new SqliteStore(db);
if (fresh) {
  const manifest = `${db}.jsonl`;
  writeFileSync(manifest, gunzipSync(readFileSync(`${SHARED_BENCH}/corpora/rss-2025-05/articles.jsonl.gz`)));
  await ingest(store, [manifest], { sources: { allowPrivate: false, maxBytes: 20 << 20 } });
}
const dossier = await connectAll(store);
const byId = new Map(dossier.articles.map((r) => [r.article.id, r]));
console.log(`${dossier.entities.length} actors, ${dossier.series.length} series`);
const list = args.indexOf('--list');
if (list >= 0)
  writeFileSync(
    args[list + 1]!,
    dossier.entities
      .map((e) => [e.id, e.type, e.name, e.mentionCount, e.members.length].join('\t'))
      .sort()
      .join('\n') + '\n',
  );
for (const e of dossier.entities) {
  if (!wanted.some((w) => w === e.id || e.name.toLowerCase() === w.toLowerCase())) continue;
  console.log(`\n${e.id} ${e.type} ${e.name} (${e.country ?? '-'}) aliases: ${e.aliases.join(' | ')}`);
  for (const key of e.members.slice(0, 8)) {
    const [articleId, local] = key.split('/') as [string, string];
    const read = byId.get(articleId)!;
    const mentions = read.reading.mentions.filter((m) => m.entityId === local).slice(0, 3);
    for (const m of mentions) {
      const s = read.reading.sentences[m.sentence]!;
      const text = read.article.text.slice(s.start, s.end).replace(/\s+/g, ' ');
      console.log(`  ${key} [${m.text}] ${text.slice(0, 300)}`);
    }
  }
}
if (args.includes('--series'))
  for (const s of dossier.series) {
    console.log(`\n${s.id} ${s.subject} (${s.unit ?? '-'}) ${s.confidence}`);
    for (const p of s.points)
      console.log(`  ${p.value} @ ${p.asOf} ${p.sources.join(',')} “${p.evidence.sentence.slice(0, 240)}”`);
  }
await store.close();
