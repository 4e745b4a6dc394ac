/**
 * A user's corrections, kept apart from what resolution computes and applied on top of it each run, so
 * that re-processing the articles never undoes them.
 */
export interface ResolutionDecisions {
  /** Pairs of resolved ids that are one actor. */
  merge?: Array<[string, string]>;
  /** A member (`<articleId>/<localId>`) that is not the resolved entity it was put in. */
  split?: Array<[string, string]>;
}

type Decision = { kind: 'merge'; a: string; b: string } | { kind: 'split'; id: string; member: string };

/**
 * Applies the decisions to groups of member keys. A decision may name an id that only exists once another
 * decision is applied (a member split off, then merged elsewhere), so the decisions are retried until a
 * round applies none; each applies at most once. `idsOf` gives the current ids of the groups.
 */
export function applyDecisions(
  groups: string[][],
  decisions: ResolutionDecisions | undefined,
  idsOf: (groups: readonly string[][]) => string[],
): string[][] {
  let pending: Decision[] = [
    ...(decisions?.merge ?? []).map(([a, b]): Decision => ({ kind: 'merge', a, b })),
    ...(decisions?.split ?? []).map(([id, member]): Decision => ({ kind: 'split', id, member })),
  ];
  let current = groups.map((g) => [...g]);
  for (let applied = true; applied && pending.length > 0;) {
    applied = false;
    const left: Decision[] = [];
    for (const decision of pending) {
      const next = applyOne(current, decision, idsOf(current));
      if (next) {
        current = next;
        applied = true;
      } else left.push(decision);
    }
    pending = left;
  }
  return current;
}

function applyOne(groups: string[][], decision: Decision, ids: readonly string[]): string[][] | null {
  if (decision.kind === 'merge') {
    const a = ids.indexOf(decision.a);
    const b = ids.indexOf(decision.b);
    if (a < 0 || b < 0) return null;
    if (a === b) return groups;
    return [...groups.filter((_, i) => i !== a && i !== b), [...groups[a]!, ...groups[b]!]];
  }
  const at = ids.indexOf(decision.id);
  if (at < 0 || !groups[at]!.includes(decision.member)) return null;
  const rest = groups[at]!.filter((m) => m !== decision.member);
  if (rest.length === 0) return groups;
  return [...groups.filter((_, i) => i !== at), rest, [decision.member]];
}
