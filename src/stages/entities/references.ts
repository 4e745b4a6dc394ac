import type { MentionKind, Sentence, Span } from '../../core/analysis.js';
import type { PersonCluster } from './people.js';
import { type CandidateIndex, ownerOf, type RoleReading } from './roles.js';
import { heldOnce, isGenericTitle, normaliseTitle, PRONOUN_GENDER, TITLE_AT } from './titles.js';

/** A mention of a person by something other than their name: a title alone or a pronoun. */
export interface Reference extends Span {
  text: string;
  sentence: number;
  kind: Extract<MentionKind, 'title' | 'pronoun'>;
  person: PersonCluster;
}

/** What the references are read against: the people, their roles and where each person is named. */
export interface PeopleInArticle {
  clusters: readonly PersonCluster[];
  roles: ReadonlyMap<PersonCluster, readonly RoleReading[]>;
  /** Spans already read as a role next to a name; a title inside one is not a reference of its own. */
  roleEvidence: readonly Span[];
  sentenceOf: (offset: number) => number;
}

const DOMINANCE_WINDOW = 3;

/** The person mentioned most in this and the few sentences before, when one is mentioned more than the others. */
function dominant(options: readonly PersonCluster[], sentence: number): PersonCluster | null {
  let best: PersonCluster | null = null;
  let bestCount = 0;
  let tie = false;
  for (const cluster of options) {
    const count = cluster.candidates.filter(
      (c) => c.sentence <= sentence && c.sentence >= sentence - DOMINANCE_WINDOW,
    ).length;
    if (count > bestCount) [best, bestCount, tie] = [cluster, count, false];
    else if (count === bestCount && count > 0) tie = true;
  }
  return tie ? null : best;
}

/**
 * Titles standing alone ("the Ukrainian Foreign Minister", "the Kremlin spokesperson", "the President"):
 * each goes to the person holding that role in the article, as given before the title (a definite title
 * takes up someone already named so, not a president the article names further on) and held then or
 * once, as the title says ("the prime minister" is not "former prime minister Ehud Olmert"); with several
 * holders, to the one who dominates the nearby sentences, else to no one. A bare generic title ("the
 * head") is left alone.
 */
export function findTitleReferences(
  text: string,
  index: CandidateIndex,
  people: PeopleInArticle,
): Reference[] {
  const references: Reference[] = [];
  for (const the of text.matchAll(/(?<![\p{L}\p{N}])(?:the|The)\s+/gu)) {
    const start = the.index;
    let pos = start + the[0].length;
    const ownerCandidate = index.byStart.get(pos);
    let owner = ownerCandidate && ownerCandidate.type !== 'person' ? ownerOf(ownerCandidate) : null;
    if (owner && ownerCandidate) {
      pos = ownerCandidate.end;
      while (/\s/.test(text[pos] ?? '')) pos++;
    }
    TITLE_AT.lastIndex = pos;
    const title = TITLE_AT.exec(text);
    if (!title?.[1]) continue;
    let end = TITLE_AT.lastIndex;
    const after = text.slice(end, end + 40);
    if (/^,?\s+\p{Lu}/u.test(after) && !/^\s+of\s/.test(after)) continue;
    const of = /^\s+of\s+(?:the\s+)?/.exec(after);
    const ofCandidate = of ? index.byStart.get(end + of[0].length) : undefined;
    if (!owner && ofCandidate && ofCandidate.type !== 'person') {
      owner = ownerOf(ofCandidate);
      end = ofCandidate.end;
      if (/^,?\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    }
    if (people.roleEvidence.some((e) => e.start < end && start < e.end)) continue;
    const normalised = normaliseTitle(title[1]);
    if (!owner && isGenericTitle(normalised)) continue;
    const past = heldOnce(text, { start: title.index, end: title.index + title[0].length });
    const holders = people.clusters.filter((cluster) =>
      (people.roles.get(cluster) ?? []).some(
        (role) =>
          role.title.toLowerCase() === normalised.toLowerCase() &&
          (!owner?.country || role.country === owner.country) &&
          role.evidence.start < start &&
          heldOnce(text, role.evidence) === past,
      ),
    );
    const sentence = people.sentenceOf(start);
    const person = holders.length === 1 ? holders[0] : dominant(holders, sentence);
    if (person)
      references.push({ start, end, text: text.slice(start, end), sentence, kind: 'title', person });
  }
  return references;
}

const PRONOUN = /(?<![\p{L}\p{N}])(he|she|him|his|her|hers)(?![\p{L}\p{N}'’-])/giu;

/** Whether an offset falls inside a quotation opened earlier in its sentence (a quoted "he" is someone else's). */
function insideQuote(text: string, sentence: Sentence, offset: number): boolean {
  const before = text.slice(sentence.start, offset);
  return (before.match(/"/g) ?? []).length % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}

/**
 * Pronouns, conservatively: "he"/"she"/"his"/"her" go to the one person named earlier in the same
 * sentence, or, when the sentence names no one before it, to the one person the previous sentence names;
 * never when two people are in play, when the gender disagrees, or inside a quotation (and names inside
 * quotations are not antecedents: `"… Putin …," he wrote` is the writer).
 */
export function findPronounReferences(
  text: string,
  sentences: readonly Sentence[],
  people: PeopleInArticle,
  titles: readonly Reference[],
): Reference[] {
  const mentionsBySentence = new Map<number, Array<{ start: number; person: PersonCluster }>>();
  const note = (sentence: number, start: number, person: PersonCluster): void => {
    const list = mentionsBySentence.get(sentence) ?? [];
    list.push({ start, person });
    mentionsBySentence.set(sentence, list);
  };
  const sentenceByIndex = new Map(sentences.map((s) => [s.index, s]));
  const quoted = (sentence: number, offset: number): boolean => {
    const s = sentenceByIndex.get(sentence);
    return s !== undefined && insideQuote(text, s, offset);
  };
  for (const cluster of people.clusters) {
    for (const c of cluster.candidates) if (!quoted(c.sentence, c.start)) note(c.sentence, c.start, cluster);
  }
  for (const t of titles) note(t.sentence, t.start, t.person);
  const namedIn = (sentence: number, before: number): Set<PersonCluster> =>
    new Set((mentionsBySentence.get(sentence) ?? []).filter((m) => m.start < before).map((m) => m.person));

  const references: Reference[] = [];
  for (const match of text.matchAll(PRONOUN)) {
    const start = match.index;
    const sentenceIndex = people.sentenceOf(start);
    const sentence = sentenceByIndex.get(sentenceIndex);
    if (!sentence || insideQuote(text, sentence, start)) continue;
    let named = namedIn(sentenceIndex, start);
    if (named.size === 0) named = namedIn(sentenceIndex - 1, Infinity);
    const [person] = named;
    const gender = PRONOUN_GENDER[match[0].toLowerCase()] ?? null;
    if (named.size !== 1 || !person || (person.gender && gender && person.gender !== gender)) continue;
    person.gender ??= gender;
    references.push({
      start,
      end: start + match[0].length,
      text: match[0],
      sentence: sentenceIndex,
      kind: 'pronoun',
      person,
    });
    note(sentenceIndex, start, person);
  }
  return references;
}
