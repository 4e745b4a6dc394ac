import type { Entity, EventActor, Mention } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { lemmaIn } from './lemmas.js';
import { BACKING, LOCATED, MEMBER_OF, RELATED_OTHERS } from './actor-words.js';
import {
  listOf,
  markerOf,
  namesPopulation,
  residenceOf,
  withHyphenedPartners,
  withListAppositions,
} from './actor-phrases.js';
import { sectorOfEntity } from './sectors.js';
import { SentenceMentions } from './sentence-mentions.js';
import { type RoleHolder, roleCountry, roleHoldersOf } from './role-holders.js';
import { nounSector, someMembers } from './noun-kinds.js';
import { pronounActor } from './pronoun-actors.js';

/**
 * Who acts and who is acted upon, read from one sentence's dependency tree: the trigger's grammatical agent
 * and patient, the party named by the type's preposition, the possessor or modifier of an event noun. An
 * argument word is mapped to an actor through the mention it heads ("Vladimir Putin"), or, for a common
 * noun, through the mention modifying it ("Ukrainian forces", "the US commander", "a court in Guyana"),
 * with the noun giving the sector.
 */
export class SentenceActors extends SentenceMentions {
  /** Title words of a role the entities stage read with its holder's name, by word: "President" → Putin. */
  private readonly roleHolders: ReadonlyMap<number, RoleHolder>;

  constructor(
    tree: Tree,
    mentions: readonly Mention[],
    entities: ReadonlyMap<string, Entity>,
    /** The entities a group anaphor at a word stands for ("both nations"), from the article so far. */
    private readonly groupAt: (w: number) => readonly Entity[] = () => [],
  ) {
    super(tree, mentions, entities);
    this.roleHolders = roleHoldersOf(tree, entities, this.byHead);
  }

  /**
   * The actors word `w` names with its conjuncts ("Russia and China" → both), each counted once, and the
   * other members of a written list one of them is in ("the U.K., France, the U.S., Ukraine, and Germany"),
   * which the parser often hangs as appositions and modifiers rather than conjuncts.
   */
  actorsOf(words: readonly number[]): EventActor[] {
    const out: EventActor[] = [];
    const add = (actor: EventActor) => {
      if (!out.some((a) => a.id === actor.id)) out.push(actor);
    };
    for (const w of withListAppositions(this.tree, withHyphenedPartners(this.tree, words, this)))
      for (const actor of this.actorsAt(w)) {
        add(actor);
        const { start, end } = this.tree.span(w);
        const own = this.ordered.find((m) => m.entityId === actor.id && m.start >= start && m.end <= end);
        if (!own) continue;
        for (const m of listOf(this.tree.text, this.ordered, own, (x) => this.entityOf(x)?.type)) {
          if (!this.isActor(m)) continue;
          const entity = this.entities.get(m.entityId);
          add({ id: m.entityId, country: entity?.country ?? null, sector: actor.sector });
        }
      }
    return out;
  }

  /**
   * The actors word `w` names: the parties a group anaphor sums up ("both nations", "officials from both
   * nations", the noun giving the sector), else the one actor of `actorAt`.
   */
  actorsAt(w: number): EventActor[] {
    const { tree } = this;
    if (w < 0) return [];
    const sector = this.nounSector(w);
    const members = [w];
    if (tree.tokens[w]?.upos === 'NOUN')
      for (const c of tree.children(w, 'nmod')) {
        const marker = markerOf(tree, c);
        if (marker >= 0 && MEMBER_OF.has(tree.lower(marker))) members.push(c);
      }
    for (const m of members) {
      const group = this.groupAt(m);
      if (group.length > 0)
        return group.map((entity) => ({
          id: entity.id,
          country: entity.country,
          sector: sector ?? sectorOfEntity(entity),
        }));
    }
    // "officials from the United States and Ukraine": the noun stands for each of its coordinated owners.
    if (!this.byHead.has(w))
      for (const c of members.slice(1)) {
        const owners = tree.conjuncts(c).flatMap((o) => this.actorAt(o, 1) ?? []);
        if (owners.length > 1) return owners.map((a) => ({ ...a, sector: sector ?? a.sector }));
      }
    const coordinated = this.coordinatedModifiers(w, sector);
    if (coordinated.length > 1) return coordinated;
    const one = this.actorAt(w);
    return one ? [one] : [];
  }

  /**
   * "Russian and Ukrainian delegations", "US and Ukrainian officials": a noun with no name of its own whose
   * modifiers name actors coordinated with one another stands for each of them.
   */
  private coordinatedModifiers(w: number, sector: EventActor['sector']): EventActor[] {
    const { tree } = this;
    const upos = tree.tokens[w]?.upos;
    if ((upos !== 'NOUN' && upos !== 'PROPN') || this.byHead.has(w)) return [];
    const modifiers = tree.children(w, 'amod', 'compound');
    const all = modifiers.flatMap((c) => tree.conjuncts(c));
    // "Iranian and US delegations": the "and" may hang on the noun rather than on the second modifier.
    const joined =
      all.length > modifiers.length ||
      modifiers.some((c) => tree.child(c, 'cc') >= 0 && c > modifiers[0]!) ||
      tree.children(w, 'cc').some((cc) => cc > modifiers[0]! && modifiers.some((c) => c > cc));
    if (!joined) return [];
    const out: EventActor[] = [];
    for (const c of all) {
      const m = this.byHead.get(c);
      if (!m || !this.isActor(m)) continue;
      const actor = this.coded(m, sector);
      if (!out.some((a) => a.id === actor.id)) out.push(actor);
    }
    return out;
  }

  /**
   * The actor word `w` names: the entity of a mention it heads, else the entity of a mention modifying it
   * (a noun's demonym, compound, possessor, apposition or of/in/from phrase); null when none does.
   */
  actorAt(w: number, depth = 0): EventActor | null {
    const { tree } = this;
    if (w < 0) return null;
    const own = this.byHead.get(w);
    const nounSector = this.nounSector(w);
    if (own && this.isActor(own)) {
      const people = own.kind === 'demonym' && namesPopulation(tree, w) ? 'civilians' : null;
      const actor = this.coded(
        own,
        own.kind === 'title' || own.kind === 'demonym' ? (nounSector ?? people) : null,
        this.roleCountry(w),
      );
      const residence = own.kind === 'demonym' ? residenceOf(tree, w, own, this) : undefined;
      // A people placed apart from the state its name recalls is a population, not that state.
      return residence === undefined
        ? actor
        : { ...actor, country: residence, sector: actor.sector ?? 'civilians' };
    }
    const holder = this.roleHolders.get(w);
    if (holder)
      return {
        id: holder.entity.id,
        country: holder.entity.country ?? holder.country ?? this.roleCountry(w),
        sector: nounSector ?? sectorOfEntity(holder.entity),
      };
    const upos = tree.tokens[w]?.upos;
    if (upos === 'PRON' && depth === 0)
      return pronounActor(tree, w, this.entities, (s) => this.actorAt(s, 1));
    // "The Israeli public criticised …": a sector word the tagger read as an adjective heads its noun
    // phrase all the same when it is the verb's subject or object.
    const nominal =
      upos === 'NOUN' ||
      upos === 'PROPN' ||
      (upos === 'ADJ' && nounSector !== null && /^(?:nsubj|obj|iobj|obl)/.test(tree.dep(w)));
    if (!nominal || depth > 1) return null;
    if (this.someMembers(w)) return null;
    // "the head of the council, Rustem Umerov", "the President of the Russian Federation, Vladimir Putin":
    // a person named in apposition is the one meant, wherever the parser hangs the apposition.
    for (const host of [w, ...tree.children(w, 'nmod')])
      for (const c of tree.children(host, 'appos', 'flat')) {
        const m = this.byHead.get(c);
        if (m && this.isActor(m) && (host === w || this.entityOf(m)?.type === 'person'))
          return this.coded(m, nounSector, this.roleCountry(host));
      }
    for (const c of tree.children(w, 'amod', 'compound', 'nmod:poss', 'nmod')) {
      // "the Iranian-backed group", "US-funded militias": the backer is not the group.
      if (tree.dep(c) === 'amod' && lemmaIn(tree.word(c), BACKING) !== null) continue;
      if (tree.dep(c) !== 'amod' && lemmaIn(tree.lower(w), RELATED_OTHERS) !== null) continue;
      if (tree.dep(c) === 'nmod') {
        const marker = markerOf(tree, c);
        if (marker < 0 || !MEMBER_OF.has(tree.lower(marker))) continue;
        // "a court in Guyana", "officials in Kyiv", "people in Gaza": a body or people placed in a country
        // are its. A thing, or a group the words give no kind ("a project in Iraq", "dissident groups in
        // northern Iraq"), is only there: the place is its setting, not its owner.
        if (LOCATED.has(tree.lower(marker)) && nounSector === null) continue;
        // "a group of Moroccan diplomats", "the leaders of the Fijian rebels": the members' actor.
        const inner = this.actorAt(c, depth + 1);
        if (inner) return { ...inner, sector: nounSector ?? inner.sector };
        continue;
      }
      const m = this.byHead.get(c);
      if (m && this.isActor(m)) return this.coded(m, nounSector);
    }
    return null;
  }

  /** The sector noun `w` names, its own or its unnamed modifiers' ("an extremist organisation"). */
  private nounSector(w: number): EventActor['sector'] {
    return nounSector(this.tree, w, (c) => this.byHead.has(c));
  }

  /** Whether noun `w` names some of a body's members, not the body: "some EU countries". */
  private someMembers(w: number): boolean {
    return someMembers(this.tree, w, (c) => {
      const m = this.byHead.get(c);
      return m !== undefined && this.entityOf(m)?.type === 'organisation';
    });
  }

  /** The country the words around a person's name or title give the role ("Algerian President …"). */
  private roleCountry(w: number): string | null {
    return roleCountry(this.tree, w, this.byHead, this.entities);
  }

  /**
   * An entity a word-window guess names, coded as the tree reads the noun its mention heads or modifies
   * ("British aircraft" → military), else from the entity alone.
   */
  guessed(id: string): EventActor | null {
    const { tree } = this;
    const m = this.ordered.find((x) => x.entityId === id);
    const w = m ? tree.headOf(m.start, m.end) : -1;
    if (w >= 0) {
      const head = tree.head(w);
      const modifies = head >= 0 && ['amod', 'compound', 'nmod:poss'].includes(tree.dep(w));
      for (const at of modifies ? [head, w] : [w]) {
        const actor = this.actorAt(at);
        if (actor?.id === id) return actor;
      }
    }
    return this.codedEntity(id);
  }
}
