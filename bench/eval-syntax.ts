import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sentence, SyntaxToken } from '../src/core/analysis.js';
import { analyzeText } from '../src/pipeline/reading.js';
import { readConllu } from '../src/stages/syntax/conllu.js';
import type { UdDocument, UdSentence } from '../src/stages/syntax/conllu.js';
import { parseSentences, parseWords } from '../src/stages/syntax/index.js';
import { DEPRELS, UPOS } from '../src/stages/syntax/ud.js';
import { segment, splitSentences, tokenize } from '../src/stages/tokens/index.js';
import { conllPath, scoreOnText } from './eval-ner.js';
import type { NerScore } from './eval-ner.js';
import { readConll } from '../src/stages/names/conll.js';
import type { EntityType, MentionKind } from '../src/core/analysis.js';
import type { NameLabel } from '../src/stages/names/tags.js';
import { SHARED_BENCH } from './run-phase.js';

/**
 * Part-of-speech tags and dependency trees against UD English EWT and GUM development sets, scored as the
 * CoNLL 2018 shared task's scorer does: system words are aligned to gold words by their character offsets
 * and only exact matches count, so a word our tokenizer cuts differently is an error for tags and for every
 * arc into or out of it; figures are F1 over system and gold words (equal to accuracy when the two agree).
 * The scorer ignores relation subtypes in LAS (`nsubj:pass` counts as `nsubj`); we print LAS with subtypes
 * beside it, since the reading stages ask for them.
 */
export interface SyntaxScore {
  data: string;
  path: string;
  goldWords: number;
  systemWords: number;
  /** Gold words whose span our tokenizer reproduced exactly. */
  aligned: number;
  upos: number;
  uas: number;
  las: number;
  lasSubtypes: number;
}

const FILES: Record<string, string> = {
  'EWT dev': 'en_ewt-ud-dev.conllu',
  'GUM dev': 'en_gum-wikimedia-ud-dev.conllu',
};

function readDev(file: string): UdDocument[] {
  return readConllu(readFileSync(join(SHARED_BENCH, 'syntax', file), 'utf8'), file, {
    agentFromBy: file.includes('gum'),
  });
}

/** One gold and one system analysis over the same text: words as spans, heads as indices into the same list. */
interface Side {
  starts: number[];
  ends: number[];
  upos: string[];
  heads: number[];
  deprels: string[];
}

class Tally {
  gold = 0;
  system = 0;
  aligned = 0;
  upos = 0;
  uas = 0;
  las = 0;
  lasSubtypes = 0;

  add(gold: Side, system: Side): void {
    this.gold += gold.starts.length;
    this.system += system.starts.length;
    const systemAt = new Map<string, number>();
    system.starts.forEach((s, k) => systemAt.set(`${s}:${system.ends[k]}`, k));
    const alignedTo = gold.starts.map((s, k) => systemAt.get(`${s}:${gold.ends[k]}`) ?? -1);
    for (let g = 0; g < gold.starts.length; g++) {
      const s = alignedTo[g]!;
      if (s < 0) continue;
      this.aligned++;
      if (system.upos[s] === gold.upos[g]) this.upos++;
      const goldHead = gold.heads[g]!;
      const headRight =
        goldHead < 0
          ? system.heads[s]! < 0
          : system.heads[s]! >= 0 && alignedTo[goldHead] === system.heads[s];
      if (!headRight) continue;
      this.uas++;
      if (system.deprels[s]!.split(':')[0] === gold.deprels[g]!.split(':')[0]) this.las++;
      if (system.deprels[s] === gold.deprels[g]) this.lasSubtypes++;
    }
  }

  score(data: string, path: string): SyntaxScore {
    const f1 = (correct: number) => (correct === 0 ? 0 : (200 * correct) / (this.gold + this.system));
    return {
      data,
      path,
      goldWords: this.gold,
      systemWords: this.system,
      aligned: this.aligned,
      upos: f1(this.upos),
      uas: f1(this.uas),
      las: f1(this.las),
      lasSubtypes: f1(this.lasSubtypes),
    };
  }
}

/** A gold sentence's words, offsets shifted by `offset` (its place in a rebuilt document). */
function goldSide(sentences: ReadonlyArray<{ sentence: UdSentence; offset: number }>): Side {
  const side: Side = { starts: [], ends: [], upos: [], heads: [], deprels: [] };
  for (const { sentence, offset } of sentences) {
    const base = side.starts.length;
    for (let w = 0; w < sentence.words.length; w++) {
      side.starts.push(offset + sentence.starts[w]!);
      side.ends.push(offset + sentence.ends[w]!);
      side.upos.push(UPOS[sentence.upos[w]!]!);
      side.heads.push(sentence.heads[w]! < 0 ? -1 : base + sentence.heads[w]!);
      side.deprels.push(DEPRELS[sentence.deprels[w]!]!);
    }
  }
  return side;
}

function systemSide(sentences: readonly Sentence[]): Side {
  const side: Side = { starts: [], ends: [], upos: [], heads: [], deprels: [] };
  for (const sentence of sentences) {
    const base = side.starts.length;
    for (const token of sentence.tokens ?? ([] as SyntaxToken[])) {
      side.starts.push(token.start);
      side.ends.push(token.end);
      side.upos.push(token.upos);
      side.heads.push(token.head < 0 ? -1 : base + token.head);
      side.deprels.push(token.dep);
    }
  }
  return side;
}

/** The treebank's own words: what the trainer watched; no tokenization error possible. */
function onGoldWords(documents: readonly UdDocument[], data: string): SyntaxScore {
  const tally = new Tally();
  for (const doc of documents)
    for (const sentence of doc.sentences) {
      const parsed = parseWords(sentence.words);
      const system = goldSide([{ sentence, offset: 0 }]);
      system.upos = Array.from(parsed.upos, (u) => UPOS[u]!);
      system.heads = Array.from(parsed.heads);
      system.deprels = Array.from(parsed.deprels, (d) => DEPRELS[d]!);
      tally.add(goldSide([{ sentence, offset: 0 }]), system);
    }
  return tally.score(data, 'gold words (watched in training)');
}

/** Each gold sentence's text through our tokenizer, parsed as one sentence. */
function onOwnTokens(documents: readonly UdDocument[], data: string): SyntaxScore {
  const tally = new Tally();
  for (const doc of documents)
    for (const sentence of doc.sentences) {
      const text = sentence.text;
      const tokens = segment(text).tokens.map((t) => ({ ...t, sentence: 0 }));
      const parsed = parseSentences(tokens, [{ start: 0, end: text.length, index: 0 }]);
      tally.add(goldSide([{ sentence, offset: 0 }]), systemSide(parsed));
    }
  return tally.score(data, 'gold sentences, our tokens');
}

/**
 * Each document rebuilt as text (sentences of a paragraph joined by a space, paragraphs by a blank line)
 * and read as Dossier reads an article: our sentences, our tokens, our trees.
 */
function onOwnSentences(documents: readonly UdDocument[], data: string): SyntaxScore {
  const tally = new Tally();
  for (const doc of documents) {
    let text = '';
    const placed: Array<{ sentence: UdSentence; offset: number }> = [];
    for (const sentence of doc.sentences) {
      if (text) text += sentence.paragraphStart ? '\n\n' : ' ';
      placed.push({ sentence, offset: text.length });
      text += sentence.text;
    }
    const sentences = splitSentences(text);
    const parsed = parseSentences(tokenize(text, sentences), sentences);
    tally.add(goldSide(placed), systemSide(parsed));
  }
  return tally.score(data, 'documents, our sentences and tokens');
}

export function evaluateSyntax(): SyntaxScore[] {
  const scores: SyntaxScore[] = [];
  for (const [data, file] of Object.entries(FILES)) {
    const documents = readDev(file);
    scores.push(onGoldWords(documents, data), onOwnTokens(documents, data), onOwnSentences(documents, data));
  }
  return scores;
}

/** Mention kinds that are names in CoNLL's sense; titles and pronouns are not annotated there. */
const NAMED_KINDS: ReadonlySet<MentionKind> = new Set(['name', 'short-name', 'metonym', 'demonym']);

const AS_CONLL: Record<EntityType, NameLabel> = {
  person: 'PER',
  organisation: 'ORG',
  country: 'LOC',
  place: 'LOC',
  other: 'MISC',
};

/**
 * Entity types as the whole reading reports them, on CoNLL-2003 eng.testa: `analyze`'s named mentions
 * (names, short names, metonyms, demonyms) typed person → PER, organisation → ORG, country and place →
 * LOC, other → MISC, scored like the tagger alone so the two cannot drift apart unseen.
 */
export function evaluateAnalyzeTypes(): NerScore {
  const documents = readConll(conllPath('conll2003-eng.testa'));
  return scoreOnText(
    documents,
    (text) =>
      analyzeText(text, null)
        .mentions.filter((m) => NAMED_KINDS.has(m.kind))
        .map((m) => ({ start: m.start, end: m.end, label: AS_CONLL[m.type] })),
    'dossier analyze (mentions, typed)',
  );
}
