import { gunzipSync, gzipSync } from 'node:zlib';
import { LABEL_BUCKETS, LABEL_LEVELS, LABEL_STRIDE } from './labels.js';
import {
  PARSER_FEATURES_VERSION,
  TRANSITION_BUCKETS,
  TRANSITION_LEVELS,
  TRANSITION_STRIDE,
} from './parser-features.js';
import { emptyRoleCache } from './parser.js';
import type { ParserModel } from './parser.js';
import { TAGGER_FEATURES_VERSION } from './tagger.js';
import { emptyWordCache, pairRows } from './tagger.js';
import type { TagDictionary } from './tag-dictionary.js';
import type { TaggerModel } from './tagger.js';
import { DEPRELS, UPOS } from './ud.js';
import { quantise, readDenseRows, readPackedRows, readRows, rowsBytes } from '../perceptron/rows.js';
import type { RowsHeader } from '../perceptron/rows.js';

/**
 * The shipped syntax model, one gzipped file: a JSON header (versions, inventories, sizes), then the
 * tagger's rows, the transition rows, the relation rows (see `weights.ts`), and the tag dictionary as
 * (word hash, entry) pairs.
 */
export interface SyntaxModel {
  tagger: TaggerModel;
  parser: ParserModel;
}

interface Header {
  taggerFeatures: number;
  parserFeatures: number;
  upos: readonly string[];
  deprels: readonly string[];
  tagger: RowsHeader;
  transitions: RowsHeader;
  labels: RowsHeader;
  dictionary: { bits: number; count: number };
}

const MAGIC = 0x314e5953; // "SYN1"

/** Trained weights as the trainer holds them: `width` floats per bucket, `levels` steps once quantised. */
export interface TrainedWeights {
  weights: Float32Array;
  width: number;
  buckets: number;
  levels: number;
}

export function encodeSyntaxModel(
  tagger: TrainedWeights,
  transitions: TrainedWeights,
  labels: TrainedWeights,
  dictionary: TagDictionary,
): Buffer {
  const parts = [tagger, transitions, labels].map((d) => quantise(d.weights, d.width, d.buckets, d.levels));
  const pairs: number[] = [];
  for (let slot = 0; slot < dictionary.values.length; slot++)
    if (dictionary.values[slot] !== 0) pairs.push(dictionary.keys[slot]!, dictionary.values[slot]!);
  const header: Header = {
    taggerFeatures: TAGGER_FEATURES_VERSION,
    parserFeatures: PARSER_FEATURES_VERSION,
    upos: UPOS,
    deprels: DEPRELS,
    tagger: parts[0]!.header,
    transitions: parts[1]!.header,
    labels: parts[2]!.header,
    dictionary: { bits: dictionary.bits, count: pairs.length / 2 },
  };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const fixed = Buffer.alloc(8);
  fixed.writeUInt32LE(MAGIC, 0);
  fixed.writeUInt32LE(headerBytes.length, 4);
  const dictionaryBytes = Buffer.from(Int32Array.from(pairs).buffer);
  return gzipSync(
    Buffer.concat([fixed, headerBytes, ...parts.map((p) => rowsBytes(p.buckets, p.rows)), dictionaryBytes]),
    { level: 9 },
  );
}

/** Reads a model file, refusing one made for other features or other inventories. */
export function decodeSyntaxModel(file: Buffer, name: string): SyntaxModel {
  const body = gunzipSync(file);
  if (body.readUInt32LE(0) !== MAGIC) throw new Error(`${name}: not a Dossier syntax model`);
  const headerLength = body.readUInt32LE(4);
  const header = JSON.parse(body.subarray(8, 8 + headerLength).toString('utf8')) as Header;
  const retrain = 'run scripts/train-syntax.ts';
  if (header.taggerFeatures !== TAGGER_FEATURES_VERSION || header.parserFeatures !== PARSER_FEATURES_VERSION)
    throw new Error(
      `${name} was trained on tagger features v${header.taggerFeatures} and parser features ` +
        `v${header.parserFeatures}, the code computes v${TAGGER_FEATURES_VERSION} and v${PARSER_FEATURES_VERSION}: ${retrain}`,
    );
  if (header.upos.join() !== UPOS.join() || header.deprels.join() !== DEPRELS.join())
    throw new Error(`${name} has other tags or relations than the code: ${retrain}`);
  const { transitions: t, labels: l } = header;
  if (
    t.buckets !== TRANSITION_BUCKETS ||
    l.buckets !== LABEL_BUCKETS ||
    t.levels !== TRANSITION_LEVELS ||
    l.levels !== LABEL_LEVELS
  )
    throw new Error(`${name} has other parser table sizes than the code: ${retrain}`);
  let at = 8 + headerLength;
  const tagger = readRows(header.tagger, body, at);
  const transitions = readDenseRows(header.transitions, body, tagger.next, TRANSITION_STRIDE);
  const labels = readPackedRows(header.labels, body, transitions.next, LABEL_STRIDE);
  at = labels.next;
  const { bits, count } = header.dictionary;
  const keys = new Int32Array(1 << bits);
  const values = new Int32Array(1 << bits);
  for (let k = 0; k < count; k++) {
    const key = body.readInt32LE(at + k * 8);
    const value = body.readInt32LE(at + k * 8 + 4);
    let slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
    while (values[slot] !== 0) slot = (slot + 1) & ((1 << bits) - 1);
    keys[slot] = key;
    values[slot] = value;
  }
  return {
    tagger: {
      mask: tagger.rows.mask,
      directory: tagger.rows.directory,
      pairs: pairRows(tagger.rows),
      dictionary: { bits, keys, values },
      cache: emptyWordCache(),
    },
    parser: { transitions: transitions.rows, labels: labels.rows, roles: emptyRoleCache() },
  };
}
