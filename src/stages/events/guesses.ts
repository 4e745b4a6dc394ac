import type { EventActor, EventType, Span } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { findActors } from './actors.js';
import type { TreeSentence } from './tree-events.js';
import type { Trigger } from './triggers.js';

/**
 * The word-window guess at an event's actors, for where the tree names nobody (a misparse, a subject far
 * away), kept within what the grammar rules out: a guess never makes a place act, nor the one the grammar
 * says was acted upon, nor one who only says or thinks the clause holding the event, on either side.
 */

export interface GuessedTrigger {
  w: number;
  trigger: Trigger;
  type: EventType;
  nominal: boolean;
  /** The grammar leaves the doer unsaid (a passive, a participle): no source is guessed. */
  agentless: boolean;
}

/**
 * The subjects of the verbs above clause `p` that take it (or a clause it is part of) as their complement
 * or parenthesis, as spans: who says, thinks or suggests it, not who does it.
 */
function asserterSpans(tree: Tree, p: number): Span[] {
  const spans: Span[] = [];
  for (let a = p, steps = 0; a >= 0 && steps < 6; a = tree.head(a), steps++) {
    const head = tree.head(a);
    if (head < 0) break;
    if (tree.dep(a) === 'ccomp' || tree.dep(a) === 'parataxis')
      spans.push(...tree.subjects(head).map((x) => tree.span(x)));
    for (const c of tree.children(a, 'parataxis')) spans.push(...tree.subjects(c).map((x) => tree.span(x)));
  }
  return spans;
}

export function guessActors(
  s: TreeSentence,
  t: GuessedTrigger,
  sources: readonly EventActor[],
  targets: readonly EventActor[],
): { sources: EventActor[]; targets: EventActor[] } {
  const { tree, sa } = s;
  const { w, trigger, type, nominal } = t;
  const guess = findActors(
    { text: s.text, words: s.words, mentions: s.mentions },
    trigger,
    type,
    s.sentence.end,
  );
  const coded = (ids: string[]) => ids.flatMap((id) => sa.guessed(id) ?? []);
  // "X suggested that the strike on Kyiv was planned", "Hamas said the convoy was attacked": an actor named
  // only as the subject of a verb above the event's clause says or thinks it. "Japan said it had halted
  // aid": a pronoun subject of the clause may stand for who says it. An obligation's demander is the one
  // who says it ("Ukraine must withdraw, Moscow said").
  const clause = nominal ? tree.clauseOf(w) : w;
  const pronoun = tree
    .subjects(clause)
    .some((x) => [x, ...tree.children(x, 'nmod:poss')].some((y) => tree.tokens[y]?.upos === 'PRON'));
  const asserting = trigger.role === 'obligation' ? [] : asserterSpans(tree, clause);
  const within = (id: string, spans: readonly Span[]) =>
    spans.length > 0 &&
    s.mentions
      .filter((m) => m.entityId === id)
      .every((m) => spans.some((x) => x.start <= m.start && m.end <= x.end));
  // A town or region named near a verb is where it happened, not who did it ("the Gaza war was triggered
  // by the Hamas-led attack").
  const guessedSources =
    sources.length > 0 || t.agentless
      ? []
      : coded(guess.sourceIds).filter(
          (a) =>
            !sa.isPlace(a.id) &&
            !(within(a.id, asserting) && !pronoun) &&
            !targets.some((x) => x.id === a.id),
        );
  // What is agreed to is no party to the agreement (`verbArguments`), whoever a guess takes it for.
  const agreed = type === 'AGREE' && !nominal ? tree.patients(w).map((o) => tree.span(o)) : [];
  const guessedTargets =
    targets.length > 0
      ? []
      : coded(guess.targetIds).filter((a) => !within(a.id, agreed) && !within(a.id, asserting));
  return { sources: guessedSources, targets: guessedTargets };
}
