/**
 * Scores the dates stage against TimeML gold the way the TempEval-3 scorer does: strict (same extent) and
 * relaxed (overlapping) span match, then type and value accuracy over the relaxed matches. The corpora are
 * read in place from `../shared/bench`; nothing is copied into the repository.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import type { DateMention, TimexType } from '../src/core/analysis.js';
import { findDates } from '../src/stages/dates/index.js';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

export interface TimeDocument {
  id: string;
  text: string;
  /** Publication date (YYYY-MM-DD) taken from the document's creation time. */
  published: string | null;
  gold: GoldTimex[];
  /** Extent of the creation time when it sits inside the text; our mentions there are not scored. */
  creationSpan: { start: number; end: number } | null;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusTimeScore {
  documents: number;
  chars: number;
  gold: number;
  system: number;
  strictMatches: number;
  relaxedMatches: number;
  typeCorrect: number;
  valueCorrect: number;
  strictValueCorrect: number;
  strict: PrecisionRecall;
  relaxed: PrecisionRecall;
  typeAccuracy: number;
  valueAccuracy: number;
  /** Relaxed F1 × value accuracy, TempEval-3's headline figure for normalisation. */
  valueF1: number;
  /** Strict F1 × value accuracy over the strict matches. */
  strictValueF1: number;
}

export interface TimeScore {
  corpora: Record<string, CorpusTimeScore>;
  overall: CorpusTimeScore;
  seconds: number;
  charsPerSecond: number;
}

const TEMPEVAL_DIR = '../shared/bench/time/tempeval3-train';
const MEANTIME_DIR = '../shared/bench/corpora/meantime/intra-doc_annotation';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1);
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? entity;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return match ? (match[1] ?? null) : null;
}

function toTimexType(type: string | null): TimexType {
  return type === 'TIME' || type === 'DURATION' || type === 'SET' ? type : 'DATE';
}

/** Strips the inline tags of a TimeML TEXT element, keeping gold TIMEX3 extents as plain-text offsets. */
export function parseTimeml(id: string, xml: string): TimeDocument {
  const dct = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml);
  const dctValue = dct ? attribute(dct[1] ?? '', 'value') : null;
  const published = dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: GoldTimex[] = [];
  let open: { start: number; tag: string } | null = null;
  const pieces = /<[^>]+>|&[#\w]+;|[^<&]+/g;
  for (let piece = pieces.exec(body); piece; piece = pieces.exec(body)) {
    const token = piece[0];
    if (token.startsWith('<TIMEX3')) open = { start: text.length, tag: token };
    else if (token === '</TIMEX3>' && open) {
      gold.push({
        start: open.start,
        end: text.length,
        text: text.slice(open.start, text.length),
        type: toTimexType(attribute(open.tag, 'type')),
        value: attribute(open.tag, 'value') ?? '',
      });
      open = null;
    } else if (token.startsWith('<')) continue;
    else text += token.startsWith('&') ? decodeEntity(token) : token;
  }
  return { id, text, published, gold, creationSpan: null };
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/**
 * MEANTIME ships tokens, not text: rebuild a readable text (one sentence a line, no space before closing
 * punctuation) so the recogniser sees what a reader would, and map each token to its offsets. Its
 * annotators marked only the title, the date line and the first sentences, so the text stops after the
 * last sentence holding any annotation; scoring the unannotated rest would count every date there as wrong.
 */
export function parseMeantime(id: string, xml: string): TimeDocument {
  const sentenceOf = new Map<string, number>();
  const tokens = /<token[^>]*\bsentence="(\d+)"[^>]*\bt_id="(\d+)"[^>]*>([^<]*)<\/token>/g;
  for (const match of xml.matchAll(tokens)) sentenceOf.set(match[2] ?? '', Number(match[1]));
  let lastAnnotated = 0;
  for (const anchor of xml.matchAll(/<token_anchor t_id="(\d+)"/g)) {
    lastAnnotated = Math.max(lastAnnotated, sentenceOf.get(anchor[1] ?? '') ?? 0);
  }
  const offsets = new Map<string, { start: number; end: number }>();
  let text = '';
  let sentence: string | null = null;
  let previous = '';
  for (const match of xml.matchAll(tokens)) {
    const [, sentenceId = '', tokenId = '', raw = ''] = match;
    if (Number(sentenceId) > lastAnnotated) break;
    const word = raw.replace(/&[#\w]+;/g, decodeEntity);
    if (sentence !== null && sentenceId !== sentence) text += '\n';
    else if (sentence !== null && !NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(previous)) text += ' ';
    sentence = sentenceId;
    offsets.set(tokenId, { start: text.length, end: text.length + word.length });
    text += word;
    previous = word;
  }
  const gold: GoldTimex[] = [];
  let published: string | null = null;
  let creationSpan: { start: number; end: number } | null = null;
  const timexes = /<TIMEX3\b([^>]*?)>([\s\S]*?)<\/TIMEX3>/g;
  for (let match = timexes.exec(xml); match; match = timexes.exec(xml)) {
    const [, tag = '', inner = ''] = match;
    const anchored = [...inner.matchAll(/t_id="(\d+)"/g)].map((m) => offsets.get(m[1] ?? ''));
    const first = anchored[0];
    const last = anchored[anchored.length - 1];
    if (!first || !last) continue;
    const span = { start: first.start, end: last.end };
    if (attribute(tag, 'functionInDocument') === 'CREATION_TIME') {
      const value = attribute(tag, 'value') ?? '';
      published = /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
      creationSpan = span;
      continue;
    }
    gold.push({
      ...span,
      text: text.slice(span.start, span.end),
      type: toTimexType(attribute(tag, 'type')),
      value: attribute(tag, 'value') ?? '',
    });
  }
  gold.sort((a, b) => a.start - b.start);
  return { id, text, published, gold, creationSpan };
}

function prf(matches: number, system: number, gold: number): PrecisionRecall {
  const precision = system ? matches / system : 0;
  const recall = gold ? matches / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

interface Tally {
  documents: number;
  chars: number;
  gold: number;
  system: number;
  strictMatches: number;
  relaxedMatches: number;
  typeCorrect: number;
  valueCorrect: number;
  strictValueCorrect: number;
}

function emptyTally(): Tally {
  return {
    documents: 0,
    chars: 0,
    gold: 0,
    system: 0,
    strictMatches: 0,
    relaxedMatches: 0,
    typeCorrect: 0,
    valueCorrect: 0,
    strictValueCorrect: 0,
  };
}

function addTally(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key];
}

function finish(tally: Tally): CorpusTimeScore {
  const strict = prf(tally.strictMatches, tally.system, tally.gold);
  const relaxed = prf(tally.relaxedMatches, tally.system, tally.gold);
  const typeAccuracy = tally.relaxedMatches ? tally.typeCorrect / tally.relaxedMatches : 0;
  const valueAccuracy = tally.relaxedMatches ? tally.valueCorrect / tally.relaxedMatches : 0;
  const strictValueAccuracy = tally.strictMatches ? tally.strictValueCorrect / tally.strictMatches : 0;
  return {
    ...tally,
    strict,
    relaxed,
    typeAccuracy,
    valueAccuracy,
    valueF1: relaxed.f1 * valueAccuracy,
    strictValueF1: strict.f1 * strictValueAccuracy,
  };
}

/** Pairs each gold timex with at most one overlapping system mention, in text order. */
export function matchMentions(gold: GoldTimex[], system: DateMention[]): Array<[GoldTimex, DateMention]> {
  const pairs: Array<[GoldTimex, DateMention]> = [];
  const used = new Set<DateMention>();
  for (const expected of gold) {
    const exact = system.find((m) => !used.has(m) && m.start === expected.start && m.end === expected.end);
    const found =
      exact ?? system.find((m) => !used.has(m) && m.start < expected.end && expected.start < m.end);
    if (!found) continue;
    used.add(found);
    pairs.push([expected, found]);
  }
  return pairs;
}

export function runDocument(document: TimeDocument): DateMention[] {
  const found = findDates(document.text, { published: document.published });
  const creation = document.creationSpan;
  return creation ? found.filter((m) => m.end <= creation.start || m.start >= creation.end) : found;
}

function scoreDocument(document: TimeDocument, system: DateMention[]): Tally {
  const tally = emptyTally();
  tally.documents = 1;
  tally.chars = document.text.length;
  tally.gold = document.gold.length;
  tally.system = system.length;
  for (const [expected, found] of matchMentions(document.gold, system)) {
    const strict = expected.start === found.start && expected.end === found.end;
    const sameValue = expected.value === found.value;
    tally.relaxedMatches += 1;
    if (strict) tally.strictMatches += 1;
    if (expected.type === found.type) tally.typeCorrect += 1;
    if (sameValue) tally.valueCorrect += 1;
    if (strict && sameValue) tally.strictValueCorrect += 1;
  }
  return tally;
}

async function loadFolder(
  dir: string,
  extension: string,
  parse: (id: string, xml: string) => TimeDocument,
): Promise<TimeDocument[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(extension)).sort();
  return Promise.all(names.map(async (name) => parse(name, await readFile(path.join(dir, name), 'utf8'))));
}

async function scoreCorpora(corpora: Record<string, TimeDocument[]>): Promise<TimeScore> {
  const scores: Record<string, CorpusTimeScore> = {};
  const overall = emptyTally();
  let seconds = 0;
  for (const [name, documents] of Object.entries(corpora)) {
    const tally = emptyTally();
    for (const document of documents) {
      const started = performance.now();
      const system = runDocument(document);
      seconds += (performance.now() - started) / 1000;
      addTally(tally, scoreDocument(document, system));
    }
    scores[name] = finish(tally);
    addTally(overall, tally);
  }
  return {
    corpora: scores,
    overall: finish(overall),
    seconds,
    charsPerSecond: seconds ? overall.chars / seconds : 0,
  };
}

export async function loadTempEval(
  dir = path.resolve(process.cwd(), TEMPEVAL_DIR),
): Promise<Record<string, TimeDocument[]>> {
  return {
    TimeBank: await loadFolder(path.join(dir, 'TimeBank'), '.tml', parseTimeml),
    AQUAINT: await loadFolder(path.join(dir, 'AQUAINT'), '.tml', parseTimeml),
  };
}

export async function loadMeantime(
  dir = path.resolve(process.cwd(), MEANTIME_DIR),
): Promise<Record<string, TimeDocument[]>> {
  const corpora: Record<string, TimeDocument[]> = {};
  for (const name of (await readdir(dir)).sort()) {
    if (name.startsWith('corpus_'))
      corpora[name.slice('corpus_'.length)] = await loadFolder(path.join(dir, name), '.xml', parseMeantime);
  }
  return corpora;
}

/** TempEval-3 training data (TimeBank and AQUAINT), scored per sub-corpus and overall. */
export async function evaluateTime(options: { dir?: string } = {}): Promise<TimeScore> {
  return scoreCorpora(await loadTempEval(options.dir ? path.resolve(process.cwd(), options.dir) : undefined));
}

/** MEANTIME's English Wikinews articles (document-level annotation), scored per topic and overall. */
export async function evaluateMeantimeTimes(options: { dir?: string } = {}): Promise<TimeScore> {
  return scoreCorpora(await loadMeantime(options.dir ? path.resolve(process.cwd(), options.dir) : undefined));
}
