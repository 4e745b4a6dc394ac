import { readFileSync } from 'node:fs';
import { analyzeText } from '../src/pipeline/reading.js';
import { parseSentences } from '../src/stages/syntax/index.js';
import { splitSentences, tokenize } from '../src/stages/tokens/index.js';

export type ReadingKind = 'dossier' | 'parser' | 'compromise' | 'wink';

export interface ReadingSpeed {
  docs: number;
  /** Whitespace-separated words of the inputs, the same count for every kind. */
  words: number;
  seconds: number;
}

type ReadText = (text: string) => unknown;

async function reader(kind: ReadingKind): Promise<ReadText> {
  if (kind === 'dossier') return (text) => analyzeText(text, null);
  if (kind === 'parser')
    return (text) => {
      const sentences = splitSentences(text);
      return parseSentences(tokenize(text, sentences), sentences);
    };
  if (kind === 'compromise') {
    const { default: nlp } = await import('compromise');
    return (text) => {
      const doc = nlp(text);
      return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
    };
  }
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  return (text) => {
    const doc = nlp.readDoc(text);
    return [doc.entities().out(), doc.tokens().out(its.pos)];
  };
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * Reads every file with one system and times the reading alone: files are loaded and each system is set
 * up (models loaded, one warm-up text read) before the clock starts. The clock is the process's CPU time,
 * not the wall's: on a machine shared with other work, words per second of CPU is what "per core" means,
 * and systems measured one after the other stay comparable while the load around them changes.
 */
export async function benchReading(kind: ReadingKind, files: string[]): Promise<ReadingSpeed> {
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const read = await reader(kind);
  if (texts[0] !== undefined) read(texts[0]);
  let words = 0;
  for (const text of texts) words += countWords(text);
  const began = process.cpuUsage();
  for (const text of texts) read(text);
  const spent = process.cpuUsage(began);
  return { docs: texts.length, words, seconds: (spent.user + spent.system) / 1e6 };
}
