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
 * Whether reported speech holds no clause and no quoted words: "told the briefing", "reported the
 * ministry", "said on Tuesday", "told reporters in Brussels" (an addressee, a source, a time or a place
 * the cue's reading took for what was said), after a cue that reports words by a clause. No word in it is a verb, an auxiliary or a predicate, as the
 * tree reads the sentence; such a content is no one's words as it stands. Direct quotes are read by their
 * marks, not here.
 */
export function holdsNoClause(text: string, tree: Tree, cue: Span, content: Span): boolean {
  if (!CLAUSE_CUES.test(text.slice(cue.start, cue.end))) return false;
  if (QUOTE_MARK.test(text.slice(content.start, content.end))) return false;
  let inside = false;
  for (let w = 0; w < tree.length; w++) {
    const token = tree.tokens[w]!;
    if (token.start < content.start || token.end > content.end) continue;
    inside = true;
    if (token.upos === 'VERB' || token.upos === 'AUX' || tree.isPredicate(w)) return false;
  }
  return inside;
}
