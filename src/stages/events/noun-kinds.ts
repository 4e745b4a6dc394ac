import type { EventActor } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { lemmaIn } from './lemmas.js';
import { sectorAt, sectorOfWords } from './sectors.js';

/** Nouns for the members of a body of states: "EU countries", "NATO members", "G7 governments". */
const MEMBER_BODIES: ReadonlySet<string> = new Set([
  'country',
  'state',
  'nation',
  'member',
  'government',
  'capital',
]);

/** Words that count out some of a body's members, not all: "some EU countries", "other NATO members". */
const SOME_OF: ReadonlySet<string> = new Set([
  'some',
  'several',
  'few',
  'many',
  'certain',
  'individual',
  'other',
  'most',
]);

/**
 * Sector words that, modifying a noun, say whose a thing is or how good or wide it is, not what kind of body
 * it is: "foreign investors", "a state company", "premier resorts", "the general public".
 */
const NOT_KINDS: ReadonlySet<string> = new Set(['foreign', 'state', 'premier', 'general']);

/**
 * The sector noun `w` names: its own ("forces", "state media"), else that of a word modifying it that names
 * no one ("an extremist organisation", "opposition parties", "a military base", "guerrilla camps"), since
 * the noun is then a body of that kind. A name modifying it ("Russian", "Hamas") is its owner, not its
 * kind; `named` tells the words that head a mention.
 */
export function nounSector(tree: Tree, w: number, named: (w: number) => boolean): EventActor['sector'] {
  const own = sectorAt(tree, w);
  if (own !== null || named(w)) return own;
  const upos = tree.tokens[w]?.upos;
  if (upos !== 'NOUN' && upos !== 'PROPN') return null;
  for (const c of tree.children(w, 'amod', 'compound')) {
    if (named(c) || NOT_KINDS.has(tree.lower(c))) continue;
    const sector = sectorOfWords(null, tree.word(c));
    if (sector !== null) return sector;
  }
  return null;
}

/**
 * Whether noun `w` names some of a body's members, not the body: "some EU countries", "two NATO members",
 * "other Arab League states". A few of its members act for themselves; the EU does not allow what some
 * of its states allow. "EU countries" or "the EU's members", with no count, may stand for all of them.
 * `organisationAt` tells whether a word heads a mention of an organisation.
 */
export function someMembers(tree: Tree, w: number, organisationAt: (w: number) => boolean): boolean {
  if (lemmaIn(tree.lower(w), MEMBER_BODIES) === null) return false;
  const counted =
    tree.child(w, 'nummod') >= 0 || tree.children(w, 'det', 'amod').some((c) => SOME_OF.has(tree.lower(c)));
  if (!counted) return false;
  return tree.children(w, 'compound', 'amod').some(organisationAt);
}
