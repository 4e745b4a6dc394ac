/**
 * The stances stage: an actor's stated position on an issue — supports, opposes, or supports on a
 * condition — with the words it rests on. Cues come from one scanner; the actor is the cue's subject (or
 * the speaker of the quote it stands in), the issue what follows it, named by a lexicon where it can be.
 */
import type { Entity, Mention, Quote, Sentence, Span, Stance } from '../../core/analysis.js';
import { findActor } from './actors.js';
import { CONDITION, findCues, HYPOTHETICAL, isNegated, type Cue } from './cues.js';
import { amountNamedIssue, countryName, lexiconIssues, nounPhrase, type Issue } from './issues.js';

export interface StancesInput {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  quotes: Quote[];
}

/** Where a clause starts, as far as a cue's subject is concerned. */
const CLAUSE_BREAK = /(?:\b(?:that|which|who|while|whereas|but|as|and then)\b|[;:“"])\s*/g;
/** How far back "the proposal" or "such a prospect" may point. */
const POINTING_REACH = 3;
/** How near an issue a country must be named to be the one it concerns: "Kyiv's accession to NATO". */
const COUNTRY_REACH = 30;
/** The longest object read after a cue. */
const OBJECT_REACH = 160;

export function findStances(input: StancesInput): Stance[] {
  const { text, sentences, mentions, quotes } = input;
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const countries = new Map(
    input.entities.filter((e) => e.type === 'country' && e.country).map((e) => [e.country!, e.name]),
  );
  const mentionEnds = new Set(mentions.map((m) => m.end));
  const bySentence = groupBySentence(mentions);
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  const countryNear = (span: Span): string | null => {
    let best: { name: string; distance: number } | null = null;
    for (let i = firstStartingFrom(byStart, span.start - COUNTRY_REACH); i < byStart.length; i++) {
      const m = byStart[i]!;
      if (m.start > span.end + COUNTRY_REACH) break;
      const distance = Math.max(0, m.start >= span.end ? m.start - span.end : span.start - m.end);
      if (distance > COUNTRY_REACH) continue;
      const name = countryName(m, entities, countries);
      if (name && (best === null || distance < best.distance)) best = { name, distance };
    }
    return best?.name ?? null;
  };
  const mentioned = new Map<number, Issue[]>();
  const issuesIn = (sentence: Sentence): Issue[] => {
    let found = mentioned.get(sentence.index);
    if (found === undefined) {
      const named = amountNamedIssue(text, sentence);
      found = [...lexiconIssues(text, sentence, countryNear), ...(named ? [named] : [])].sort(
        (a, b) => a.start - b.start,
      );
      mentioned.set(sentence.index, found);
    }
    return found;
  };

  const stances: Stance[] = [];
  let s = 0;
  for (const cue of findCues(text, (at) => mentionEnds.has(at))) {
    while (s < sentences.length - 1 && sentences[s]!.end <= cue.start) s++;
    const sentence = sentences[s];
    if (sentence === undefined || cue.start < sentence.start) continue;
    const clauseStart = clauseStartOf(text, sentence, cue.start);
    if (isHypothetical(text, clauseStart, cue.start)) continue;
    const actor = findActor(text, cue, clauseStart, bySentence.get(sentence.index) ?? [], quotes);
    if (actor === null) continue;
    const object = objectSpan(text, cue, sentence);
    const issue = issueOf(text, object, countryNear, (head) =>
      pointedTo(head, cue.start, sentence, sentences, issuesIn),
    );
    if (issue === null) continue;
    const condition = CONDITION.exec(text.slice(object.end, sentence.end));
    const conditionEnd = condition
      ? clauseEnd(text, object.end + condition.index + condition[0].length, sentence.end)
      : null;
    const position =
      conditionEnd !== null ? 'conditional' : isNegated(text, cue, clauseStart) ? 'opposes' : cue.position;
    const start = actor.mention && actor.mention.start < cue.start ? actor.mention.start : cue.start;
    const end = conditionEnd ?? issue.end;
    const entity = entities.get(actor.entityId);
    const stance: Stance = {
      actorId: actor.entityId,
      actor: entity?.name ?? actor.mention?.text ?? actor.entityId,
      issue: issue.name,
      position,
      evidence: { start, end, text: text.slice(start, end) },
      sentence: sentence.index,
    };
    const same = stances.find(
      (o) => o.sentence === stance.sentence && o.actorId === stance.actorId && o.issue === stance.issue,
    );
    if (!same) stances.push(stance);
  }
  return stances;
}

/** The index of the first mention starting at or after `at` in mentions sorted by start. */
function firstStartingFrom(sorted: readonly Mention[], at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

function groupBySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const groups = new Map<number, Mention[]>();
  for (const m of mentions) {
    const group = groups.get(m.sentence);
    if (group) group.push(m);
    else groups.set(m.sentence, [m]);
  }
  return groups;
}

function clauseStartOf(text: string, sentence: Span, cueStart: number): number {
  let start = sentence.start;
  const before = text.slice(sentence.start, cueStart);
  for (const match of before.matchAll(CLAUSE_BREAK)) start = sentence.start + match.index + match[0].length;
  return start;
}

/** "if Russia consents to a ceasefire": the cue sits in a condition, not a statement. */
function isHypothetical(text: string, clauseStart: number, cueStart: number): boolean {
  const before = text.slice(clauseStart, cueStart);
  const at = before.search(HYPOTHETICAL);
  return at >= 0 && !before.slice(at).includes(',');
}

/** The words after a cue up to the clause's end; commas inside quotation marks do not end it. */
function objectSpan(text: string, cue: Cue, sentence: Span): Span {
  const limit = Math.min(sentence.end, cue.end + OBJECT_REACH);
  return { start: cue.end, end: clauseEnd(text, cue.end, limit) };
}

function clauseEnd(text: string, from: number, limit: number): number {
  let quoted = false;
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (c === '“') quoted = true;
    else if (c === '”') quoted = false;
    else if (c === '"') quoted = !quoted;
    // A full stop inside a sentence is an abbreviation's ("a U.S. proposal"), so it ends nothing here.
    else if (!quoted && (c === ',' || c === ';' || c === ':' || c === '(' || c === '—'))
      return trimEnd(text, from, i);
  }
  return trimEnd(text, from, limit);
}

function trimEnd(text: string, from: number, end: number): number {
  let at = end;
  while (at > from && /[\s.”"’]/.test(text[at - 1]!)) at--;
  if (text[end - 1] === '”' || text[end - 1] === '"') return end;
  return at;
}

/** The lexicon's first issue in the object; else its noun phrase, or what a pointing phrase points to. */
function issueOf(
  text: string,
  object: Span,
  countryNear: (span: Span) => string | null,
  pointTo: (head: string) => Issue | null,
): Issue | null {
  const known = lexiconIssues(text, object, countryNear)[0];
  const phrase = nounPhrase(text, object);
  if (known) return { ...known, end: Math.max(known.end, phrase?.end ?? 0) };
  if (phrase === null) return null;
  if (!phrase.pointing) return { name: phrase.name, head: phrase.head, start: object.start, end: phrase.end };
  const earlier = pointTo(phrase.head.replace(/s$/, ''));
  return earlier && { ...earlier, start: object.start, end: phrase.end };
}

/** Nouns that may point to any earlier issue; "the proposal" points only to a proposal. */
const VAGUE = /^(?:prospect|idea|concept|proposition|notion|suggestion)$/;

/** The issue "the proposal" points to: the latest one before it named by the same noun, or by any for a vague noun. */
function pointedTo(
  head: string,
  before: number,
  sentence: Sentence,
  sentences: readonly Sentence[],
  issuesIn: (s: Sentence) => Issue[],
): Issue | null {
  const candidates: Issue[] = [];
  for (let i = sentence.index; i >= Math.max(0, sentence.index - POINTING_REACH); i--) {
    const earlier = sentences[i];
    if (earlier)
      candidates.push(
        ...issuesIn(earlier)
          .filter((issue) => issue.end <= before)
          .reverse(),
      );
  }
  return candidates.find((c) => c.head === head) ?? (VAGUE.test(head) ? (candidates[0] ?? null) : null);
}
