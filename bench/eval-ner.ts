import { join } from 'node:path';
import type { NameSpan } from '../src/core/analysis.js';
import { asOurTokens, readConll } from '../src/stages/names/conll.js';
import type { ConllDocument } from '../src/stages/names/conll.js';
import { packageRoot, tagNames, tagWords } from '../src/stages/names/index.js';
import { LABELS } from '../src/stages/names/tags.js';
import type { NameLabel, TokenSpan } from '../src/stages/names/tags.js';
import { splitSentences, tokenize } from '../src/stages/tokens/index.js';

/**
 * Names on CoNLL-2003 eng.testa, scored as conlleval does: a name counts only when its type and both ends
 * are right; precision, recall and F1 are micro-averaged over names, in percent.
 */
export interface TypeScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface NerScore extends TypeScore {
  system: string;
  data: string;
  perType: Record<NameLabel, TypeScore>;
  /** For Dossier: the same text run through our own tokenizer first, names matched by character offsets. */
  fullPath?: NerScore;
}

const DEV_FILE = 'conll2003-eng.testa';

export function conllPath(file: string): string {
  return join(packageRoot(), '..', 'shared', 'bench', 'entities', file);
}

/** Counts names right per type; a name is a key that holds its type and ends. */
export class NameTally {
  private readonly gold = new Map<NameLabel, number>();
  private readonly predicted = new Map<NameLabel, number>();
  private readonly correct = new Map<NameLabel, number>();

  add(gold: ReadonlyMap<string, NameLabel>, predicted: ReadonlyMap<string, NameLabel>): void {
    for (const label of gold.values()) this.gold.set(label, (this.gold.get(label) ?? 0) + 1);
    for (const [key, label] of predicted) {
      this.predicted.set(label, (this.predicted.get(label) ?? 0) + 1);
      if (gold.get(key) === label) this.correct.set(label, (this.correct.get(label) ?? 0) + 1);
    }
  }

  score(system: string, data: string): NerScore {
    const total = (m: Map<NameLabel, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
    const perType = Object.fromEntries(
      LABELS.map((l) => [
        l,
        ratios(this.gold.get(l) ?? 0, this.predicted.get(l) ?? 0, this.correct.get(l) ?? 0),
      ]),
    ) as Record<NameLabel, TypeScore>;
    return { system, data, ...ratios(total(this.gold), total(this.predicted), total(this.correct)), perType };
  }
}

function ratios(gold: number, predicted: number, correct: number): TypeScore {
  const precision = predicted ? (100 * correct) / predicted : 0;
  const recall = gold ? (100 * correct) / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, correct, precision, recall, f1 };
}

const tokenKeys = (spans: readonly TokenSpan[]): Map<string, NameLabel> =>
  new Map(spans.map((s) => [`${s.first}:${s.last}`, LABELS[s.type]!]));

/** Scores a tagger that reads CoNLL's own words: what the trainer uses to watch the development set. */
export function scoreOnGoldTokens(
  documents: readonly ConllDocument[],
  tag: (doc: ConllDocument) => TokenSpan[],
  system: string,
): NerScore {
  const tally = new NameTally();
  for (const doc of documents) tally.add(tokenKeys(doc.names), tokenKeys(tag(doc)));
  return tally.score(system, `${DEV_FILE}, CoNLL words cut as our tokenizer cuts them`);
}

/** A document as plain text: words joined by spaces, one sentence a line, with each word's offsets. */
export function documentText(doc: ConllDocument): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let s = 0; s + 1 < doc.sentenceStarts.length; s++) {
    if (s > 0) text += '\n';
    for (let w = doc.sentenceStarts[s]!; w < doc.sentenceStarts[s + 1]!; w++) {
      if (w > doc.sentenceStarts[s]!) text += ' ';
      starts.push(text.length);
      text += doc.words[w]!;
      ends.push(text.length);
    }
  }
  return { text, starts, ends };
}

/** Scores a system that finds names in text, by character offsets against CoNLL's names. */
export function scoreOnText(
  documents: readonly ConllDocument[],
  find: (text: string) => Array<Pick<NameSpan, 'start' | 'end' | 'label'>>,
  system: string,
): NerScore {
  const tally = new NameTally();
  for (const doc of documents) {
    const { text, starts, ends } = documentText(doc);
    const gold = new Map(doc.names.map((n) => [`${starts[n.first]}:${ends[n.last]}`, LABELS[n.type]!]));
    tally.add(gold, new Map(find(text).map((n) => [`${n.start}:${n.end}`, n.label])));
  }
  return tally.score(system, `${DEV_FILE}, text`);
}

export async function evaluateNer(): Promise<NerScore> {
  const documents = readConll(conllPath(DEV_FILE));
  const gold = scoreOnGoldTokens(
    documents.map(asOurTokens),
    (doc) => tagWords(doc.words, doc.sentenceStarts).spans,
    'dossier names',
  );
  const fullPath = scoreOnText(
    documents,
    (text) => {
      const sentences = splitSentences(text);
      return tagNames(text, tokenize(text, sentences), sentences);
    },
    'dossier tokens + names',
  );
  return { ...gold, fullPath };
}

/** compromise's people, places and organisations as PER, LOC and ORG; it has no MISC. */
export async function evaluateCompromise(): Promise<NerScore> {
  const { default: nlp } = await import('compromise');
  const documents = readConll(conllPath(DEV_FILE));
  return scoreOnText(
    documents,
    (text) => {
      const doc = nlp(text);
      const found: Array<Pick<NameSpan, 'start' | 'end' | 'label'>> = [];
      const add = (view: { json(options: object): unknown }, label: NameLabel): void => {
        for (const match of view.json({ offset: true }) as Array<{
          offset: { start: number; length: number };
        }>) {
          found.push({ start: match.offset.start, end: match.offset.start + match.offset.length, label });
        }
      };
      add(doc.people(), 'PER');
      add(doc.places(), 'LOC');
      add(doc.organizations(), 'ORG');
      return found;
    },
    'compromise',
  );
}
