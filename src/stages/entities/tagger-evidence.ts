import type { NameSpan, Sentence, Span, SyntaxToken } from '../../core/analysis.js';
import type { GazetteerEntry } from './gazetteer.js';
import { honorificBefore } from './titles.js';

type Label = NameSpan['label'];

/**
 * Above this confidence the tagger's label, read in context, is believed on its own: over the gazetteer (a
 * club named after its city, in a match report) and over what other mentions of the same words suggest.
 */
export const TRUSTED_TAGGER = 0.75;

/** A tagger span as the entities stage reads it: trimmed, with its words and the tagger's label and score. */
export interface TaggedSpan extends Span {
  surface: string;
  label: Label;
  score: number;
}

/** The last word of a name, without a possessive: "Biden" of "Joe Biden's". */
const lastWord = (surface: string): string => (surface.split(/\s+/).pop() ?? '').replace(/['’]s?$/, '');

/**
 * What the tagger said across the whole article, so that one mention can be read by the others (one sense
 * per article): the labels it gave each surface with conviction and the last words of the people it named
 * in full.
 */
export class ArticleEvidence {
  private readonly confident = new Map<string, Set<Label>>();
  private readonly surnames = new Set<string>();

  constructor(spans: readonly TaggedSpan[]) {
    for (const span of spans) {
      if (span.score >= TRUSTED_TAGGER) {
        const labels = this.confident.get(span.surface) ?? new Set<Label>();
        labels.add(span.label);
        this.confident.set(span.surface, labels);
      }
      if (span.label === 'PER' && /\s/.test(span.surface)) this.surnames.add(lastWord(span.surface));
    }
  }

  /** Whether the tagger gave these words this label with conviction somewhere in the article. */
  confidentlyRead(surface: string, label: Label): boolean {
    return this.confident.get(surface)?.has(label) ?? false;
  }

  /** Whether the words are the last word of a person the article names in full ("Biden" beside "Joe Biden"). */
  namesPersonInFull(surface: string): boolean {
    return !/\s/.test(surface) && this.surnames.has(surface);
  }

  /**
   * Whether the tagger's label for a span the gazetteer knows is believed over the gazetteer: read with
   * conviction here, or (for a city or region, whose clubs share its name) elsewhere in the article for the
   * same words, or (a person) as the surname of someone the article names in full ("Washington" beside
   * "MaliVai Washington"). A country is an organisation only where the tagger is sure of it there: the
   * tagger reads a country as one in passing ("the US has accepted") where the article elsewhere names it
   * with conviction in an organisation's place. Nor is a place after a locative word ("a visit to Niamey",
   * "in Moscow"). A demonym is a nationality whatever the tagger says, and a seat of government (a
   * building, a street) is no person. A listed organisation is a person only by what names one: an
   * honorific before it ("Mr Bloomberg") or the article naming someone in full by it; the tagger's
   * conviction alone is not enough, for it reads companies named after their founders ("Chrysler",
   * "Lockheed Martin") and coined names ("Ryanair") as people, having met few companies in training.
   */
  overridesGazetteer(
    span: TaggedSpan,
    entry: GazetteerEntry,
    locative: boolean,
    honorific: boolean,
  ): boolean {
    const { label, surface } = span;
    const believed = span.score >= TRUSTED_TAGGER || this.confidentlyRead(surface, label);
    if (label === 'ORG') {
      if (locative) return false;
      if (entry.kind === 'country') return span.score >= TRUSTED_TAGGER;
      return (entry.kind === 'capital' || entry.kind === 'place') && believed;
    }
    if (label !== 'PER' || entry.kind === 'demonym' || entry.kind === 'seat') return false;
    const namedInFull = this.namesPersonInFull(surface);
    if (entry.kind === 'organisation') return honorific || namedInFull;
    return believed || namedInFull;
  }
}

/** Verbs whose subject speaks: a one-word name the tagger hesitates over, saying something, is a person. */
const SPEECH_VERBS = new Set([
  'say',
  'said',
  'says',
  'saying',
  'tell',
  'told',
  'tells',
  'add',
  'added',
  'adds',
]);

/** "Biden administration", "Obama presidency": a leader's time in office is named after a person. */
const TENURE_AFTER = /^(?:['’]s)?\s+(?:administration|presidency)\b/;

/**
 * A one-word name the tagger typed as an organisation or a miscellaneous name without conviction ("Mr
 * Trump", "Trump said", in a short text with no full name to learn from) is a person when its context
 * says so: an honorific before it, a tenure after it, or the tree making it the subject of a speech verb.
 * Confident labels stand ("Hamas said" stays an organisation), and so does a speaker the tagger reads as
 * an organisation with conviction elsewhere in the article ("Ericsson said", "Commerce said": companies
 * and ministries speak too).
 */
export function personByContext(
  text: string,
  span: TaggedSpan,
  sentence: Sentence | undefined,
  evidence: ArticleEvidence,
): boolean {
  if (span.label === 'PER' || span.score >= TRUSTED_TAGGER) return false;
  if (/\s/.test(span.surface)) return false;
  // A place the gazetteer does not know may still hold an administration; a name read without conviction
  // as a place, with a tenure after it, is its holder.
  if (TENURE_AFTER.test(text.slice(span.end, span.end + 16))) return true;
  if (honorificBefore(text.slice(Math.max(0, span.start - 12), span.start))) return true;
  if (span.label === 'LOC') return false;
  if (evidence.confidentlyRead(span.surface, 'ORG') || evidence.confidentlyRead(span.surface, 'MISC')) {
    return false;
  }
  const tokens = sentence?.tokens;
  const word = tokens?.[wordAt(tokens, span.start)];
  const verb = word && word.start === span.start && word.dep === 'nsubj' ? tokens![word.head] : undefined;
  return verb !== undefined && SPEECH_VERBS.has(text.slice(verb.start, verb.end).toLowerCase());
}

/** Verbs of taking ground whose object is land: annexed or occupied, whatever the tagger makes of its name. */
const ANNEX = /^(?:annex|occup)/i;
/** Verbs of taking ground or people: their object is land only where it is taken from a named party. */
const SEIZE = /^(?:seiz|captur|recaptur)/i;

/**
 * A one-word name the gazetteer does not know, which the tagger read as a person, is a place where the
 * tree makes it the object of annexing or occupying ("occupied Pagasa"), or of seizing or capturing from a
 * named party ("seized Pagasa from Taiwan"): ground is taken from a state, people are seized from their
 * homes ("seized Ahmed from his car" keeps the person). The tagger, having met few islands and towns in
 * training, is often sure of the person all the same. A name the article gives someone in full, or after
 * an honorific, stays the person's.
 */
export function placeByContext(
  text: string,
  span: TaggedSpan,
  sentence: Sentence | undefined,
  evidence: ArticleEvidence,
): boolean {
  if (span.label !== 'PER' || /\s/.test(span.surface) || evidence.namesPersonInFull(span.surface))
    return false;
  if (honorificBefore(text.slice(Math.max(0, span.start - 12), span.start))) return false;
  const tokens = sentence?.tokens;
  if (!tokens) return false;
  const at = wordAt(tokens, span.start);
  const word = tokens[at];
  if (!word || word.start !== span.start || word.dep !== 'obj') return false;
  const verb = tokens[word.head];
  if (!verb || verb.upos !== 'VERB') return false;
  const verbWord = text.slice(verb.start, verb.end);
  if (ANNEX.test(verbWord)) return true;
  if (!SEIZE.test(verbWord)) return false;
  // The from-phrase hangs on the verb or on what is taken, and names a party by its name.
  return tokens.some(
    (t, i) =>
      (t.head === word.head || t.head === at) &&
      t.upos === 'PROPN' &&
      (t.dep === 'obl' || t.dep === 'nmod') &&
      tokens.some(
        (c) => c.head === i && c.dep === 'case' && text.slice(c.start, c.end).toLowerCase() === 'from',
      ),
  );
}

/** The index of the first word starting at or after `offset`, by binary search (a sentence may hold many names). */
function wordAt(tokens: readonly SyntaxToken[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A place's name used as an adjective before a common noun ("an Arctic island", "the Balkan states"), which
 * the tagger reads with conviction as a miscellaneous name, is typed as written: an adjective, like a
 * nationality, still linked to its place. A name heading its own phrase ("in Nagorno-Karabakh") or naming
 * the place in a compound ("the Nagorno-Karabakh region") stays a place whatever the tagger says.
 */
export function adjectivalPlace(
  text: string,
  span: TaggedSpan,
  sentence: Sentence | undefined,
  evidence: ArticleEvidence,
): boolean {
  if (span.label !== 'MISC') return false;
  if (span.score < TRUSTED_TAGGER && !evidence.confidentlyRead(span.surface, 'MISC')) return false;
  const tokens = sentence?.tokens;
  if (!tokens) return false;
  let last = wordAt(tokens, span.start);
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last++;
  const word = tokens[last];
  const head = word ? tokens[word.head] : undefined;
  return (
    head !== undefined &&
    word!.end <= span.end &&
    word!.dep === 'amod' &&
    head.start > span.end &&
    head.upos === 'NOUN' &&
    /^\p{Ll}/u.test(text.slice(head.start, head.end))
  );
}

/** A span one sense per article may relabel: a tagger's (with its label and score) or a gazetteer hit. */
export interface SpanToVote extends Span {
  label: Label | null;
  score?: number;
  entry: GazetteerEntry | null;
  /** Its own context names its kind ("the rap band Kneecap"): the article's other readings follow it. */
  settled?: boolean;
}

const VOTED = new Set<Label | null>(['PER', 'ORG', 'MISC']);

/**
 * One sense per article for a one-word name the gazetteer does not know, between person, organisation and
 * other: a kind its own context states ("the rap band Kneecap") settles it, then a person the article names in full by it ("Biden" beside "Joe Biden", "Mr Biden") settles it;
 * otherwise each reading the tagger gave the word weighs its score, and every mention takes the heavier
 * ("Lotte" read as an organisation three times with conviction and once as a person is an organisation).
 * Places are left alone: a city and its club share a name and both are read in one report.
 */
export function oneSensePerName<T extends SpanToVote>(text: string, spans: readonly T[]): T[] {
  const named = new Set<string>();
  const settled = new Map<string, Label>();
  const weights = new Map<string, Map<Label, number>>();
  for (const s of spans) {
    const surface = text.slice(s.start, s.end);
    if (s.label === 'PER' && /\s/.test(surface)) named.add(lastWord(surface));
    if (s.settled && s.label !== null) settled.set(surface, s.label);
    if (s.entry !== null || !VOTED.has(s.label) || /\s/.test(surface)) continue;
    const weight = weights.get(surface) ?? new Map<Label, number>();
    weight.set(s.label!, (weight.get(s.label!) ?? 0) + (s.score ?? 1));
    weights.set(surface, weight);
  }
  const winner = new Map<string, Label>();
  for (const [surface, weight] of weights) {
    const stated = settled.get(surface);
    if (stated) {
      winner.set(surface, stated);
      continue;
    }
    if (named.has(surface)) {
      winner.set(surface, 'PER');
      continue;
    }
    const [best] = [...weight].sort((a, b) => b[1] - a[1]);
    if (best) winner.set(surface, best[0]);
  }
  return spans.map((s) => {
    if (s.entry !== null || !VOTED.has(s.label)) return s;
    const label = winner.get(text.slice(s.start, s.end));
    return label && label !== s.label ? { ...s, label } : s;
  });
}
