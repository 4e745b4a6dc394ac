/**
 * The reference articles, read where they live at run time (never copied into the project), prepared as
 * ingestion prepares them and read by the pipeline up to the entities stage. Quotes are given empty, so
 * these are the stances the stage finds without knowing who speaks a quotation.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { Stance } from '../../core/analysis.js';
import { analyzeText } from '../../pipeline/reading.js';
import { cleanSeed } from '../../../test/support/seeds.js';
import { findStances } from './index.js';

function stancesOf(seed: string): string[] {
  const { text, published } = cleanSeed(seed);
  const stances = findStances({ ...analyzeText(text, published), quotes: [] });
  for (const s of stances) assert.equal(text.slice(s.evidence.start, s.evidence.end), s.evidence.text);
  return stances.map((s: Stance) => `${s.actor} ${s.position} ${s.issue}`);
}

const includes = (found: string[], expected: string[]): void => {
  for (const stance of expected)
    assert.ok(found.includes(stance), `"${stance}" not among:\n${found.join('\n')}`);
};

describe('seeds: stances', () => {
  it('the March 12 report: Scholz backs the ceasefire, Ukraine accepts it on a condition', () => {
    includes(stancesOf('001_'), [
      'Olaf Scholz supports 30-day ceasefire proposal',
      'Ukraine conditional 30-day ceasefire proposal',
    ]);
  });

  it('the December report: NATO membership, the €90 billion proposal and the use of frozen assets', () => {
    const found = stancesOf('003_');
    includes(found, [
      'Russia opposes NATO membership for Ukraine',
      'Trump opposes NATO membership for Ukraine',
      'Yulia Svyrydenko supports €90 billion proposal',
      'Belgium opposes use of frozen assets',
      'European Central Bank opposes use of frozen assets',
    ]);
    // "backed by pressure on Russia" is a passive, not Zelensky backing anything.
    assert.ok(!found.some((s) => s.startsWith('Zelensky')));
  });

  it('the April and November reports: refusing to cede territory, rejecting a ceasefire', () => {
    includes(stancesOf('004_'), [
      'Volodymyr Zelenskyy opposes territorial concessions',
      'Ukraine supports ceasefire',
    ]);
    includes(stancesOf('002_'), ['Government of Russia opposes ceasefire']);
  });
});
