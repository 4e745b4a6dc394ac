import type { EventActor } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { HARM, describedNoun } from './adverbial-doers.js';
import { lemmaIn } from './lemmas.js';
import { sectorAt } from './sectors.js';

/** Articles and numbers that make a noun one person: "a soldier", "one gunman". */
const ONE: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/**
 * Whether the violence at verb `w` is one armed person's against civilians ("miners killed by a
 * Peruvian soldier", "a police officer shot two protesters"): no clash of forces (FIGHT) but the
 * unconventional violence PLOVER calls ASSAULT, though the doer's noun says military. Forces, units and
 * aircraft ("Syrian jets killed ten villagers") act as a state's arms, and stay FIGHT. The
 * victims are civilians when the reading says so, or when the patient's noun names no armed or state body
 * ("miners", "worshippers"). The doer is one person of an armed or state body ("a soldier", "an
 * officer"): a singular noun with a sector, not an event ("a Syrian strike killed ten people" is the
 * state's force).
 */
export function loneAttackOnCivilians(tree: Tree, w: number, targets: readonly EventActor[]): boolean {
  if (tree.tokens[w]?.upos !== 'VERB' || lemmaIn(tree.word(w), HARM) === null || targets.length === 0)
    return false;
  // A participle modifying a noun ("miners killed by …") is done to that noun.
  const patients = tree.dep(w) === 'acl' ? [describedNoun(tree, w)] : tree.patients(w);
  const civilian = (p: number) =>
    tree.tokens[p]?.upos === 'NOUN' && [null, 'civilians'].includes(sectorAt(tree, p));
  const victims =
    targets.every((t) => t.sector === 'civilians') || (patients.length > 0 && patients.every(civilian));
  const doers = tree.agents(w);
  const one = doers[0];
  return (
    victims &&
    doers.length === 1 &&
    one !== undefined &&
    tree.tokens[one]?.upos === 'NOUN' &&
    sectorAt(tree, one) !== null &&
    !/s$/i.test(tree.word(one)) &&
    tree.children(one, 'det', 'nummod').some((d) => ONE.has(tree.lower(d)))
  );
}
