import type {
  DateMention,
  Entity,
  Event,
  EventMode,
  EventType,
  Mention,
  Sentence,
} from '../../core/analysis.js';
import { clampConfidence } from '../../core/confidence.js';
import { treeOf } from '../syntax/tree.js';
import { findActors, findPlace, placeAsTarget, type SentenceView } from './actors.js';
import { SentenceActors } from './sentence-actors.js';
import { type BareMention, joinMentions } from './coreference.js';
import { GroupContext } from './groups.js';
import { treeEvents } from './tree-events.js';
import { detectMode, strongerMode } from './mode.js';
import { findTriggers, type Trigger } from './triggers.js';
import { clauseEnd, wordsOf, type Word } from './words.js';

export interface EventsInput {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  dates: DateMention[];
}

/** How far (in words) an offer, a denial or a frame reaches for the event it introduces. */
const REACH = 12;

/** Verbal conflict that a denial answers rather than negates: "denied the accusations" is a rejection. */
const ANSWERABLE: ReadonlySet<EventType> = new Set(['ACCUSE', 'DISAPPROVE', 'DEMAND', 'THREATEN']);

export interface Candidate {
  trigger: Trigger;
  type: EventType;
  /** A mode lent by the offer or denial that introduces the trigger. */
  lent: EventMode | null;
  kept: boolean;
}

/**
 * Resolves triggers that govern others: a frame ("refused to meet") takes in the triggers of its
 * complement; an offer ("offered to negotiate") or a denial ("denied attacking") lends its mode to the
 * event it introduces and names no event of its own unless it introduces none.
 */
function resolveGoverning(
  text: string,
  words: readonly Word[],
  triggers: readonly Trigger[],
  governs: (a: Trigger, b: Trigger) => boolean = () => false,
): Candidate[] {
  const candidates: Candidate[] = triggers.map((trigger) => ({
    trigger,
    type: trigger.type,
    lent: null,
    kept: true,
  }));
  candidates.forEach((c, i) => {
    if (!c.kept) return;
    const { role, last } = c.trigger;
    const reach = Math.min(clauseEnd(text, words, last), last + REACH);
    const inReach = candidates.slice(i + 1).filter((d) => d.kept && d.trigger.first < reach);
    if (role === 'frame') {
      // "Despite warnings by aid agencies, Israel is refusing to lift the curfew": a frame hung on a
      // predicate is that predicate's phrase, not its content, and takes in nothing of it.
      for (const d of inReach) if (!governs(d.trigger, c.trigger)) d.kept = false;
      return;
    }
    if (role !== 'proposal' && role !== 'negation') return;
    const introduced = introducedBy(c, words, inReach) ?? adjacentBefore(candidates, i);
    if (!introduced) {
      c.lent = role === 'proposal' ? 'proposed' : null;
      return;
    }
    if (role === 'negation' && ANSWERABLE.has(introduced.type)) {
      for (const d of inReach) d.kept = false;
      return;
    }
    introduced.lent = strongerMode(
      introduced.lent ?? 'asserted',
      role === 'proposal' ? 'proposed' : 'denied',
    );
    c.kept = false;
  });
  return candidates.filter((c) => c.kept);
}

/** Words that join an offer or denial to what it introduces: "proposal for a ceasefire", "denied attacking". */
const INTRODUCING = new Set(['for', 'of', 'to', 'on', 'that']);

/** How near the introduced trigger must follow: an offer names its content at once, or names none. */
const INTRODUCES_WITHIN = 6;

/**
 * The trigger an offer or denial introduces: within a few words, and for a noun ("proposal", "denial")
 * only through "for/of/to/on/that", since "the proposition had been subject to censure" offers nothing.
 */
function introducedBy(
  c: Candidate,
  words: readonly Word[],
  inReach: readonly Candidate[],
): Candidate | undefined {
  const next = inReach[0];
  if (!next || next.trigger.first - c.trigger.last > INTRODUCES_WITHIN) return undefined;
  if (c.trigger.nominal && !INTRODUCING.has(words[c.trigger.last + 1]?.lower ?? '')) return undefined;
  return next;
}

/** The trigger right before an offer noun: "a ceasefire proposal". */
function adjacentBefore(candidates: readonly Candidate[], i: number): Candidate | undefined {
  const c = candidates[i];
  const prev = candidates[i - 1];
  return c && prev?.kept && prev.trigger.last === c.trigger.first - 1 ? prev : undefined;
}

/** The TIMEX3 value of the date nearest the trigger; a calendar value before a vague one ("recent"). */
function dateNear(dates: readonly DateMention[], at: number): string | null {
  let best: { value: string; rank: number } | null = null;
  for (const d of dates) {
    if (d.type !== 'DATE' && d.type !== 'TIME') continue;
    const rank = Math.abs(d.start - at) + (/^\d/.test(d.value) ? 0 : 1e6);
    if (!best || rank < best.rank) best = { value: d.value, rank };
  }
  return best?.value ?? null;
}

function insideName(mentions: readonly Mention[], words: readonly Word[], t: Trigger): boolean {
  const start = words[t.first]?.start ?? 0;
  const end = words[t.last]?.end ?? 0;
  return mentions.some((m) => m.kind === 'name' && m.start <= start && end <= m.end);
}

const NAME = String.raw`[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}`;
const DAY = String.raw`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?`;

/**
 * A dateline: a place, perhaps its region, a date and an agency, then a dash ("TEHRAN, May 26 (MNA) –",
 * "Kyiv, Ukraine –", "GAZA (Reuters) -"), or a place and a date alone ("TEHRAN, May 26:"); a comma left
 * before the dash where a feed dropped the date ("Addis Ababa, —") marks one too.
 */
const DATELINE = new RegExp(
  String.raw`^\s*(${NAME})(,\s*${NAME}(?!\s*\d))?(,\s*${DAY})?\s*(\(\s*${NAME}\s*\))?\s*(,)?\s*(?:[–—:]|--|-\s)`,
);

/**
 * "TEHRAN, May 26 (MNA) – European nations gathered…", "KYIV — Russia attacked…": the words opening a
 * story's first line say where it was filed and by whom, they name no party to what it tells. A place in
 * ordinary case opens a dateline only with a region, a date or an agency after it ("Kyiv – the capital…"
 * may begin a sentence). Returns where the dateline ends, or the sentence's start.
 */
function datelineEnd(text: string, sentence: Sentence): number {
  const match = DATELINE.exec(text.slice(sentence.start, sentence.end));
  if (!match) return sentence.start;
  const [whole, place, region, day, agency, emptyDate] = match;
  const capitals = place === place!.toUpperCase() && /[A-Z]{3}/.test(place!);
  return capitals || region || day || agency || emptyDate ? sentence.start + whole.length : sentence.start;
}

function groupBySentence<T extends { sentence: number }>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const list = groups.get(item.sentence);
    if (list) list.push(item);
    else groups.set(item.sentence, [item]);
  }
  return groups;
}

/** Two triggers of one type a few words apart ("strikes … killing 76") are one event. */
const MERGE_WITHIN = 8;

/**
 * A first estimate of how far an event can be trusted, from what the reading found for it: an actor who
 * acts, one acted upon, a date in its own sentence. An event with no actor at all stays below every floor the views show from (`SHOWN_FROM`).
 */
function eventConfidence(event: Omit<Event, 'confidence'>): number {
  let confidence = 0.2;
  if (event.sourceIds.length > 0) confidence += 0.3;
  if (event.targetIds.length > 0) confidence += 0.25;
  if (event.date !== null) confidence += 0.1;
  if (event.mode === 'asserted') confidence += 0.05;
  return clampConfidence(confidence);
}

function mergeNeighbours(
  events: Array<Omit<Event, 'confidence'> & { first: number; last: number }>,
): Event[] {
  const merged: Array<Omit<Event, 'confidence'> & { first: number; last: number }> = [];
  for (const e of events) {
    const prev = merged[merged.length - 1];
    if (prev && prev.type === e.type && e.first - prev.last <= MERGE_WITHIN) {
      prev.mode = strongerMode(prev.mode, e.mode);
      if (prev.sourceIds.length === 0) prev.sourceIds = e.sourceIds;
      if (prev.targetIds.length === 0)
        prev.targetIds = e.targetIds.filter((id) => !prev.sourceIds.includes(id));
      prev.date ??= e.date;
      prev.place ??= e.place;
      prev.last = e.last;
      continue;
    }
    merged.push({ ...e });
  }
  return merged.map(({ first: _first, last: _last, ...event }) => ({
    ...event,
    confidence: eventConfidence(event),
  }));
}

/**
 * The events stage: who did what to whom, when and where, coded in PLOVER types with a mode (asserted,
 * proposed, planned, denied, hypothetical, called-off). Triggers come from a lexicon of PLOVER trigger words
 * matched word by word; everything else from the sentence's dependency tree (`treeEvent`): one event per
 * predicate, its actors from its grammatical roles, its mode, reporter, date and place from its own clause.
 * A sentence without a tree (a reading stored before reading-3) is read by the older word-window rules.
 *
 * Expects `mentions` and `dates` to carry the index of the sentence holding them, as earlier stages give.
 */
export function findEvents(input: EventsInput): Event[] {
  const { text, sentences } = input;
  const mentionsBySentence = groupBySentence([...input.mentions].sort((a, b) => a.start - b.start));
  const datesBySentence = groupBySentence(input.dates);
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const groups = new GroupContext(entities);
  const events: Event[] = [];
  const bare: BareMention[] = [];
  for (const sentence of sentences) {
    const words = wordsOf(text, sentence);
    const dateline = datelineEnd(text, sentence);
    const mentions = (mentionsBySentence.get(sentence.index) ?? []).filter((m) => m.start >= dateline);
    const dates = datesBySentence.get(sentence.index) ?? [];
    const parsed = (sentence.tokens?.length ?? 0) > 0;
    const tree = parsed ? treeOf(text, sentence) : null;
    if (tree) groups.add(tree, sentence.index, mentions);
    // A trigger word inside a name ("North Atlantic Treaty Organization") names no event.
    const triggers = findTriggers(words).filter((t) => !insideName(mentions, words, t));
    if (triggers.length === 0) continue;
    const headOf = (t: Trigger) =>
      tree ? tree.headOf(words[t.first]?.start ?? 0, words[t.last]?.end ?? 0) : -1;
    const governs = (a: Trigger, b: Trigger) => {
      const [above, below] = [headOf(a), headOf(b)];
      return tree !== null && above >= 0 && below >= 0 && above !== below && tree.dominates(above, below);
    };
    const candidates = resolveGoverning(text, words, triggers, governs);
    if (tree) {
      const sa = new SentenceActors(tree, mentions, entities, (w) => groups.resolve(tree, w, sentence.index));
      const read = treeEvents({ text, sentence, words, mentions, dates, tree, sa }, candidates);
      events.push(...read.events);
      bare.push(...read.bare);
      continue;
    }
    const view: SentenceView = { text, words, mentions };
    const found = candidates.map(({ trigger, type, lent }) => {
      const start = words[trigger.first]?.start ?? sentence.start;
      const end = words[trigger.last]?.end ?? start;
      const place = findPlace(view, start);
      const actors = placeAsTarget(type, findActors(view, trigger, type, sentence.end), place, end);
      return {
        type,
        mode: strongerMode(detectMode(text, words, trigger), lent),
        trigger: { start, end, text: text.slice(start, end) },
        sourceIds: actors.sourceIds,
        targetIds: actors.targetIds,
        date: dateNear(dates, start),
        place: place?.text ?? null,
        sentence: sentence.index,
        start: sentence.start,
        end: sentence.end,
        first: trigger.first,
        last: trigger.last,
      };
    });
    events.push(...mergeNeighbours(found));
  }
  return joinMentions(events, bare);
}
