import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { analyzeText } from '../../pipeline/reading.js';
import { decodeSyntaxModel } from './model.js';
import { parseWords } from './index.js';

const TEXT = `Ukraine's foreign minister said on Tuesday that Kyiv wouldn't accept a ceasefire "on Moscow's terms".

Talks in Jeddah, Saudi Arabia, ended without a deal. U.S. officials, who asked not to be named, called them "useful"…`;

test('every sentence of an analysis has its words, one root and heads inside the sentence', () => {
  const analysis = analyzeText(TEXT, '2025-03-12');
  assert.equal(analysis.sentences.length, 3);
  for (const sentence of analysis.sentences) {
    const tokens = sentence.tokens!;
    assert.ok(tokens.length > 0);
    assert.equal(tokens.filter((t) => t.head < 0).length, 1);
    assert.equal(tokens.find((t) => t.head < 0)!.dep, 'root');
    for (const [k, token] of tokens.entries()) {
      assert.ok(token.start >= sentence.start && token.end <= sentence.end);
      assert.ok(k === 0 || token.start >= tokens[k - 1]!.end);
      assert.ok(token.head < tokens.length && token.head !== k);
      if (token.head >= 0) assert.notEqual(token.dep, 'root');
    }
  }
  const first = analysis.sentences[0]!.tokens!.map((t) => TEXT.slice(t.start, t.end));
  assert.deepEqual(first.slice(0, 4), ['Ukraine', "'s", 'foreign', 'minister']);
  assert.deepEqual(first.slice(9, 11), ['would', "n't"]);
});

test('the same words get the same tree from text and from a word list', () => {
  const analysis = analyzeText('Russia and China met in Beijing.', null);
  const tokens = analysis.sentences[0]!.tokens!;
  const parsed = parseWords(['Russia', 'and', 'China', 'met', 'in', 'Beijing', '.']);
  assert.deepEqual(
    Array.from(parsed.heads),
    tokens.map((t) => t.head),
  );
});

test('a tree does not depend on the sentence parsed before it, even one of the same length', () => {
  const first = ['The', 'mayor', 'of', 'Lyon', 'resigned', 'on', 'Friday', '.'];
  const second = ['Did', 'the', 'board', 'not', 'approve', 'it', '?', '!'];
  const alone = parseWords(first);
  parseWords(second);
  const again = parseWords(first);
  assert.deepEqual(Array.from(again.heads), Array.from(alone.heads));
  assert.deepEqual(Array.from(again.deprels), Array.from(alone.deprels));
  assert.deepEqual(Array.from(again.upos), Array.from(alone.upos));
});

test('a model file of another kind is refused with a message naming it', () => {
  assert.throws(
    () => decodeSyntaxModel(gzipSync(Buffer.alloc(16)), 'models/x.bin'),
    /models\/x\.bin: not a Dossier syntax model/,
  );
});
