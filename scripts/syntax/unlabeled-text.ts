import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readConllu } from '../../src/stages/syntax/conllu.js';

/**
 * Sentences of tokenised text, as word arrays, read from the bench sets whose words the word clusters
 * are learnt from (`learn-clusters.ts`). Development and test files are never read: the clusters must
 * not have seen the text the tagger and parser are measured on.
 */

const refuseHeldOut = (file: string): void => {
  if (/test|dev/i.test(file)) throw new Error(`${file}: held-out sets are never read`);
};

/** The words of a UD treebank's sentences. */
export function treebankSentences(path: string): string[][] {
  refuseHeldOut(path);
  return readConllu(readFileSync(path, 'utf8'), path).flatMap((d) => d.sentences.map((s) => s.words));
}

/** The words of a CoNLL-2003 file (one token a line, its word first; a blank line ends a sentence). */
export function conllSentences(path: string): string[][] {
  refuseHeldOut(path);
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const word = line.split(' ')[0]!;
    if (word === '' || word === '-DOCSTART-') {
      if (current.length > 0) sentences.push(current);
      current = [];
    } else current.push(word);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const TOKEN = /<token\b([^>]*)>([^<]*)<\/token>/g;
const SENTENCE = /\bsentence="(\d+)"/;

/** The sentences of a document tokenised as `<token sentence="n">word</token>` (ECB+, MEANTIME). */
export function tokenXmlSentences(xml: string): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  let sentence = '';
  for (const match of xml.matchAll(TOKEN)) {
    const number = SENTENCE.exec(match[1]!)?.[1] ?? '';
    const word = match[2]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!).trim();
    if (number !== sentence && current.length > 0) {
      sentences.push(current);
      current = [];
    }
    sentence = number;
    if (word !== '') current.push(word);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** Every `.xml` member of a gzipped tar archive, in archive order, as text. */
export function xmlInTarGz(path: string): string[] {
  const tar = gunzipSync(readFileSync(path));
  const files: string[] = [];
  for (let at = 0; at + 512 <= tar.length;) {
    const name = tar.toString('utf8', at, at + 100).replace(/\0.*$/s, '');
    if (name === '') break;
    const size = parseInt(
      tar
        .toString('utf8', at + 124, at + 136)
        .replace(/\0.*$/s, '')
        .trim() || '0',
      8,
    );
    const type = tar[at + 156];
    if ((type === 0x30 || type === 0) && name.endsWith('.xml'))
      files.push(tar.toString('utf8', at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** The `.xml` files under a folder and its subfolders, in name order. */
export function xmlUnder(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...xmlUnder(path));
    else if (entry.name.endsWith('.xml')) files.push(readFileSync(path, 'utf8'));
  }
  return files;
}
