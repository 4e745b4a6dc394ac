/**
 * Scores quotes and attributions against PolNeAR (political news, brat standoff: Source, Cue and Content
 * spans linked by an Attribution event). Articles go through the whole reading, so speakers are resolved
 * by the same entities stage as in production, and are scored on the raw text's offsets.
 *
 * Definitions:
 * - A gold attribution is direct when its content starts with a quotation mark (curly or straight), as
 *   the annotators mark it: the content's first piece opens with the mark. A reported clause holding a
 *   partial quote ("said it was “reasonably good”") is not direct. Ours are direct when `direct` is set.
 * - Overlap match: a system item matches a gold item when their spans share a character (a gold content in
 *   several pieces matches through any piece). Precision counts system items matching some gold item,
 *   recall gold items matched by some system item: a quote split in two parts on one side and one on the
 *   other is not penalised twice.
 * - Speaker right (matched direct quotes, each against the gold quote it overlaps most): our source span
 *   overlaps the gold source, or a mention of our speaker entity does, or the source of another quote we
 *   gave the same speaker does (a quote carrying on an earlier one has no source of its own); with no
 *   gold source, right when we name no speaker either.
 * - Exact match: equal spans once quotation marks, spaces and punctuation are trimmed from both ends (the
 *   annotators keep the marks and a clause's "that", we keep neither); a gold content in pieces is taken
 *   from its first piece's start to its last piece's end.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Mention, Quote, Span } from '../src/core/analysis.js';
import { analyzeText } from '../src/pipeline/reading.js';
import { findQuotes } from '../src/stages/quotes/index.js';

const POLNEAR_DIR = '../shared/bench/quotes/polnear';

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface QuoteScore {
  system: string;
  documents: number;
  direct: {
    gold: number;
    system: number;
    content: PrecisionRecall;
    /** Matched direct quotes whose speaker is right, over the matched direct quotes. */
    speakerAccuracy: number;
    speakerMatched: number;
  };
  all: {
    gold: number;
    system: number;
    overlap: { content: PrecisionRecall; source: PrecisionRecall; cue: PrecisionRecall };
    exact: { content: PrecisionRecall; source: PrecisionRecall; cue: PrecisionRecall };
  };
  /** Words read and milliseconds spent in the quotes stage alone (the rest of the reading excluded). */
  speed: { words: number; quotesMs: number };
}

interface GoldAttribution {
  content: Span[];
  source: Span[];
  cue: Span[];
}

export interface PolnearDocument {
  id: string;
  text: string;
  published: string | null;
  gold: GoldAttribution[];
}

/** What a system says about one document, in the scorer's terms. */
export interface SystemAttribution {
  content: Span;
  source: Span | null;
  cue: Span | null;
  direct: boolean;
  /** Spans where the resolved speaker is mentioned in the article. */
  speakerMentions: Span[];
}

const OPENS_WITH_QUOTE_MARK = /^\s*[“"‘]/u;

/** The brat standoff's attributions: `T` spans (pieces joined by ";") gathered by `E Attribution` lines. */
export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const pieces = body.slice(body.indexOf(' ') + 1).split(';');
      spans.set(
        id,
        pieces
          .map((p) => p.trim().split(/\s+/).map(Number))
          .map(([start, end]) => ({ start: start!, end: end! })),
      );
    } else if (id.startsWith('E')) {
      events.push(body.split(/\s+/));
    }
  }
  return events.map((roles) => {
    const gold: GoldAttribution = { content: [], source: [], cue: [] };
    for (const role of roles) {
      const [name, ref] = role.split(':');
      const target = /^Content/.test(name ?? '')
        ? gold.content
        : /^Source/.test(name ?? '')
          ? gold.source
          : /^Cue/.test(name ?? '')
            ? gold.cue
            : null;
      target?.push(...(spans.get(ref ?? '') ?? []));
    }
    return gold;
  });
}

export async function loadPolnear(split: 'dev' | 'train' = 'dev'): Promise<PolnearDocument[]> {
  const root = path.resolve(process.cwd(), POLNEAR_DIR);
  const published = new Map<string, string>();
  for (const line of (await readFile(path.join(root, 'metadata.tsv'), 'utf8')).split('\n').slice(1)) {
    const fields = line.split('\t');
    if (fields[1] && fields[5]) published.set(fields[1], fields[5]);
  }
  const annotations = (await readdir(path.join(root, split, 'attributions')))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const documents: PolnearDocument[] = [];
  for (const file of (await readdir(path.join(root, split, 'text')))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const id = file.slice(0, -'.txt'.length);
    const ann = annotations.find((a) => a.startsWith(`${id}_`));
    if (!ann) continue;
    documents.push({
      id,
      text: await readFile(path.join(root, split, 'text', file), 'utf8'),
      published: published.get(id) ?? null,
      gold: parseBrat(await readFile(path.join(root, split, 'attributions', ann), 'utf8')),
    });
  }
  return documents;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const overlapLength = (a: Span, b: Span): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const anyOverlap = (a: Span, bs: readonly Span[]): boolean => bs.some((b) => overlaps(a, b));

function prf(systemMatched: number, system: number, goldMatched: number, gold: number): PrecisionRecall {
  const precision = system ? systemMatched / system : 0;
  const recall = gold ? goldMatched / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function trimmedSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s“”"‘’'.,;:!?—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s“”"‘’'.,;:!?—–-]/.test(text[end - 1]!)) end--;
  if (/^that\s/i.test(text.slice(start, end))) start += 5;
  return { start, end };
}

const extent = (spans: readonly Span[]): Span => ({
  start: Math.min(...spans.map((s) => s.start)),
  end: Math.max(...spans.map((s) => s.end)),
});

interface Counts {
  system: number;
  gold: number;
  systemMatched: number;
  goldMatched: number;
}
const zero = (): Counts => ({ system: 0, gold: 0, systemMatched: 0, goldMatched: 0 });
const finish = (c: Counts): PrecisionRecall => prf(c.systemMatched, c.system, c.goldMatched, c.gold);

function count(
  counts: Counts,
  system: readonly Span[],
  gold: readonly Span[][],
  match: (s: Span, g: Span[]) => boolean,
): void {
  counts.system += system.length;
  counts.gold += gold.length;
  counts.systemMatched += system.filter((s) => gold.some((g) => match(s, g))).length;
  counts.goldMatched += gold.filter((g) => system.some((s) => match(s, g))).length;
}

/** Scores any system (document → attributions) on PolNeAR with the definitions above. */
export async function scorePolnear(
  name: string,
  read: (doc: PolnearDocument) => SystemAttribution[],
  split: 'dev' | 'train' = 'dev',
): Promise<QuoteScore> {
  const documents = await loadPolnear(split);
  const direct = zero();
  let speakerMatched = 0;
  let speakerRight = 0;
  const overlap = { content: zero(), source: zero(), cue: zero() };
  const exact = { content: zero(), source: zero(), cue: zero() };
  let systemTotal = 0;
  let goldTotal = 0;
  for (const doc of documents) {
    const ours = read(doc);
    const gold = doc.gold.filter((g) => g.content.length > 0);
    systemTotal += ours.length;
    goldTotal += gold.length;
    const goldDirect = gold.filter((g) => {
      const first = [...g.content].sort((a, b) => a.start - b.start)[0]!;
      return OPENS_WITH_QUOTE_MARK.test(doc.text.slice(first.start, first.end));
    });
    const oursDirect = ours.filter((a) => a.direct);
    count(
      direct,
      oursDirect.map((a) => a.content),
      goldDirect.map((g) => g.content),
      (s, g) => anyOverlap(s, g),
    );
    for (const a of oursDirect) {
      let best: GoldAttribution | null = null;
      let bestOverlap = 0;
      for (const g of goldDirect) {
        const length = g.content.reduce((sum, c) => sum + overlapLength(a.content, c), 0);
        if (length > bestOverlap) [best, bestOverlap] = [g, length];
      }
      if (!best) continue;
      speakerMatched++;
      const right =
        best.source.length === 0
          ? a.source === null && a.speakerMentions.length === 0
          : (a.source !== null && anyOverlap(a.source, best.source)) ||
            a.speakerMentions.some((m) => anyOverlap(m, best.source));
      if (right) speakerRight++;
    }
    for (const part of ['content', 'source', 'cue'] as const) {
      const system = ours
        .map((a) => (part === 'content' ? a.content : a[part]))
        .filter((s): s is Span => s !== null);
      const golden = gold.map((g) => g[part]).filter((s) => s.length > 0);
      count(overlap[part], system, golden, (s, g) => anyOverlap(s, g));
      const same = (s: Span, g: Span[]): boolean => {
        const a = trimmedSpan(doc.text, s);
        const b = trimmedSpan(doc.text, extent(g));
        return a.start === b.start && a.end === b.end;
      };
      count(exact[part], system, golden, same);
    }
  }
  return {
    system: name,
    documents: documents.length,
    direct: {
      gold: direct.gold,
      system: direct.system,
      content: finish(direct),
      speakerAccuracy: speakerMatched ? speakerRight / speakerMatched : 0,
      speakerMatched,
    },
    all: {
      gold: goldTotal,
      system: systemTotal,
      overlap: { content: finish(overlap.content), source: finish(overlap.source), cue: finish(overlap.cue) },
      exact: { content: finish(exact.content), source: finish(exact.source), cue: finish(exact.cue) },
    },
    speed: { words: 0, quotesMs: 0 },
  };
}

/** Our speaker is known by its entity's mentions and by the sources of the quotes we gave it. */
function asSystem(quotes: readonly Quote[], mentions: readonly Mention[]): SystemAttribution[] {
  const namings = (id: string): Span[] => [
    ...mentions.filter((m) => m.entityId === id),
    ...quotes.flatMap((q) => (q.speakerId === id && q.source ? [q.source] : [])),
  ];
  return quotes.map((q) => ({
    content: q.content,
    source: q.source,
    cue: q.cue,
    direct: q.direct,
    speakerMentions: q.speakerId ? namings(q.speakerId) : [],
  }));
}

/** Dossier's quotes stage on PolNeAR (`split` "train" for development, "dev" for the reported figures). */
export async function evaluatePolnear(split: 'dev' | 'train' = 'dev'): Promise<QuoteScore> {
  let words = 0;
  let quotesMs = 0;
  const score = await scorePolnear(
    'dossier quotes',
    (doc) => {
      const analysis = analyzeText(doc.text, doc.published);
      const started = performance.now();
      const quotes = findQuotes(analysis);
      quotesMs += performance.now() - started;
      words += doc.text.split(/\s+/).filter(Boolean).length;
      return asSystem(quotes, analysis.mentions);
    },
    split,
  );
  return { ...score, speed: { words, quotesMs } };
}

const BASELINE_QUOTE = /[“"]([^“”"\n]+)[”"]/g;
const BASELINE_SAID_AFTER = /^,?\s*(?:said|says)\s+((?:[A-Z][\w.'’-]*\s?)+)/;
const BASELINE_SAID_BEFORE = /^,?\s*((?:[A-Z][\w.'’-]*\s?)+|he|she)\s+(?:said|says)\b/;

/** The baseline: every quoted span is a direct quote; "said X" or "X said" after it is the source. */
export async function evaluateQuoteRegexBaseline(split: 'dev' | 'train' = 'dev'): Promise<QuoteScore> {
  return scorePolnear(
    'quote-mark regex + "said X"',
    (doc) =>
      [...doc.text.matchAll(BASELINE_QUOTE)].map((m) => {
        const start = m.index + 1;
        const end = start + (m[1] ?? '').length;
        const after = doc.text.slice(end + 1, end + 80);
        const said = BASELINE_SAID_AFTER.exec(after) ?? BASELINE_SAID_BEFORE.exec(after);
        const name = said?.[1]?.trim();
        const at = name ? end + 1 + after.indexOf(name) : -1;
        return {
          content: { start, end },
          source: name ? { start: at, end: at + name.length } : null,
          cue: null,
          direct: true,
          speakerMentions: [],
        };
      }),
    split,
  );
}
