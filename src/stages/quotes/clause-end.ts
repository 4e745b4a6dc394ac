import type { Deprel, Span } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';

/**
 * Where reported speech ends, by the tree: what a verb of saying reports is the clause or phrase it
 * governs as what was said, and it ends where that ends. The verb's other dependents after it tell
 * where, when, to whom or through what it was said ("… in a speech", "… on Tuesday", "… to reporters",
 * "… when the strike began"), or the speaker's or the writer's next act ("noted that …, and emphasized
 * that …", "said …, but the announcement caused …"): none of it was said. A content the reading cut
 * inside a phrase its words still govern ("he thought “there’s a chance”" without "of progress") is read
 * to that phrase's end, and one still ending on a word that leads into what follows ("…, while", "aimed
 * at", "…, but") is no one's words as it stands. Quotations are read by their marks, not here. Read by
 * `index.ts`.
 */

/** What the tree reads of a reported content's end: the content, and whether it stands cut. */
export interface SaidEnd {
  content: Span;
  /** The content ends on a word leading into words it does not hold. */
  cut: boolean;
}

/** The relations of a verb's dependents that are what it reports: "said (that) …", "described the move". */
const SAID: ReadonlySet<string> = new Set(['ccomp', 'xcomp', 'obj', 'iobj']);

/** Obliques with no preposition: "said Sunday", "said last week". */
const BARE_OBLIQUES: ReadonlySet<string> = new Set(['obl:tmod', 'obl:npmod', 'obl:unmarked', 'nmod:tmod']);

/**
 * Prepositions of an oblique telling where, when, through what or to whom it was said: "in a post", "on
 * Monday", "to reporters". "as" ("described it as …"), "for" ("called for …") and "about" name what was said.
 */
const ASIDE_CASES = /^(?:in|on|at|during|via|through|over|to|after|before|since)$/;

/** Words marking a phrase as part of what was said: "stressed …, especially in light of …". */
const FOCUS = /^(?:especially|particularly|notably|even|including|mainly|chiefly)$/;

/**
 * The words opening an adverbial clause telling when it was said ("when Wilson was named", "after his
 * immunity was lifted", "while Ouattara has …"). "if", "before", "until", "because", "although", "so" may
 * as well open part of what was said ("needed to be taken on more widely before it made a difference"),
 * which the parser often cannot tell, and are kept.
 */
const TIME_MARKS = /^(?:when|after|while)$/;

/** The relations by which a word after a content may lengthen a phrase in it: "a chance of progress", "a “big fan” of it". */
const PHRASE: ReadonlySet<string> = new Set([
  'nmod',
  'nmod:poss',
  'case',
  'det',
  'amod',
  'compound',
  'flat',
  'fixed',
  'nummod',
]);

/** The relations left out of such a phrase: what comes beside it, not inside it. */
const BESIDE: readonly Deprel[] = ['conj', 'cc', 'parataxis', 'advcl', 'acl', 'acl:relcl', 'punct', 'appos'];

/** Word classes a phrase cannot end on: a determiner, a preposition, a conjunction. */
const LEADING: ReadonlySet<string> = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ']);

/** A closing quotation mark. */
const CLOSING_MARK = /[”"’]/;

/** An opening quotation mark. */
const OPENING_MARK = /[“"‘]/;

/**
 * The reported content ended where the phrase the cue's verb reports ends (see the module comment).
 * `content` follows or precedes the cue; only one following it can run into the verb's own dependents,
 * or be read on past its end (before the cue, the words after it are the cue's and its speaker's).
 */
export function endOfSaid(text: string, tree: Tree | null, cue: Span, content: Span): SaidEnd {
  if (!tree) return { content, cut: false };
  const after = content.start >= cue.end;
  const ended = after ? toPhraseEnd(text, tree, withoutVerbTail(text, tree, cue, content)) : content;
  // "…, while", "aimed at": the word leads into words after the content; "care about" ends a clause.
  const last = lastWord(tree, ended);
  const head = last >= 0 ? tree.head(last) : -1;
  const leads = head >= 0 && tree.tokens[head]!.start >= ended.end && LEADING.has(tree.tokens[last]!.upos);
  if (!leads) return { content: ended, cut: false };
  // A conjunction opens the next clause, which the content does not hold: what was said ends before it
  // ("… on the enclave, but"); a determiner or preposition leaves a phrase cut ("aimed at").
  const before = lastWord(tree, { start: ended.start, end: tree.tokens[last]!.start });
  // "but" and "and" before a clause join clauses ("Bergen and Trondheim" two names); "while" or
  // "although" do after a comma or dash, "at" before "maintaining" not.
  const joins =
    (tree.dep(last) === 'cc' && (/^(?:VERB|AUX)$/.test(tree.tokens[head]!.upos) || tree.isPredicate(head))) ||
    (tree.tokens[last]!.upos === 'SCONJ' &&
      /[,;–—-]\s*$/.test(text.slice(ended.start, tree.tokens[last]!.start)));
  if (!joins || before < 0) return { content: ended, cut: true };
  let end = tree.tokens[before]!.end;
  while (end < ended.end && CLOSING_MARK.test(text[end]!)) end++;
  return { content: { start: ended.start, end }, cut: false };
}

/**
 * The content after the cue without the verb's asides after what it reports: every word from the cut to
 * the content's end hangs on the verb through one of them (see `isAside`), and what is left holds what
 * the verb reports (its complement or object) with a verb or quoted words in it. Else as given.
 */
function withoutVerbTail(text: string, tree: Tree, cue: Span, content: Span): Span {
  const verb = tree.tokenAt(cue.start);
  if (verb < 0 || tree.tokens[verb]!.upos !== 'VERB') return content;
  /** The verb's dependent whose phrase holds `w`, or -1 when `w` does not hang on the verb. */
  const dependentOf = (w: number): number => {
    let below = w;
    while (below >= 0 && tree.head(below) !== verb) below = tree.head(below);
    return below;
  };
  const words: Array<{ w: number; under: number }> = [];
  for (let w = verb + 1; w < tree.length; w++) {
    const token = tree.tokens[w]!;
    if (token.start < content.start || token.upos === 'PUNCT') continue;
    if (token.end > content.end) break;
    const under = dependentOf(w);
    // A word hanging elsewhere: the parser read the sentence another way, and the content stays.
    if (under < 0) return content;
    words.push({ w, under });
  }
  // A clause said ("said (that) …") may be followed by the speaker's or the writer's next clause; a
  // phrase said ("described the move as …", or a clause's subject the parser took for an object) only by
  // where, when or to whom.
  const clause = words.some((k) => CLAUSES.has(tree.dep(k.under)));
  let tail = words.length;
  // An aside whose own word lies past the content is a misparse ("as a “senior Hamas official”" hung on
  // the "adding" after it).
  const aside = (d: number): boolean => tree.tokens[d]!.end <= content.end && isAside(tree, d, clause);
  while (tail > 0 && aside(words[tail - 1]!.under)) tail--;
  if (tail === 0 || tail === words.length) return content;
  const kept = words.slice(0, tail);
  const first = words[tail]!.w;
  let end = tree.tokens[kept.at(-1)!.w]!.end;
  while (end < content.end && CLOSING_MARK.test(text[end]!)) end++;
  const between = text.slice(end, tree.tokens[first]!.start);
  const keptText = text.slice(content.start, end);
  const opening = tree.tokens[kept[0]!.w]!;
  if (
    // What is left is what the verb reports, with a verb or quoted words: "described shipping as “…”"
    // keeps its "as".
    !kept.some((k) => SAID.has(tree.dep(k.under))) ||
    // A phrase said must hold a verb ("accused X of being …"): "accused the “ruling elites”" before "in
    // the country of inciting …" has lost what they were accused of.
    !(
      kept.some((k) => /^(?:VERB|AUX)$/.test(tree.tokens[k.w]!.upos) && !NAMING.has(tree.dep(k.w))) ||
      (clause && OPENING_MARK.test(keptText))
    ) ||
    // "said that under the agreement …, the cars will be assembled", "would say if you waited …, you
    // would have been waiting": a phrase or clause opening what was said, its main clause cut off.
    /^(?:ADP|SCONJ)$/.test(opening.upos) ||
    (opening.upos === 'ADV' && TIME_MARKS.test(tree.lower(kept[0]!.w))) ||
    // Inside a quotation the speaker's words go on.
    (keptText.match(/[“”]/g)?.length ?? 0) % 2 === 1 ||
    (keptText.match(/"/g)?.length ?? 0) % 2 === 1 ||
    // The writer marks where the saying ends: a comma or dash, or a word opening an adjunct or next
    // clause; "merchants it alleged were selling …" runs on.
    !(/[,;:–—(]|\s-\s/.test(between) || /^(?:ADP|CCONJ|SCONJ|ADV)$/.test(tree.tokens[first]!.upos))
  )
    return content;
  return { start: content.start, end };
}

/** A verb modifying a noun ("the “ruling elites”") heads no clause. */
const NAMING: ReadonlySet<string> = new Set(['amod', 'compound']);

/** Words opening a clause subordinate to what was said: a condition, a concession, a limit. */
const SUBORDINATING =
  /^(?:that|provided|providing|whenever|wherever|unless|until|though|although|because|if|even|whereas)$/;

/** The first word of `d`'s phrase after its conjunction and punctuation ("that" in "…, and that …"), or -1. */
function firstBelow(tree: Tree, d: number): number {
  for (let w = tree.tokenAt(tree.span(d).start); w >= 0 && w <= d; w++)
    if (tree.dep(w) !== 'cc' && tree.tokens[w]!.upos !== 'PUNCT') return w;
  return -1;
}

/** The relations of a verb's dependents that are a clause said: "said (that) the port …", "urged X to …". */
const CLAUSES: ReadonlySet<string> = new Set(['ccomp', 'xcomp']);

/**
 * Whether the verb's dependent `d` tells where, when, through what or to whom it was said, or (after a
 * clause said) is a next act: an oblique of those (see `ASIDE_CASES`) not marked as part of what was
 * said, a bare time phrase, an adverb, a clause of time, a participle with no subject ("…, calling for
 * …"), or a joined or set-off clause with a subject of its own or a complement of its own ("…, but the
 * announcement caused …", "… and emphasized that …"); not a second "that" clause ("… and that …").
 */
function isAside(tree: Tree, d: number, afterClause: boolean): boolean {
  const dep = tree.dep(d);
  if (BARE_OBLIQUES.has(dep) || dep === 'advmod') return true;
  if (dep === 'obl') {
    const preposition = tree.child(d, 'case');
    const focus = tree.children(d, 'advmod').some((a) => FOCUS.test(tree.lower(a)));
    return preposition >= 0 && ASIDE_CASES.test(tree.lower(preposition)) && !focus;
  }
  if (dep === 'conj' || dep === 'parataxis') {
    if (!afterClause || !/^(?:VERB|AUX)$/.test(tree.tokens[d]!.upos)) return false;
    // "… and that …" is a second clause said, "…, even though …" a clause said subordinate to it.
    // "…, provided that …", "… - whenever it can …": the parser's conjunct or aside opening with a
    // subordinator, or with no conjunction, is said as a condition of the rest.
    if (tree.child(d, 'mark') >= 0) return false;
    const opening = firstBelow(tree, d);
    if (opening < 0 || SUBORDINATING.test(tree.lower(opening))) return false;
    const subject = tree.child(d, 'nsubj', 'nsubj:pass', 'expl') >= 0;
    if (dep === 'parataxis') return subject;
    // "…, but offered to meet the board" may go on with the subject of the clause said; "… and
    // emphasized that …" reports a clause of its own.
    return tree.child(d, 'cc') >= 0 && (subject || tree.child(d, 'ccomp') >= 0);
  }
  if (dep !== 'advcl') return false;
  // A clause of time opens with its mark ("after") or its adverb ("when").
  const opening = tree.tokenAt(tree.span(d).start);
  if (opening >= 0 && TIME_MARKS.test(tree.lower(opening))) return true;
  return /ing$/.test(tree.lower(d)) && tree.child(d, 'nsubj', 'nsubj:pass', 'mark') < 0;
}

/**
 * The content read on to the end of a phrase it cuts: a word after it hanging on a word inside it as part
 * of a noun phrase (see `PHRASE`) belongs to it, and the content runs on to that word's phrase's end.
 */
function toPhraseEnd(text: string, tree: Tree, content: Span): Span {
  let end = content.end;
  for (let t = 0; t < tree.length; t++) {
    const token = tree.tokens[t]!;
    if (token.start < end || token.upos === 'PUNCT') continue;
    const head = tree.head(t);
    if (head < 0 || !PHRASE.has(tree.dep(t))) continue;
    // "of progress", not "according to Press TV" or "in a statement" the parser hung on a noun said.
    const preposition = tree.child(t, 'case');
    if (tree.dep(t) === 'nmod' && (preposition < 0 || tree.lower(preposition) !== 'of')) continue;
    const at = tree.tokens[head]!;
    if (at.start < content.start || at.end > end) continue;
    end = Math.max(end, tree.span(t, BESIDE).end);
  }
  while (end > content.end && end < text.length && CLOSING_MARK.test(text[end]!)) end++;
  return end === content.end ? content : { start: content.start, end };
}

/** The last word of the span that is no punctuation, or -1. */
function lastWord(tree: Tree, span: Span): number {
  let last = -1;
  for (let w = 0; w < tree.length; w++) {
    const token = tree.tokens[w]!;
    if (token.start >= span.end) break;
    if (token.start >= span.start && token.upos !== 'PUNCT') last = w;
  }
  return last;
}
