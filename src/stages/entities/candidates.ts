import type { EntityType, MentionKind, NameSpan, Sentence, Span } from '../../core/analysis.js';
import { findGazetteerHits, lookupName, type GazetteerEntry, type GazetteerHit } from './gazetteer.js';
import {
  inTownLists,
  isLocationPhrase,
  modifiesCityNoun,
  namedAsCity,
  standsForGovernment,
} from './metonyms.js';
import {
  adjectivalPlace,
  ArticleEvidence,
  oneSensePerName,
  personByContext,
  placeByContext,
  type TaggedSpan,
} from './tagger-evidence.js';
import { repairTaggerSpans } from './tagger-spans.js';
import { bodyByKindBefore, labelByOwnWords } from './own-words.js';
import { withThings } from './things.js';
import { withPlaceSenses } from './place-senses.js';
import { isTimeZone, trimSpan, withGeneration } from './span-trim.js';
import { type Gender, honorificBefore, leadingHonorific } from './titles.js';

/** A name-like mention before it is tied to an entity: a tagger span, a gazetteer hit or an honorific form. */
export interface Candidate extends Span {
  text: string;
  sentence: number;
  type: EntityType;
  kind: MentionKind;
  /** What the candidate refers to when that does not depend on the article: "country:UKR", "gov:RUS". */
  key: string | null;
  entry: GazetteerEntry | null;
  /** For people: the name's words without honorific or possessive ("Marco", "Rubio"). */
  words: string[];
  gender: Gender | null;
}

/** Maps offsets to sentence indexes by binary search. */
export function sentenceLocator(sentences: readonly Sentence[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid];
      if (!s) break;
      if (s.start <= offset) {
        found = s.index;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/**
 * The key, type and kind of a gazetteer entry at a position; capitals and seats depend on how they are used.
 * Types say what the words are as written: a demonym ("Uzbek", "Chinese") is a nationality, typed `other`,
 * and a capital or seat standing for a government ("Moscow said", "the Kremlin") is a place; both still link
 * the country or its government through their key. A capital or seat in a locative phrase, named as the city,
 * opening a longer name or a compound, or modifying a noun of the city ("Tokyo stocks") is the place itself.
 */
function classify(
  text: string,
  span: Span,
  entry: GazetteerEntry,
  euInArticle: boolean,
  sentence: Sentence | undefined,
  inTownList: boolean,
) {
  switch (entry.kind) {
    case 'country':
      return { key: `country:${entry.country}`, type: 'country', kind: 'name' } as const;
    case 'demonym':
      return { key: `country:${entry.country}`, type: 'other', kind: 'demonym' } as const;
    case 'organisation':
      return { key: `org:${entry.name}`, type: 'organisation', kind: 'name' } as const;
    case 'place':
      return { key: `place:${entry.name}`, type: 'place', kind: 'name' } as const;
    case 'capital':
    case 'seat': {
      if (
        inTownList ||
        isLocationPhrase(text, span, entry.kind === 'seat') ||
        (entry.kind === 'capital' && namedAsCity(text, span)) ||
        !standsForGovernment(text, span) ||
        modifiesCityNoun(text, span, sentence)
      ) {
        return { key: `place:${entry.name}`, type: 'place', kind: 'name' } as const;
      }
      if (entry.name === 'Brussels' && euInArticle) {
        return { key: 'org:European Union', type: 'place', kind: 'metonym' } as const;
      }
      return { key: `gov:${entry.country}`, type: 'place', kind: 'metonym' } as const;
    }
  }
}

const TAGGER_TYPES = { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other' } as const;

/**
 * A person's name words, without possessives, the comma before a suffix ("King, Jr."), a bracketed
 * alternative ("Ze'ev (Theodor) Herzl") or an editor's brackets ("[Bezalel] Smotrich").
 */
function personWords(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((w) => !/^\(.*\)$/.test(w))
    .map((w) => w.replace(/['’]s$|,$/, '').replace(/[[\]]/g, ''))
    .filter((w) => w.length > 0);
}

/** A generational suffix word: "Trump Jr." is the son's short name, never the father's. */
export const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/i;
/** A name's words without a generational suffix ("Donald Trump Jr." → Donald Trump). */
export const withoutGeneration = (words: readonly string[]): readonly string[] =>
  words.length > 1 && GENERATION.test(words[words.length - 1]!) ? words.slice(0, -1) : words;

const HONORIFIC_NAME = /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+\p{Lu}[\p{L}'’-]+/gu;

/**
 * Every name-like mention, in text order and without overlaps. Tagger spans come first; a gazetteer hit
 * replaces a span it covers (the tagger's "Study of War" inside "Institute for the Study of War") and is
 * added where the tagger found nothing; a name the gazetteer does not know keeps the tagger's type.
 */
export function findCandidates(
  text: string,
  names: readonly NameSpan[],
  sentences: readonly Sentence[],
): Candidate[] {
  const sentenceOf = sentenceLocator(sentences);
  const hits = findGazetteerHits(text);
  const euInArticle = hits.some(
    (h) => h.entry.name === 'European Union' || h.entry.name === 'European Commission',
  );
  const read: TaggedSpan[] = [];
  for (const name of repairTaggerSpans(text, names)) {
    const trimmed = trimSpan(text, name);
    if (!trimmed) continue;
    const span = name.label === 'PER' ? withGeneration(text, trimmed) : trimmed;
    const surface = text.slice(span.start, span.end);
    if (leadingHonorific(`${surface} `)?.length === surface.length + 1) continue;
    if (isTimeZone(text, span, surface)) continue;
    // The gazetteer's knowledge of the whole name is weighed against the tagger's below, not the words'.
    const label = lookupName(surface) === null ? labelByOwnWords(surface, name.label) : name.label;
    read.push({ start: span.start, end: span.end, surface, label, score: name.score });
  }
  const evidence = new ArticleEvidence(read);
  const tagged: CandidateSpan[] = [];
  for (const span of read) {
    const entry = lookupName(span.surface) ?? hyphenatedCountry(span.surface);
    const sentence = sentences[sentenceOf(span.start)];
    const body = entry === null && bodyByKindBefore(text, span);
    const taken = entry === null && !body && placeByContext(text, span, sentence, evidence);
    const byContext = entry === null && !body && !taken && personByContext(text, span, sentence, evidence);
    const overridden =
      entry !== null &&
      evidence.overridesGazetteer(
        span,
        entry,
        isLocationPhrase(text, span, false),
        honorificBefore(text.slice(Math.max(0, span.start - 12), span.start)) !== null,
      );
    tagged.push({
      start: span.start,
      end: span.end,
      label: body ? 'ORG' : taken ? 'LOC' : byContext ? 'PER' : span.label,
      // Context that makes a hesitant name a person counts as a confident reading in the article's vote;
      // ground taken, like a body named by its kind, settles the article's other readings of the name.
      score: body || taken || byContext ? 1 : span.score,
      settled: body || taken,
      entry: overridden ? null : entry,
      listed: overridden ? entry : null,
      adjectival: entry !== null && !overridden && adjectivalPlace(text, span, sentence, evidence),
    });
  }
  const spans = withThings(
    text,
    oneSensePerName(text, withHonorificNames(text, withGazetteerHits(tagged, hits))),
    (offset) => sentences[sentenceOf(offset)]?.start ?? 0,
  );
  const towns = inTownLists(text, spans);

  // Candidates are written out field by field: spreading the spans' varying shapes into each one cost a
  // tenth of the entities stage.
  const candidates: Candidate[] = [];
  for (const span of spans) {
    const { start, end } = span;
    const sentence = sentenceOf(start);
    if (span.entry) {
      const c = classify(text, span, span.entry, euInArticle, sentences[sentence], towns.has(span));
      const type = span.adjectival && c.kind === 'name' ? 'other' : c.type;
      candidates.push(nameCandidate(text, span, sentence, type, c.kind, c.key, span.entry));
      continue;
    }
    if (span.label === 'PER') {
      candidates.push(personCandidate(text, span, sentence));
      continue;
    }
    const type = TAGGER_TYPES[span.label ?? 'MISC'];
    candidates.push(
      nameCandidate(
        text,
        span,
        sentence,
        type,
        'name',
        `${type}:${text.slice(start, end)}`,
        span.listed ?? null,
      ),
    );
  }
  return withPlaceSenses(text, candidates);
}

/** `listed`: the gazetteer's entry for a span typed by the tagger against it, for its country. */
type CandidateSpan = Span & {
  label: NameSpan['label'] | null;
  score?: number;
  entry: GazetteerEntry | null;
  /** Named as a body by the kind written before it: the article's other readings of the words follow it. */
  settled?: boolean;
  /** A listed place the tagger reads, in context, as a modifier of a common noun: typed `other`. */
  adjectival?: boolean;
  listed?: GazetteerEntry | null;
};

/**
 * Gazetteer hits over the tagger's spans: a hit inside a span is dropped, spans inside a hit give way to
 * it, a hit overlapping nothing is added. Both lists are in text order and neither overlaps itself (the
 * tagger's spans are token runs, the gazetteer's longest matches), so one pass over both finds every
 * overlap; searching all spans for every hit was quadratic in a long text.
 */
function withGazetteerHits(tagged: readonly CandidateSpan[], hits: readonly GazetteerHit[]): CandidateSpan[] {
  const removed = new Uint8Array(tagged.length);
  const added: CandidateSpan[] = [];
  let first = 0;
  for (const hit of hits) {
    while (first < tagged.length && tagged[first]!.end <= hit.start) first++;
    let last = first;
    while (last < tagged.length && tagged[last]!.start < hit.end) last++;
    let covered = false;
    for (let i = first; i < last && !covered; i++) {
      const s = tagged[i]!;
      covered = removed[i] === 0 && s.start <= hit.start && s.end >= hit.end;
    }
    if (covered) continue;
    let overlapped = false;
    for (let i = first; i < last; i++) {
      const s = tagged[i]!;
      if (removed[i] === 1) continue;
      if (s.start >= hit.start && s.end <= hit.end) removed[i] = 1;
      else overlapped = true;
    }
    if (!overlapped) added.push({ ...hit, label: null });
  }
  return mergeByStart(
    tagged.filter((_, i) => removed[i] === 0),
    added,
  );
}

/** "Mr Rubio", "Dr. Smith" where nothing else was found. */
function withHonorificNames(text: string, spans: readonly CandidateSpan[]): CandidateSpan[] {
  const added: CandidateSpan[] = [];
  let first = 0;
  for (const match of text.matchAll(HONORIFIC_NAME)) {
    const start = match.index;
    const end = start + match[0].length;
    while (first < spans.length && spans[first]!.end <= start) first++;
    if (first < spans.length && spans[first]!.start < end) continue;
    added.push({ start, end, label: 'PER', entry: null });
  }
  return mergeByStart(spans, added);
}

function mergeByStart(a: readonly CandidateSpan[], b: readonly CandidateSpan[]): CandidateSpan[] {
  const merged: CandidateSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) merged.push(a[i++]!);
    else merged.push(b[j++]!);
  }
  return merged;
}

/** "US-brokered", "Kyiv-backed": a country or demonym joined to a lower-case word acts as a demonym. */
function hyphenatedCountry(surface: string): GazetteerEntry | null {
  const match = /^(.+?)-\p{Ll}+$/u.exec(surface);
  const entry = match?.[1] ? lookupName(match[1]) : null;
  return entry && (entry.kind === 'country' || entry.kind === 'demonym')
    ? { ...entry, kind: 'demonym' }
    : null;
}

/** A name's candidate as the gazetteer or the tagger gives it: no words or gender (people's are read apart). */
function nameCandidate(
  text: string,
  span: Span,
  sentence: number,
  type: EntityType,
  kind: MentionKind,
  key: string | null,
  entry: GazetteerEntry | null,
): Candidate {
  const { start, end } = span;
  return {
    start,
    end,
    text: text.slice(start, end),
    sentence,
    type,
    kind,
    key,
    entry,
    words: [],
    gender: null,
  };
}

/** A person's mention, widened to take in an honorific before it ("Mr Rubio" is one short-name mention). */
function personCandidate(text: string, span: Span, sentence: number): Candidate {
  let { start } = span;
  const before = honorificBefore(text.slice(Math.max(0, start - 8), start));
  if (before) start -= before.length;
  const surface = text.slice(start, span.end);
  const leading = leadingHonorific(surface);
  const words = personWords(leading ? surface.slice(leading.length) : surface);
  return {
    start,
    end: span.end,
    text: surface,
    sentence,
    type: 'person',
    kind: leading || withoutGeneration(words).length < 2 ? 'short-name' : 'name',
    key: null,
    entry: null,
    words,
    gender: leading?.gender ?? null,
  };
}
