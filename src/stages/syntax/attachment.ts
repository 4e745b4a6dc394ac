import type { DateMention } from '../../core/analysis.js';
import type { Tree } from './tree.js';

/**
 * Which time expression belongs to a word's clause: the later stages (events, figures) date what they find
 * by the clause it sits in, never by another clause of the sentence or by a deadline.
 */

/** Prepositions that make a date a deadline or a bound rather than when the event happens. */
const DEADLINE = new Set(['by', 'until', 'till', 'before', 'ahead', 'within', 'since']);

/** The word written just before offset `at`, lower-cased ("" at the start of the text). */
const wordBefore = (text: string, at: number): string =>
  /([A-Za-z]+)\W*$/.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase() ?? '';

/** Text that separates two clauses whatever the tree says. */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas|although|though)\b/;

/** The predicate whose clause holds word `w` (an event noun's clause is the verb governing it). */
export const clauseHead = (tree: Tree, w: number): number => tree.clauseOf(w);

/**
 * Whether clause `inner` is clause `outer` or an infinitive completing it ("was expected to be signed last
 * month": the signing's date is the expected event's), which shares its subject and is no clause apart.
 */
function sameClause(tree: Tree, inner: number, outer: number): boolean {
  for (let c = inner, steps = 0; c >= 0 && steps < 4; c = tree.head(c), steps++) {
    if (c === outer) return true;
    if (tree.dep(c) !== 'xcomp') return false;
  }
  return false;
}

/**
 * The date attached to the clause of `w`: of the sentence's time expressions, those whose clause is the
 * event's own, deadlines left out, the nearest to the trigger, a calendar date before a vague one.
 */
export function clauseDate(tree: Tree, w: number, dates: readonly DateMention[]): string | null {
  return clauseDateMention(tree, w, dates)?.value ?? null;
}

/** The time expression `clauseDate` reads its value from, or null. */
export function clauseDateMention(tree: Tree, w: number, dates: readonly DateMention[]): DateMention | null {
  const clause = clauseHead(tree, w);
  const at = tree.tokens[w]!.start;
  let best: { date: DateMention; rank: number } | null = null;
  for (const d of dates) {
    if (d.type !== 'DATE' && d.type !== 'TIME') continue;
    const head = tree.headOf(d.start, d.end);
    if (head < 0 || !sameClause(tree, clauseHead(tree, head), clause)) continue;
    const marker = tree.child(head, 'case', 'mark');
    if (marker >= 0 && DEADLINE.has(tree.lower(marker))) continue;
    // The parser does not always hang the preposition on the date ("since" read as a particle of the verb
    // before it), but a bound written just before the date is one whatever the tree says.
    if (DEADLINE.has(wordBefore(tree.text, d.start))) continue;
    // However the parser hangs it, a date across ", and", ", but" or ";" is another clause's.
    const between = tree.text.slice(Math.min(d.end, at), Math.max(d.start, at));
    if (CLAUSE_BREAK.test(between)) continue;
    const rank = Math.abs(d.start - at) + (/^\d/.test(d.value) ? 0 : 1e6);
    if (!best || rank < best.rank) best = { date: d, rank };
  }
  return best?.date ?? null;
}
