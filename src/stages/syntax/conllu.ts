import { DEPRELS, deprelId, uposId } from './ud.js';

/** One sentence of a treebank: its text, its words with their offsets into the text, and the gold tree. */
export interface UdSentence {
  id: string;
  text: string;
  /** The sentence opens a paragraph (`# newpar`) or a document. */
  paragraphStart: boolean;
  words: string[];
  /**
   * Offsets of each word in `text`. Words of a multi-word token that do not spell it out ("gonna" as "gon"
   * "na" does, "won't" as "will" "n't" does not) get the token's whole span, so no tokenizer matches them.
   */
  starts: Int32Array;
  ends: Int32Array;
  upos: Uint8Array;
  /** Index of each word's head in the sentence, -1 for the root. */
  heads: Int16Array;
  deprels: Uint8Array;
}

export interface UdDocument {
  id: string;
  sentences: UdSentence[];
}

export interface ReadOptions {
  /**
   * The file follows UD English before 2.9 (GUM of 2019), where a passive's by-phrase is a plain `obl`:
   * such phrases are read as `obl:agent`, as EWT marks them now.
   */
  agentFromBy?: boolean;
}

interface Row {
  form: string;
  upos: number;
  head: number;
  deprel: number;
  start: number;
  end: number;
}

/**
 * Reads a CoNLL-U file's text into documents. Empty nodes (enhanced graphs only) are skipped; a line that
 * is not CoNLL-U throws with the sentence it is in.
 */
export function readConllu(source: string, name: string, options: ReadOptions = {}): UdDocument[] {
  const documents: UdDocument[] = [];
  let doc: UdDocument | null = null;
  let id = '';
  let text = '';
  let paragraphStart = false;
  let rows: Row[] = [];
  /** Where the next token is looked for in `text`, and the end of the multi-word token being read. */
  let cursor = 0;
  let multiEnd = -1;
  let multiStart = 0;
  let multiForm = '';
  let multiLast = 0;

  const finish = (): void => {
    if (rows.length === 0) return;
    if (!doc) {
      doc = { id: name, sentences: [] };
      documents.push(doc);
    }
    const sentence: UdSentence = {
      id,
      text,
      paragraphStart: paragraphStart || doc.sentences.length === 0,
      words: rows.map((r) => r.form),
      starts: Int32Array.from(rows, (r) => r.start),
      ends: Int32Array.from(rows, (r) => r.end),
      upos: Uint8Array.from(rows, (r) => r.upos),
      heads: Int16Array.from(rows, (r) => r.head),
      deprels: Uint8Array.from(rows, (r) => r.deprel),
    };
    if (options.agentFromBy) markAgents(sentence);
    doc.sentences.push(sentence);
    rows = [];
    text = '';
    paragraphStart = false;
    cursor = 0;
    multiEnd = -1;
  };

  /** Finds `form` in the sentence text from the cursor on, skipping spaces only. */
  const locate = (form: string, where: string): number => {
    let at = cursor;
    while (at < text.length && /\s/.test(text.charAt(at))) at++;
    if (text.startsWith(form, at)) return at;
    throw new Error(`${name}: ${where}: "${form}" is not where the sentence text has it`);
  };

  const lines = source.split('\n');
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!.replace(/\r$/, '');
    if (line === '') {
      finish();
      continue;
    }
    if (line.startsWith('#')) {
      const match = /^#\s*([\w-]+)(?:\s+id)?\s*(?:=\s?(.*))?$/.exec(line);
      const key = match?.[1];
      if (key === 'newdoc') {
        finish();
        doc = { id: match?.[2]?.trim() ?? name, sentences: [] };
        documents.push(doc);
      } else if (key === 'newpar') paragraphStart = true;
      else if (key === 'sent_id') id = match?.[2]?.trim() ?? '';
      else if (key === 'text') text = match?.[2] ?? '';
      continue;
    }
    const columns = line.split('\t');
    if (columns.length !== 10) throw new Error(`${name}:${l + 1}: expected 10 columns`);
    const [index, form] = columns as [string, string];
    if (index.includes('.')) continue;
    const where = `${name}:${l + 1} (${id})`;
    const dash = index.indexOf('-');
    if (dash >= 0) {
      multiStart = locate(form, where);
      multiForm = form;
      multiEnd = multiStart + form.length;
      multiLast = Number(index.slice(dash + 1));
      cursor = multiEnd;
      continue;
    }
    const number = Number(index);
    let start: number;
    let end: number;
    if (multiEnd >= 0 && number <= multiLast) {
      // Inside a multi-word token: its words spell it out in order, or all get its whole span.
      const spelled = spelledWithin(multiForm, form, rows, multiStart, number, multiLast, lines, l);
      start = spelled?.start ?? multiStart;
      end = spelled?.end ?? multiEnd;
      if (number === multiLast) multiEnd = -1;
    } else {
      start = locate(form, where);
      end = start + form.length;
      cursor = end;
    }
    const upos = uposId(columns[3]!);
    const deprel = deprelId(columns[7]!);
    if (upos < 0) throw new Error(`${where}: unknown UPOS ${columns[3]}`);
    if (deprel < 0) throw new Error(`${where}: unknown relation ${columns[7]}`);
    rows.push({ form, upos, head: Number(columns[6]) - 1, deprel, start, end });
  }
  finish();
  return documents;
}

/**
 * The span of word `number` inside a multi-word token starting at `tokenStart`, when the token's words
 * (read ahead in `lines`) concatenate to its form, ignoring case; otherwise null.
 */
function spelledWithin(
  token: string,
  form: string,
  rows: readonly Row[],
  tokenStart: number,
  number: number,
  last: number,
  lines: readonly string[],
  at: number,
): { start: number; end: number } | null {
  const previous = rows[rows.length - 1];
  const offset =
    previous && previous.start >= tokenStart && previous.end > previous.start ? previous.end - tokenStart : 0;
  let rest = form;
  for (let k = 1; k <= last - number; k++) rest += (lines[at + k] ?? '').split('\t')[1] ?? '';
  const spelled = token.slice(offset);
  if (rest.toLowerCase() !== spelled.toLowerCase()) return null;
  return { start: tokenStart + offset, end: tokenStart + offset + form.length };
}

const CASE = DEPRELS.indexOf('case');
const OBL = DEPRELS.indexOf('obl');
const AGENT = DEPRELS.indexOf('obl:agent');
const AUX_PASS = DEPRELS.indexOf('aux:pass');

/** A passive's by-phrase, a plain `obl` in older releases, becomes `obl:agent`. */
function markAgents(sentence: UdSentence): void {
  const n = sentence.words.length;
  for (let w = 0; w < n; w++) {
    if (sentence.deprels[w] !== OBL) continue;
    const head = sentence.heads[w]!;
    let by = false;
    let passive = false;
    for (let k = 0; k < n; k++) {
      if (
        sentence.heads[k] === w &&
        sentence.deprels[k] === CASE &&
        sentence.words[k]!.toLowerCase() === 'by'
      )
        by = true;
      if (sentence.heads[k] === head && sentence.deprels[k] === AUX_PASS) passive = true;
    }
    if (by && passive) sentence.deprels[w] = AGENT;
  }
}
