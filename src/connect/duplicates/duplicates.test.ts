import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BANDS, HASHES } from './minhash.js';
import { DuplicateIndex, bandKeys, findDuplicates, signature, similarity } from './index.js';

const HARBOUR = [
  'The harbour authority in Port Ellery voted on Monday to close the northern pier for repairs.',
  'Engineers found cracks in three of the timber piles during a routine inspection last month.',
  'Fishing boats that use the pier will move to the southern quay until the work is finished.',
  'The chair of the authority, Mara Quist, said the closure would last about eleven weeks.',
  'Local traders worry that fewer visitors will walk past their shops while the pier is shut.',
  'A temporary ferry landing will be built beside the lifeboat station before the summer season.',
  'The repairs are expected to cost just under two million pounds, paid from the harbour reserve.',
  'Councillors asked for a public meeting so residents can see the plans before work begins.',
];
const harbour = HARBOUR.join(' ');
const oneSentenceChanged = HARBOUR.map((s, i) =>
  i === 4 ? 'Cafe owners on the front expect a quiet spring while the old pier stays closed to walkers.' : s,
).join(' ');
/** Same topic and place, different story. */
const harbourFestival = [
  'Port Ellery will hold its first harbour festival in June, the town council announced on Friday.',
  'The two-day event will feature boat races, a seafood market and live music on the southern quay.',
  'Organisers hope the festival will draw visitors from across the county to the harbour.',
  'Mara Quist, who chairs the harbour authority, said the fishing fleet would open the parade.',
  'Tickets for the evening concerts go on sale next month, with local residents offered a discount.',
  'The council has set aside forty thousand pounds for stages, lighting and extra cleaning.',
].join(' ');

describe('signature', () => {
  it('is deterministic and has 128 hashes', () => {
    const sig = signature(harbour);
    assert.equal(sig.length, HASHES);
    assert.deepEqual(sig, signature(harbour));
    assert.deepEqual(bandKeys(sig), bandKeys(signature(harbour)));
    assert.equal(bandKeys(sig).length, BANDS);
  });

  it('ignores case, punctuation and spacing', () => {
    const restyled = harbour.toUpperCase().replace(/\./g, ' ;').replace(/ /g, '\n  ');
    assert.equal(similarity(signature(harbour), signature(restyled)), 1);
  });

  it('keeps its values, so that stored signatures stay comparable across releases', () => {
    const sig = signature('one two three four five');
    assert.deepEqual([...sig.slice(0, 3)], [2337359552, 31629991, 1325390703]);
    assert.equal(bandKeys(sig)[0], '0:1howlr1');
  });
});

describe('findDuplicates', () => {
  const article = (id: string, text: string, fingerprint?: string) => ({
    id,
    signature: signature(text),
    fingerprint,
  });

  it('calls identical texts exact', () => {
    const pairs = findDuplicates(article('b', harbour), [article('a', harbour)]);
    assert.deepEqual(pairs, [{ a: 'a', b: 'b', similarity: 1, kind: 'exact' }]);
  });

  it('calls equal fingerprints exact whatever the signatures say', () => {
    const pairs = findDuplicates(article('a', harbour, 'f1'), [article('b', harbourFestival, 'f1')]);
    assert.deepEqual(
      pairs.map((p) => [p.kind, p.similarity]),
      [['exact', 1]],
    );
  });

  it('calls a text with one sentence changed near', () => {
    const [pair, ...rest] = findDuplicates(article('a', harbour), [article('b', oneSentenceChanged)]);
    assert.equal(rest.length, 0);
    assert.equal(pair?.kind, 'near');
    // The shingles' true Jaccard is about 0.74; 128 hashes estimate it within ±0.1, and deterministically.
    assert.equal(pair.similarity, 0.65625);
  });

  it('does not pair different stories on the same topic', () => {
    assert.deepEqual(findDuplicates(article('a', harbour), [article('b', harbourFestival)]), []);
    assert.ok(similarity(signature(harbour), signature(harbourFestival)) < 0.1);
  });

  it('never pairs an article with itself', () => {
    assert.deepEqual(findDuplicates(article('a', harbour), [article('a', harbour)]), []);
  });
});

describe('DuplicateIndex', () => {
  it('finds through band keys what findDuplicates finds among all', () => {
    const index = new DuplicateIndex();
    assert.deepEqual(index.add({ id: 'a', signature: signature(harbour) }), []);
    assert.deepEqual(index.add({ id: 'c', signature: signature(harbourFestival) }), []);
    const pairs = index.add({ id: 'b', signature: signature(oneSentenceChanged) });
    assert.deepEqual(
      pairs.map((p) => [p.a, p.b, p.kind]),
      [['a', 'b', 'near']],
    );
    assert.equal(index.size, 3);
  });

  it('forgets a removed article and refuses one added twice', () => {
    const index = new DuplicateIndex();
    index.add({ id: 'a', signature: signature(harbour) });
    assert.throws(() => index.add({ id: 'a', signature: signature(harbour) }));
    index.remove('a');
    assert.deepEqual(index.add({ id: 'b', signature: signature(harbour) }), []);
  });
});
