import type { EventType } from '../../core/analysis.js';
import { lemmaIn } from './lemmas.js';
import type { SentenceActors } from './sentence-actors.js';
import { sectorOfWords } from './sectors.js';
import { eventNounType } from './triggers.js';
import type { Tree } from '../syntax/tree.js';

/**
 * Whether trigger `w` asserts no act of its type in this sentence, read from the words that govern it and
 * from its own complements (precision first: such a trigger gives no event rather than a re-typed one):
 * - a contrasted conjunct ("trade, not aid", "trade rather than aid") is what is set aside;
 * - an act another party's word blocks, permits or reverses is not that party's act, nor asserted: "lift
 *   restrictions on aid", "allow aid into Gaza" (the allower is no giver), "sanctions relief";
 * - a fight that is a metaphor: a legal or political battle, a fight "for" a cause ("for their daughter's
 *   release") rather than for a place or a party;
 * - mobilising or aiding a thing ("mobilised votes", "aiding the club's growth") moves no forces and helps
 *   no party;
 * - a news or press conference is a briefing, and a conference one speaks at the setting of what is said,
 *   no meeting between parties;
 * - a gerund that is a noun's topic ("cooperation on supporting the private sector") is not asserted.
 */
export function unasserted(sa: SentenceActors, w: number, type: EventType, nominal: boolean): boolean {
  const { tree } = sa;
  if (contrasted(tree, w, nominal) || topicOfANoun(tree, w)) return true;
  const blockers = BLOCKED_BY[type];
  if (blockers && governors(tree, w).some((g) => lemmaIn(tree.lower(g), blockers) !== null)) return true;
  switch (type) {
    case 'FIGHT':
      return (
        tree.children(w, 'amod', 'compound').some((m) => FIGURATIVE_ARENAS.has(tree.lower(m))) ||
        foughtForACause(sa, w)
      );
    case 'MOBILIZE': {
      const moved = nominal
        ? [...tree.children(w, 'compound'), ...tree.prepositional(w, 'of').map((p) => p.index)]
        : tree.objects(w);
      return moved.length > 0 && moved.every((o) => thing(sa, o) && lemmaIn(tree.lower(o), FORCES) === null);
    }
    case 'AID': {
      // Only "aid" and its like take what is helped as object; "send arms" takes what is given.
      if (nominal || lemmaIn(tree.lower(w), HELP) === null) return false;
      const helped = tree.objects(w);
      return helped.length > 0 && helped.every((o) => thing(sa, o) && !partyInside(sa, o));
    }
    case 'CONSULT':
      return (
        nominal && (tree.children(w, 'compound').some((m) => BRIEFINGS.has(tree.lower(m))) || venue(tree, w))
      );
    default:
      return false;
  }
}

/** Words a negated or replaced conjunct carries: "not aid", "rather than aid", "instead of talks". */
const NEGATORS: ReadonlySet<string> = new Set(['not', 'never']);
const REPLACERS: ReadonlySet<string> = new Set(['rather', 'instead']);

function contrasted(tree: Tree, w: number, nominal: boolean): boolean {
  if (tree.children(w, 'cc', 'case', 'mark').some((c) => REPLACERS.has(tree.lower(c)))) return true;
  // A verb's own "not" is its clause's negation, read as the denied mode; on a noun, or on a conjunct set
  // against a noun ("trade, not aid", where the parser may tag "aid" a verb), it sets the act aside.
  const head = tree.head(w);
  const againstANoun =
    tree.dep(w) === 'conj' && head >= 0 && ['NOUN', 'PROPN'].includes(tree.tokens[head]!.upos);
  return (
    (nominal || againstANoun) && tree.children(w, 'advmod', 'cc').some((c) => NEGATORS.has(tree.lower(c)))
  );
}

/**
 * The words that govern noun or verb `w`: the noun it is a compound or complement of ("sanctions relief",
 * "restrictions on aid"), then the verb taking that ("lift restrictions on aid"), and the verb whose object
 * or raised subject it is ("allow aid to enter").
 */
function governors(tree: Tree, w: number): number[] {
  const out: number[] = [];
  let x = w;
  for (let step = 0; step < 3; step++) {
    const h = tree.head(x);
    if (h < 0) break;
    const dep = tree.dep(x);
    if (dep === 'nsubj' && ['xcomp', 'ccomp'].includes(tree.dep(h)) && tree.head(h) >= 0) {
      out.push(tree.head(h));
      break;
    }
    if (!['compound', 'nmod', 'obj', 'obl', 'nsubj:pass'].includes(dep)) break;
    out.push(h);
    if (tree.isPredicate(h)) break;
    x = h;
  }
  return out;
}

/**
 * Words by which another party blocks, permits or undoes an act of the type: no act of it is asserted. Aid
 * withheld, denied or frozen is the giver's own, called off (the mode says so).
 */
const BLOCKED_BY: Partial<Record<EventType, ReadonlySet<string>>> = {
  AID: new Set([
    'allow',
    'let',
    'permit',
    'block',
    'prevent',
    'restrict',
    'obstruct',
    'restriction',
    'blockade',
    'ban',
    'embargo',
    'obstruction',
  ]),
  // Lifting or easing sanctions calls them off (the mode says so); relief from them, or a waiver, names
  // none imposed.
  SANCTION: new Set(['relief', 'waiver', 'exemption']),
};

/** Arenas a "battle" or "fight" is a figure in: "a legal battle" is a court case, no armed fight. */
const FIGURATIVE_ARENAS: ReadonlySet<string> = new Set([
  'legal',
  'court',
  'courtroom',
  'judicial',
  'political',
  'electoral',
  'legislative',
  'custody',
  'copyright',
  'patent',
  'trademark',
  'regulatory',
  'bidding',
  'takeover',
  'boardroom',
]);

const FIGHT_WORDS: ReadonlySet<string> = new Set(['fight', 'fought', 'fighting', 'battle', 'struggle']);

/** Spans "for" measures out rather than a cause: "shelled Juba for the first time", "fought for years". */
const DURATIONS: ReadonlySet<string> = new Set([
  'time',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'decade',
  'while',
]);

/** What armed struggles are fought for: "militants fighting for the independence of the regions". */
const ARMED_CAUSES: ReadonlySet<string> = new Set([
  'independence',
  'self-determination',
  // "self-determination" as the tokens split it.
  'determination',
  'autonomy',
  'control',
  'liberation',
  'sovereignty',
  'territory',
  'survival',
]);

/**
 * "fight for their daughter's release", "the fight for the dignity of workers": a campaign for a cause; a
 * fight for a place or a party ("the battle for Bakhmut", "fought for Ukraine") is one.
 */
function foughtForACause(sa: SentenceActors, w: number): boolean {
  const { tree } = sa;
  if (lemmaIn(tree.lower(w), FIGHT_WORDS) === null) return false;
  const causes = tree.prepositional(w, 'for').map((p) => p.index);
  return (
    causes.length > 0 &&
    causes.every(
      (c) =>
        commonNoun(sa, c) &&
        lemmaIn(tree.lower(c), DURATIONS) === null &&
        lemmaIn(tree.lower(c), ARMED_CAUSES) === null,
    )
  );
}

const HELP: ReadonlySet<string> = new Set(['aid', 'help', 'assist']);

/** What is mobilised as forces: troops, reservists, fighters, supporters sent out. */
const FORCES: ReadonlySet<string> = new Set([
  'troops',
  'forces',
  'soldiers',
  'reservists',
  'reserves',
  'army',
  'militia',
  'militias',
  'fighters',
  'units',
  'brigades',
  'battalions',
  'divisions',
  'men',
  'people',
  'supporters',
  'volunteers',
  'protesters',
  'police',
  'warships',
]);

/** Compounds of a conference that make it a briefing of the press: "news conference", "press conference". */
const BRIEFINGS: ReadonlySet<string> = new Set(['news', 'press', 'media']);

/**
 * Whether meeting noun `w` is only the setting of another act: "speaking at the group's annual conference",
 * "upset during a news conference": the sentence reports what was said or done there, no meeting of parties.
 */
function venue(tree: Tree, w: number): boolean {
  const h = tree.head(w);
  return (
    tree.dep(w) === 'obl' &&
    h >= 0 &&
    tree.isPredicate(h) &&
    lemmaIn(tree.lower(w), GATHERINGS) !== null &&
    tree.children(w, 'case').some((c) => ['at', 'during'].includes(tree.lower(c))) &&
    // "during his meeting with Ramaphosa", "at the summit between the EU and the UK", "during their
    // meeting": a setting that names its parties is a meeting the sentence reports.
    !tree.prepositional(w).some((p) => ['with', 'between', 'among'].includes(p.preposition)) &&
    !tree.children(w, 'nmod:poss').some((x) => tree.tokens[x]?.upos === 'PRON')
  );
}

/** Gatherings one speaks or acts at; a visit or an invitation is paid or made by its own party. */
const GATHERINGS: ReadonlySet<string> = new Set([
  'conference',
  'meeting',
  'summit',
  'session',
  'forum',
  'gathering',
  'discussion',
  'assembly',
  'convention',
  'congress',
]);

/**
 * Whether verb `w` is the topic of a noun, a gerund after "on", "about" or "over" ("cooperation on
 * supporting the private sector", "talks about ending the war"): what is talked of, not asserted done.
 */
function topicOfANoun(tree: Tree, w: number): boolean {
  const h = tree.head(w);
  return (
    tree.tokens[w]?.upos === 'VERB' &&
    /ing$/i.test(tree.word(w)) &&
    h >= 0 &&
    ['NOUN', 'PROPN'].includes(tree.tokens[h]!.upos) &&
    tree.children(w, 'case', 'mark').some((c) => TOPIC_MARKERS.has(tree.lower(c)))
  );
}

const TOPIC_MARKERS: ReadonlySet<string> = new Set(['on', 'about', 'over', 'regarding']);

/** Whether word `x` is a common noun naming no party or place: "votes", "growth", "release". */
function commonNoun(sa: SentenceActors, x: number): boolean {
  const { tree } = sa;
  return (
    tree.tokens[x]?.upos === 'NOUN' &&
    sa.mentionAt(x) === undefined &&
    sectorOfWords(null, tree.word(x)) === null
  );
}

/** Whether word `x` is a common noun naming no party, place or event: "votes", "growth". */
const thing = (sa: SentenceActors, x: number): boolean =>
  commonNoun(sa, x) && eventNounType(sa.tree.word(x)) === null;

/** Whether noun `x` has a party among its own modifiers: "the Russian war effort", "Kyiv's defence". */
function partyInside(sa: SentenceActors, x: number): boolean {
  return sa.tree
    .children(x, 'amod', 'nmod:poss', 'compound', 'nmod')
    .some((m) => sa.mentionAt(m) !== undefined || sa.tree.tokens[m]?.upos === 'PRON');
}
