import type { Sentence, Span } from '../../core/analysis.js';
import type { Candidate } from './candidates.js';
import { normaliseTitle, TITLE_AT, TITLE_BEFORE, TITLE_SOURCE } from './titles.js';

/** A title ending in "and", "&" or a comma, right before another title: "Prime Minister and ", "Mayor, ". */
const TITLE_JOINED = new RegExp(`(?<![\\p{L}\\p{N}])(${TITLE_SOURCE})(\\s+(?:and|&)\\s+|\\s*,\\s*)$`, 'iu');
/**
 * A determiner before the first title makes it a description of its own: in "met the Prime Minister and
 * Foreign Minister X" the Prime Minister may be someone else.
 */
const DETERMINER_BEFORE = /(?<![\p{L}\p{N}])(?:the|a|an|his|her|its|their)\s+$/iu;

const titleWordSet = (title: string): Set<string> => new Set(title.toLowerCase().split(/[\s-]+/));
/** "President" within "Vice President": two such titles joined name two people, not one person's offices. */
const nested = (a: string, b: string): boolean => {
  const [x, y] = [titleWordSet(a), titleWordSet(b)];
  return [...x].every((w) => y.has(w)) || [...y].every((w) => x.has(w));
};

/**
 * The titles coordinated with the one written at `titleStart`, before one person's name, all of them that
 * person's offices: "Qatari Prime Minister and Foreign Minister Sheikh Mohammed", "Mayor, Governor and
 * Senator X". The last joint must be "and" or "&" (a bare comma lists nothing); every title must be written
 * in the case of the one beside the name (not "the minister and President X"), none preceded by a determiner,
 * none nested in another ("the President and Vice President X" are two people). Gives the titles in text
 * order and where the first starts; none when any of this fails.
 */
function coordinatedTitles(
  text: string,
  from: number,
  titleStart: number,
  title: string,
): { titles: string[]; start: number } {
  const titles: string[] = [];
  let start = titleStart;
  const capital = /^\p{Lu}/u.test(title);
  for (;;) {
    const joined = TITLE_JOINED.exec(text.slice(from, start));
    if (!joined?.[1] || !joined[2]) break;
    if (titles.length === 0 && joined[2].includes(',')) break;
    const written = joined[1];
    if (/^\p{Lu}/u.test(written) !== capital) break;
    if ([title, ...titles].some((t) => nested(t, written))) break;
    titles.unshift(written);
    start = from + joined.index;
  }
  if (titles.length === 0 || DETERMINER_BEFORE.test(text.slice(from, start)))
    return { titles: [], start: titleStart };
  return { titles, start };
}

/** A role as read next to a person's name; `ownerPerson` is filled when the role belongs to another person. */
export interface RoleReading {
  title: string;
  of: string | null;
  country: string | null;
  evidence: Span;
  ownerPerson: Candidate | null;
}

interface Owner {
  of: string | null;
  country: string | null;
  ownerPerson: Candidate | null;
}

const NO_OWNER: Owner = { of: null, country: null, ownerPerson: null };

/** Positions of the candidates, to find the one that ends or starts exactly somewhere. */
export interface CandidateIndex {
  byStart: Map<number, Candidate>;
  byEnd: Map<number, Candidate>;
  within(span: Span): Candidate[];
}

export function indexCandidates(candidates: readonly Candidate[]): CandidateIndex {
  return {
    byStart: new Map(candidates.map((c) => [c.start, c])),
    byEnd: new Map(candidates.map((c) => [c.end, c])),
    within: (span) => candidates.filter((c) => c.start >= span.start && c.end <= span.end),
  };
}

/** The owner a candidate names: a country (by name or demonym), a government, an organisation or a person. */
export function ownerOf(candidate: Candidate, written: string = candidate.text): Owner {
  if (candidate.type === 'person') return { of: written, country: null, ownerPerson: candidate };
  const of = candidate.kind === 'demonym' && candidate.entry ? candidate.entry.name : written;
  return { of, country: candidate.entry?.country ?? null, ownerPerson: null };
}

/** The owner a phrase names ("Ukraine's National Security and Defense Council"): as written, with the
 * country or person of the first candidate inside it. */
function ownerOfPhrase(text: string, span: Span, index: CandidateIndex): Owner {
  const of = text.slice(span.start, span.end).replace(/^(?:the|The)\s+/, '');
  const first = index.within(span)[0];
  if (!first) return { of, country: null, ownerPerson: null };
  return { ...ownerOf(first), of };
}

/** The candidate ending just before `pos`, past spaces and a possessive ("Ukraine's "). */
function candidateBefore(
  text: string,
  pos: number,
  index: CandidateIndex,
): { candidate: Candidate; possessive: boolean } | null {
  let end = pos;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  const possessive = /['’]s$/.test(text.slice(end - 2, end));
  const candidate = index.byEnd.get(possessive ? end - 2 : end);
  return candidate ? { candidate, possessive } : null;
}

const OWNER_PHRASE_WORD = /^(?:\p{Lu}[\p{L}\p{N}'’.-]*|of|and|the|for|on|de|von|van|der|al)$/u;
const FUNCTION_WORD = /^(?:of|and|the|for|on)$/;

/**
 * Where an owner phrase after "of"/"for"/"to" ends: at punctuation, at the sentence's end, or before the
 * first common word ("Ukraine's National Security and Defense Council, in Miami" ends at "Council").
 */
function ownerPhraseEnd(text: string, start: number, limit: number): number {
  const word = /[^\s,;:()—–"“”]+/y;
  let end = start;
  let pos = start;
  for (let n = 0; n < 10 && pos < limit; n++) {
    while (pos < limit && /\s/.test(text[pos] ?? '')) pos++;
    word.lastIndex = pos;
    const found = word.exec(text)?.[0];
    if (!found || pos + found.length > limit) break;
    const bare = found.replace(/\.$/, '');
    if (!OWNER_PHRASE_WORD.test(bare.replace(/['’]s$/, ''))) break;
    pos += bare.length;
    if (!FUNCTION_WORD.test(bare)) end = pos;
    if (bare.length < found.length) break;
  }
  return end;
}

/** "US Secretary of State Marco Rubio", "Kremlin spokesperson Dmitry Peskov", "President Trump of the United States". */
function titleBefore(
  text: string,
  person: Candidate,
  sentence: Sentence,
  index: CandidateIndex,
): RoleReading[] {
  const windowStart = Math.max(sentence.start, person.start - 120);
  const left = text.slice(windowStart, person.start);
  const match = TITLE_BEFORE.exec(left);
  if (!match?.[1]) return [];
  const joined = coordinatedTitles(text, windowStart, windowStart + match.index, match[1]);
  const titleStart = joined.start;
  let owner = NO_OWNER;
  let evidenceStart = titleStart;
  let evidenceEnd = person.end;
  const before = candidateBefore(text, titleStart, index);
  if (before && (before.candidate.type !== 'person' || before.possessive)) {
    owner = ownerOf(before.candidate);
    evidenceStart = before.candidate.start;
  } else {
    const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(person.end, person.end + 12));
    const after = of ? index.byStart.get(person.end + of[0].length) : undefined;
    if (after && after.type !== 'person') {
      owner = ownerOf(after);
      evidenceEnd = after.end;
    }
  }
  return [...joined.titles, match[1]].map((title) => ({
    title: normaliseTitle(title),
    ...owner,
    evidence: { start: evidenceStart, end: evidenceEnd },
  }));
}

/** "The Ukrainian Foreign Minister, Andrii Sybiha", "the President of the Russian Federation, Vladimir Putin". */
const TITLE_OF_OWNER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:the|The)\\s+(${TITLE_SOURCE})\\s+(?:of|for)\\s+([^,;]{1,80}),\\s*$`,
  'u',
);

function titleBeforeComma(
  text: string,
  person: Candidate,
  sentence: Sentence,
  index: CandidateIndex,
): RoleReading[] {
  const windowStart = Math.max(sentence.start, person.start - 160);
  const left = text.slice(windowStart, person.start);
  const comma = /,\s*$/.exec(left);
  if (!comma) return [];
  const ofOwner = TITLE_OF_OWNER.exec(left);
  if (ofOwner?.[1] && ofOwner[2]) {
    const ownerStart =
      windowStart + (ofOwner.index + ofOwner[0].length - comma[0].length - ofOwner[2].length);
    const ownerSpan = { start: ownerStart, end: ownerPhraseEnd(text, ownerStart, windowStart + comma.index) };
    if (ownerSpan.end !== windowStart + comma.index) return [];
    return [
      {
        title: normaliseTitle(ofOwner[1]),
        ...ownerOfPhrase(text, ownerSpan, index),
        evidence: { start: windowStart + ofOwner.index, end: person.end },
      },
    ];
  }
  const bare = left.slice(0, comma.index);
  const title = TITLE_BEFORE.exec(`${bare} `);
  if (!title?.[1]) return [];
  const joined = coordinatedTitles(text, windowStart, windowStart + title.index, title[1]);
  const titleStart = joined.start;
  const before = candidateBefore(text, titleStart, index);
  const determinerEnd = before && before.candidate.type !== 'person' ? before.candidate.start : titleStart;
  if (!/(?<![\p{L}\p{N}])(?:the|The)\s+$/u.test(text.slice(sentence.start, determinerEnd))) return [];
  const owner = before && before.candidate.type !== 'person' ? ownerOf(before.candidate) : NO_OWNER;
  return [...joined.titles, title[1]].map((written) => ({
    title: normaliseTitle(written),
    ...owner,
    evidence: { start: determinerEnd, end: person.end },
  }));
}

/** What may come between an apposition's start and its possessor: nothing, or the possessor's title. */
const TITLE_LEAD = new RegExp(`^(?:(?:${TITLE_SOURCE})\\s+)?$`, 'iu');

/**
 * An apposition after the name: "Rustem Umerov, the head of Ukraine's National Security and Defense
 * Council,", "Dmitry Peskov, spokesperson for the Kremlin,", "Yuri Ushakov, President Putin's aide".
 */
function appositionAfter(
  text: string,
  person: Candidate,
  sentence: Sentence,
  index: CandidateIndex,
): RoleReading | null {
  const limit = sentence.end;
  const opening = /,\s+(?:(?:the|a|an|its|his|her|their)\s+)?/iy;
  opening.lastIndex = person.end;
  if (!opening.exec(text)) return null;
  let pos = opening.lastIndex;
  let owner = NO_OWNER;

  const possessive = /[^,;]{1,40}?['’]s\s+/y;
  possessive.lastIndex = pos;
  const possessed = possessive.exec(text);
  const possessor = possessed ? index.byEnd.get(pos + possessed[0].search(/['’]s\s+$/)) : undefined;
  if (possessed && possessor && possessor.start >= pos && TITLE_LEAD.test(text.slice(pos, possessor.start))) {
    owner = ownerOf(possessor, text.slice(pos, possessor.end));
    pos = possessive.lastIndex;
  }
  for (let skipped = 0; skipped < 3; skipped++) {
    TITLE_AT.lastIndex = pos;
    if (TITLE_AT.test(text) || index.byStart.has(pos)) break;
    const adjective = /\p{Ll}+\s+/uy;
    adjective.lastIndex = pos;
    if (!adjective.exec(text)) break;
    pos = adjective.lastIndex;
  }
  const modifier = index.byStart.get(pos);
  if (modifier && modifier.type !== 'person' && owner === NO_OWNER) {
    owner = ownerOf(modifier);
    pos = modifier.end;
    while (/\s/.test(text[pos] ?? '')) pos++;
  }
  TITLE_AT.lastIndex = pos;
  const title = TITLE_AT.exec(text);
  if (!title?.[1]) return null;
  pos = TITLE_AT.lastIndex;

  const preposition = /\s+(?:of|for|to|at)\s+/y;
  preposition.lastIndex = pos;
  if (owner === NO_OWNER && preposition.exec(text)) {
    const ownerSpan = {
      start: preposition.lastIndex,
      end: ownerPhraseEnd(text, preposition.lastIndex, limit),
    };
    if (ownerSpan.end === ownerSpan.start) return null;
    owner = ownerOfPhrase(text, ownerSpan, index);
    pos = ownerSpan.end;
  }
  if (!/^(?:\s*[,;:.)—–]|\s*$|\s+\()/.test(text.slice(pos, Math.min(limit, pos + 2)))) return null;
  return { title: normaliseTitle(title[1]), ...owner, evidence: { start: person.start, end: pos } };
}

/** Every role read around a person's name, in text order. */
export function readRoles(
  text: string,
  person: Candidate,
  sentence: Sentence,
  index: CandidateIndex,
): RoleReading[] {
  const after = appositionAfter(text, person, sentence, index);
  return [
    ...titleBeforeComma(text, person, sentence, index),
    ...titleBefore(text, person, sentence, index),
    ...(after ? [after] : []),
  ];
}
