/**
 * The reference corpus, read at run time from ../shared/seeds (never copied here): clean-up must leave no
 * page furniture, keep the prose as written, and find the outlet wherever the page names it.
 */
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { describe, it } from 'node:test';
import { cleanText } from './boilerplate.js';
import { detectLanguage } from './language.js';
import { detectOutlet } from './outlet.js';
import { inferPublished } from './published.js';
import { splitTitle } from './title.js';
import { addDays } from './date-mentions.js';
import { rawSeed, seedEntries } from '../../test/support/seeds.js';

const BOILERPLATE =
  /newsletter|subscribe|sign up|Post a Comment|\d+ Comments|AI generated|Follow topic|See more on|Ad Code|Photo credit|^PHOTO:|\\text\{|\$\d/im;
/** Characters clean-up must never alter: typographic quotes, dashes, letters with diacritics. */
const KEPT_AS_WRITTEN = /[“”‘’"'«»–—\u00C0-\u024F\p{M}]/gu;

const entries = seedEntries();
const files = entries.map((entry) => basename(entry.path)).sort();
const seed = (prefix: string): string => {
  const name = files.find((file) => file.startsWith(prefix));
  assert.ok(name, `seed ${prefix} is missing`);
  return name;
};
const published = new Map(entries.map((entry) => [basename(entry.path), entry.published]));

function prepare(file: string) {
  const raw = rawSeed(file).text;
  const cleaned = cleanText(raw);
  const split = splitTitle(cleaned.text);
  const outlet = detectOutlet({ text: split.body, removed: cleaned.removed, url: null });
  return { raw, cleaned, split, outlet };
}

function count(text: string, pattern: RegExp): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [char] of text.matchAll(pattern)) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

describe('seed corpus', () => {
  it('has the five seeds', () => assert.equal(files.length, 5));

  for (const file of files) {
    describe(file, () => {
      const { raw, cleaned, split } = prepare(file);

      it('leaves no boilerplate', () => {
        assert.doesNotMatch(cleaned.text, BOILERPLATE);
      });

      it('is tidy: single blank lines between paragraphs, no stray spaces', () => {
        assert.equal(cleaned.text, cleaned.text.trim());
        assert.doesNotMatch(cleaned.text, /\n{3,}|[ \t]\n|\n[ \t]| {2}|[\u00A0\u200B]/);
      });

      it('keeps quotes, dashes and diacritics as written', () => {
        assert.deepEqual(
          count(`${cleaned.text}\n${cleaned.removed.join('\n')}`, KEPT_AS_WRITTEN),
          count(raw, KEPT_AS_WRITTEN),
        );
      });

      it('only removes what the page holds', () => {
        for (const line of cleaned.removed) assert.ok(raw.includes(line), `"${line}" is not in the page`);
      });

      it('takes a title only from the page itself, without decoration', () => {
        if (split.title === null) return;
        assert.ok(raw.includes(split.title));
        assert.match(split.title, /^[\p{L}\p{N}]/u);
      });

      it('is English', () => assert.equal(detectLanguage(split.body), 'en'));

      it('never dates the article against its manifest date', () => {
        const truth = published.get(file);
        assert.ok(truth);
        for (const reference of [undefined, addDays(truth, 5), addDays(truth, 40)]) {
          const inferred = inferPublished(split.body, reference ? { reference } : {});
          if (inferred?.published) assert.equal(inferred.published, truth);
          if (inferred?.range)
            assert.ok(inferred.range.from <= truth && truth <= inferred.range.to, JSON.stringify(inferred));
        }
      });
    });
  }

  it('normalises the TeX one seed carries', () => {
    const texts = files.map((file) => prepare(file).cleaned.text).join('\n');
    assert.ok(texts.includes('701 km²'));
    assert.ok(texts.includes('19.3%'));
  });

  it('reports removals exactly where a page had furniture', () => {
    assert.deepEqual(prepare(seed('000')).cleaned.removed, []);
    for (const prefix of ['001', '002', '003', '004'])
      assert.notEqual(prepare(seed(prefix)).cleaned.removed.length, 0);
  });

  it('finds a title on the pages that open with one', () => {
    assert.equal(prepare(seed('001')).split.title, null);
    for (const prefix of ['000', '002', '003', '004'])
      assert.notEqual(prepare(seed(prefix)).split.title, null);
  });

  it('finds the outlet where the page names it', () => {
    const expected: Array<[string, string | null]> = [
      ['000', null],
      ['001', 'Defence Talks'],
      ['002', 'The Straits Times'],
      ['003', null],
      ['004', 'CBS News'],
    ];
    for (const [prefix, outlet] of expected) {
      const { raw, outlet: found } = prepare(seed(prefix));
      assert.equal(found?.outlet ?? null, outlet, prefix);
      if (found) {
        assert.equal(found.evidence.origin, 'text');
        assert.ok(raw.includes(found.evidence.detail), `evidence for ${prefix} quotes the page`);
      }
    }
  });
});
