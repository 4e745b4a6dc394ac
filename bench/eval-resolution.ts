/**
 * Scores cross-document entity resolution on MEANTIME's cross-document annotation: 120 English Wikinews
 * articles in four topics, whose entity mentions are linked to corpus-wide instances ("General Motors",
 * "Barack Obama"). Each article is read by the reading pipeline and all are resolved together; then every
 * gold named mention (syntactic type NAM) of a person, organisation or location instance that overlaps one
 * of our mentions is paired with the resolved entity of that mention. On those pairs:
 *
 * - B³ precision/recall/F1 (Bagga & Baldwin): per mention, the share of its predicted cluster that shares
 *   its gold instance and the share of its gold instance that shares its predicted cluster, averaged;
 * - cross-document pairwise precision/recall/F1: over pairs of mentions from different articles, "same
 *   instance" as we say it against as the annotators do, which isolates what resolution across articles
 *   adds to (or costs) reading each article alone.
 *
 * The same scores for a baseline that joins article entities only when type and name are identical show
 * what name variants, surnames and government metonyms bring. Mentions we did not find are not scored:
 * this measures resolution, not tagging (bench/eval-entities.ts scores that).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReadArticle } from '../src/core/connected.js';
import type { Article } from '../src/core/types.js';
import { memberKey, resolveAcrossArticles } from '../src/connect/entities/index.js';
import { analyzeText } from '../src/pipeline/reading.js';

const CROSS_DOC_DIR = '../shared/bench/corpora/meantime/intra_cross-doc_annotation';
const SCORED_TYPES = new Set(['PER', 'ORG', 'LOC']);

interface GoldMention {
  start: number;
  end: number;
  instance: string;
}

interface CorpusDocument {
  id: string;
  text: string;
  created: string | null;
  gold: GoldMention[];
}

export interface PrecisionRecallF1 {
  precision: number;
  recall: number;
  f1: number;
}

export interface ResolutionScore {
  documents: number;
  /** Gold named mentions of cross-document PER/ORG/LOC instances. */
  goldMentions: number;
  /** Those overlapping a mention of ours: the mentions scored. */
  scoredMentions: number;
  goldInstances: number;
  ours: { bcubed: PrecisionRecallF1; crossDocumentPairs: PrecisionRecallF1; clusters: number };
  exactNameBaseline: { bcubed: PrecisionRecallF1; crossDocumentPairs: PrecisionRecallF1; clusters: number };
  resolveMs: number;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/;
const NO_SPACE_AFTER = /^[([{$]$/;
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(#?\w+);/g, (all, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (XML_ENTITIES[name] ?? all),
  );
const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** One file: text rebuilt from its tokens (a sentence a line), creation date, gold named mentions by instance. */
function parseCrossDocument(id: string, xml: string): CorpusDocument {
  const offsets = new Map<string, { start: number; end: number }>();
  let text = '';
  let previous: { sentence: string; word: string } | null = null;
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const sentence = attribute(m[1] ?? '', 'sentence') ?? '';
    const word = decode(m[2] ?? '');
    if (previous && previous.sentence !== sentence) text += '\n';
    else if (previous && !NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(previous.word)) text += ' ';
    offsets.set(attribute(m[1] ?? '', 't_id') ?? '', { start: text.length, end: text.length + word.length });
    text += word;
    previous = { sentence, word };
  }
  const created = /functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? null;

  const instanceOf = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY\b([^>]*)\/?>/g)) {
    const instance = attribute(m[1] ?? '', 'instance_id');
    if (instance && SCORED_TYPES.has(attribute(m[1] ?? '', 'ent_type') ?? '')) {
      instanceOf.set(attribute(m[1] ?? '', 'm_id') ?? '', instance);
    }
  }
  const mentionInstance = new Map<string, string>();
  for (const m of xml.matchAll(/<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const instance = instanceOf.get(/<target m_id="(\d+)"/.exec(m[1] ?? '')?.[1] ?? '');
    if (!instance) continue;
    for (const source of (m[1] ?? '').matchAll(/<source m_id="(\d+)"/g))
      mentionInstance.set(source[1] ?? '', instance);
  }
  const gold: GoldMention[] = [];
  for (const m of xml.matchAll(/<ENTITY_MENTION\b([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    if (attribute(m[1] ?? '', 'syntactic_type') !== 'NAM') continue;
    const instance = mentionInstance.get(attribute(m[1] ?? '', 'm_id') ?? '');
    const spans = [...(m[2] ?? '').matchAll(/t_id="(\d+)"/g)].map((a) => offsets.get(a[1] ?? ''));
    const first = spans[0];
    const last = spans[spans.length - 1];
    if (instance && first && last) gold.push({ start: first.start, end: last.end, instance });
  }
  return { id, text, created, gold };
}

async function loadCorpus(dir: string): Promise<CorpusDocument[]> {
  const documents: CorpusDocument[] = [];
  for (const corpus of (await readdir(dir)).filter((n) => n.startsWith('corpus_')).sort()) {
    for (const file of (await readdir(path.join(dir, corpus))).filter((f) => f.endsWith('.xml')).sort()) {
      documents.push(
        parseCrossDocument(`${corpus}/${file}`, await readFile(path.join(dir, corpus, file), 'utf8')),
      );
    }
  }
  return documents;
}

function asReadArticle(document: CorpusDocument): ReadArticle {
  const { text: _text, ...reading } = analyzeText(document.text, document.created);
  const article: Article = {
    id: document.id,
    revision: 1,
    ingestedAt: '',
    updatedAt: '',
    source: document.id,
    url: null,
    fingerprint: '',
    title: null,
    text: document.text,
    removed: [],
    outlet: null,
    outletEvidence: null,
    author: null,
    lang: 'en',
    published: document.created,
    publishedEvidence: null,
    publishedRange: null,
    canonicalUrl: null,
  };
  return { article, reading };
}

/** A scored mention: its article, its gold instance, and the cluster a resolver put it in. */
interface Scored {
  document: string;
  gold: string;
  predicted: string;
}

const prf = (hits: number, predicted: number, gold: number): PrecisionRecallF1 => {
  const precision = predicted ? hits / predicted : 0;
  const recall = gold ? hits / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

function countBy(items: readonly Scored[], key: (s: Scored) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of items) counts.set(key(s), (counts.get(key(s)) ?? 0) + 1);
  return counts;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;
const sumPairs = (counts: Map<string, number>): number =>
  [...counts.values()].reduce((sum, n) => sum + pairs(n), 0);

function score(scored: readonly Scored[]): {
  bcubed: PrecisionRecallF1;
  crossDocumentPairs: PrecisionRecallF1;
  clusters: number;
} {
  const both = countBy(scored, (s) => `${s.predicted}\u0000${s.gold}`);
  const predicted = countBy(scored, (s) => s.predicted);
  const gold = countBy(scored, (s) => s.gold);
  let precision = 0;
  let recall = 0;
  for (const s of scored) {
    const shared = both.get(`${s.predicted}\u0000${s.gold}`)!;
    precision += shared / predicted.get(s.predicted)!;
    recall += shared / gold.get(s.gold)!;
  }
  const n = scored.length || 1;
  const bPrecision = precision / n;
  const bRecall = recall / n;
  // Cross-document pairs: all pairs in a group minus those within one article.
  const cross = (key: (s: Scored) => string) =>
    sumPairs(countBy(scored, key)) - sumPairs(countBy(scored, (s) => `${key(s)}\u0000${s.document}`));
  const hits = cross((s) => `${s.predicted}\u0000${s.gold}`);
  return {
    bcubed: {
      precision: bPrecision,
      recall: bRecall,
      f1: bPrecision + bRecall ? (2 * bPrecision * bRecall) / (bPrecision + bRecall) : 0,
    },
    crossDocumentPairs: prf(
      hits,
      cross((s) => s.predicted),
      cross((s) => s.gold),
    ),
    clusters: predicted.size,
  };
}

export async function evaluateMeantimeCoreference(
  dir = path.resolve(process.cwd(), CROSS_DOC_DIR),
): Promise<ResolutionScore> {
  const documents = await loadCorpus(dir);
  const articles = documents.map(asReadArticle);
  const started = performance.now();
  const { memberOf } = resolveAcrossArticles(articles);
  const resolveMs = performance.now() - started;

  const ours: Scored[] = [];
  const baseline: Scored[] = [];
  documents.forEach((document, i) => {
    const { reading } = articles[i]!;
    const entityById = new Map(reading.entities.map((e) => [e.id, e]));
    for (const g of document.gold) {
      let best: { overlap: number; entityId: string } | null = null;
      for (const m of reading.mentions) {
        const overlap = Math.min(m.end, g.end) - Math.max(m.start, g.start);
        if (overlap > 0 && (!best || overlap > best.overlap)) best = { overlap, entityId: m.entityId };
      }
      if (!best) continue;
      const entity = entityById.get(best.entityId)!;
      ours.push({
        document: document.id,
        gold: g.instance,
        // An entity resolution leaves out (a product or event name typed `other`, junk) is a cluster of its
        // own, as B³ counts a mention missing from the response: one shared "unresolved" key would join them all.
        predicted:
          memberOf.get(memberKey(document.id, best.entityId)) ?? `unresolved:${document.id}/${best.entityId}`,
      });
      baseline.push({ document: document.id, gold: g.instance, predicted: `${entity.type}:${entity.name}` });
    }
  });
  return {
    documents: documents.length,
    goldMentions: documents.reduce((n, d) => n + d.gold.length, 0),
    scoredMentions: ours.length,
    goldInstances: new Set(ours.map((s) => s.gold)).size,
    ours: score(ours),
    exactNameBaseline: score(baseline),
    resolveMs,
  };
}
