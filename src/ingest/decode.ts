/**
 * Bytes to text. Files and pages arrive gzipped, with or without BOMs, in UTF-8, UTF-16 or a legacy
 * charset; this is the one place that guesses, so every source decodes the same way.
 */
import { gunzipSync } from 'node:zlib';
import { InputError } from '../core/errors.js';

const GZIP_MAGIC = [0x1f, 0x8b];

/** Signatures of formats people are likely to point us at by mistake; named in the error message. */
const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: ReadonlyArray<number>; offset?: number }> = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'WebP', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'bzip2', bytes: [0x42, 0x5a, 0x68] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
  { name: 'Word/Excel (OLE)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

/** Above this share of control characters a "text" is almost certainly a binary read as Latin-1. */
const MAX_CONTROL_RATIO = 0.1;
/** Enough of the start of a document to judge its encoding without scanning megabytes. */
const SNIFF_LENGTH = 4096;

export interface DecodeOptions {
  /** A charset announced outside the bytes, such as an HTTP Content-Type parameter. */
  charset?: string | undefined;
  /**
   * The bytes are lines read one by one (a JSONL manifest): NUL bytes do not refuse the whole input, since
   * the line holding them fails on its own and the others go on.
   */
  lines?: boolean | undefined;
}

/**
 * Decodes one document's bytes into a string, or throws an `InputError` naming what is wrong with it
 * (`too-large`, `binary`, `empty`, `malformed` gzip). `maxBytes` caps the bytes both as given and once
 * decompressed; callers keep it far below what V8 can hold in one string (about 512 M characters), which
 * a few megabytes of gzip would otherwise exceed and abort the process.
 */
export function decodeDocument(
  bytes: Uint8Array,
  input: string,
  maxBytes: number,
  options: DecodeOptions = {},
): string {
  if (bytes.length > maxBytes) throw tooLarge(input, maxBytes);
  const plain = startsWith(bytes, GZIP_MAGIC) ? gunzip(bytes, input, maxBytes) : bytes;
  const signature = binarySignature(plain);
  if (signature) throw new InputError(input, 'binary', `binary file (looks like ${signature})`);

  const text = stripBom(decodeText(plain, input, options));
  if (controlRatio(options.lines ? text.replaceAll('\u0000', '') : text) > MAX_CONTROL_RATIO) {
    throw new InputError(input, 'binary', 'binary file (too many control characters)');
  }
  if (text.trim() === '') {
    throw new InputError(input, 'empty', text === '' ? 'empty document' : 'empty document (only whitespace)');
  }
  return text;
}

function formatBytes(count: number): string {
  if (count < 1024) return `${count} bytes`;
  if (count < 1024 * 1024) return `${Math.round(count / 1024)} KB`;
  return `${Math.round((count / (1024 * 1024)) * 10) / 10} MB`;
}

export function tooLarge(input: string, maxBytes: number): InputError {
  return new InputError(input, 'too-large', `larger than the ${formatBytes(maxBytes)} limit`);
}

/**
 * zlib inflates chunk by chunk and stops as soon as the output passes `maxOutputLength`, so a gzip bomb
 * costs at most `maxBytes` of memory before it is refused.
 */
function gunzip(bytes: Uint8Array, input: string, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError) throw tooLarge(input, maxBytes);
    throw new InputError(input, 'malformed', 'corrupt gzip data');
  }
}

function decodeText(bytes: Uint8Array, input: string, options: DecodeOptions): string {
  const bomEncoding = encodingFromBom(bytes);
  if (bomEncoding) return new TextDecoder(bomEncoding).decode(bytes);

  const utf16 = utf16FromNulPattern(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (!options.lines && bytes.includes(0)) {
    throw new InputError(input, 'binary', 'binary file (contains NUL bytes)');
  }

  const utf8 = strictUtf8(bytes);
  const declared = supportedCharset(options.charset ?? charsetDeclaredInMarkup(bytes));
  // A page labelled with a legacy charset whose bytes are valid, non-ASCII UTF-8 is far more often
  // mislabelled than a legacy text that happens to form valid UTF-8 sequences.
  if (declared && declared !== 'utf-8' && !(utf8 !== null && hasNonAscii(bytes))) {
    return new TextDecoder(declared).decode(bytes);
  }
  if (utf8 !== null) return utf8;
  // A UTF-8 text with a few bad bytes (a truncated copy, a pasted fragment) keeps its UTF-8 and has only
  // those bytes replaced; a text with no UTF-8 sequence at all is a legacy one.
  return hasUtf8Sequence(bytes)
    ? new TextDecoder('utf-8').decode(bytes)
    : new TextDecoder('windows-1252').decode(bytes);
}

/** Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0xc2 || lead > 0xf4) continue;
    const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    if (i + length > bytes.length) return false;
    let k = 1;
    while (k < length && (bytes[i + k]! & 0xc0) === 0x80) k++;
    if (k === length && strictUtf8(bytes.subarray(i, i + length)) !== null) return true;
  }
  return false;
}

function encodingFromBom(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/**
 * UTF-16 text of mostly Latin script has a zero in every other byte: the high byte for LE, the low
 * for BE. Binary data has zeros scattered over both positions.
 */
function utf16FromNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SNIFF_LENGTH) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** `<meta charset>`, `<meta http-equiv … charset=…>` or `<?xml … encoding=…?>` near the start. */
function charsetDeclaredInMarkup(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 2048));
  const match =
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta\b[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return match?.[1];
}

/** The canonical name TextDecoder uses for a label, or null when it does not know the label. */
function supportedCharset(label: string | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
}

function binarySignature(bytes: Uint8Array): string | null {
  const found = BINARY_SIGNATURES.find(({ bytes: magic, offset = 0 }) =>
    startsWith(bytes.subarray(offset), magic),
  );
  return found?.name ?? null;
}

function controlRatio(text: string): number {
  const sample = text.slice(0, SNIFF_LENGTH);
  if (sample.length === 0) return 0;
  const controls = sample.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  return controls / sample.length;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function startsWith(bytes: Uint8Array, prefix: ReadonlyArray<number>): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}
