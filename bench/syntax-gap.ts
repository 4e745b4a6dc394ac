import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sentence } from '../src/core/analysis.js';
import { readConllu } from '../src/stages/syntax/conllu.js';
import type { UdSentence } from '../src/stages/syntax/conllu.js';
import { parseSentences, parseWords } from '../src/stages/syntax/index.js';
import { segment, splitSentences, tokenize } from '../src/stages/tokens/index.js';
import { SHARED_BENCH } from './run-phase.js';

/**
 * Where the syntax scores lose between gold words, our tokens and our sentences (`eval-syntax.ts`'s three
 * rows), counted per gold word: is its head right on gold words, on our tokens of its sentence's text, and in
 * our sentences of the rebuilt document? Losses are put down to the misaligned words in the sentence (by
 * the kind of cut) and to the missed or invented sentence boundaries next to it (by what the text shows
 * there). Development sets, or with `--train` the training sets (where heads on gold words are the model's
 * own training data, so only the cuts and boundaries count). `node dist/bench/syntax-gap.js [--list] [--train]`.
 */

const FILES: Record<string, string> = process.argv.includes('--train')
  ? { 'EWT train': 'en_ewt-ud-train.conllu', 'GUM train': 'en_gum-wikimedia-ud-train.conllu' }
  : { 'EWT dev': 'en_ewt-ud-dev.conllu', 'GUM dev': 'en_gum-wikimedia-ud-dev.conllu' };
const LIST = process.argv.includes('--list');

/** For each gold word: aligned to one of ours by offsets, and its head right (CoNLL 2018 rules). */
function headsRight(
  gold: { starts: number[]; ends: number[]; heads: number[] },
  ours: { starts: number[]; ends: number[]; heads: number[] },
): { aligned: Int32Array; right: Uint8Array } {
  const at = new Map<string, number>();
  ours.starts.forEach((s, k) => at.set(`${s}:${ours.ends[k]}`, k));
  const aligned = Int32Array.from(gold.starts, (s, k) => at.get(`${s}:${gold.ends[k]}`) ?? -1);
  const right = new Uint8Array(gold.starts.length);
  for (let g = 0; g < right.length; g++) {
    const s = aligned[g]!;
    if (s < 0) continue;
    const head = gold.heads[g]!;
    right[g] = (head < 0 ? ours.heads[s]! < 0 : ours.heads[s]! >= 0 && aligned[head] === ours.heads[s])
      ? 1
      : 0;
  }
  return { aligned, right };
}

function goldOf(sentence: UdSentence, offset: number, base: number) {
  return {
    starts: Array.from(sentence.starts, (s) => s + offset),
    ends: Array.from(sentence.ends, (e) => e + offset),
    heads: Array.from(sentence.heads, (h) => (h < 0 ? -1 : h + base)),
  };
}

function oursOf(parsed: readonly Sentence[]) {
  const side = { starts: [] as number[], ends: [] as number[], heads: [] as number[] };
  for (const sentence of parsed) {
    const base = side.starts.length;
    for (const t of sentence.tokens ?? []) {
      side.starts.push(t.start);
      side.ends.push(t.end);
      side.heads.push(t.head < 0 ? -1 : base + t.head);
    }
  }
  return side;
}

/** The kind of a cut our tokenizer makes otherwise: gold words against our tokens over the same span. */
function cutKind(gold: readonly string[], ours: readonly string[]): string {
  const joined = gold.join('');
  if (gold.length === 1 && /\w-\w/.test(gold[0]!) && ours.includes('-'))
    return 'hyphen compound written whole';
  if (gold.some((w) => w.toLowerCase() === 'cannot')) return '"cannot" written whole';
  if (gold.length > 1 && ours.length === 1 && /^[A-Za-z0-9]+$/.test(ours[0]!))
    return 'web spelling (words run together, apostrophe left out)';
  if (/['’`]/.test(joined)) return 'apostrophe';
  if (gold.length === 2 && gold[1] === '.') return 'final period split off';
  if (ours.length === 2 && ours[1] === '.' && gold.length === 1) return 'abbreviation no list holds';
  if (joined.includes('$')) return '"US$"';
  if (joined.includes('/')) return 'slash';
  if (/\d/.test(joined)) return 'number format';
  if (/^[^\w\s]+$/.test(joined)) return 'run of marks';
  return 'other';
}

/** What the text shows at a gold boundary we missed, or at one we invented (`at` is where it starts). */
function boundaryKind(text: string, at: number, invented: boolean): string {
  const before = text.slice(Math.max(0, at - 60), at).trimEnd();
  const after = text.slice(at).trimStart();
  if (invented) {
    if (/(?:\.\.|…)$/.test(before)) return 'invented after an ellipsis';
    return /[.!?]["'”’)\]]*$/.test(before) ? 'invented after a final mark' : 'invented elsewhere';
  }
  if (/[.!?]["'”’)\]]*$/.test(before)) {
    if (/^(?:https?:|www\.)/.test(after)) return 'missed: final mark, web address next';
    return /^\p{Ll}/u.test(after) ? 'missed: final mark, lower-case next' : 'missed: final mark, other next';
  }
  if (before.endsWith(':')) return 'missed after a colon';
  if (before.endsWith(';')) return 'missed after a semicolon';
  if (before.endsWith(',')) return 'missed after a comma';
  return 'missed with no mark (a line of the original)';
}

class Shares {
  readonly count = new Map<string, number>();
  readonly lost = new Map<string, number>();
  note(kind: string, n = 1): void {
    this.count.set(kind, (this.count.get(kind) ?? 0) + n);
  }
  /** Heads lost in a sentence, shared evenly by the causes found in it. */
  charge(kinds: readonly string[], heads: number): void {
    for (const kind of kinds) this.lost.set(kind, (this.lost.get(kind) ?? 0) + heads / kinds.length);
  }
  print(unit: string): void {
    for (const [kind, n] of [...this.count].sort((a, b) => b[1] - a[1]))
      console.log(`    ${kind}: ${n} ${unit}, net heads lost ${(this.lost.get(kind) ?? 0).toFixed(0)}`);
  }
}

function measure(data: string, file: string): void {
  const documents = readConllu(readFileSync(join(SHARED_BENCH, 'syntax', file), 'utf8'), file, {
    agentFromBy: file.includes('gum'),
  });
  const cuts = new Shares();
  const bounds = new Shares();
  let words = 0;
  let onGold = 0;
  let onTokens = 0;
  let inDocuments = 0;
  for (const doc of documents) {
    let text = '';
    const offsets: number[] = [];
    const tokenRight: number[] = [];
    for (const sentence of doc.sentences) {
      const gold = goldOf(sentence, 0, 0);
      const parsed = parseWords(sentence.words);
      const golden = headsRight(gold, { ...gold, heads: Array.from(parsed.heads) });
      const tokens = segment(sentence.text).tokens.map((t) => ({ ...t, sentence: 0 }));
      const ours = oursOf(parseSentences(tokens, [{ start: 0, end: sentence.text.length, index: 0 }]));
      const own = headsRight(gold, ours);
      const kinds: string[] = [];
      for (let g = 0; g < gold.starts.length; g++) {
        if (own.aligned[g]! >= 0) continue;
        let h = g;
        while (h + 1 < gold.starts.length && own.aligned[h + 1]! < 0) h++;
        const [from, to] = [gold.starts[g]!, gold.ends[h]!];
        const cut = ours.starts.flatMap((s, k) =>
          ours.ends[k]! > from && s < to ? [sentence.text.slice(s, ours.ends[k])] : [],
        );
        const kind = cutKind(sentence.words.slice(g, h + 1), cut);
        kinds.push(kind);
        cuts.note(kind, h - g + 1);
        if (LIST)
          console.log(`  cut\t${kind}\t${sentence.words.slice(g, h + 1).join(' ')}\t${cut.join(' ')}`);
        g = h;
      }
      let lost = 0;
      for (let g = 0; g < gold.starts.length; g++) lost += golden.right[g]! - own.right[g]!;
      if (kinds.length > 0 || ours.starts.length !== gold.starts.length)
        cuts.charge(kinds.length > 0 ? kinds : ['extra words only'], lost);
      words += gold.starts.length;
      onGold += golden.right.reduce((a, b) => a + b, 0);
      onTokens += own.right.reduce((a, b) => a + b, 0);
      tokenRight.push(...own.right);
      if (text) text += sentence.paragraphStart ? '\n\n' : ' ';
      offsets.push(text.length);
      text += sentence.text;
    }
    const sentences = splitSentences(text);
    const ours = oursOf(parseSentences(tokenize(text, sentences), sentences));
    const gold = { starts: [] as number[], ends: [] as number[], heads: [] as number[] };
    doc.sentences.forEach((sentence, k) => {
      const side = goldOf(sentence, offsets[k]!, gold.starts.length);
      gold.starts.push(...side.starts);
      gold.ends.push(...side.ends);
      gold.heads.push(...side.heads);
    });
    const right = headsRight(gold, ours).right;
    inDocuments += right.reduce((a, b) => a + b, 0);
    // Each gold sentence: the boundaries at its two ends that we missed, and those we invented inside it.
    const kindsOf = doc.sentences.map((): string[] => []);
    const ourStarts = new Set(sentences.map((s) => s.start));
    const goldIndex = new Map(offsets.map((o, k) => [o, k]));
    offsets.forEach((offset, k) => {
      if (k === 0 || ourStarts.has(offset)) return;
      const kind = boundaryKind(text, offset, false);
      bounds.note(kind);
      kindsOf[k]!.push(kind);
      kindsOf[k - 1]!.push(kind);
      if (LIST)
        console.log(
          `  boundary\t${kind}\t${JSON.stringify(text.slice(Math.max(0, offset - 40), offset + 30))}`,
        );
    });
    for (const s of sentences) {
      if (s.start === 0 || goldIndex.has(s.start)) continue;
      const kind = boundaryKind(text, s.start, true);
      bounds.note(kind);
      let k = 0;
      while (k + 1 < offsets.length && offsets[k + 1]! <= s.start) k++;
      kindsOf[k]!.push(kind);
      if (LIST)
        console.log(
          `  boundary\t${kind}\t${JSON.stringify(text.slice(Math.max(0, s.start - 40), s.start + 30))}`,
        );
    }
    let w = 0;
    doc.sentences.forEach((sentence, k) => {
      let lost = 0;
      for (let g = 0; g < sentence.words.length; g++, w++) lost += tokenRight[w]! - right[w]!;
      if (kindsOf[k]!.length > 0) bounds.charge(kindsOf[k]!, lost);
    });
  }
  const uas = (heads: number) => ((100 * heads) / words).toFixed(2);
  console.log(
    `${data}: ${words} gold words; heads right on gold words ${onGold}, our tokens ${onTokens}, our sentences ${inDocuments}`,
  );
  console.log(
    `  our tokens lose ${onGold - onTokens} heads (${uas(onGold - onTokens)} UAS); gold words misaligned, by cut:`,
  );
  cuts.print('gold words');
  console.log(
    `  our sentences lose ${onTokens - inDocuments} more (${uas(onTokens - inDocuments)} UAS); boundaries:`,
  );
  bounds.print('boundaries');
}

for (const [data, file] of Object.entries(FILES)) measure(data, file);
