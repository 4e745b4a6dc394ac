import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { JOINING_PRINTS } from '../src/connect/events/passages.js';
import { connectAll, storedDossier } from '../src/service/connect.js';
import { ingest } from '../src/service/ingest.js';
import { comparableRecords, freshStores } from './support/connected.js';
import { dropSchemas } from './support/postgres.js';

/**
 * Merged events across stories kept in the store: a passage printed in reports of two stories joins their
 * events, furniture and a passage printed too widely do not, and the stored records equal what `connectAll`
 * derives after every article, on both stores.
 */

const options = { sources: { allowPrivate: false, maxBytes: 20 << 20 } };

const dir = mkdtempSync(join(tmpdir(), 'dossier-passages-'));
const schemas: string[] = [];
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas(schemas);
});

const stores = freshStores(dir, 'passages', schemas);

/** A joint statement reprinted by an outlet in a report of another story, in nearly the same words. */
const STATEMENT =
  'On Monday night Norway condemned Russia in a strongly worded joint statement, warning of further concrete measures if the humanitarian situation in Mariupol did not improve.';
const REPRINTED = STATEMENT.replace('night', 'night,').replace('improve', 'get better');
const page = (url: string, title: string, text: string) =>
  JSON.stringify({ url, title, text, published: '2025-12-09' });
/**
 * Articles of unrelated stories, one passage printed in two of them, a stock phrase and a links strip (whose
 * first print is read as a report, until the second makes it the outlet's furniture).
 */
const PASSAGE_CORPUS = [
  page(
    'https://north.example/ministers',
    'Nordic ministers meet in Oslo',
    `The foreign ministers of Norway, Sweden and Finland met in Oslo on Tuesday to discuss energy prices. ${STATEMENT} The ministers also agreed to build a new power line across the border by 2030.`,
  ),
  page(
    'https://south.example/quotas',
    'Fishing quotas in the Barents Sea',
    `Fishermen in Tromso protested on Tuesday against the new cod quotas set for the Barents Sea. ${REPRINTED} The fishing union said the quotas would cost a thousand jobs in the north.`,
  ),
  page(
    'https://west.example/ferry',
    'Ferry strike ends in Bergen',
    'Ferry workers in Bergen ended their strike on Tuesday after a pay deal. Norway condemned Russia again, officials said.',
  ),
  // One outlet's strip of links printed under two unrelated reports: furniture once it is printed twice.
  page(
    'https://strip.example/skiing',
    'Ski season opens early',
    `The ski season opened early in Lillehammer on Tuesday after heavy snow. Related: ${STATEMENT}`,
  ),
  page(
    'https://strip.example/salmon',
    'Salmon prices fall',
    `Salmon prices fell for a third week on Tuesday as exports to Asia slowed. Related: ${STATEMENT}`,
  ),
];

/**
 * Pages of unrelated stories each printing the joint statement: a background paragraph, once printed in more
 * articles than `JOINING_PRINTS`.
 */
const PRINTED_IN = [
  PASSAGE_CORPUS[0]!,
  PASSAGE_CORPUS[1]!,
  ...[
    [
      'vineyard',
      'Grape harvest starts in Sogndal',
      'Growers in Sogndal began picking grapes on Tuesday after a warm autumn.',
    ],
    [
      'chess',
      'Chess final goes to a tiebreak',
      'The chess final in Stavanger went to a tiebreak on Tuesday after six draws.',
    ],
    [
      'bridge',
      'Old bridge closed for repairs',
      'Engineers closed the old bridge in Drammen on Tuesday to replace its rusted cables.',
    ],
    [
      'library',
      'Library reopens after flood',
      'The city library in Trondheim reopened on Tuesday after a burst pipe flooded its basement.',
    ],
    [
      'orchestra',
      'Orchestra names new conductor',
      'The Bergen orchestra named a young Finnish conductor as its new chief on Tuesday.',
    ],
    [
      'airport',
      'Airport runway extended',
      'Workers finished extending the runway at Bodo airport on Tuesday, two months early.',
    ],
    [
      'football',
      'Football club sells its stadium',
      'A football club in Molde sold its stadium to the town council on Tuesday to pay its debts.',
    ],
    [
      'forest',
      'Forest fire contained near Kristiansand',
      'Firefighters contained a forest fire near Kristiansand on Tuesday after three days.',
    ],
  ].map(([host, title, lead]) => page(`https://${host}.example/today`, title!, `${lead} ${STATEMENT}`)),
];

for (const [name, open] of stores) {
  describe(`merged events across stories (${name})`, () => {
    it('join one passage printed in two stories, as connectAll does, and never a stock phrase or a strip of links', async () => {
      const store = await open();
      try {
        const folder = mkdtempSync(join(dir, 'passage-'));
        for (const [i, line] of PASSAGE_CORPUS.entries()) {
          const one = join(folder, `${i}.jsonl`);
          writeFileSync(one, `${line}\n`);
          await ingest(store, [one], options);
          assert.deepEqual(
            comparableRecords(await storedDossier(store)),
            comparableRecords(await connectAll(store)),
          );
        }
        const stored = await storedDossier(store);
        const url = new Map<string, string>();
        for await (const a of store.iterateArticles()) url.set(a.id, new URL(a.url!).hostname);
        const storyOf = new Map(stored.stories.flatMap((s) => s.articleIds.map((id) => [id, s.id])));
        const across = stored.events
          .filter((e) => new Set(e.evidence.map((x) => storyOf.get(x.articleId))).size > 1)
          .map((e) => [e.type, ...e.evidence.map((x) => url.get(x.articleId))]);
        assert.deepEqual(across, [['DISAPPROVE', 'north.example', 'south.example']]);
        // Each source keeps its own wording.
        const joint = stored.events.find((e) => e.evidence.length === 2)!;
        assert.deepEqual(
          joint.evidence.map((x) => x.sentence),
          [STATEMENT, REPRINTED],
        );
      } finally {
        await store.close();
      }
    });

    it(`join none on a passage printed in more than ${JOINING_PRINTS} articles, and again once it is printed in fewer`, async () => {
      const store = await open();
      try {
        const folder = mkdtempSync(join(dir, 'printed-'));
        const ingestLine = async (line: string) => {
          const one = join(folder, `${Math.random().toString(36).slice(2)}.jsonl`);
          writeFileSync(one, `${line}\n`);
          await ingest(store, [one], options);
          assert.deepEqual(
            comparableRecords(await storedDossier(store)),
            comparableRecords(await connectAll(store)),
          );
        };
        /** The events whose reports are in two stories or more. */
        const across = async () => {
          const stored = await storedDossier(store);
          const storyOf = new Map(stored.stories.flatMap((s) => s.articleIds.map((id) => [id, s.id])));
          return stored.events.filter(
            (e) => new Set(e.evidence.map((x) => storyOf.get(x.articleId))).size > 1,
          );
        };
        // The statement's own last words in all but the reprint: one more than the bound.
        const printing = PRINTED_IN.slice(0, JOINING_PRINTS + 2);
        for (const [i, line] of printing.entries()) {
          await ingestLine(line);
          // Joined by the passage while it is printed in few articles, in as many stories as print it.
          if (i === 1) assert.equal((await across()).length, 1);
        }
        assert.deepEqual(await across(), []);
        // One of them revised without the passage: printed in few again, it joins their stories again.
        const first = JSON.parse(printing[0]!) as { url: string; title: string; text: string };
        await ingestLine(page(first.url, first.title, first.text.replace(STATEMENT, '')));
        assert.equal((await across()).length, 1);
      } finally {
        await store.close();
      }
    });
  });
}
