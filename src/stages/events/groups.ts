import type { Entity, Mention } from '../../core/analysis.js';
import { givenNameGender } from '../entities/given-names.js';
import type { Tree } from '../syntax/tree.js';

/**
 * Plural anaphors that sum up parties named before: "both nations", "the two sides", "all three
 * countries". English uses them for a set the reader has just been given, so they stand for the last
 * parties of their kind named in the sentence or the two before it, as many as the anaphor counts; when
 * fewer are named, or the count is not said ("the nations"), they stand for nobody.
 */

/** What a group noun can sum up: countries (and governments), people, or parties of either kind. */
type GroupKind = 'country' | 'person' | 'party';

const GROUP_NOUNS: ReadonlyMap<string, GroupKind> = new Map([
  ['nations', 'country'],
  ['countries', 'country'],
  ['states', 'country'],
  ['governments', 'country'],
  ['leaders', 'person'],
  ['presidents', 'person'],
  ['men', 'person'],
  ['sides', 'party'],
  ['parties', 'party'],
  ['delegations', 'party'],
  ['camps', 'party'],
]);

/** Words that count a group: "both", "the two", "all three". */
const COUNTS: ReadonlyMap<string, number> = new Map([
  ['both', 2],
  ['two', 2],
  ['three', 3],
  ['four', 4],
]);

/** Determiners that make a counted group definite ("the two sides"); "two countries" is new, not a summary. */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'these', 'those', 'all']);

/** Prepositions of a place phrase: a country named as where something happens is no party to it. */
const LOCATIVE: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'across',
  'inside',
  'outside',
  'into',
  'throughout',
  'around',
]);

/** The kind and number of parties word `w` sums up ("both nations" → 2 countries), or null. */
export function groupOf(tree: Tree, w: number): { kind: GroupKind; size: number; male: boolean } | null {
  const kind = GROUP_NOUNS.get(tree.lower(w));
  if (kind === undefined || tree.tokens[w]?.upos !== 'NOUN') return null;
  const male = tree.lower(w) === 'men';
  const modifiers = tree.children(w, 'det', 'det:predet', 'nummod', 'cc:preconj');
  for (const m of modifiers) if (tree.lower(m) === 'both') return { kind, size: 2, male };
  const definite = modifiers.some((m) => DEFINITE.has(tree.lower(m)));
  for (const m of modifiers) {
    const size = COUNTS.get(tree.lower(m));
    if (size !== undefined && tree.dep(m) === 'nummod' && definite) return { kind, size, male };
  }
  return null;
}

/** Whether the mention headed by `w` names where something happens ("in Jeddah, Saudi Arabia"). */
function isLocative(tree: Tree, w: number): boolean {
  let h = w;
  for (
    let steps = 0;
    steps < 4 && ['conj', 'appos', 'flat'].includes(tree.dep(h)) && tree.head(h) >= 0;
    steps++
  )
    h = tree.head(h);
  return tree.children(h, 'case').some((c) => LOCATIVE.has(tree.lower(c)));
}

/**
 * The parties named so far in an article, in text order, for the group anaphors of the sentence being
 * read: a country named as a place ("talks in Saudi Arabia") is left out, and only the sentence itself and
 * the two before it count.
 */
export class GroupContext {
  private readonly named: Array<{ mention: Mention; sentence: number }> = [];
  /** Countries named so far, as parties or as places ("protests spread across Kenya"), for `theState`. */
  private readonly countries: Array<{ entity: Entity; start: number; sentence: number }> = [];

  constructor(private readonly entities: ReadonlyMap<string, Entity>) {}

  /** Records the parties a parsed sentence names; sentences are added in text order. */
  add(tree: Tree, sentence: number, mentions: readonly Mention[]): void {
    for (const m of mentions) {
      const entity = this.entities.get(m.entityId);
      // A demonym does not put its country in focus: "ethnic Albanians protested against the government".
      if (entity?.type === 'country' && entity.country !== null && m.kind === 'name')
        this.countries.push({ entity, start: m.start, sentence });
      if (!entity || entity.type === 'other' || entity.type === 'place') continue;
      const head = tree.headOf(m.start, m.end);
      if (head >= 0 && isLocative(tree, head)) continue;
      this.named.push({ mention: m, sentence });
    }
  }

  /**
   * The entities the group anaphor at word `w` of sentence `sentence` stands for, latest first resolved,
   * returned in text order; empty when fewer parties of its kind were named.
   */
  resolve(tree: Tree, w: number, sentence: number): Entity[] {
    const group = groupOf(tree, w);
    if (!group) return this.theState(tree, w, sentence);
    const at = tree.tokens[w]!.start;
    const found: Entity[] = [];
    const keys = new Set<string>();
    for (let k = this.named.length - 1; k >= 0 && found.length < group.size; k--) {
      const { mention, sentence: s } = this.named[k]!;
      if (s === sentence && mention.start >= at) continue;
      if (s < sentence - 2) break;
      const entity = this.entities.get(mention.entityId)!;
      if (!fits(entity, group.kind)) continue;
      // "the two men" after a man and a woman named together are not those two (the attackers of a couple,
      // not the couple): the last people named are the set the anaphor sums up, or it sums up none.
      if (group.male && givenNameGender(entity.name.split(/\s+/)[0] ?? '') === 'female') return [];
      // Two people of one country are two parties only when the group is of people.
      const key = group.kind === 'person' ? entity.id : (entity.country ?? entity.id);
      if (keys.has(key)) continue;
      keys.add(key);
      found.push(entity);
    }
    if (found.length !== group.size) return [];
    // "the two sides" after a president and a country, or a leader and an agency, is likely neither pair:
    // parties summed up together are of one kind.
    if (group.kind === 'party' && found.some((e) => kindOf(e) !== kindOf(found[0]!))) return [];
    return found.reverse();
  }

  /** The one country a bare "the government" or "the country" at word `w` can stand for, or none. */
  private theState(tree: Tree, w: number, sentence: number): Entity[] {
    if (!bareState(tree, w)) return [];
    const at = tree.tokens[w]!.start;
    const near = this.countries.filter(
      (c) => c.sentence >= sentence - 2 && (c.sentence < sentence || c.start < at),
    );
    const ids = new Set(near.map((c) => c.entity.country));
    return ids.size === 1 ? [near[0]!.entity] : [];
  }
}

/**
 * "The government imposed a curfew", "the country expelled two diplomats": a bare definite state noun
 * stands for the country in focus, when the sentence so far and the two before it name exactly one
 * country by its name (as a party or a place); with two or more ("Somalia accused Kenya… The country…") it is left
 * unread rather than guessed.
 */
const STATE_NOUNS: ReadonlySet<string> = new Set(['government', 'country', 'regime', 'authorities']);

function bareState(tree: Tree, w: number): boolean {
  // "sanctions on the country's government": an owner may be any country the article speaks of.
  if (!STATE_NOUNS.has(tree.lower(w)) || tree.tokens[w]?.upos !== 'NOUN' || tree.dep(w) === 'nmod:poss')
    return false;
  const dets = tree.children(w, 'det');
  return (
    dets.length === 1 &&
    tree.lower(dets[0]!) === 'the' &&
    tree.children(w, 'amod', 'compound', 'nmod:poss', 'nmod', 'appos', 'acl', 'acl:relcl').length === 0
  );
}

/** Countries and the governments standing for them are one kind of party; people and bodies two others. */
const kindOf = (entity: Entity): string =>
  entity.type === 'country' || entity.stands === 'government' ? 'country' : entity.type;

function fits(entity: Entity, kind: GroupKind): boolean {
  if (kind === 'person') return entity.type === 'person';
  if (kind === 'country')
    return entity.country !== null && (entity.type === 'country' || entity.stands === 'government');
  return entity.type === 'person' || entity.country !== null || entity.type === 'organisation';
}
