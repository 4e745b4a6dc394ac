import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { Quote, Stance } from '../../core/analysis.js';
import { analyzeText } from '../../pipeline/reading.js';
import { findStances } from './index.js';

type Expected = Pick<Stance, 'actor' | 'issue' | 'position'> & { evidence?: string };

function stancesIn(
  text: string,
  quotes: (text: string, speakerId: (name: string) => string) => Quote[] = () => [],
): Stance[] {
  const analysis = analyzeText(text, '2025-06-18');
  const idOf = (name: string): string => {
    const entity = analysis.entities.find((e) => e.name === name);
    assert.ok(entity, `no entity ${name} among ${analysis.entities.map((e) => e.name).join(', ')}`);
    return entity.id;
  };
  return findStances({ ...analysis, quotes: quotes(text, idOf) });
}

const CASES: Array<[text: string, expected: Expected[]]> = [
  [
    'Chancellor Angela Merkel endorsed the 60-day ceasefire proposal on Monday.',
    [
      {
        actor: 'Angela Merkel',
        issue: '60-day ceasefire proposal',
        position: 'supports',
        evidence: 'Angela Merkel endorsed the 60-day ceasefire proposal',
      },
    ],
  ],
  [
    'Hungary rejected new sanctions against Russia.',
    [{ actor: 'Hungary', issue: 'sanctions', position: 'opposes' }],
  ],
  [
    'Poland has voiced opposition to any territorial concessions.',
    [{ actor: 'Poland', issue: 'territorial concessions', position: 'opposes' }],
  ],
  [
    'Moldova said it was willing to accept the truce, provided that Russia withdraws its troops.',
    [
      {
        actor: 'Moldova',
        issue: 'ceasefire',
        position: 'conditional',
        evidence:
          'Moldova said it was willing to accept the truce, provided that Russia withdraws its troops',
      },
    ],
  ],
  [
    'Armenia refused to give up Syunik, a province bordering Iran.',
    [{ actor: 'Armenia', issue: 'territorial concessions', position: 'opposes' }],
  ],
  [
    'Hungary opposed using immobilised central bank assets to fund the reconstruction.',
    [{ actor: 'Hungary', issue: 'use of frozen assets', position: 'opposes' }],
  ],
  [
    'Finland expressed support for security guarantees for Ukraine.',
    [{ actor: 'Finland', issue: 'security guarantees', position: 'supports' }],
  ],
  [
    "Ukraine's allies were not surprised by the Kremlin's rejection of Kyiv's accession to NATO.",
    [{ actor: 'Government of Russia', issue: 'NATO membership for Ukraine', position: 'opposes' }],
  ],
  [
    'Denmark did not endorse the peace plan.',
    [{ actor: 'Denmark', issue: 'peace plan', position: 'opposes' }],
  ],
  [
    'Italy welcomed the proposals from Geneva.',
    [{ actor: 'Italy', issue: 'proposals from Geneva', position: 'supports' }],
  ],
  [
    // The same issue in two sentences gets one name, and "such a prospect" points back to it.
    'Austria floated membership of NATO for Ukraine. Hungary remains opposed to such a prospect.',
    [{ actor: 'Hungary', issue: 'NATO membership for Ukraine', position: 'opposes' }],
  ],
];

const NEGATIVES: string[] = [
  'The bridge supports traffic from both banks.',
  'Washington renewed security support for Ukraine.',
  'The ceasefire was backed by pressure on Russia.',
  'Observers asked if Russia would accept the truce.',
  'The talks ended without a deal.',
];

describe('stances', () => {
  for (const [text, expected] of CASES) {
    it(text, () => {
      const found = stancesIn(text);
      assert.deepEqual(
        found.map((s) => ({
          actor: s.actor,
          issue: s.issue,
          position: s.position,
          ...('evidence' in (expected[0] ?? {}) ? { evidence: s.evidence.text } : {}),
        })),
        expected,
      );
      for (const s of found) assert.equal(text.slice(s.evidence.start, s.evidence.end), s.evidence.text);
    });
  }

  for (const text of NEGATIVES) it(`finds nothing in: ${text}`, () => assert.deepEqual(stancesIn(text), []));

  it('a first-person position in a quote is its speaker’s', () => {
    const text = '“We stand with Kyiv and support the proposals from Geneva,” Chancellor Angela Merkel said.';
    const found = stancesIn(text, (t, idOf) => {
      const start = t.indexOf('We');
      const end = t.indexOf(',”');
      return [
        {
          content: { start, end, text: t.slice(start, end) },
          source: null,
          cue: null,
          speaker: 'Angela Merkel',
          speakerId: idOf('Angela Merkel'),
          direct: true,
          channel: null,
          date: null,
          sentence: 0,
          confidence: 0.9,
        },
      ];
    });
    assert.deepEqual(
      found.map((s) => [s.actor, s.position, s.issue]),
      [['Angela Merkel', 'supports', 'proposals from Geneva']],
    );
    assert.deepEqual(stancesIn(text), [], 'without the quote, "we" is nobody known');
  });
});
