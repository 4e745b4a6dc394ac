import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention, Span } from '../../core/analysis.js';
import { closedByNotice, contentMentions } from './content.js';
import { pageOf } from './junk-fixture.js';

const counted = (text: string, spans: Span[], mentions: Mention[], furniture: number[]) =>
  contentMentions(text, mentions, new Set(furniture), spans).map((m) => m.text);

const REPORT = [
  'Ana Lima opened the new ferry terminal in Keel on Monday.',
  'The terminal cost the town four years of work.',
  'Dana Roe is charged with damaging a van outside a school.',
  'A council in the north plans a new cycle lane.',
  'Omar Haddad bakes bread for the whole village every night.',
  'Copyright 2025 Velder News. All rights reserved.',
];

test("from an outlet's furniture sentence to its copyright notice, a page prints a strip of other stories", () => {
  // The summary of another story the outlet printed on another page opens the strip: every name after it goes.
  const { text, spans, mentions } = pageOf(REPORT, ['Ana Lima', 'Dana Roe', 'Omar Haddad']);
  assert.deepEqual(counted(text, spans, mentions, [2]), ['Ana Lima']);
  // The same page with nothing the outlet printed elsewhere keeps every name: the strip is not guessed.
  assert.deepEqual(counted(text, spans, mentions, []), ['Ana Lima', 'Dana Roe', 'Omar Haddad']);
});

test('a shared sentence that quotes or attributes, or with nothing of the report before it, opens no strip', () => {
  // A statement quoted in several reports of one story is reporting, not another story's summary.
  const quoted = [...REPORT];
  quoted[2] = 'Dana Roe said the terminal would "change everything" for the town.';
  const a = pageOf(quoted, ['Ana Lima', 'Dana Roe', 'Omar Haddad']);
  assert.deepEqual(counted(a.text, a.spans, a.mentions, [2]), ['Ana Lima', 'Omar Haddad']);
  // A short page whose head furniture falls in the stretch before the notice keeps its report.
  const short = [
    'This page may not be displayed properly without scripts.',
    'Ana Lima opened the new ferry terminal in Keel on Monday.',
    'Omar Haddad bakes bread for the whole village every night.',
    'Copyright 2025 Velder News.',
  ];
  const b = pageOf(short, ['Ana Lima', 'Omar Haddad']);
  assert.deepEqual(counted(b.text, b.spans, b.mentions, [0]), ['Ana Lima', 'Omar Haddad']);
});

test('a shared sentence far from the notice, or a page with no notice near its end, opens no strip', () => {
  const long = [
    REPORT[0]!,
    REPORT[2]!,
    ...Array.from({ length: 20 }, () => 'The terminal cost the town four years of work and a new bridge.'),
    REPORT[4]!,
    REPORT[5]!,
  ];
  const a = pageOf(long, ['Ana Lima', 'Dana Roe', 'Omar Haddad']);
  assert.deepEqual(counted(a.text, a.spans, a.mentions, [1]), ['Ana Lima', 'Omar Haddad']);
  const open = REPORT.slice(0, 5);
  const b = pageOf(open, ['Ana Lima', 'Dana Roe', 'Omar Haddad']);
  assert.deepEqual(counted(b.text, b.spans, b.mentions, [2]), ['Ana Lima', 'Omar Haddad']);
});

test("where clean-up removed the copyright notice that closed the page, the strip runs to the text's end", () => {
  const { text, spans, mentions } = pageOf(REPORT.slice(0, 5), ['Ana Lima', 'Dana Roe', 'Omar Haddad']);
  const removed = [
    '[furniture: printed in 40 articles of this outlet over 6 days, around the article] Copyright 2025 Velder News.',
  ];
  assert.equal(closedByNotice(removed), true);
  assert.deepEqual(
    contentMentions(text, mentions, new Set([2]), spans, closedByNotice(removed)).map((m) => m.text),
    ['Ana Lima'],
  );
  // A notice removed for another reason, or other furniture removed, does not close the page.
  assert.equal(
    closedByNotice(['[furniture: printed in 9 articles of this outlet, around the article] Sign up now.']),
    false,
  );
  assert.equal(closedByNotice(['Copyright 2025 Velder News.']), false);
});
