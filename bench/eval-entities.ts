/**
 * Scores entity mentions against MEANTIME's English Wikinews articles (document-level annotation): named
 * mentions (syntactic type NAM, and PRE.NAM for a name modifying a noun: "Intel processors") of persons,
 * organisations and locations, exact-span and overlap F1 per type. MEANTIME's extent of a mention is its
 * whole noun phrase with the article ("the United States"), where Dossier, like CoNLL, marks the name alone;
 * a third figure scores the extent without a leading article. MEANTIME ships tokens, not text, so the text
 * is rebuilt from them with each token's offsets.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityType } from '../src/core/analysis.js';
import { resolveEntities } from '../src/stages/entities/index.js';
import { tagNames } from '../src/stages/names/index.js';
import { splitSentences, tokenize } from '../src/stages/tokens/index.js';

const MEANTIME_DIR = '../shared/bench/corpora/meantime/intra-doc_annotation';

export type MeantimeType = 'PER' | 'ORG' | 'LOC';
const SCORED: readonly MeantimeType[] = ['PER', 'ORG', 'LOC'];

/** Our types as MEANTIME's; "other" (nationalities, events) has no counterpart and is not scored. */
const AS_MEANTIME: Record<EntityType, MeantimeType | null> = {
  person: 'PER',
  organisation: 'ORG',
  country: 'LOC',
  place: 'LOC',
  other: null,
};

export interface TaggedSpan {
  start: number;
  end: number;
  type: EntityType;
}

interface GoldMention {
  start: number;
  end: number;
  /** Where the extent starts after a leading article ("United States" in "the United States"). */
  nameStart: number;
  type: string;
  named: boolean;
}

export interface MeantimeDocument {
  id: string;
  text: string;
  gold: GoldMention[];
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface TypeScore {
  gold: number;
  system: number;
  exact: PrecisionRecall;
  /** Exact, the gold extent taken without a leading article. */
  withoutArticle: PrecisionRecall;
  overlap: PrecisionRecall;
}

export interface Score {
  documents: number;
  byType: Record<MeantimeType, TypeScore>;
  /** Micro-averaged over the three types. */
  overall: TypeScore;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/;
const NO_SPACE_AFTER = /^[([{$]$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(#?\w+);/g, (all, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? all),
  );
const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * One MEANTIME file: the text (one sentence a line) up to the last sentence holding an annotation (the
 * annotators marked only the first sentences) and its named and other entity mentions with offsets.
 */
export function parseMeantimeEntities(id: string, xml: string): MeantimeDocument {
  const tokens = [...xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)].map((m) => ({
    id: attribute(m[1] ?? '', 't_id') ?? '',
    sentence: Number(attribute(m[1] ?? '', 'sentence')),
    word: decode(m[2] ?? ''),
  }));
  const sentenceOf = new Map(tokens.map((t) => [t.id, t.sentence]));
  let lastAnnotated = 0;
  for (const anchor of xml.matchAll(/<token_anchor t_id="(\d+)"/g)) {
    lastAnnotated = Math.max(lastAnnotated, sentenceOf.get(anchor[1] ?? '') ?? 0);
  }
  const offsets = new Map<string, { start: number; end: number }>();
  let text = '';
  let previous: { sentence: number; word: string } | null = null;
  for (const token of tokens) {
    if (token.sentence > lastAnnotated) break;
    if (previous && previous.sentence !== token.sentence) text += '\n';
    else if (previous && !NO_SPACE_BEFORE.test(token.word) && !NO_SPACE_AFTER.test(previous.word))
      text += ' ';
    offsets.set(token.id, { start: text.length, end: text.length + token.word.length });
    text += token.word;
    previous = token;
  }

  const typeOfEntity = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY\b([^>]*)\/?>/g)) {
    typeOfEntity.set(attribute(m[1] ?? '', 'm_id') ?? '', attribute(m[1] ?? '', 'ent_type') ?? '');
  }
  const typeOfMention = new Map<string, string>();
  for (const m of xml.matchAll(/<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(m[1] ?? '')?.[1] ?? '';
    const type = typeOfEntity.get(target);
    if (!type) continue;
    for (const source of (m[1] ?? '').matchAll(/<source m_id="(\d+)"/g))
      typeOfMention.set(source[1] ?? '', type);
  }
  const gold: GoldMention[] = [];
  for (const m of xml.matchAll(/<ENTITY_MENTION\b([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const spans = [...(m[2] ?? '').matchAll(/t_id="(\d+)"/g)].map((a) => offsets.get(a[1] ?? ''));
    const first = spans[0];
    const last = spans[spans.length - 1];
    if (!first || !last) continue;
    const syntactic = attribute(m[1] ?? '', 'syntactic_type') ?? '';
    const type = typeOfMention.get(attribute(m[1] ?? '', 'm_id') ?? '') ?? '';
    const article = /^(?:the|The)\s+/.exec(text.slice(first.start, last.end));
    // A mention with no syntactic type may or may not be a name: it is neither required nor penalised.
    gold.push({
      start: first.start,
      end: last.end,
      nameStart: first.start + (article?.[0].length ?? 0),
      type: syntactic === '' ? '' : type,
      named: syntactic === 'NAM' || syntactic === 'PRE.NAM',
    });
  }
  return { id, text, gold };
}

function prf(matches: number, system: number, gold: number): PrecisionRecall {
  const precision = system ? matches / system : 0;
  const recall = gold ? matches / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

interface Tally {
  gold: number;
  system: number;
  exact: number;
  withoutArticle: number;
  overlap: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** One document's counts for one type; each gold mention matches at most one system span. */
function tallyDocument(document: MeantimeDocument, system: readonly TaggedSpan[], type: MeantimeType): Tally {
  const gold = document.gold.filter((g) => g.named && g.type === type);
  const unknown = document.gold.filter((g) => g.type === '');
  const ours = system.filter(
    (s) =>
      AS_MEANTIME[s.type] === type && s.end <= document.text.length && !unknown.some((u) => overlaps(u, s)),
  );
  const exact = gold.filter((g) => ours.some((s) => s.start === g.start && s.end === g.end)).length;
  const withoutArticle = gold.filter((g) =>
    ours.some((s) => (s.start === g.start || s.start === g.nameStart) && s.end === g.end),
  ).length;
  const used = new Set<number>();
  let overlap = 0;
  for (const g of gold) {
    const i = ours.findIndex((s, k) => !used.has(k) && overlaps(s, g));
    if (i >= 0) {
      used.add(i);
      overlap++;
    }
  }
  return { gold: gold.length, system: ours.length, exact, withoutArticle, overlap };
}

const finish = (t: Tally): TypeScore => ({
  gold: t.gold,
  system: t.system,
  exact: prf(t.exact, t.system, t.gold),
  withoutArticle: prf(t.withoutArticle, t.system, t.gold),
  overlap: prf(t.overlap, t.system, t.gold),
});

export async function loadMeantimeEntities(
  dir = path.resolve(process.cwd(), MEANTIME_DIR),
): Promise<MeantimeDocument[]> {
  const documents: MeantimeDocument[] = [];
  for (const corpus of (await readdir(dir)).filter((n) => n.startsWith('corpus_')).sort()) {
    for (const file of (await readdir(path.join(dir, corpus))).filter((f) => f.endsWith('.xml')).sort()) {
      documents.push(
        parseMeantimeEntities(`${corpus}/${file}`, await readFile(path.join(dir, corpus, file), 'utf8')),
      );
    }
  }
  return documents;
}

/** Scores a tagger (text → typed spans) on MEANTIME's named PER, ORG and LOC mentions. */
export async function evaluateMeantimeEntities(tag: (text: string) => TaggedSpan[]): Promise<Score> {
  const documents = await loadMeantimeEntities();
  const totals = Object.fromEntries(
    SCORED.map((t) => [t, { gold: 0, system: 0, exact: 0, withoutArticle: 0, overlap: 0 }]),
  ) as Record<MeantimeType, Tally>;
  for (const document of documents) {
    const system = tag(document.text);
    for (const type of SCORED) {
      const t = tallyDocument(document, system, type);
      for (const key of ['gold', 'system', 'exact', 'withoutArticle', 'overlap'] as const)
        totals[type][key] += t[key];
    }
  }
  const all: Tally = { gold: 0, system: 0, exact: 0, withoutArticle: 0, overlap: 0 };
  for (const type of SCORED)
    for (const key of ['gold', 'system', 'exact', 'withoutArticle', 'overlap'] as const)
      all[key] += totals[type][key];
  return {
    documents: documents.length,
    byType: { PER: finish(totals.PER), ORG: finish(totals.ORG), LOC: finish(totals.LOC) },
    overall: finish(all),
  };
}

/** The reading pipeline's name mentions (not pronouns or titles) as the evaluation's spans. */
export function dossierEntityTagger(text: string): TaggedSpan[] {
  const sentences = splitSentences(text);
  const tokens = tokenize(text, sentences);
  const { mentions } = resolveEntities({ text, sentences, tokens, names: tagNames(text, tokens, sentences) });
  return mentions
    .filter((m) => m.kind !== 'pronoun' && m.kind !== 'title')
    .map((m) => ({ start: m.start, end: m.end, type: m.type }));
}
