import { readFileSync } from 'node:fs';
import { segment } from '../tokens/segment.js';
import { LABELS } from './tags.js';
import type { TokenSpan } from './tags.js';

/** One CoNLL-2003 document: its sentences' words and gold names as token spans over the whole document. */
export interface ConllDocument {
  words: string[];
  /** Index of each sentence's first word, plus a final entry equal to `words.length`. */
  sentenceStarts: number[];
  names: TokenSpan[];
}

/**
 * Reads a CoNLL-2003 file (word, POS, chunk, IOB1 name tag per line). Only words and name tags are kept:
 * Dossier has no part-of-speech tagger at run time, so the model must not learn from the POS column.
 */
export function readConll(path: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let openType = -1;
  let openFirst = -1;
  const closeName = (): void => {
    if (doc && openType >= 0)
      doc.names.push({ first: openFirst, last: doc.words.length - 1, type: openType });
    openType = -1;
  };
  const closeSentence = (): void => {
    closeName();
    if (doc && doc.words.length > doc.sentenceStarts[doc.sentenceStarts.length - 1]!) {
      doc.sentenceStarts.push(doc.words.length);
    }
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      closeSentence();
      doc = { words: [], sentenceStarts: [0], names: [] };
      documents.push(doc);
      continue;
    }
    if (line.trim() === '') {
      closeSentence();
      continue;
    }
    if (!doc) throw new Error(`${path}: words before the first -DOCSTART-`);
    const columns = line.split(' ');
    const word = columns[0]!;
    const tag = columns[columns.length - 1]!;
    const type = tag === 'O' ? -1 : LABELS.indexOf(tag.slice(2) as (typeof LABELS)[number]);
    if (tag !== 'O' && type < 0) throw new Error(`${path}: unknown tag ${tag}`);
    if (type !== openType || tag.startsWith('B-')) {
      closeName();
      if (type >= 0) {
        openType = type;
        openFirst = doc.words.length;
      }
    }
    doc.words.push(word);
  }
  closeSentence();
  return documents.filter((d) => d.words.length > 0);
}

/**
 * The document as our tokenizer would cut its words: CoNLL keeps "long-range" and "U.S.-led" whole, Dossier
 * follows Universal Dependencies ("long" "-" "range"), so the tagger learns and is scored on the words it
 * will meet. A name keeps every piece of the words it covered.
 */
export function asOurTokens(doc: ConllDocument): ConllDocument {
  const words: string[] = [];
  const firstPiece: number[] = [];
  const sentenceStarts = [0];
  let sentence = 1;
  for (let w = 0; w < doc.words.length; w++) {
    while (sentence < doc.sentenceStarts.length && w === doc.sentenceStarts[sentence]) {
      sentenceStarts.push(words.length);
      sentence++;
    }
    firstPiece.push(words.length);
    const pieces = segment(doc.words[w]!).tokens;
    if (pieces.length === 0) words.push(doc.words[w]!);
    for (const piece of pieces) words.push(piece.text);
  }
  firstPiece.push(words.length);
  if (sentenceStarts[sentenceStarts.length - 1] !== words.length) sentenceStarts.push(words.length);
  const names = doc.names.map((n) => ({
    first: firstPiece[n.first]!,
    last: firstPiece[n.last + 1]! - 1,
    type: n.type,
  }));
  return { words, sentenceStarts, names };
}
