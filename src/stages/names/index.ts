import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NameSpan, Sentence, Token } from '../../core/analysis.js';
import { bestAllowedTag, decodeDocument } from './decode.js';
import { FEATURES_VERSION, prepareDocument } from './features.js';
import { QuantisedScorer, decodeModel } from './model.js';
import type { NerModel } from './model.js';
import { LABELS, TAG_COUNT, allowedAfter, tagsToSpans } from './tags.js';
import type { TokenSpan } from './tags.js';

export const MODEL_FILE = 'models/ner.bin';

/** Margins (in averaged-weight units) are spread over tens; this keeps confidences off 0 and 1 for most names. */
const MARGIN_SPREAD = 8;

/**
 * The folder holding package.json: the same whether this module runs from `src/` under tsx or from
 * `dist/src/` after `tsc`, where a fixed number of `../` would miss by one.
 */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`name tagger: no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

let shipped: QuantisedScorer | null = null;

/** The shipped model, read on first use. */
export function loadShippedModel(): NerModel {
  if (!shipped) {
    const model = decodeModel(readFileSync(join(packageRoot(), MODEL_FILE)));
    if (model.header.featuresVersion !== FEATURES_VERSION) {
      throw new Error(
        `${MODEL_FILE} was trained on features v${model.header.featuresVersion}, the tagger computes ` +
          `v${FEATURES_VERSION}: run scripts/train-ner.ts`,
      );
    }
    shipped = new QuantisedScorer(model);
  }
  return shipped.model;
}

/** Names found in a document given as words, with each word's margin over the runner-up tag. */
export interface WordNames {
  spans: TokenSpan[];
  /** In averaged-weight units over `MARGIN_SPREAD`; 10 where no other tag could follow. */
  margin: Float64Array;
}

/**
 * Tags words already split into sentences (`sentenceStarts`: each sentence's first word, then the word
 * count). Used on CoNLL's own tokens by the evaluation, and by `tagNames` on ours.
 */
export function tagWords(words: readonly string[], sentenceStarts: readonly number[]): WordNames {
  const model = loadShippedModel();
  const doc = prepareDocument(words, sentenceStarts, model.mask);
  const margin = new Float64Array(words.length);
  const tags = decodeDocument(doc, model.mask, shipped!.scorer(doc), (w, _dynamic, scores, previous) => {
    const best = bestAllowedTag(scores, previous);
    let second = -Infinity;
    for (let t = 0; t < TAG_COUNT; t++)
      if (t !== best && scores[t]! > second && allowedAfter(previous, t)) second = scores[t]!;
    margin[w] = second === -Infinity ? 10 : ((scores[best]! - second) * model.header.scale) / MARGIN_SPREAD;
    return best;
  });
  const spans: TokenSpan[] = [];
  for (let s = 0; s + 1 < sentenceStarts.length; s++)
    tagsToSpans(tags, sentenceStarts[s]!, sentenceStarts[s + 1]!, spans);
  return { spans, margin };
}

/** Person, organisation, place and other names in `text`, by the statistical tagger over our tokens. */
export function tagNames(text: string, tokens: Token[], sentences: Sentence[]): NameSpan[] {
  if (tokens.length === 0 || sentences.length === 0) return [];
  const words = tokens.map((t) => t.text);
  const sentenceStarts = [0];
  for (let k = 1; k < tokens.length; k++)
    if (tokens[k]!.sentence !== tokens[k - 1]!.sentence) sentenceStarts.push(k);
  sentenceStarts.push(tokens.length);
  const { spans, margin } = tagWords(words, sentenceStarts);
  // A perceptron's scores are not probabilities; the weakest margin in the name, squashed, orders names
  // by how clear their tags were, which is all the score is used for.
  return spans.map(({ first, last, type }) => {
    let weakest = Infinity;
    for (let k = first; k <= last; k++) weakest = Math.min(weakest, margin[k]!);
    return {
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      label: LABELS[type]!,
      score: 1 / (1 + Math.exp(-weakest)),
    };
  });
}
