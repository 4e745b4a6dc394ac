/**
 * The link inputs a read job prepares give the linker exactly what it would compute under the write lock,
 * after the round trip through the intake row (JSON), and are not used for an article stored otherwise.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IntakeDocument } from '../core/ports.js';
import type { Article } from '../core/types.js';
import { linkInputs } from './link-inputs.js';
import { prepareInput, readDocument } from './worker-documents.js';

const TEXT =
  'The river bridge at Hollin was closed on Monday after inspectors found corroded cables. Tova Brandt of the Highways Agency said traffic would be diverted through the Ossel valley until the cables are replaced. Engineers expect the work to last until March 2026, she told the Valley Courier.';

async function readOne(): Promise<IntakeDocument> {
  const [prepared] = await prepareInput(
    {
      kind: 'document',
      doc: {
        source: 'hollin.txt',
        url: 'https://courier.example/news/hollin-bridge',
        kind: 'text',
        body: TEXT,
        hints: { title: 'Hollin bridge closed', published: '2025-05-12', outlet: 'Valley Courier' },
      },
    },
    { allowPrivate: false, maxBytes: 1 << 20 },
  );
  return readDocument(prepared!);
}

const stored = (doc: IntakeDocument, patch: Partial<Article> = {}): Article => ({
  ...doc.draft!,
  id: 'art-1',
  revision: 1,
  ingestedAt: '2025-05-12T00:00:00Z',
  updatedAt: '2025-05-12T00:00:00Z',
  ...patch,
});

function plain(inputs: ReturnType<typeof linkInputs>, furniture: Set<number>) {
  return {
    signature: [...inputs.signature],
    bandKeys: inputs.bandKeys,
    sentenceKeys: inputs.sentenceKeys,
    features: inputs.features(furniture),
  };
}

test('prepared link inputs, kept as the intake keeps them, equal those computed under the lock', async () => {
  const doc = await readOne();
  assert.ok(doc.reading && doc.links, 'the read job prepared the links');
  const kept = JSON.parse(JSON.stringify(doc.links));
  const article = stored(doc);
  const prepared = linkInputs(article, doc.reading, { draft: doc.draft!, links: kept });
  const computed = linkInputs(article, doc.reading, null);
  assert.ok(doc.links.sentenceKeys.length > 0 && doc.links.bandKeys.length > 0);
  // With no furniture the kept features are used; with some, computed: equal either way.
  for (const furniture of [new Set<number>(), new Set([1])])
    assert.deepEqual(plain(prepared, furniture), plain(computed, furniture));
  assert.equal(prepared.features(new Set()).articleId, 'art-1');
});

test('prepared link inputs are not used for an article stored with another title or address', async () => {
  const doc = await readOne();
  for (const patch of [{ title: 'Hollin crossing shut' }, { url: 'https://courier.example/other' }]) {
    const article = stored(doc, patch);
    const prepared = linkInputs(article, doc.reading!, { draft: doc.draft!, links: doc.links! });
    const computed = linkInputs(article, doc.reading!, null);
    assert.deepEqual(plain(prepared, new Set()), plain(computed, new Set()));
  }
  // The title is in the features: the kept ones would have been wrong.
  const retitled = stored(doc, { title: 'Hollin crossing shut' });
  assert.notDeepEqual(
    linkInputs(retitled, doc.reading!, null).features(new Set()).terms,
    linkInputs(stored(doc), doc.reading!, null).features(new Set()).terms,
  );
});
