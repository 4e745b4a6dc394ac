import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../../core/analysis.js';
import { analyzeText } from '../../pipeline/reading.js';
import { rawSeed } from '../../../test/support/seeds.js';
import { findQuotes } from './index.js';

/** A seed file, read as saved, through the pipeline up to the quotes stage. */
function quotesOf(file: string): Quote[] {
  const { text, published } = rawSeed(file);
  return findQuotes(analyzeText(text, published));
}

/** The one direct quote whose words start so; its speaker, cue and channel are then checked. */
function quoteStarting(quotes: readonly Quote[], words: string): Quote {
  const found = quotes.filter((q) => q.direct && q.content.text.startsWith(words));
  assert.equal(found.length, 1, `${words}: ${found.length} quotes`);
  return found[0]!;
}

test('seeds: the March report’s direct quotes and their speakers', () => {
  const quotes = quotesOf('001_1151c0d7fabbe869.txt');
  const anxiously = quoteStarting(quotes, 'We are all anxiously awaiting');
  assert.equal(anxiously.speaker, 'Marco Rubio');
  assert.equal(anxiously.channel, 'VOA');
  assert.equal(anxiously.date, '2025-03-12');
  assert.equal(quoteStarting(quotes, 'If they agree').speaker, 'Marco Rubio');
  const hopefully = quoteStarting(quotes, 'Hopefully, we can secure a ceasefire');
  assert.equal(hopefully.speaker, 'Donald Trump');
  assert.equal(hopefully.cue?.text, 'remarked');
  assert.equal(hopefully.source?.text, 'he');
  assert.equal(quoteStarting(quotes, 'If that happens').speaker, 'Donald Trump');
  // A partial quote inside his reported clause: reported speech, his.
  const plan = quotes.filter((q) => q.content.text.includes('thoroughly develop a step-by-step plan'));
  assert.deepEqual(
    plan.map((q) => [q.direct, q.speaker]),
    [[false, 'Volodymyr Zelenskyy']],
  );
  assert.equal(quoteStarting(quotes, 'It is now the responsibility').speaker, 'Volodymyr Zelenskyy');
  // "stating on X that it represents “…”": reported speech holding his words, on X.
  const significant = quotes.filter((q) => q.content.text.includes('a significant and appropriate step'));
  assert.deepEqual(
    significant.map((q) => [q.direct, q.speaker, q.channel]),
    [[false, 'Olaf Scholz', 'X']],
  );
  assert.equal(quoteStarting(quotes, 'We stand united with Ukraine').speaker, 'Olaf Scholz');
});

test('seeds: the December report’s Wadephul and Jorgensen quotes', () => {
  const quotes = quotesOf('003_bbe6e142eb0c3a87.txt');
  const wadephul = quoteStarting(quotes, 'we support this');
  assert.equal(wadephul.speaker, 'Johann Wadephul');
  assert.equal(wadephul.cue?.text, 'remarked');
  const jorgensen = quoteStarting(quotes, "We've chosen energy security");
  assert.equal(jorgensen.speaker, 'Dan Jorgensen');
  assert.equal(jorgensen.cue?.text, 'affirmed');
  assert.equal(jorgensen.date, '2025-12-03');
  assert.ok(jorgensen.content.text.endsWith('We stand strong with Ukraine'));
});

test('seeds: Lavrov on CBS’s Face the Nation in the April report', () => {
  const quotes = quotesOf('004_9185052ef5ee903c.txt');
  const lavrov = quoteStarting(quotes, 'The President of the United States believes');
  assert.equal(lavrov.speaker, 'Sergey Lavrov');
  assert.ok(lavrov.channel?.includes('Face the Nation'), String(lavrov.channel));
  assert.ok(!quotes.some((q) => q.content.text === 'Face the Nation'), 'a show’s title is not a quote');
});

test('seeds: every quote’s speaker is a person or organisation named in the article', async () => {
  const { analyzeText } = await import('../../pipeline/reading.js');
  const { rawSeed, seedEntries } = await import('../../../test/support/seeds.js');
  for (const entry of seedEntries()) {
    const analysis = analyzeText(rawSeed(entry.seed).text, entry.published);
    for (const q of analysis.quotes) {
      if (q.speakerId === null) continue;
      const speaker = analysis.entities.find((e) => e.id === q.speakerId);
      assert.ok(speaker && (speaker.type === 'person' || speaker.type === 'organisation'), q.content.text);
      assert.ok(analysis.mentions.some((m) => m.entityId === q.speakerId && m.kind !== 'pronoun'));
    }
  }
});
