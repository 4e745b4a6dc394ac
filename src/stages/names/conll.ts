import { readFileSync } from 'node:fs';
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
