import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Deprel, Sentence, SyntaxToken, Upos } from './analysis.js';
import type { StoredReading } from './types.js';

/**
 * How a reading is written to a store and read back. Parsed sentences hold a dozen numbers per word, which
 * as JSON objects would make a stored reading ten times the size of its article; stored, each sentence's
 * words are packed into one short string (`syntax`, about five characters a word) and unpacked on reading,
 * so every caller still sees `tokens: [{ start, end, upos, head, dep }]`. That JSON, still four to five
 * times its article (names, quotes and offsets repeat), is stored deflated (`encodeReading`): a quarter of
 * its size, for a fraction of a millisecond each way.
 */

type Reading = StoredReading['reading'];
interface PackedSentence extends Omit<Sentence, 'tokens'> {
  syntax?: string;
}

const UPOS_CODES: readonly Upos[] = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ',
  'SYM', 'VERB', 'X',
]; // prettier-ignore

const DEPREL_CODES: readonly Deprel[] = [
  'acl', 'acl:relcl', 'advcl', 'advcl:relcl', 'advmod', 'amod', 'appos', 'aux', 'aux:pass', 'case', 'cc',
  'cc:preconj', 'ccomp', 'compound', 'compound:prt', 'conj', 'cop', 'csubj', 'csubj:outer', 'csubj:pass', 'dep',
  'det', 'det:predet', 'discourse', 'dislocated', 'expl', 'fixed', 'flat', 'goeswith', 'iobj', 'list', 'mark',
  'nmod', 'nmod:desc', 'nmod:poss', 'nmod:unmarked', 'nsubj', 'nsubj:outer', 'nsubj:pass', 'nummod', 'obj', 'obl',
  'obl:agent', 'obl:unmarked', 'orphan', 'parataxis', 'punct', 'reparandum', 'root', 'vocative', 'xcomp',
]; // prettier-ignore

const uposCode = new Map(UPOS_CODES.map((u, k) => [u, k]));
const deprelCode = new Map(DEPREL_CODES.map((d, k) => [d, k]));

/** Digits of the packing: one character holds 0-61; 62 and 63 open a 3- and a 6-digit number. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const digitValue = new Int8Array(128).fill(-1);
for (let k = 0; k < DIGITS.length; k++) digitValue[DIGITS.charCodeAt(k)] = k;

function pushNumber(out: string[], value: number): void {
  if (value < 62) out.push(DIGITS[value]!);
  else {
    const width = value < 1 << 18 ? 3 : 6;
    out.push(DIGITS[width === 3 ? 62 : 63]!);
    for (let k = width - 1; k >= 0; k--) out.push(DIGITS[Math.floor(value / 64 ** k) % 64]!);
  }
}

/**
 * Each word as five numbers: the gap since the previous word's end (the first: since the sentence's start),
 * its length, its tag, its head (0 for the root, else the distance zigzagged plus one), its relation.
 */
export function packTokens(sentenceStart: number, tokens: readonly SyntaxToken[]): string {
  const out: string[] = [];
  let previousEnd = sentenceStart;
  tokens.forEach((token, k) => {
    const delta = token.head - k;
    pushNumber(out, token.start - previousEnd);
    pushNumber(out, token.end - token.start);
    pushNumber(out, uposCode.get(token.upos)!);
    pushNumber(out, token.head < 0 ? 0 : (delta > 0 ? 2 * delta : -2 * delta - 1) + 1);
    pushNumber(out, deprelCode.get(token.dep)!);
    previousEnd = token.end;
  });
  return out.join('');
}

export function unpackTokens(sentenceStart: number, packed: string): SyntaxToken[] {
  const tokens: SyntaxToken[] = [];
  let at = 0;
  const next = (): number => {
    const digit = digitValue[packed.charCodeAt(at++)]!;
    if (digit < 0) throw new Error(`stored reading: bad syntax packing at ${at - 1}`);
    if (digit < 62) return digit;
    let value = 0;
    for (let k = digit === 62 ? 3 : 6; k > 0; k--) value = value * 64 + digitValue[packed.charCodeAt(at++)]!;
    return value;
  };
  let previousEnd = sentenceStart;
  while (at < packed.length) {
    const k = tokens.length;
    const start = previousEnd + next();
    const end = start + next();
    const upos = UPOS_CODES[next()]!;
    const head = next();
    const zigzag = head - 1;
    const dep = DEPREL_CODES[next()]!;
    tokens.push({
      start,
      end,
      upos,
      head: head === 0 ? -1 : k + (zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2),
      dep,
    });
    previousEnd = end;
  }
  return tokens;
}

/** The reading as stored: JSON, each parsed sentence's words packed. */
export function readingToJson(reading: Reading): string {
  const sentences: PackedSentence[] = reading.sentences.map(({ tokens, ...sentence }) =>
    tokens === undefined ? sentence : { ...sentence, syntax: packTokens(sentence.start, tokens) },
  );
  return JSON.stringify({ ...reading, sentences });
}

/**
 * The reading back from its JSON. A sentence's words are unpacked when first asked for (an enumerable
 * property that unpacks once, then holds them): connecting many stored readings never looks at them.
 */
export function readingFromJson(json: string): Reading {
  const stored = JSON.parse(json) as Omit<Reading, 'sentences'> & { sentences: PackedSentence[] };
  const sentences: Sentence[] = stored.sentences.map(({ syntax, ...sentence }) => {
    if (syntax === undefined) return sentence;
    let tokens: SyntaxToken[] | undefined;
    return Object.defineProperty(sentence, 'tokens', {
      enumerable: true,
      configurable: true,
      get: () => (tokens ??= unpackTokens(sentence.start, syntax)),
      set: (value: SyntaxToken[]) => {
        tokens = value;
      },
    }) as Sentence;
  });
  return { ...stored, sentences };
}

/** The first byte of a stored reading that is deflated JSON; JSON itself (stored before) starts with `{`. */
const DEFLATED = 0x01;
const JSON_OPEN = 0x7b;

/** Stored reading JSON (`readingToJson`) as a store keeps it: a marker byte, then the JSON deflated. */
export function deflateReadingJson(json: string): Buffer {
  const deflated = deflateRawSync(Buffer.from(json, 'utf8'));
  const stored = Buffer.allocUnsafe(deflated.length + 1);
  stored[0] = DEFLATED;
  deflated.copy(stored, 1);
  return stored;
}

/**
 * Each reading's stored form, made once per reading object (a reading is never changed once made). Encoding
 * is a millisecond or more per article, and a store saves readings under its write lock, which writers on
 * other processes wait for: callers encode before taking the lock, and the store's own call inside it finds
 * the answer here.
 */
const encoded = new WeakMap<Reading, Buffer>();

/** The reading as a store keeps it (see `deflateReadingJson`). */
export function encodeReading(reading: Reading): Buffer {
  let stored = encoded.get(reading);
  if (!stored) encoded.set(reading, (stored = deflateReadingJson(readingToJson(reading))));
  return stored;
}

/**
 * A stored reading back, whichever way it was kept: deflated, or JSON (as text, or as its UTF-8 bytes on
 * PostgreSQL's `bytea`), so a store whose old rows are being converted reads every row meanwhile.
 */
export function decodeReading(stored: string | Uint8Array): Reading {
  if (typeof stored === 'string') return readingFromJson(stored);
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  if (bytes[0] === DEFLATED) return readingFromJson(inflateRawSync(bytes.subarray(1)).toString('utf8'));
  if (bytes[0] === JSON_OPEN) return readingFromJson(bytes.toString('utf8'));
  throw new Error(`stored reading: unknown encoding (first byte ${bytes[0] ?? 'missing'})`);
}

/**
 * A reading carried in its stored form (the workers' intake keeps a read document this way: a tenth of its
 * JSON's bytes): decoded, and its stored form kept as its encoding, so storing it encodes nothing again.
 */
export function decodeEncodedReading(stored: Buffer): Reading {
  const reading = decodeReading(stored);
  encoded.set(reading, stored);
  decodedForms.add(reading);
  return reading;
}

/** The readings `decodeEncodedReading` made: each is what decoding its stored form again would give. */
const decodedForms = new WeakSet<Reading>();

/**
 * Whether `reading` was decoded from its stored form (`encodeReading` gives those bytes back), and so is
 * what a store reading that form back would give: a store keeping it decoded after saving it need not
 * decode the bytes again (under its write lock, when a worker's linker saves a read job's reading).
 */
export function isDecodedForm(reading: Reading): boolean {
  return decodedForms.has(reading);
}
