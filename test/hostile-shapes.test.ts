/**
 * Every pathological shape of issue 15 (runs of punctuation, quotes, capitals, initials, digits, long tokens,
 * huge lines, deep nesting) goes through clean-up, reading and extraction and comes out whole: the process
 * finishes, nothing throws, and what reading produces stays proportional to the text. Speed is measured by
 * `npm run bench`; here a runaway regex or rescan would show as a test that never ends.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cleanText } from '../src/clean/boilerplate.js';
import { extractHtml } from '../src/extract/html.js';
import { readingToJson } from '../src/core/reading-codec.js';
import { analyzeText } from '../src/pipeline/reading.js';
import { MAX_SENTENCE_CHARS } from '../src/stages/tokens/segment.js';
import { NESTED_PROSE, TEXT_SHAPES, nestedPage } from '../scripts/fuzz/shapes.js';

const CHARS = 64_000;
/** A reading's JSON runs to about ten times its text on news (9.4 at most on the dev corpora). */
const MAX_READING_RATIO = 40;

describe('pathological shapes at 64k characters', () => {
  for (const shape of TEXT_SHAPES) {
    test(`${shape.name}: cleaned, read and extracted, the reading proportional to the text`, () => {
      const text = shape.make(CHARS);
      assert.equal(text.length, CHARS);
      const cleaned = cleanText(text);
      const analysis = analyzeText(cleaned.text || text, '2025-05-21');
      const { text: _text, ...reading } = analysis;
      // Measured as stored: parsed words are packed (`core/reading-codec.ts`), a few characters each.
      const stored = readingToJson(reading).length;
      assert.ok(stored <= MAX_READING_RATIO * CHARS, `stored reading: ${stored} characters`);
      // Sentences are cut between tokens, so only a sentence of one unbroken token may run past the cap.
      for (const { start, end } of analysis.sentences)
        assert.ok(end - start <= MAX_SENTENCE_CHARS || !/\s/.test(analysis.text.slice(start, end)));
      const page = extractHtml(`<html><body><p>${text}</p></body></html>`);
      assert.equal(typeof page.text, 'string');
    });
  }
});

describe('runaway patterns of the issue', () => {
  test('after "urged", a 160-character token and a 4 KB fuzzed line are read, with no quote found', () => {
    const token = 'x'.repeat(160);
    assert.deepEqual(analyzeText(`Officials urged ${token}`, null).quotes, []);
    const line = `The minister urged ${'ab;c,d '.repeat(600)}`;
    assert.deepEqual(analyzeText(line, null).quotes, []);
  });

  test('after "urged", a quote within six words is still attributed', () => {
    const { quotes } = analyzeText(
      'The mayor urged residents to “stay indoors until the storm passes.”',
      null,
    );
    // The quoted words sit inside what was urged: one reported-speech attribution holding them, without
    // the ones urged (reading-11).
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.content.text, 'to “stay indoors until the storm passes.”');
    assert.equal(quotes[0]!.direct, false);
    assert.equal(quotes[0]!.cue?.text, 'urged');
  });

  test('a 4 KB line of dashes, dots or initials is not taken for a photo credit, and a credit still is', () => {
    for (const line of ['-'.repeat(4096), '.'.repeat(4096), 'A.'.repeat(2048), "O'".repeat(2048)]) {
      assert.deepEqual(cleanText(`Body text of the article goes here.\n${line}`).removed, []);
    }
    assert.deepEqual(cleanText('Body text of the article goes here.\nREUTERS/Jane Doe').removed, [
      'REUTERS/Jane Doe',
    ]);
  });

  test('a long plain-text article is read: every name the gazetteer knows is found once per mention', () => {
    const paragraph = 'Officials in Kyiv met envoys from Poland and Germany on Monday. ';
    const text = paragraph.repeat(4000);
    const { mentions } = analyzeText(text, '2025-05-21', {
      maxChars: text.length,
      maxSentences: 10_000,
      maxTokens: text.length,
    });
    const names = mentions.filter((m) => m.kind === 'name' || m.kind === 'metonym').map((m) => m.text);
    assert.equal(names.filter((n) => n === 'Poland').length, 4000);
    assert.equal(names.filter((n) => n === 'Germany').length, 4000);
  });
});

describe('deeply nested pages', () => {
  for (const depth of [1_000, 10_000, 100_000]) {
    test(`${depth.toLocaleString('en')} nested <div>s: the text inside is extracted`, () => {
      const { text } = extractHtml(nestedPage(depth));
      assert.ok(text.startsWith(NESTED_PROSE), text.slice(0, 200));
    });
  }

  test('a page past the element cap keeps its text', () => {
    const html = `<html><body><div>${'<span>word</span> '.repeat(60_000)}<p>${NESTED_PROSE}, at length and in detail.</p></div></body></html>`;
    const { text } = extractHtml(html);
    assert.ok(text.includes(NESTED_PROSE));
  });
});
