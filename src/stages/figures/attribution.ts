/**
 * Who reports a figure: "according to …", "data from …", "figures from …", "X estimates that …". The
 * source is given as written ("the UK government"), or by its entity's name when the words are just a
 * name with its trimmings ("the US-based Institute for the Study of War (ISW)").
 */
import type { Entity, Mention, Span } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { isCapitalised, wordsAfter, wordsBefore, type Word } from './words.js';

/** Lower-case words an institution's name may hold: "the UK government", "Ukraine's defence ministry". */
const INSTITUTIONAL = new Set(
  (
    'government governments ministry ministries officials authorities agency office military army police ' +
    'administration council committee commission bank institute service department spokesperson monitors ' +
    'mission observers analysts experts researchers intelligence data statistics prosecutors'
  ).split(' '),
);
/** Lower-case words a name may hold between its capitalised words: "Institute for the Study of War". */
const LINKING = new Set(['the', 'of', 'for', 'and', 'de', 'on']);
const DETERMINER = /^(?:the|a|an)$/i;

/** Reports, studies and counts a source is named after: "an analysis conducted by …", "figures from …". */
export const REPORT_NOUN =
  /^(?:analysis|analyses|report|reports|study|studies|estimate|estimates|assessment|data|figures|count|tally|survey|statistics|calculations)$/;
export const REPORT_LINK = /^(?:by|from|of)$/i;
const REPORTING_VERB =
  /^(?:estimates?|estimated|estimating|says?|said|saying|indicates?|indicated|indicating|reports?|reported|reporting|shows?|showed|showing|suggests?|suggested|suggesting|claims?|claimed|claiming|calculates?|calculated|calculating|puts?|counted|counts)$/i;

export interface Attribution {
  source: string;
  /** Where the source starts covering figures: the sentence's start, or its reporting verb. */
  covers: number;
  /** Where its words start, for a source named after the figure ("…, officials said"). */
  start: number;
}

/** The words of a source, from its first word forward, while they can belong to an institution's name. */
function sourceForward(words: Word[]): Word[] {
  const taken: Word[] = [];
  for (const word of words) {
    const lower = word.text.toLowerCase();
    const belongs =
      isCapitalised(word.text) ||
      INSTITUTIONAL.has(lower) ||
      /-based$/.test(lower) ||
      (LINKING.has(lower) && taken.length > 0) ||
      (DETERMINER.test(lower) && taken.length === 0) ||
      (word.text === '(' && taken.length > 0) ||
      (word.text === ')' && taken.some((w) => w.text === '('));
    if (!belongs) break;
    taken.push(word);
  }
  return trimSource(taken);
}

/** The words of a source that ends just before a reporting verb, read backwards. */
function sourceBackward(words: Word[]): Word[] {
  const taken: Word[] = [];
  for (const word of words) {
    const lower = word.text.toLowerCase();
    if (/^\p{Ll}+ly$/u.test(lower) && taken.length === 0) continue;
    const belongs =
      isCapitalised(word.text) ||
      INSTITUTIONAL.has(lower) ||
      /-based$/.test(lower) ||
      LINKING.has(lower) ||
      DETERMINER.test(lower) ||
      word.text === ')' ||
      word.text === '(';
    if (!belongs) {
      // One adjective between a determiner and the institution: "the regional council".
      const next = words[words.indexOf(word) + 1];
      if (
        taken.length > 0 &&
        /^\p{Ll}+$/u.test(word.text) &&
        next !== undefined &&
        DETERMINER.test(next.text)
      )
        taken.unshift(next, word);
      break;
    }
    taken.unshift(word);
  }
  return trimSource(taken);
}

/** Drops what cannot end or start a source: linking words at the edges, an unclosed parenthesis. */
export function trimSource(words: Word[]): Word[] {
  const out = [...words];
  while (out.length > 0 && LINKING.has(out[0]!.text.toLowerCase()) && !DETERMINER.test(out[0]!.text))
    out.shift();
  while (
    out.length > 0 &&
    (LINKING.has(out[out.length - 1]!.text.toLowerCase()) || out[out.length - 1]!.text === '(')
  )
    out.pop();
  return out.some((w) => isCapitalised(w.text) || INSTITUTIONAL.has(w.text.toLowerCase())) ? out : [];
}

/**
 * Every attribution a sentence makes, in order. An "according to" or "figures from" source covers the
 * whole sentence; a "X estimates that" source covers what follows its verb.
 */
export function findAttributions(
  text: string,
  sentence: Span,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
): Attribution[] {
  const found: Attribution[] = [];
  const words = wordsAfter(text, sentence.start, sentence.end, 400);
  const name = (taken: Word[], covers: number): void => {
    const first = taken[0];
    const last = taken[taken.length - 1];
    if (first && last)
      found.push({
        source: sourceName(text, first.start, last.end, mentions, entities),
        covers,
        start: first.start,
      });
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.text.toLowerCase();
    if (lower === 'according' && words[i + 1]?.text.toLowerCase() === 'to') {
      const after = words.slice(i + 2);
      const link = after.findIndex((w, k) => k <= 3 && REPORT_LINK.test(w.text));
      const named = REPORT_NOUN.test(after[0]?.text ?? '') || REPORT_NOUN.test(after[1]?.text ?? '');
      name(sourceForward(named && link >= 0 ? after.slice(link + 1) : after), sentence.start);
    } else if (REPORT_NOUN.test(i === 0 ? lower : word.text) && REPORT_LINK.test(words[i + 1]?.text ?? '')) {
      name(sourceForward(words.slice(i + 2)), sentence.start);
    } else if (REPORTING_VERB.test(word.text) && i > 0 && !possessedNoun(words, i)) {
      const before = wordsBefore(text, word.start, sentence.start, 12);
      name(sourceBackward(before), word.start);
    }
  }
  return found;
}

/**
 * Whether a word that may be a verb of saying is a noun a possessive owns, with no clause after it:
 * "compared with Wall Street's estimates, according to …" reports nothing of Wall Street's.
 */
function possessedNoun(words: readonly Word[], i: number): boolean {
  const owner = words[i - 1]!.text;
  const next = words[i + 1]?.text ?? '.';
  return /['’]s$|^(?:its|their|his|her|our)$/i.test(owner) && /^(?:[,.;:)]|of|for|from|by)$/i.test(next);
}

/**
 * "the US-based Institute for the Study of War (ISW)" → the entity's name when the words are one name
 * mention with a determiner, a "-based" adjective or an abbreviation in brackets around it.
 */
export function sourceName(
  text: string,
  start: number,
  end: number,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
): string {
  const written = text.slice(start, end);
  const inside: Mention[] = [];
  for (let i = firstFrom(mentions, start); i < mentions.length && mentions[i]!.start < end; i++) {
    const m = mentions[i]!;
    if (m.end <= end && m.kind === 'name') inside.push(m);
  }
  const core = written
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/^[\p{L}.-]+-based\s+/u, '')
    .replace(/\s*\([^()]*\)$/, '');
  const whole = inside.find((m) => m.text === core);
  return whole ? (entities.get(whole.entityId)?.name ?? whole.text) : written;
}

/** The index of the first mention starting at or after `at`; mentions come in text order. */
function firstFrom(mentions: readonly Mention[], at: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Text by which the writer sets one clause against another ("…, and" may still report the same speaker). */
const CLAUSE_BREAK = /;|,\s+(?:but|while|whereas|although|though)\s/;

/** Words that never name a source alone: "This shows …", "It said …". */
const PRONOUN_ALONE =
  /^(?:this|that|these|those|it|he|she|they|we|i|you|one|some|many|others?|the|an?|this (?:story|article|report|video|page|content|post))$/i;

/** Whether a source is only a pronoun or a determiner, or the writer's own piece ("This story contains …"). */
export const namesNoOne = (source: string): boolean => PRONOUN_ALONE.test(source.trim());

/**
 * The source covering the figure, the reporting verb nearest before it winning over the sentence's
 * "according to"; failing both, a source named after it ("…, officials said").
 */
export function attributionFor(
  figure: Span,
  found: readonly Attribution[],
  reportsIt: (a: Attribution) => boolean = () => true,
): string | null {
  let best: Attribution | null = null;
  for (const a of found)
    if (a.covers <= figure.start && reportsIt(a) && (best === null || a.covers > best.covers)) best = a;
  return best?.source ?? found.find((a) => a.start >= figure.end && reportsIt(a))?.source ?? null;
}

/**
 * Whether a source named after a figure reports it, by the tree: not when its verb of saying has a "that"
 * complement of its own without the figure ("…, with authorities saying that each machine …").
 */
export function reportsWord(tree: Tree, w: number, a: Attribution): boolean {
  // However the parser hangs it, a speaker before ", while", ", but" or ";" is the clause before's; one named
  // at the end ("…, while On makes up 3%, the firm said") covers the sentence.
  const at = tree.tokens[w]!;
  const between = tree.text.slice(a.start, at.start).replace(/\([^()]*\)/g, '');
  if (a.start < at.start && CLAUSE_BREAK.test(between)) return false;
  const verb = tree.tokenAt(a.covers);
  const complement = verb < 0 ? -1 : tree.child(verb, 'ccomp');
  const reportsOther =
    complement > verb &&
    !tree.dominates(complement, w) &&
    tree.children(complement, 'mark').some((m) => tree.lower(m) === 'that');
  return !reportsOther;
}
