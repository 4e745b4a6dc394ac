import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Deprel, Sentence, SyntaxToken } from '../../core/analysis.js';
import { splitSentences, tokenize } from '../tokens/index.js';
import { parseSentences } from './index.js';
import { Tree, treeOf } from './tree.js';

/** Parses `text` with the shipped model; one tree per sentence. */
function parse(text: string): Tree[] {
  const sentences = splitSentences(text);
  return parseSentences(tokenize(text, sentences), sentences).map((s) => treeOf(text, s));
}

/** The tree as "word head dep" lines, heads as words (ROOT for the root), for readable failures. */
function arcs(tree: Tree): string[] {
  return tree.tokens.map(
    (t, w) => `${tree.word(w)} ${t.head < 0 ? 'ROOT' : tree.word(t.head)}#${t.head} ${t.dep}`,
  );
}

/** Expected arcs written as [word, head index, relation] triples, in the same format. */
function expected(rows: Array<[string, number, Deprel]>): string[] {
  return rows.map(([word, head, dep]) => `${word} ${head < 0 ? 'ROOT' : rows[head]![0]}#${head} ${dep}`);
}

const words = (tree: Tree, indices: number[]): string[] => indices.map((w) => tree.word(w));

test('passive with agent: the agent is the by-phrase, the patient the passive subject', () => {
  const [tree] = parse('The embassy in Kyiv was attacked by Russian drones on Tuesday.');
  assert.deepEqual(
    arcs(tree!),
    expected([
      ['The', 1, 'det'],
      ['embassy', 5, 'nsubj:pass'],
      ['in', 3, 'case'],
      ['Kyiv', 1, 'nmod'],
      ['was', 5, 'aux:pass'],
      ['attacked', -1, 'root'],
      ['by', 8, 'case'],
      ['Russian', 8, 'amod'],
      ['drones', 5, 'obl:agent'],
      ['on', 10, 'case'],
      ['Tuesday', 5, 'obl'],
      ['.', 5, 'punct'],
    ]),
  );
  const verb = tree!.root();
  assert.equal(tree!.isPassive(verb), true);
  assert.deepEqual(words(tree!, tree!.agent(verb)), ['drones']);
  assert.deepEqual(words(tree!, tree!.agents(verb)), ['drones']);
  assert.deepEqual(words(tree!, tree!.patients(verb)), ['embassy']);
  assert.deepEqual(words(tree!, tree!.subjects(verb)), ['embassy']);
  assert.deepEqual(
    tree!.prepositional(verb).map((p) => [p.preposition, tree!.word(p.index)]),
    [
      ['by', 'drones'],
      ['on', 'Tuesday'],
    ],
  );
  const embassy = tree!.text.indexOf('embassy');
  assert.equal(tree!.word(tree!.headOf(embassy - 4, embassy + 15)), 'embassy');
  const phrase = tree!.span(1);
  assert.equal(tree!.text.slice(phrase.start, phrase.end), 'The embassy in Kyiv');
  assert.equal(tree!.clauseOf(3), verb);
});

test('reported speech with inversion: the speaker follows the verb, the quote is its complement', () => {
  const [tree] = parse('“We will not negotiate under fire,” said Sergei Lavrov, Russia’s foreign minister.');
  assert.deepEqual(
    arcs(tree!),
    expected([
      ['“', 4, 'punct'],
      ['We', 4, 'nsubj'],
      ['will', 4, 'aux'],
      ['not', 4, 'advmod'],
      ['negotiate', 9, 'ccomp'],
      ['under', 6, 'case'],
      ['fire', 4, 'obl'],
      [',', 4, 'punct'],
      ['”', 4, 'punct'],
      ['said', -1, 'root'],
      ['Sergei', 9, 'nsubj'],
      ['Lavrov', 10, 'flat'],
      [',', 16, 'punct'],
      ['Russia', 16, 'nmod:poss'],
      ['’s', 13, 'case'],
      ['foreign', 16, 'amod'],
      ['minister', 10, 'appos'],
      ['.', 9, 'punct'],
    ]),
  );
  const said = tree!.root();
  assert.deepEqual(words(tree!, tree!.subjects(said)), ['Sergei']);
  const speaker = tree!.span(10, ['appos']);
  assert.equal(tree!.text.slice(speaker.start, speaker.end), 'Sergei Lavrov');
  const quote = tree!.reported(said);
  assert.equal(tree!.word(quote), 'negotiate');
  const content = tree!.span(quote);
  assert.equal(tree!.text.slice(content.start, content.end), 'We will not negotiate under fire');
  assert.equal(tree!.negated(quote), true);
  assert.equal(tree!.modal(quote), 'will');
  assert.equal(tree!.negated(said), false);
  assert.equal(tree!.word(tree!.possessor(16)), 'Russia');
});

test('conditional: the if-clause conditions the main clause, with its modal', () => {
  const [tree] = parse('If the talks fail, Ukraine could lose the city.');
  assert.deepEqual(
    arcs(tree!),
    expected([
      ['If', 3, 'mark'],
      ['the', 2, 'det'],
      ['talks', 3, 'nsubj'],
      ['fail', 7, 'advcl'],
      [',', 3, 'punct'],
      ['Ukraine', 7, 'nsubj'],
      ['could', 7, 'aux'],
      ['lose', -1, 'root'],
      ['the', 9, 'det'],
      ['city', 7, 'obj'],
      ['.', 7, 'punct'],
    ]),
  );
  const lose = tree!.root();
  assert.equal(tree!.conditionOf(lose), 3);
  assert.equal(tree!.conditional(lose), 'consequence');
  assert.equal(tree!.conditional(3), 'condition');
  assert.equal(tree!.modal(lose), 'could');
  assert.equal(tree!.negated(lose), false);
  assert.deepEqual(words(tree!, tree!.agents(lose)), ['Ukraine']);
  assert.deepEqual(words(tree!, tree!.patients(lose)), ['city']);
  assert.equal(tree!.clauseOf(2), 3);
});

/** A tree written by hand: "word/UPOS head dep" per token, offsets laid out with single spaces. */
function handTree(rows: Array<[string, SyntaxToken['upos'], number, Deprel]>): Tree {
  let text = '';
  const tokens: SyntaxToken[] = rows.map(([word, upos, head, dep]) => {
    if (text) text += ' ';
    const start = text.length;
    text += word;
    return { start, end: text.length, upos, head, dep };
  });
  const sentence: Sentence = { start: 0, end: text.length, index: 0, tokens };
  return treeOf(text, sentence);
}

test('subjects come from the controlling verb, the first conjunct and the relative clause’s noun', () => {
  // "Washington urged Iran to stop the drones that attacked Kyiv and wants talks"
  const tree = handTree([
    ['Washington', 'PROPN', 1, 'nsubj'],
    ['urged', 'VERB', -1, 'root'],
    ['Iran', 'PROPN', 1, 'obj'],
    ['to', 'PART', 4, 'mark'],
    ['stop', 'VERB', 1, 'xcomp'],
    ['the', 'DET', 6, 'det'],
    ['drones', 'NOUN', 4, 'obj'],
    ['that', 'PRON', 8, 'nsubj'],
    ['attacked', 'VERB', 6, 'acl:relcl'],
    ['Kyiv', 'PROPN', 8, 'obj'],
    ['and', 'CCONJ', 11, 'cc'],
    ['wants', 'VERB', 1, 'conj'],
    ['talks', 'NOUN', 11, 'obj'],
  ]);
  assert.deepEqual(words(tree, tree.subjects(4)), ['Iran']);
  assert.deepEqual(words(tree, tree.subjects(8)), ['drones']);
  assert.deepEqual(words(tree, tree.subjects(11)), ['Washington']);
  assert.deepEqual(words(tree, tree.patients(8)), ['Kyiv']);
  assert.equal(tree.clauseOf(9), 8);
  assert.equal(tree.dominates(1, 9), true);
  assert.equal(tree.dominates(8, 1), false);
  assert.equal(tree.tokenAt(tree.tokens[6]!.start + 2), 6);
  const drones = tree.span(6, ['acl:relcl']);
  assert.equal(tree.text.slice(drones.start, drones.end), 'the drones');
});

test('an unparsed sentence (an old stored reading) gives an empty tree', () => {
  const tree = treeOf('Old text.', { start: 0, end: 9, index: 0 });
  assert.equal(tree.length, 0);
  assert.equal(tree.root(), -1);
  assert.equal(tree.headOf(0, 9), -1);
});
