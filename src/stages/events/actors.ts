import type { EventType, Mention } from '../../core/analysis.js';
import type { Trigger } from './triggers.js';
import { clauseEnd, clauseStart, wordAt, type Word } from './words.js';

/** One sentence as the role heuristics read it. */
export interface SentenceView {
  text: string;
  words: readonly Word[];
  /** The sentence's mentions in text order. */
  mentions: readonly Mention[];
}

export interface Place {
  text: string;
  entityId: string;
  start: number;
}

export interface Actors {
  sourceIds: string[];
  targetIds: string[];
}

const PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'of',
  'for',
  'with',
  'to',
  'from',
  'by',
  'against',
  'into',
  'onto',
  'over',
  'about',
  'during',
  'after',
  'before',
  'since',
  'until',
  'near',
  'under',
  'amid',
  'despite',
  'following',
  'through',
  'via',
  'across',
  'throughout',
  'within',
  'inside',
  'outside',
  'between',
  'among',
  'toward',
  'towards',
  'upon',
  'like',
  'than',
  'including',
  'regarding',
  'concerning',
  'according',
  'behind',
  'beyond',
  'around',
  'along',
  'off',
  'as',
]);

/** Prepositions that introduce whom an act is directed at ("sanctions against Moscow", "met with Umerov"). */
const TARGET_PREPOSITIONS = new Set([
  'with',
  'to',
  'against',
  'on',
  'upon',
  'into',
  'from',
  'for',
  'of',
  'toward',
  'towards',
  'between',
]);

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'both',
  'all',
  'some',
  'other',
]);

const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'gets', 'got']);

/** Lower-case words that may sit inside one name's noun phrase: "US special envoy Steve Witkoff". */
const TITLE_WORDS =
  'envoy|president|minister|spokesperson|spokesman|spokeswoman|secretary|chancellor|leader|official|officials|chief|ambassador|adviser|advisor|aide|negotiator|negotiators|commander|head|prime|foreign|defence|defense|vice|deputy|special|senior|top|former|state|national|security|general|forces|troops|army|military|government|authorities|leaders|diplomats|diplomat|ministers|police|soldiers|rebels|militants|officers|delegation';

/** Between two mentions of one noun phrase: a possessive, capitalised words, title words. */
const SAME_PHRASE = new RegExp(`^(?:['’]s)?(?:\\s+(?:[A-Z][\\w.'’-]*|${TITLE_WORDS}))*\\s*$`);

/** Between two conjoined mentions: "Hungarian and Romanian", "the UK, France, and the US". */
const CONJOINED = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s*(?:and|or|&)\s+)(?:the\s+)?$/;

/** Between a modifier and a nominal trigger: "Russia's", "a Russian", "Mr. Witkoff's extensive five-hour". */
const MODIFIES = /^(?:['’]s)?(?:\s+[\w'’.-]+){0,2}\s+$/;

/** Words that show a modifier is in fact a clause of its own ("Russia has rejected talks"). */
const NOT_MODIFIER =
  /\s(?:is|are|was|were|has|have|had|will|would|to|and|or|that|the|a|an|of|in|on|at|for|with|by|from)\s/i;

/** Words after a trigger within which its object's phrase must begin. */
const OBJECT_WITHIN = 8;

const ASSAULTS: ReadonlySet<EventType> = new Set(['ASSAULT', 'FIGHT']);

const between = (view: SentenceView, a: Mention, b: Mention): string => view.text.slice(a.end, b.start);

const TITLE_WORD = new RegExp(`^(?:${TITLE_WORDS})$`);

/**
 * The preposition governing a mention ("against President Putin" → "against"), looking past determiners
 * and the capitalised or title words of its noun phrase; "(" for a parenthesised alias; else null.
 */
function governor(view: SentenceView, m: Mention): string | null {
  const k = view.mentions.indexOf(m);
  const previous = view.mentions[k - 1];
  // "in Lyon, France", "between Armenia and Azerbaijan": a conjoined mention shares the preposition.
  if (previous && CONJOINED.test(between(view, previous, m))) return governor(view, previous);
  for (let i = wordAt(view.words, m.start) - 1; i >= 0; i--) {
    const w = view.words[i];
    if (!w) return null;
    if (!w.isWord) return w.lower === '(' ? '(' : null;
    if (PREPOSITIONS.has(w.lower)) return w.lower;
    const capitalised = /^\p{Lu}/u.test(view.text.slice(w.start, w.start + 1));
    if (!DETERMINERS.has(w.lower) && !TITLE_WORD.test(w.lower) && !capitalised) return null;
  }
  return null;
}

/**
 * The noun phrase starting at mention `k` and the ones conjoined with it, as entity ids; each phrase
 * counts once, by its head ("Ukraine's Mr Sybiha" is Sybiha). Stops at `limit` (a character offset).
 */
function phraseFrom(
  view: SentenceView,
  k: number,
  limit: number,
): { ids: string[]; end: number; next: number } {
  const { mentions } = view;
  const ids: string[] = [];
  let i = k;
  for (;;) {
    let head = i;
    while (true) {
      const next = mentions[head + 1];
      const cur = mentions[head];
      if (!next || !cur || next.end > limit || !SAME_PHRASE.test(between(view, cur, next))) break;
      head++;
    }
    const h = mentions[head];
    if (h && !ids.includes(h.entityId)) ids.push(h.entityId);
    const next = mentions[head + 1];
    if (!h || !next || next.end > limit || !CONJOINED.test(between(view, h, next)))
      return { ids, end: h?.end ?? limit, next: head + 1 };
    i = head + 1;
  }
}

/** The first mention phrase in [from, to) that no preposition governs: a clause's subject. */
function subjectIn(view: SentenceView, from: number, to: number): string[] {
  for (let k = 0; k < view.mentions.length; k++) {
    const m = view.mentions[k];
    if (!m || m.start < from) continue;
    if (m.end > to) break;
    if (governor(view, m) === null) return phraseFrom(view, k, to).ids;
  }
  return [];
}

/**
 * The first mention phrase after `from` (starting by `firstBy`, extending to `to`) that a preposition in
 * `allowed` governs, or none when `bare`.
 */
function objectIn(
  view: SentenceView,
  from: number,
  to: number,
  allowed: ReadonlySet<string>,
  bare: boolean,
  firstBy = to,
): string[] {
  for (let k = 0; k < view.mentions.length; k++) {
    const m = view.mentions[k];
    if (!m || m.start < from) continue;
    if (m.end > firstBy) break;
    const prep = governor(view, m);
    if (prep === null ? !bare : !allowed.has(prep)) continue;
    const next = view.mentions[k + 1];
    // "the President of the Russian Federation, Vladimir Putin": the person named after the comma is meant.
    if (prep === 'of' && next && next.type === 'person' && /^,\s*$/.test(between(view, m, next))) {
      return phraseFrom(view, k + 1, next.end).ids;
    }
    return phraseFrom(view, k, to).ids;
  }
  return [];
}

/** The phrase after "by" following the trigger in its clause: the doer of a passive or of a noun. */
function agentAfter(view: SentenceView, from: number, to: number): string[] {
  return objectIn(view, from, to, new Set(['by']), false);
}

function premodifier(view: SentenceView, triggerStart: number): string[] {
  let last = -1;
  for (let k = 0; k < view.mentions.length; k++) {
    const m = view.mentions[k];
    if (!m || m.end > triggerStart) break;
    last = k;
  }
  const m = view.mentions[last];
  if (!m) return [];
  const gap = view.text.slice(m.end, triggerStart);
  if (!MODIFIES.test(gap) || NOT_MODIFIER.test(` ${gap} `)) return [];
  return [m.entityId];
}

/** Whether a preposition governs the word at `i`, looking past determiners ("in light of the strikes"). */
function governedWord(view: SentenceView, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const w = view.words[j];
    if (!w?.isWord) return false;
    if (PREPOSITIONS.has(w.lower)) return true;
    if (!DETERMINERS.has(w.lower)) return false;
  }
  return false;
}

function isPassive(view: SentenceView, trigger: Trigger): boolean {
  const w = view.words[trigger.first];
  if (!w || trigger.nominal || w.lower.endsWith('ing')) return false;
  for (let i = trigger.first - 1; i >= 0 && trigger.first - i <= 3; i--) {
    const prev = view.words[i]?.lower ?? '';
    if (BE.has(prev)) return true;
    if (!/ly$/.test(prev) && prev !== 'not' && prev !== 'also') return false;
  }
  return false;
}

const wordStart = (view: SentenceView, i: number, fallback: number): number =>
  view.words[i]?.start ?? fallback;

/** The subject of the nearest clause before word `index` that names one ("Rutte acknowledged … but insisted"). */
function earlierSubject(view: SentenceView, index: number): string[] {
  const { text, words } = view;
  let end = index;
  while (end > 0) {
    const { index: from } = clauseStart(text, words, end - 1);
    const subject = subjectIn(view, wordStart(view, from, 0), wordStart(view, end, 0));
    if (subject.length > 0) return subject;
    end = from - 1;
  }
  return [];
}

/** Who acts and who is acted upon, read from the trigger's clause with simple, fast heuristics. */
export function findActors(
  view: SentenceView,
  trigger: Trigger,
  type: EventType,
  sentenceEnd: number,
): Actors {
  const { text, words } = view;
  const start = wordStart(view, trigger.first, sentenceEnd);
  const end = words[trigger.last]?.end ?? sentenceEnd;
  const clause = clauseStart(text, words, trigger.first);
  const clauseFrom = wordStart(view, clause.index, start);
  const closeAt = clauseEnd(text, words, trigger.last);
  const clauseTo = wordStart(view, closeAt, sentenceEnd);
  const near = wordStart(view, Math.min(closeAt, trigger.last + 15), sentenceEnd);
  const objectBy = wordStart(view, Math.min(closeAt, trigger.last + OBJECT_WITHIN), sentenceEnd);

  // A subordinate clause that ended at a comma ("after meeting the ministers, praised …") is not the subject's.
  let subjectFrom = clauseFrom;
  if (clause.opener === 'clause') {
    for (let i = trigger.first - 1; i >= clause.index; i--) {
      if (words[i]?.lower === ',') {
        subjectFrom = -1;
        break;
      }
    }
  }
  const passive = isPassive(view, trigger);
  let subject = subjectFrom < 0 ? [] : subjectIn(view, subjectFrom, start);
  if (subject.length === 0 && !trigger.nominal && !passive) {
    if (clause.opener === 'relative')
      subject = subjectIn(view, wordStart(view, Math.max(0, clause.index - 4), start), clauseFrom);
    if (subject.length === 0) subject = earlierSubject(view, clause.index - 1);
  }

  let sources: string[];
  let targets: string[];
  if (trigger.role === 'obligation') {
    const obliged = subjectIn(view, clauseFrom, start);
    const demander = subjectIn(view, 0, clauseFrom);
    [sources, targets] = demander.length > 0 ? [demander, obliged] : [obliged, []];
  } else if (trigger.nominal) {
    sources = premodifier(view, start);
    if (sources.length === 0) sources = agentAfter(view, end, clauseTo);
    // "imposed sanctions" takes the clause's subject; "in light of the strikes" does not.
    if (sources.length === 0 && !governedWord(view, trigger.first))
      sources = subjectIn(view, clauseFrom, start);
    const prepTargets =
      type === 'RETREAT' ? new Set([...TARGET_PREPOSITIONS].filter((p) => p !== 'of')) : TARGET_PREPOSITIONS;
    targets = objectIn(view, end, near, prepTargets, false, objectBy);
    if (type === 'RETREAT' && sources.length === 0)
      sources = objectIn(view, end, near, new Set(['of']), false);
  } else if (passive) {
    sources = agentAfter(view, end, clauseTo);
    targets = subject;
  } else {
    sources = subject;
    targets = objectIn(view, end, near, TARGET_PREPOSITIONS, true, objectBy);
  }

  const betweenWord = words[trigger.last + 1]?.lower === 'between' ? trigger.last + 1 : -1;
  if (sources.length === 0 && betweenWord >= 0) {
    sources = objectIn(view, end, near, new Set(['between']), false);
    targets = [];
  }
  targets = targets.filter((id) => !sources.includes(id));
  return { sourceIds: sources, targetIds: targets };
}

/** Where it happened: the place named after "in"/"at" nearest the trigger, with its region ("Miami, Florida"). */
export function findPlace(view: SentenceView, triggerStart: number): Place | null {
  const { mentions } = view;
  let best: { k: number; distance: number } | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!m || m.kind === 'demonym' || (m.type !== 'place' && m.type !== 'country' && m.kind !== 'metonym'))
      continue;
    const prep = governor(view, m);
    if (prep !== 'in' && prep !== 'at') continue;
    const distance = Math.abs(m.start - triggerStart);
    if (!best || distance < best.distance) best = { k, distance };
  }
  if (!best) return null;
  const first = mentions[best.k];
  if (!first) return null;
  let last = first;
  for (let k = best.k + 1; k < mentions.length; k++) {
    const m = mentions[k];
    if (
      !m ||
      (m.type !== 'place' && m.type !== 'country') ||
      !/^,\s*$/.test(view.text.slice(last.end, m.start))
    )
      break;
    last = m;
  }
  return { text: view.text.slice(first.start, last.end), entityId: first.entityId, start: first.start };
}

/** Characters after an attack within which its place stands for its victim ("killed 23 people in Tel Aviv"). */
const PLACE_AS_VICTIM_WITHIN = 40;

/** An attack on a place without a named victim is an attack on that place ("bombs in Kabul"). */
export function placeAsTarget(
  type: EventType,
  actors: Actors,
  place: Place | null,
  triggerEnd: number,
): Actors {
  if (
    !place ||
    !ASSAULTS.has(type) ||
    actors.targetIds.length > 0 ||
    actors.sourceIds.includes(place.entityId)
  )
    return actors;
  if (place.start < triggerEnd || place.start - triggerEnd > PLACE_AS_VICTIM_WITHIN) return actors;
  return { ...actors, targetIds: [place.entityId] };
}
