import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveAcrossArticles } from '../entities/index.js';
import { readArticle } from '../entities/read-article-fixture.js';
import { mergeEvents } from './index.js';
import { articleEventReports } from './reports.js';

const WORDS =
  '"Harming the civilian population to such an extent can no longer be justified as a fight against Hamas terrorism,"';

/** An article quoting the words, given to the speaker its attribution names. */
const quoting = (id: string, attribution: string) =>
  readArticle({
    id,
    published: '2025-05-26',
    text: `${WORDS} ${attribution}`,
    events: [{ trigger: 'fight', type: 'FIGHT', targets: ['Hamas'] }],
  });

/** The articles of each merged event, each article in a story of its own (so one passage is what joins). */
function merged(articles: ReturnType<typeof quoting>[]): string[][] {
  const { memberOf } = resolveAcrossArticles(articles);
  const storyOf = new Map(articles.map((a) => [a.article.id, `story-${a.article.id}`]));
  return mergeEvents(articles, memberOf, { storyOf }).map((e) => e.evidence.map((x) => x.articleId));
}

test("an event's report carries who is quoted saying it", () => {
  const read = quoting('s1', 'Olaf Brandt told broadcaster Radio Nord on Monday.');
  const [report] = articleEventReports(read);
  const speaker = read.reading.entities.find((e) => e.name === 'Olaf Brandt')!;
  assert.deepEqual(report!.speakerIds, [speaker.id]);
  // Words outside any quote have no speaker: the field is left out.
  const plain = readArticle({
    id: 's2',
    published: '2025-05-26',
    text: 'Israel continued its fight against Hamas in Gaza on Monday.',
    events: [{ trigger: 'fight', type: 'FIGHT', targets: ['Hamas'] }],
  });
  assert.equal(articleEventReports(plain)[0]!.speakerIds, undefined);
});

test('one quote printed alike but given to two speakers is not one event; given to one speaker, it is', () => {
  const brandt = quoting('b1', 'Olaf Brandt told Radio Nord.');
  const lund = quoting('l1', 'Karin Lund said.');
  const brandtAgain = quoting('b2', 'Olaf Brandt said.');
  assert.deepEqual(merged([brandt, lund]), [['b1'], ['l1']]);
  assert.deepEqual(merged([brandt, lund, brandtAgain]), [['b1', 'b2'], ['l1']]);
  // A copy with no named speaker says nothing against the attribution: one event.
  const unnamed = readArticle({
    id: 'u1',
    published: '2025-05-26',
    text: `Harming the civilian population to such an extent can no longer be justified as a fight against Hamas terrorism, the statement went on.`,
    events: [{ trigger: 'fight', type: 'FIGHT', targets: ['Hamas'] }],
  });
  assert.deepEqual(merged([brandt, unnamed]), [['b1', 'u1']]);
  // Nor does a government quoted under two names (its capital, its country): only people are speakers here.
  const capital = quoting('c1', 'Damascus said.');
  const country = quoting('c2', 'Syria said.');
  assert.equal(articleEventReports(capital)[0]!.speakerIds, undefined);
  assert.deepEqual(merged([capital, country]), [['c1', 'c2']]);
});

test("in one article, two speakers' words of one thing in one sentence stay one event", () => {
  const read = readArticle({
    id: 'w1',
    published: '2025-05-26',
    text: "Olaf Brandt said the president's first engagements with Hamas were symbolic, while Karin Lund said that the president's engagements with Hamas were aimed at redefining policy.",
    events: [
      { trigger: 'first engagements', type: 'CONSULT', targets: ['Hamas'] },
      { trigger: 'engagements with Hamas were aimed', type: 'CONSULT', targets: ['Hamas'] },
    ],
  });
  const reports = articleEventReports(read);
  assert.equal(reports.length, 2);
  const id = (name: string) => read.reading.entities.find((e) => e.name === name)!.id;
  assert.deepEqual(
    reports.map((r) => r.speakerIds),
    [[id('Olaf Brandt')], [id('Karin Lund')]],
  );
  assert.deepEqual(merged([read]), [['w1', 'w1']]);
});
