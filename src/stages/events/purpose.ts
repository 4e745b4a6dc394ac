import type { EventActor } from '../../core/analysis.js';
import { lemmaIn } from './lemmas.js';
import type { SentenceActors } from './sentence-actors.js';

/** Verbs by which a protest says what it wants and of whom: "to demand reforms", "calling for the removal". */
const PURPOSE_VERBS: ReadonlySet<string> = new Set([
  'demand',
  'press',
  'protest',
  'call',
  'urge',
  'oppose',
  'denounce',
  'condemn',
  'seek',
  'show',
  'force',
  'push',
]);

/** How deep under its purpose verb a protest's addressee may lie ("the return of property seized by …"). */
const PURPOSE_DEPTH = 4;

/**
 * Whom a protest is aimed at, when the grammar names no target: the first party named under its purpose
 * ("staged demonstrations to demand reforms by Suharto's government", "began a hunger strike to demand
 * the return of property seized by government forces", "in protest against violations by security
 * forces"), found breadth first under the purpose verb or the "in protest" phrase of the protest's
 * clause, leaving out subjects (who demands) and any party already among `sources`.
 */
export function purposeTargets(
  sa: SentenceActors,
  w: number,
  sources: readonly EventActor[],
  apart: (a: EventActor, b: EventActor) => boolean,
): EventActor[] {
  const { tree } = sa;
  const clause = tree.tokens[w]?.upos === 'VERB' ? w : tree.clauseOf(w);
  const { start, end } = tree.span(clause);
  const purposes: number[] = [];
  for (let v = 0; v < tree.length; v++) {
    const token = tree.tokens[v]!;
    if (token.start < start || token.end > end || v <= w) continue;
    // A gerund the tagger took for a noun ("calling for independence") is a verb all the same.
    const verbal = token.upos === 'VERB' || (token.upos === 'NOUN' && tree.lower(v).endsWith('ing'));
    if (verbal && lemmaIn(tree.word(v), PURPOSE_VERBS) !== null && tree.dep(v) !== 'root') purposes.push(v);
    else if (tree.lower(v) === 'protest' && tree.child(v, 'case') >= 0) purposes.push(v);
  }
  for (const purpose of purposes) {
    let level = tree.children(purpose).filter((c) => !tree.dep(c).startsWith('nsubj'));
    for (let depth = 0; depth < PURPOSE_DEPTH && level.length > 0; depth++) {
      const found = sa
        .actorsOf(level.filter((c) => ['NOUN', 'PROPN'].includes(tree.tokens[c]!.upos)))
        .filter((t) => sources.every((a) => a.id !== t.id || apart(a, t)));
      if (found.length > 0) return found;
      level = level.flatMap((c) => tree.children(c).filter((x) => !tree.dep(x).startsWith('nsubj')));
    }
  }
  return [];
}
