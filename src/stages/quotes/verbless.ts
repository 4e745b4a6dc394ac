import type { Span } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';

/** A quotation mark: words quoted inside reported speech are words someone said ("called it a “clown show”"). */
const QUOTE_MARK = /[“”"‘’«»]/;

/**
 * Cues that report words through a clause or a quotation only: their object alone is whom they told or
 * what reported ("told the briefing", "reported the ministry"). "Stressed the need for …", "denied the
 * claims" report through a noun, and are not here.
 */
const CLAUSE_CUES =
  /^(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|report|reports|reported|reporting|state|states|stated|stating|write|writes|wrote|writing|according)\b/i;

/**
 * Of those, the cues whose object is what was said, never whom it was told to or where it was read: after
 * them a verbless content that follows the cue and runs to the sentence's end is as often a clause whose
 * verb the tagger read as a noun ("he said the guilt remains", "added that the film highlights …").
 */
const SAYING_CUES =
  /^(?:say|says|said|saying|add|adds|added|adding|state|states|stated|stating|write|writes|wrote|writing)\b/i;

/** Between such a cue and its content: nothing but a comma, a colon or "that" ("said that the move …"). */
const ADJACENT = /^[\s,:]*(?:that\s*)?$/i;

/** The end of the words before a cue that opens an inversion ("…, says the Times", "“…,” said Ann Berg"). */
const AFTER_A_BREAK = /(?:^|[,;:“”"‘’—–])\s*$/;

/** Words opening a bare time phrase ("said Tuesday", "said last week"): when it was said, not what. */
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|last|earlier|later|recently|now|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * Whether reported speech holds no clause and no quoted words: "told the briefing", "reported the
 * ministry", "said on Tuesday", "told reporters in Brussels" (an addressee, a source, a time or a place
 * the cue's reading took for what was said), after a cue that reports words by a clause. No word in it is
 * a verb, an auxiliary or a predicate, as the tree reads the sentence; such a content is no one's words as
 * it stands. After a cue whose object is what was said ("said", "added", "wrote", "stated"), a content
 * right after the cue and running to the sentence's end is held only when it opens with a preposition, a
 * pronoun ("said this in Accra yesterday") or a time word, or when the cue has no subject before it (an
 * inversion, whose words after the cue are its speaker: "…, says the Times"). Direct quotes are read by
 * their marks, not here.
 */
export function holdsNoClause(text: string, tree: Tree, cue: Span, content: Span): boolean {
  const cueText = text.slice(cue.start, cue.end);
  if (!CLAUSE_CUES.test(cueText)) return false;
  if (QUOTE_MARK.test(text.slice(content.start, content.end))) return false;
  let first = -1;
  let runsToEnd = true;
  for (let w = 0; w < tree.length; w++) {
    const token = tree.tokens[w]!;
    if (token.start >= content.end && token.upos !== 'PUNCT') runsToEnd = false;
    if (token.start < content.start || token.end > content.end) continue;
    if (first < 0) first = w;
    if (token.upos === 'VERB' || token.upos === 'AUX' || tree.isPredicate(w)) return false;
  }
  if (first < 0) return false;
  if (!SAYING_CUES.test(cueText) || !runsToEnd) return true;
  if (cue.end > content.start || !ADJACENT.test(text.slice(cue.end, content.start))) return true;
  // "…, said market analysts Chart-Track.": a cue after a comma or a quotation puts its speaker after it.
  if (AFTER_A_BREAK.test(text.slice(tree.tokens[0]!.start, cue.start))) return true;
  return opensWithoutSubject(tree, first);
}

/** Whether a content's first word is a preposition, a pronoun or a time word: no subject a verb could follow. */
function opensWithoutSubject(tree: Tree, w: number): boolean {
  const upos = tree.tokens[w]!.upos;
  return upos === 'ADP' || upos === 'PRON' || TIME_WORD.test(tree.word(w));
}
