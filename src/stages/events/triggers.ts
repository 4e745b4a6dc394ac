import type { EventMode, EventType } from '../../core/analysis.js';
import { LEXICON, NON_EVENT_PHRASES, type Patient, type TriggerRole } from './lexicon.js';
import type { Word } from './words.js';

/** A word or phrase of a sentence found in the lexicon. */
export interface Trigger {
  type: EventType;
  role: TriggerRole;
  /** A mode the words carry in themselves. */
  mode: EventMode | null;
  /** Whether the trigger is a noun ("talks", "sanctions") rather than a verb: roles are read differently. */
  nominal: boolean;
  /** What a verb trigger takes as object in the event's sense, when the lexicon says. */
  patient: Patient | null;
  /** Word indices in the sentence, `last` inclusive. */
  first: number;
  last: number;
}

type Sense = {
  type: EventType;
  role: TriggerRole;
  mode: EventMode | null;
  nominal: boolean;
  patient: Patient | null;
} | null;

/** One position of a compiled phrase: the forms it accepts, or a gap of up to three words. */
type Slot = ReadonlySet<string> | 'gap';

type Context = 'any' | 'noun' | 'verb';

interface Pattern {
  slots: readonly Slot[];
  sense: Sense;
  context: Context;
}

/** Regular inflection; the lexicon spells out what this gets wrong. */
function inflect(lemma: string): string[] {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const third = /(s|x|z|ch|sh)$/.test(lemma)
    ? `${lemma}es`
    : consonantY
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const gerund = /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [lemma, third, past, gerund];
}

function verbForms(spec: string): string[] {
  const [lemma = '', ...extra] = spec.split('|');
  return [...inflect(lemma), ...extra];
}

function phraseSlots(spec: string): Slot[] {
  return spec.split(' ').map((part, i) => {
    if (part === '+') return 'gap';
    if (i === 0 && part.startsWith('~')) return new Set(verbForms(part.slice(1)));
    return new Set((i === 0 && part.startsWith('=') ? part.slice(1) : part).split('|'));
  });
}

function compile(): Map<string, Pattern[]> {
  const byFirstWord = new Map<string, Pattern[]>();
  const add = (slots: Slot[], sense: Sense, context: Context): void => {
    const first = slots[0];
    if (first === undefined || first === 'gap') return;
    for (const form of first) {
      const list = byFirstWord.get(form) ?? [];
      list.push({ slots, sense, context });
      byFirstWord.set(form, list);
    }
  };
  for (const group of LEXICON) {
    const base = {
      type: group.type,
      role: group.role ?? 'event',
      mode: group.mode ?? null,
      patient: group.patient ?? null,
    };
    for (const spec of group.verbs ?? []) {
      const marked = spec.startsWith('!');
      add(
        [new Set(verbForms(marked ? spec.slice(1) : spec))],
        { ...base, nominal: false },
        marked ? 'verb' : 'any',
      );
    }
    for (const spec of group.nouns ?? []) {
      const marked = spec.startsWith('!');
      add([new Set([marked ? spec.slice(1) : spec])], { ...base, nominal: true }, marked ? 'noun' : 'any');
    }
    for (const spec of group.phrases ?? []) {
      const slots = phraseSlots(spec);
      add(slots, { ...base, nominal: !spec.startsWith('~') && !spec.startsWith('=') }, 'any');
    }
  }
  for (const spec of NON_EVENT_PHRASES) add(phraseSlots(spec), null, 'any');
  return byFirstWord;
}

const PATTERNS = compile();

/** Before a word, these make it a verb: "he talks", "to deal", "did not meet". */
const VERB_BEFORE = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'who',
  'to',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'does',
  'did',
  'do',
  "won't",
  "didn't",
  "doesn't",
]);

/** Before a word, these make it a noun or an adjective: "the host", "by host Margaret Brennan", "on alleged …". */
const NOUN_BEFORE = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'by',
  'of',
  'for',
  'with',
  'as',
  'on',
  'in',
  'at',
  'from',
  'about',
  'against',
  'over',
  'into',
  'several',
  'many',
  'some',
  'any',
  'no',
  'all',
  'clear',
  'positive',
  'first',
  'early',
  'new',
  'further',
  'other',
  'more',
  'talk-show',
  'tv',
  'radio',
]);

function fitsContext(context: Context, words: readonly Word[], first: number, last: number): boolean {
  if (context === 'any') return true;
  const before = words[first - 1]?.lower ?? '';
  if (context === 'noun') return !VERB_BEFORE.has(before);
  return !NOUN_BEFORE.has(before) && words[last + 1]?.lower !== 'of';
}

/** Index of the last word matched by `slots` from word `at`, or -1. */
function match(slots: readonly Slot[], words: readonly Word[], at: number): number {
  let i = at;
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s];
    if (slot === 'gap') {
      const next = slots[s + 1];
      if (next === undefined || next === 'gap') return -1;
      let found = -1;
      for (let j = i; j <= i + 3 && j < words.length; j++) {
        const w = words[j];
        if (!w?.isWord) break;
        if (next.has(w.lower)) {
          found = j;
          break;
        }
      }
      if (found < 0) return -1;
      i = found + 1;
      s++;
      continue;
    }
    if (s > 0) i += weekdayAt(words, i);
    const w = words[i];
    if (!w?.isWord || !slot?.has(w.lower)) return -1;
    i++;
  }
  return i - 1;
}

const WEEKDAYS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
]);

/**
 * How many words a day put inside a phrase takes from word `at` ("called on Friday for", "called Friday
 * for"): "on Friday" is when, not whom a call is on, so the phrase's words go on after it.
 */
function weekdayAt(words: readonly Word[], at: number): number {
  const on = words[at]?.lower === 'on' ? 1 : 0;
  return WEEKDAYS.has(words[at + on]?.lower ?? '') ? on + 1 : 0;
}

/** The lexicon's triggers in one sentence, longest match first at each word, none overlapping. */
export function findTriggers(words: readonly Word[]): Trigger[] {
  const found: Trigger[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w?.isWord) continue;
    const patterns = PATTERNS.get(w.lower);
    if (!patterns) continue;
    // "meeting" is a noun after "a" and a verb after "was": of two equally long readings, the context picks.
    const nounContext = NOUN_BEFORE.has(words[i - 1]?.lower ?? '');
    let best: { last: number; sense: Sense } | null = null;
    for (const p of patterns) {
      const last = match(p.slots, words, i);
      if (last < 0 || !fitsContext(p.context, words, i, last)) continue;
      const better =
        !best ||
        last > best.last ||
        (last === best.last && p.sense?.nominal === nounContext && best.sense?.nominal !== nounContext);
      if (better) best = { last, sense: p.sense };
    }
    if (!best) continue;
    const sense = best.sense;
    // Field by field, in the senses' own order: spreading the sense took a sixth of this function's time.
    if (sense)
      found.push({
        type: sense.type,
        role: sense.role,
        mode: sense.mode,
        patient: sense.patient,
        nominal: sense.nominal,
        first: i,
        last: best.last,
      });
    i = best.last;
  }
  return found;
}

/** Whether a word, alone, is an event noun of the lexicon ("attack", "talks"), not a verb form of one. */
export function isEventNoun(word: string): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  return (PATTERNS.get(lower) ?? []).some((p) => p.slots.length === 1 && p.sense?.nominal === true);
}

/** The type a word names alone as an event noun ("deal" → AGREE), or null. */
export function eventNounType(word: string): EventType | null {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const p = (PATTERNS.get(lower) ?? []).find((p) => p.slots.length === 1 && p.sense?.nominal === true);
  return p?.sense?.type ?? null;
}
