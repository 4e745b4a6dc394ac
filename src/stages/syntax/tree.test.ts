import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Deprel, Sentence, SyntaxToken } from '../../core/analysis.js';
import { Tree, treeOf } from './tree.js';
import { conditionOf, conditional, modalOf, negated } from './modality.js';

/**
 * A sentence written for the test with its exact UD analysis: [word, UPOS, head index (-1 for the root),
 * relation] per word; the text is the words joined by single spaces. The parser's accuracy is measured by
 * `npm run eval`; these trees pin down what the helpers answer on a known tree.
 */
function written(rows: Array<[string, SyntaxToken['upos'], number, Deprel]>): Tree {
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

const words = (tree: Tree, indices: number[]): string[] => indices.map((w) => tree.word(w));

test('passive with agent: the agent is the by-phrase, the patient the passive subject', () => {
  const tree = written([
    ['The', 'DET', 1, 'det'],
    ['embassy', 'NOUN', 5, 'nsubj:pass'],
    ['in', 'ADP', 3, 'case'],
    ['Kyiv', 'PROPN', 1, 'nmod'],
    ['was', 'AUX', 5, 'aux:pass'],
    ['attacked', 'VERB', -1, 'root'],
    ['by', 'ADP', 8, 'case'],
    ['Russian', 'ADJ', 8, 'amod'],
    ['drones', 'NOUN', 5, 'obl:agent'],
    ['on', 'ADP', 10, 'case'],
    ['Tuesday', 'PROPN', 5, 'obl'],
    ['.', 'PUNCT', 5, 'punct'],
  ]);
  const verb = tree.root();
  assert.equal(tree.isPassive(verb), true);
  assert.deepEqual(words(tree, tree.agent(verb)), ['drones']);
  assert.deepEqual(words(tree, tree.agents(verb)), ['drones']);
  assert.deepEqual(words(tree, tree.patients(verb)), ['embassy']);
  assert.deepEqual(words(tree, tree.subjects(verb)), ['embassy']);
  assert.deepEqual(
    tree.prepositional(verb).map((p) => [p.preposition, tree.word(p.index)]),
    [
      ['by', 'drones'],
      ['on', 'Tuesday'],
    ],
  );
  const embassy = tree.text.indexOf('embassy');
  assert.equal(tree.word(tree.headOf(embassy - 4, embassy + 15)), 'embassy');
  const phrase = tree.span(1);
  assert.equal(tree.text.slice(phrase.start, phrase.end), 'The embassy in Kyiv');
  assert.equal(tree.clauseOf(3), verb);
});

test('reported speech with inversion: the speaker follows the verb, the quote is its complement', () => {
  const tree = written([
    ['“', 'PUNCT', 4, 'punct'],
    ['We', 'PRON', 4, 'nsubj'],
    ['will', 'AUX', 4, 'aux'],
    ['not', 'PART', 4, 'advmod'],
    ['negotiate', 'VERB', 9, 'ccomp'],
    ['under', 'ADP', 6, 'case'],
    ['fire', 'NOUN', 4, 'obl'],
    [',', 'PUNCT', 4, 'punct'],
    ['”', 'PUNCT', 4, 'punct'],
    ['said', 'VERB', -1, 'root'],
    ['Sergei', 'PROPN', 9, 'nsubj'],
    ['Lavrov', 'PROPN', 10, 'flat'],
    [',', 'PUNCT', 16, 'punct'],
    ['Russia', 'PROPN', 16, 'nmod:poss'],
    ['’s', 'PART', 13, 'case'],
    ['foreign', 'ADJ', 16, 'amod'],
    ['minister', 'NOUN', 10, 'appos'],
    ['.', 'PUNCT', 9, 'punct'],
  ]);
  const said = tree.root();
  assert.deepEqual(words(tree, tree.subjects(said)), ['Sergei']);
  const speaker = tree.span(10, ['appos']);
  assert.equal(tree.text.slice(speaker.start, speaker.end), 'Sergei Lavrov');
  const quote = tree.reported(said);
  assert.equal(tree.word(quote), 'negotiate');
  const content = tree.span(quote);
  assert.equal(tree.text.slice(content.start, content.end), 'We will not negotiate under fire');
  assert.equal(negated(tree, quote), true);
  assert.equal(modalOf(tree, quote), 'will');
  assert.equal(negated(tree, said), false);
  assert.equal(tree.word(tree.possessor(16)), 'Russia');
});

test('coordination: conjoined subjects and verbs share their arguments', () => {
  const tree = written([
    ['Russia', 'PROPN', 5, 'nsubj'],
    [',', 'PUNCT', 2, 'punct'],
    ['China', 'PROPN', 0, 'conj'],
    ['and', 'CCONJ', 4, 'cc'],
    ['Iran', 'PROPN', 0, 'conj'],
    ['met', 'VERB', -1, 'root'],
    ['in', 'ADP', 7, 'case'],
    ['Beijing', 'PROPN', 5, 'obl'],
    ['and', 'CCONJ', 9, 'cc'],
    ['signed', 'VERB', 5, 'conj'],
    ['a', 'DET', 12, 'det'],
    ['trade', 'NOUN', 12, 'compound'],
    ['deal', 'NOUN', 9, 'obj'],
    ['.', 'PUNCT', 5, 'punct'],
  ]);
  const met = tree.root();
  const signed = 9;
  assert.deepEqual(words(tree, tree.subjects(met)), ['Russia', 'China', 'Iran']);
  assert.deepEqual(words(tree, tree.subjects(signed)), ['Russia', 'China', 'Iran']);
  assert.deepEqual(words(tree, tree.conjuncts(4)), ['Russia', 'China', 'Iran']);
  assert.deepEqual(words(tree, tree.conjuncts(met)), ['met', 'signed']);
  assert.deepEqual(words(tree, tree.objects(signed)), ['deal']);
  assert.deepEqual(words(tree, tree.predicates()), ['met', 'signed']);
  assert.deepEqual(
    words(
      tree,
      tree.prepositional(met, 'in').map((p) => p.index),
    ),
    ['Beijing'],
  );
});

test('negation: "not" and "never" negate their own verbs only', () => {
  const tree = written([
    ['The', 'DET', 1, 'det'],
    ['minister', 'NOUN', 4, 'nsubj'],
    ['did', 'AUX', 4, 'aux'],
    ['not', 'PART', 4, 'advmod'],
    ['confirm', 'VERB', -1, 'root'],
    ['the', 'DET', 6, 'det'],
    ['report', 'NOUN', 4, 'obj'],
    ['and', 'CCONJ', 9, 'cc'],
    ['never', 'ADV', 9, 'advmod'],
    ['named', 'VERB', 4, 'conj'],
    ['the', 'DET', 11, 'det'],
    ['officials', 'NOUN', 9, 'obj'],
    ['.', 'PUNCT', 4, 'punct'],
  ]);
  assert.equal(negated(tree, 4), true);
  assert.equal(negated(tree, 9), true);
  assert.deepEqual(words(tree, tree.subjects(9)), ['minister']);
  assert.deepEqual(words(tree, tree.objects(9)), ['officials']);
  assert.equal(modalOf(tree, 4), null);
});

test('conditional: the if-clause conditions the main clause, with its modal', () => {
  const tree = written([
    ['If', 'SCONJ', 3, 'mark'],
    ['the', 'DET', 2, 'det'],
    ['talks', 'NOUN', 3, 'nsubj'],
    ['fail', 'VERB', 7, 'advcl'],
    [',', 'PUNCT', 3, 'punct'],
    ['Ukraine', 'PROPN', 7, 'nsubj'],
    ['could', 'AUX', 7, 'aux'],
    ['lose', 'VERB', -1, 'root'],
    ['the', 'DET', 9, 'det'],
    ['city', 'NOUN', 7, 'obj'],
    ['.', 'PUNCT', 7, 'punct'],
  ]);
  const lose = tree.root();
  assert.equal(conditionOf(tree, lose), 3);
  assert.equal(conditional(tree, lose), 'consequence');
  assert.equal(conditional(tree, 3), 'condition');
  assert.equal(modalOf(tree, lose), 'could');
  assert.equal(negated(tree, lose), false);
  assert.deepEqual(words(tree, tree.agents(lose)), ['Ukraine']);
  assert.deepEqual(words(tree, tree.patients(lose)), ['city']);
  assert.equal(tree.clauseOf(2), 3);
});

test('subjects come from the controlling verb, the first conjunct and the relative clause’s noun', () => {
  // "Washington urged Iran to stop the drones that attacked Kyiv and wants talks"
  const tree = written([
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

describe('a preposition the parser made a nominal is set right', () => {
  test('"a meeting with/nmod Rustem/goeswith Umerov" reads Rustem as the object, "with" as its case', () => {
    const text = 'a meeting with Rustem Umerov';
    const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
    const tree = new Tree(text, [
      { ...at('a'), upos: 'DET', head: 1, dep: 'det' },
      { ...at('meeting'), upos: 'NOUN', head: -1, dep: 'root' },
      { ...at('with'), upos: 'ADP', head: 1, dep: 'nmod' },
      { ...at('Rustem'), upos: 'PROPN', head: 2, dep: 'goeswith' },
      { ...at('Umerov'), upos: 'PROPN', head: 3, dep: 'flat' },
    ]);
    assert.deepEqual(tree.children(1, 'nmod'), [3]);
    assert.deepEqual([tree.head(2), tree.dep(2)], [3, 'case']);
    assert.deepEqual([tree.head(4), tree.dep(4)], [3, 'flat']);
  });
  test('a well-formed parse is kept as it is', () => {
    const text = 'met with Umerov';
    const tokens: SyntaxToken[] = [
      { start: 0, end: 3, upos: 'VERB', head: -1, dep: 'root' },
      { start: 4, end: 8, upos: 'ADP', head: 2, dep: 'case' },
      { start: 9, end: 15, upos: 'PROPN', head: 0, dep: 'obl' },
    ];
    assert.equal(new Tree(text, tokens).tokens, tokens);
  });
});
