import type { Span } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';

/**
 * Reported speech the cue's reading took too much or too little of, by the tree of its sentence: the main
 * clause a subordinate clause of saying hangs on ("After … Ramaphosa said he wanted to talk about trade,
 * Trump played a video"), the one addressed before a colon ("a warning to Council members: if …"), a
 * topic rather than words ("joked about the skydivers"), a clause whose subject the sentence put before
 * the speaker ("universities that it has claimed are pushing …") and a quoted title (“Wasted Love”).
 * Read by `index.ts`.
 */

/** The relations by which a clause of saying hangs inside a clause that is not what was said. */
const SUBORDINATE: ReadonlySet<string> = new Set([
  'advcl',
  'obl',
  'nmod',
  'nsubj',
  'nsubj:pass',
  'obj',
  'acl',
  'acl:relcl',
]);

/**
 * The reported content without the clause that governs the verb of saying: where the cue's verb is in a
 * subordinate clause or phrase ("After a chat in which … Ramaphosa said he wanted to talk about trade,")
 * and the verb it hangs on comes after the cue, inside what was read as said, with a subject of its own
 * after a comma ("…, Trump played a video"), the words said end at that comma. A cue the parser makes a
 * parataxis or complement of the reported clause ("Prices, he said, will rise") governs it, and stays
 * whole; so does a content opened by a subordinator ("cautioned although demand is strong, some forecasts
 * are overstated"), whose main clause is said too, and one that would keep no verb ("according to X,
 * founder of Y, …": the source's apposition).
 */
export function withoutGoverningClause(text: string, tree: Tree | null, cue: Span, content: Span): Span {
  const verb = tree ? tree.tokenAt(cue.start) : -1;
  if (!tree || verb < 0 || tree.tokens[verb]!.upos !== 'VERB' || content.start < cue.end) return content;
  const opening = tree.tokenAt(content.start);
  if (opening < 0 || tree.tokens[opening]!.upos === 'SCONJ') return content;
  let below = verb;
  let up = tree.head(verb);
  while (up >= 0 && tree.tokens[up]!.start < content.start) {
    below = up;
    up = tree.head(up);
  }
  if (up < 0 || tree.tokens[up]!.start >= content.end || !SUBORDINATE.has(tree.dep(below))) return content;
  // The first word of the content outside the subordinate phrase, where the governing clause resumes.
  const first = tree.tokens.findIndex(
    (t, w) => t.start >= content.start && t.end <= content.end && w !== below && !tree.dominates(below, w),
  );
  if (first < 0) return content;
  const subject = tree.child(up, 'nsubj', 'nsubj:pass', 'expl');
  // A subject with a preposition of its own ("…, for the NFL Draft reflects how …") is a misparse.
  if (
    subject < 0 ||
    tree.tokens[subject]!.start < tree.tokens[first]!.start ||
    tree.child(subject, 'case') >= 0
  )
    return content;
  let cut = tree.tokens[first]!.start;
  while (cut > content.start && /[\s,]/.test(text[cut - 1]!)) cut--;
  // Only at a comma: a clause break the writer marked, not a word the parser hung elsewhere.
  if (!text.slice(cut, tree.tokens[first]!.end).includes(',')) return content;
  const kept = tree.tokens.some(
    (t) => t.start >= content.start && t.end <= cut && (t.upos === 'VERB' || t.upos === 'AUX'),
  );
  return kept && /\S\s+\S/.test(text.slice(content.start, cut))
    ? { start: content.start, end: cut }
    : content;
}

/**
 * The reported content without the one addressed before a colon: "delivered a stark warning to Council
 * members: if the shipping system grinds to a halt, …", "writing about the veterans: “Their courage …”".
 * Only where the content opens with a preposition and no verb comes before the colon; what follows the
 * colon is what was said.
 */
export function afterAddressColon(text: string, tree: Tree | null, content: Span): Span {
  if (!tree) return content;
  const first = tree.tokenAt(content.start);
  if (first < 0 || tree.tokens[first]!.upos !== 'ADP') return content;
  for (let w = first; w < tree.length && tree.tokens[w]!.end <= content.end; w++) {
    const token = tree.tokens[w]!;
    if (token.upos === 'VERB' || token.upos === 'AUX') return content;
    if (tree.word(w) !== ':') continue;
    let start = token.end;
    while (start < content.end && /\s/.test(text[start]!)) start++;
    return /\S\s+\S/.test(text.slice(start, content.end)) ? { start, end: content.end } : content;
  }
  return content;
}

/**
 * Whether reported speech is a topic, not words: "joked about the infamous skydivers that introduced the
 * glasses", "told N12 about the emotional moment he reunited with David". The content opens with "about"
 * as a preposition ("said about 60% of purchases come from the U.S." opens with a number's adverb).
 */
export function isTopic(tree: Tree | null, content: Span): boolean {
  const first = tree ? tree.tokenAt(content.start) : -1;
  return !!tree && first >= 0 && tree.lower(first) === 'about' && tree.tokens[first]!.upos === 'ADP';
}

/** Finite auxiliaries and modals: a clause opening with one has lost its subject. */
const FINITE_AUXILIARY: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'does',
  'did',
]);

/**
 * Whether reported speech opens with a finite auxiliary, its subject left before the speaker: "colleges
 * and universities that it has claimed are pushing antisemitic … ideologies", "a deal he said would cost
 * jobs". What was said is not those words as they stand, and the subject before may not be the speaker's.
 */
export function losesSubject(tree: Tree | null, content: Span): boolean {
  const first = tree ? tree.tokenAt(content.start) : -1;
  if (!tree || first < 0 || tree.tokens[first]!.start !== content.start) return false;
  const upos = tree.tokens[first]!.upos;
  return (upos === 'AUX' || upos === 'VERB') && FINITE_AUXILIARY.has(tree.lower(first));
}

/** The words of a quotation without its marks and closing punctuation. */
const QUOTATION_WORDS = /^[\s“”"‘’']*(.*?)[\s“”"‘’',]*$/su;
/** A word a title capitalises: "Wasted", "Love", "AI", "2025". */
const TITLE_WORD = /^[\p{Lu}\p{N}]/u;

/**
 * Whether a quotation is a title, not words said: two to six words, each capitalised, no full stop,
 * question or exclamation mark closing them ("praised the winner, “Wasted Love” by Austria's JJ", "went
 * on Fox Business' “Mornings With Maria” show"). "“No,” he responded" is one word, and stays.
 */
export function isTitle(text: string, content: Span): boolean {
  const words = QUOTATION_WORDS.exec(text.slice(content.start, content.end))?.[1] ?? '';
  if (/[.!?]$/.test(words)) return false;
  const list = words.split(/\s+/).filter(Boolean);
  return list.length >= 2 && list.length <= 6 && list.every((w) => TITLE_WORD.test(w));
}
