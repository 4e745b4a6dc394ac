import type { EventMode } from '../../core/analysis.js';
import type { Trigger } from './triggers.js';
import { boundaryKind, type Word } from './words.js';

/** When several cues apply ("will not meet"), the one that says most about whether it happened wins. */
const STRENGTH: Record<EventMode, number> = {
  asserted: 0,
  planned: 1,
  proposed: 2,
  hypothetical: 3,
  denied: 4,
  'called-off': 5,
};

export function strongerMode(a: EventMode, b: EventMode | null): EventMode {
  return b !== null && STRENGTH[b] > STRENGTH[a] ? b : a;
}

/** Cues read on the words just before a trigger (lower-cased, joined by spaces), nearest last. */
const BEFORE: ReadonlyArray<[EventMode, RegExp]> = [
  [
    'called-off',
    /\b(?:cancel(?:l?ed|s|l?ing)?|call(?:ed|s|ing)? off|postpon(?:e|ed|es|ing)|scrap(?:ped|s|ping)?|shelv(?:e|ed|es|ing)|suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|lift(?:ed|s|ing)?|eas(?:e|ed|es|ing)|rescind(?:ed|s|ing)?|revok(?:e|ed|es|ing)|abandon(?:ed|s|ing)?|end(?:ed|s|ing)?|stop(?:ped|s|ping)?|scuttl(?:e|ed|es|ing)|put on (?:ice|hold)|withdr[ae]w from)(?: (?!(?:following|after|before|amid|over|despite|because|due|in|at|on|by|with|from|of|for|to|and|but|as|that)\b)\S+){0,3}$/,
  ],
  [
    'denied',
    /(?:\bnot|n't|\bnever|\bno longer|\bwithout|\bfail(?:ed|s|ing)? to|\byet to|\brather than|\bnor|\bcannot)(?: \S+){0,3}$/,
  ],
  ['denied', /\bno(?: \S+)?$/],
  ['hypothetical', /(?:\bwould|\bcould|\bmight|\bmay|\bshould|'d)(?: \S+){0,3}$/],
  [
    'proposed',
    /\b(?:(?:ready|willing|willingness|prepared|readiness|eager|offer(?:ed|s|ing)?|propos(?:e|ed|es|ing)|promis(?:e|ed|es|ing)|pledg(?:e|ed|es|ing)|vow(?:ed|s|ing)?) to|proposed|suggested)(?: \S+){0,3}$/,
  ],
  [
    'planned',
    /(?:\bwill|'ll|\bshall|\bgoing to|\b(?:scheduled|set|slated|poised|expected|anticipated|planning|plans|planned|plan|intends|intended|intend|aims|aimed|aim) to|\b(?:is|are|was|were) due to|\bupcoming|\bforthcoming|\bplanned|\bnext)(?: \S+){0,4}$/,
  ],
];

/** Cues read on the words after a trigger: "the summit was put on ice", "the ceasefire will be implemented". */
const AFTER: ReadonlyArray<[EventMode, RegExp]> = [
  [
    'called-off',
    /^(?:\S+ ){0,16}?(?:but )?(?:was|were|has been|have been|had been|is|are|be|being|been) (?:\S+ )?(?:called off|cancell?ed|postponed|scrapped|shelved|suspended|put on (?:ice|hold)|delayed|dropped|abandoned|halted)\b/,
  ],
];

const AFTER_NOUN: ReadonlyArray<[EventMode, RegExp]> = [
  ['hypothetical', /^(?:\S+ ){0,4}?(?:would|could|might|may)\b/],
  [
    'planned',
    /^(?:\S+ ){0,4}?(?:will|shall|(?:is|are|was|were) (?:scheduled|set|due|expected|slated|planned|anticipated|going) to|(?:is|are|was|were) to be held)\b/,
  ],
];

/** Words that open a clause which only imagines what it says. */
const CONDITIONAL_OPENERS = new Set(['if', 'unless', 'whether']);

function joined(words: readonly Word[], from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (w?.isWord || w?.lower === ',') parts.push(w.lower);
  }
  return parts.join(' ');
}

/** The mode of one trigger, from the words around it in its sentence. */
export function detectMode(text: string, words: readonly Word[], trigger: Trigger): EventMode {
  let mode: EventMode = trigger.mode ?? 'asserted';

  let from = trigger.first;
  while (from > 0 && trigger.first - from < 8) {
    const prev = words[from - 1];
    if (!prev || prev.lower === ',' || boundaryKind(text, words, from - 1) !== null) break;
    from--;
  }
  const before = joined(words, from, trigger.first);
  for (const [cue, pattern] of BEFORE) if (pattern.test(before)) mode = strongerMode(mode, cue);

  for (let i = trigger.first - 1; i >= 0 && trigger.first - i <= 14; i--) {
    const kind = boundaryKind(text, words, i);
    if (kind === 'hard') break;
    if (kind !== null) {
      if (CONDITIONAL_OPENERS.has(words[i]?.lower ?? '')) mode = strongerMode(mode, 'hypothetical');
      break;
    }
  }

  let to = trigger.last + 1;
  while (to < words.length && to - trigger.last <= 18 && boundaryKind(text, words, to) !== 'hard') to++;
  const after = joined(words, trigger.last + 1, to);
  for (const [cue, pattern] of AFTER) if (pattern.test(after)) mode = strongerMode(mode, cue);
  if (trigger.nominal) {
    const ownClause = after.split(' , ')[0] ?? '';
    for (const [cue, pattern] of AFTER_NOUN) if (pattern.test(ownClause)) mode = strongerMode(mode, cue);
  }
  return mode;
}
