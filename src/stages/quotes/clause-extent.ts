import type { Span } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';

/**
 * Where what was said ends and the writer's words about the saying begin: when, where and how it was said
 * after the cue ("Kallas said on Tuesday after a meeting of the bloc's foreign ministers"), the statement
 * or interview it was said in closing a reported clause, a "that" opening a relative clause rather than
 * what was said, another speaker's report joined by "as" ("EU says … as Trump says …"), and the subject
 * before a source set inside its clause ("A cruise, according to X, costs …"). Read by `attributions.ts`.
 */

/** The relations naming a clause's subject. */
const SUBJECTS = ['nsubj', 'nsubj:pass', 'csubj', 'expl'] as const;

/** The relations of a verb's dependents that tell when, where or how, not what. */
const ADJUNCT: ReadonlySet<string> = new Set([
  'obl',
  'obl:tmod',
  'obl:npmod',
  'obl:unmarked',
  'advmod',
  'nmod:tmod',
  'nmod:unmarked',
]);

/**
 * Whether every word of [from, end) after the cue hangs, through one of the cue verb's adjuncts after it,
 * on that verb: "…, Kallas said on Tuesday after a meeting of the bloc's foreign ministers.", "…, the IDF
 * said in a statement given to Israeli media." (the adjunct's own modifiers included, however long). A
 * clause said after the verb ("said on Monday the talks were over") is its complement, not an adjunct.
 * No tree, or no word in the range: false.
 */
export function onlyAdjunctsAfter(tree: Tree | null, cue: Span, from: number, end: number): boolean {
  const verb = tree ? tree.tokenAt(cue.start) : -1;
  if (!tree || verb < 0) return false;
  let words = 0;
  for (let t = verb + 1; t < tree.length; t++) {
    const token = tree.tokens[t]!;
    if (token.start < from || token.upos === 'PUNCT') continue;
    if (token.end > end) break;
    let below = t;
    while (below >= 0 && tree.head(below) !== verb) below = tree.head(below);
    if (below < verb || !ADJUNCT.has(tree.dep(below))) return false;
    // A clause with a subject of its own under the adjunct ("said on the call it had …") is what was said.
    if (tree.child(t, ...SUBJECTS) >= 0) return false;
    words++;
  }
  return words > 0;
}

/**
 * The clause with a subject the tree hangs on the cue's verb in [from, end), or -1: "said on Monday the
 * talks were over" ("said Wednesday" with "Wednesday" misread as a clause has none).
 */
function clauseIn(tree: Tree, verb: number, from: number, end: number): number {
  return (
    tree
      .children(verb, 'ccomp')
      .find(
        (c) => tree.tokens[c]!.start >= from && tree.tokens[c]!.end <= end && tree.child(c, ...SUBJECTS) >= 0,
      ) ?? -1
  );
}

/** Whether the tree hangs a clause with a subject on the cue's verb in [from, end) (see `clauseIn`). */
export function clauseAfter(tree: Tree | null, cue: Span, from: number, end: number): boolean {
  const verb = tree ? tree.tokenAt(cue.start) : -1;
  return tree !== null && verb >= 0 && clauseIn(tree, verb, from, end) >= 0;
}

/**
 * Where the clause said after the cue starts when only adjuncts of the cue stand before it: "said on
 * Tuesday the port would reopen" reports "the port would reopen". Else `from`.
 */
export function clauseAfterAdjuncts(tree: Tree | null, cue: Span, from: number, end: number): number {
  const verb = tree ? tree.tokenAt(cue.start) : -1;
  if (!tree || verb < 0 || !ADJUNCT_OPENS.test(tree.text.slice(from, from + 12))) return from;
  const clause = clauseIn(tree, verb, from, end);
  if (clause < 0) return from;
  const start = tree.span(clause).start;
  return start > from && onlyAdjunctsAfter(tree, cue, from, start) ? start : from;
}

/**
 * Where the subject of the clause in [after, end) starts when the tree puts it in [from, to), before
 * words set in the clause ("A river cruise, according to Lopez, costs …" → "A river cruise"), or -1.
 */
export function subjectBefore(
  tree: Tree | null,
  from: number,
  to: number,
  after: number,
  end: number,
): number {
  const predicate = tree ? tree.headOf(after, end) : -1;
  if (!tree || predicate < 0) return -1;
  const subject = tree
    .children(predicate, 'nsubj', 'nsubj:pass', 'csubj')
    .find((s) => tree.tokens[s]!.start >= from && tree.tokens[s]!.end <= to);
  if (subject === undefined) return -1;
  const start = tree.span(subject).start;
  return start >= from ? start : -1;
}

/** Words opening such an adjunct: a preposition or a word of time. */
export const ADJUNCT_OPENS =
  /^\s+(?:on|in|at|during|after|before|via|from|with|late|earlier|later|last|this|yesterday|today|tonight|recently|again|also|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * The statement, interview, post or briefing the words were given in, closing a reported clause, with
 * what describes it after ("given to Israeli media on Saturday", "since being attacked on Monday"): "said
 * he was ‘doing fine’ in his first statement since being attacked on Monday", "said … "immediately," on his
 * social media platform". Where the cue said it, not what was said.
 */
const CHANNEL_CLOSING = new RegExp(
  '\\s+(?:(?:in|during)\\s+(?:an?|his|her|their|its|the)\\s+(?:(?!(?:that|which|who|and|or)\\s)[\\p{L}-]+\\s+){0,2}?' +
    '(?:statement|interview|post|tweet|video|op-ed|letter|memo|speech|declaration|message|broadcast|podcast|briefing|press\\s+conference|news\\s+conference)s?' +
    '|at\\s+(?:an?|the|his|her|their|its)\\s+(?:[\\p{L}-]+\\s+)?(?:news|press)\\s+(?:conference|briefing)' +
    // "on his social media platform", "on her Instagram account": the speaker's own page; "on the platform"
    // or "on its website" may be where what was said happens ("fraud was rife on the platform").
    '|on\\s+(?:his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:platform|account|page|feed|channel|website|blog))' +
    '(?![\\p{L}\\p{N}-])[^,;:!?“”"‘’]*$',
  'u',
);

/**
 * A reported content without the channel closing it (see `CHANNEL_CLOSING`), only where the content
 * follows its cue (what a cue after it reports, "…, he said in a statement", has the channel outside) and
 * a clause of three words or more is left.
 */
export function withoutChannel(text: string, content: Span, cue: Span | null): Span {
  if (!cue || cue.end > content.start) return content;
  const found = CHANNEL_CLOSING.exec(text.slice(content.start, content.end));
  if (!found) return content;
  const end = content.start + found.index;
  return /\S+\s+\S+\s+\S/.test(text.slice(content.start, end)) ? { start: content.start, end } : content;
}

/**
 * Whether the "that" at `offset` is a relative pronoun by the tree ("urging a global response that is as
 * interconnected as …"), the subject or object of a relative clause, not the word opening what was said.
 */
export function isRelativeThat(tree: Tree | null, offset: number): boolean {
  const that = tree ? tree.tokenAt(offset) : -1;
  if (!tree || that < 0 || tree.lower(that) !== 'that') return false;
  if (tree.dep(that) !== 'nsubj' && tree.dep(that) !== 'nsubj:pass') return false;
  // The noun right before it heads the relative clause, whose verb comes right after it, maybe after an
  // auxiliary ("a response that is …", "a service that offers …"): "said Tuesday that Trump has …",
  // with a subject after "that", opens what was said however the parser hangs it.
  const clause = tree.head(that);
  if (clause < 0 || tree.dep(clause) !== 'acl:relcl' || tree.head(clause) !== that - 1) return false;
  // A clause with a subject of its own, or a subordinator, is no relative clause "that" is the subject of:
  // "expressed disappointment that instead of discussing …, the prime minister had opted …" (the parser
  // hangs "discussing" on "disappointment", "of" its mark, and "that" its subject) reports what follows.
  if (tree.children(clause, ...SUBJECTS).some((s) => s !== that) || tree.child(clause, 'mark') >= 0)
    return false;
  const next = that + 1;
  return next === clause || (tree.head(next) === clause && VERB_BEFORE.has(tree.dep(next)));
}

/** The relations of the words that may stand between a subject and its verb: "that is", "that will deliver". */
const VERB_BEFORE: ReadonlySet<string> = new Set(['aux', 'aux:pass', 'cop', 'advmod']);

/**
 * "as" and a speaker before a verb of saying, right after a word of the first report: another report set
 * beside it ("… trade talks as Trump says …"); not one set off by a dash or comma inside it ("Trump —
 * even as he says …, —").
 */
export const AS_BEFORE_SPEAKER = /(?<=[\p{L}\p{N}]\s+)(?<!\b(?:even|just)\s+)(?:even\s+|just\s+)?as\s+$/u;
