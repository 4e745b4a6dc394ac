/**
 * The ECB+ story benchmark as documents: each of `../shared/bench/stories/ecbplus-topics-1-35.tar.gz`'s
 * tokenised XML files turned back into plain text, with its topic and sub-topic (`N_Kecb.xml` documents
 * report one event, `N_Kecbplus.xml` a different event of the same kind). Only topics 1-35 are shipped
 * and read; the held-out topics 36-45 are never opened.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { SHARED_BENCH } from './run-phase.js';

export const ECBPLUS_ARCHIVE = `${SHARED_BENCH}/stories/ecbplus-topics-1-35.tar.gz`;
const MAX_TOPIC = 35;

export interface EcbDocument {
  /** The file name without `.xml`: `3_9ecbplus`. */
  name: string;
  topic: string;
  /** `<topic>:ecb` or `<topic>:ecbplus`. */
  subtopic: string;
  /** One sentence a line, tokens joined back as a writer would space them. */
  text: string;
}

/** The files of a (ustar) tar archive: 512-byte headers, each followed by its content in 512-byte blocks. */
function* tarFiles(archive: Buffer): Generator<{ path: string; content: Buffer }> {
  for (let at = 0; at + 512 <= archive.length;) {
    const header = archive.subarray(at, at + 512);
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    if (name === '') return;
    const prefix = header.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 48);
    const start = at + 512;
    if (type === '0' || type === '\0')
      yield { path: prefix ? `${prefix}/${name}` : name, content: archive.subarray(start, start + size) };
    at = start + Math.ceil(size / 512) * 512;
  }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!);

/** Tokens joined with the spacing of written English: none before closing punctuation or after opening. */
function detokenise(tokens: string[]): string {
  let out = '';
  let openQuote = false;
  for (const raw of tokens) {
    const token = raw === '``' || raw === "''" ? '"' : raw;
    let glue = out === '' || /[([{$]$/.test(out) || (openQuote && out.endsWith('"'));
    if (token === '"') {
      glue ||= openQuote;
      openQuote = !openQuote;
    } else if (/^(?:[.,:;!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|')$/i.test(token)) glue = true;
    out += glue ? token : ` ${token}`;
  }
  return out;
}

function documentText(xml: string): string {
  const sentences = new Map<number, string[]>();
  for (const match of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const sentence = Number(match[1]);
    const list = sentences.get(sentence) ?? [];
    list.push(unescapeXml(match[2]!));
    sentences.set(sentence, list);
  }
  return [...sentences.keys()]
    .sort((a, b) => a - b)
    .map((s) => detokenise(sentences.get(s)!))
    .join('\n');
}

/** Every document of topics 1-35, in archive order (the order they come). */
export async function readEcbPlus(): Promise<EcbDocument[]> {
  const archive = gunzipSync(await readFile(ECBPLUS_ARCHIVE));
  const documents: EcbDocument[] = [];
  for (const file of tarFiles(archive)) {
    const match = /(?:^|\/)((\d+)_\d+(ecb|ecbplus))\.xml$/.exec(file.path);
    if (!match || Number(match[2]) > MAX_TOPIC) continue;
    documents.push({
      name: match[1]!,
      topic: match[2]!,
      subtopic: `${match[2]}:${match[3]}`,
      text: documentText(file.content.toString('utf8')),
    });
  }
  return documents;
}
