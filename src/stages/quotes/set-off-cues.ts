import type { Tree } from '../syntax/tree.js';
import { SHORT_SOURCE, WORDS } from './attribution-patterns.js';
import type { Frame } from './frames.js';

/**
 * A verb of saying set off by commas after a short speaker ("…, Ives said, …") reports either the clause
 * before it, when the words after open a subordinate clause or a participle ("…, Foley said, even though
 * …"), or the clause it interrupts, subject included ("These gaps, he said, are visible in …"). Read by
 * the tagger's parts of speech: the parser often misreads the clause around such a cue.
 */

/**
 * A verb of saying set off by commas after its speaker ("…, Ives said, …"), not inverted: where its speaker
 * starts, or -1.
 */
function setOffStart(text: string, frame: Frame): number {
  const { cue, source } = frame;
  if (frame.inverted || !source || cue.kind !== 'verb' || !cue.takesBareClause) return -1;
  if (
    !/^\s*$/.test(text.slice(source.end, cue.start)) ||
    !SHORT_SOURCE.test(text.slice(source.start, source.end))
  )
    return -1;
  if (!/,\s*$/.test(text.slice(Math.max(0, source.start - 3), source.start))) return -1;
  return /^\s*,/.test(text.slice(cue.end, cue.end + 3)) ? source.start : -1;
}

/** After a cue set off by commas, a subordinate clause or a participle: "because …", "as …", "citing …". */
const SUBORDINATE_AFTER =
  /^\s*,\s*(?:because|as|even\s+though|although|though|since|especially|while|whereas|despite|even\s+as|\p{Ll}+ing)\b/u;

/** After a cue set off by commas, a relative word going on with the clause before the cue. */
const RELATIVE_AFTER = /^\s*,\s*(?:where|which|who|whom|whose|when)\b/;

/** A clause opened by a subordinator, maybe after "but" or "and": it says nothing alone before a cue. */
const OPENS_SUBORDINATE =
  /^\s*(?:(?:but|and|yet|so)\s+)?(?:as|while|when|whenever|if|because|although|though|after|before|since|once|until|unless|whereas)\b/i;

/**
 * Whether a cue set off by commas reports the clause before it: "Most paid reviews originate in Asia, Foley
 * said, even though only 17% …", "…, she said, citing the company's stance": the words after it open a
 * subordinate clause or a participle, and the words before are a clause: three words or more with a verb
 * (by the tagger: the parser often misreads the clause around a cue set off so), not opened by a
 * subordinator ("But as the war entered its third year, he said, …").
 */
export function setOffAfterClause(text: string, tree: Tree | null, frame: Frame, from: number): boolean {
  const head = setOffStart(text, frame);
  if (head < 0 || !tree || !SUBORDINATE_AFTER.test(text.slice(frame.cue.end, frame.cue.end + 24)))
    return false;
  const before = text.slice(from, head);
  // "— a surprise, he said, because …" sets off a phrase after the clause; "… were, Yentob insisted,
  // damaging …" breaks a clause at its auxiliary.
  if (!WORDS.test(before) || OPENS_SUBORDINATE.test(before) || /[—–;:]/.test(before)) return false;
  const words = wordsIn(tree, from, head).filter((w) => tree.tokens[w]!.upos !== 'PUNCT');
  return words.some((w) => isVerbIn(tree, w)) && tree.tokens[words.at(-1)!]!.upos !== 'AUX';
}

/**
 * Where the clause a cue set off by commas interrupts starts, or -1: "These gaps, he said, are visible in
 * …" reports "These gaps, he said, are visible in …", not a predicate without its subject. The words
 * before are a noun phrase (a noun, no verb but a participle modifying it, no preposition opening it), and
 * the words after open with a verb, maybe after adverbs. By the tagger, as the parser often hangs the
 * subject on the cue.
 */
export function setOffInClause(
  text: string,
  tree: Tree | null,
  frame: Frame,
  from: number,
  ceiling: number,
): number {
  const head = setOffStart(text, frame);
  if (head < 0 || !tree) return -1;
  const before = wordsIn(tree, from, head).filter((w) => tree.tokens[w]!.upos !== 'PUNCT');
  const start = before.findIndex((w) => !/^(?:CCONJ|ADV)$/.test(tree.tokens[w]!.upos));
  const phrase = start < 0 ? [] : before.slice(start);
  if (phrase.length === 0 || /^(?:ADP|SCONJ)$/.test(tree.tokens[phrase[0]!]!.upos)) return -1;
  // "It's that latter group, Palmer said, where the company sees …": a relative after the cue goes on
  // with the clause before it, which is what was said, whole.
  if (RELATIVE_AFTER.test(text.slice(frame.cue.end, ceiling)))
    return WORDS.test(text.slice(from, head)) && !OPENS_SUBORDINATE.test(text.slice(from, head))
      ? tree.tokens[phrase[0]!]!.start
      : -1;
  if (!phrase.some((w) => /^(?:NOUN|PROPN|PRON)$/.test(tree.tokens[w]!.upos))) return -1;
  // A participle or an infinitive modifies the noun ("the desire to travel, especially among young people").
  const modifier = (w: number): boolean =>
    /(?:ing|ed|en)$/i.test(tree.word(w)) || (w > 0 && tree.lower(w - 1) === 'to');
  if (phrase.some((w) => isVerbIn(tree, w) && !modifier(w))) return -1;
  const after = wordsIn(tree, frame.cue.end, ceiling).filter((w) => tree.tokens[w]!.upos !== 'PUNCT');
  const predicate = after.find((w) => tree.tokens[w]!.upos !== 'ADV');
  if (predicate === undefined || !isVerbIn(tree, predicate) || /ing$/i.test(tree.word(predicate))) return -1;
  return tree.tokens[phrase[0]!]!.start;
}

/** Whether the tagger makes the word a verb or an auxiliary. */
const isVerbIn = (tree: Tree, w: number): boolean => /^(?:VERB|AUX)$/.test(tree.tokens[w]!.upos);

/** The words of the tree in [start, end). */
function wordsIn(tree: Tree, start: number, end: number): number[] {
  const out: number[] = [];
  tree.tokens.forEach((t, w) => {
    if (t.start >= start && t.end <= end) out.push(w);
  });
  return out;
}
