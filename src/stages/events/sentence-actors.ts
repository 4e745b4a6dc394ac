import type { Entity, EventActor, Mention } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { lemmaIn } from './lemmas.js';
import {
  BACKING,
  LOCATED,
  MEMBER_OF,
  PERSONAL,
  PERSONAL_HUMAN,
  RELATED_OTHERS,
  namedCountry,
  namesOccasionOrText,
  namesWater,
} from './actor-words.js';
import {
  type PhraseMentions,
  listOf,
  markerOf,
  namesPopulation,
  residenceOf,
  withHyphenedPartners,
  withListAppositions,
} from './actor-phrases.js';
import { sectorAt, sectorOfEntity, sectorOfWords } from './sectors.js';
import { namesakes } from '../entities/gazetteer.js';

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

/** A compass word before a region's name: "West Africa", "Southeast Asia", "Eastern Europe". */
const COMPASS = /^(?:North|South|East|West|Central)(?:east|west|ern)?\s+/;

/**
 * Sector words that, modifying a noun, say whose a thing is or how good or wide it is, not what kind of body
 * it is: "foreign investors", "a state company", "premier resorts", "the general public".
 */
const NOT_KINDS: ReadonlySet<string> = new Set(['foreign', 'state', 'premier', 'general']);

/**
 * Who acts and who is acted upon, read from one sentence's dependency tree: the trigger's grammatical agent
 * and patient, the party named by the type's preposition, the possessor or modifier of an event noun. An
 * argument word is mapped to an actor through the mention it heads ("Vladimir Putin"), or, for a common
 * noun, through the mention modifying it ("Ukrainian forces", "the US commander", "a court in Guyana"),
 * with the noun giving the sector.
 */
export class SentenceActors implements PhraseMentions {
  private readonly byHead = new Map<number, Mention>();
  /** The sentence's mentions in text order. */
  private readonly ordered: readonly Mention[];
  /** Title words of a role the entities stage read with its holder's name, by word: "President" → Putin. */
  private readonly roleHolders = new Map<number, { entity: Entity; country: string | null }>();

  constructor(
    readonly tree: Tree,
    mentions: readonly Mention[],
    private readonly entities: ReadonlyMap<string, Entity>,
    /** The entities a group anaphor at a word stands for ("both nations"), from the article so far. */
    private readonly groupAt: (w: number) => readonly Entity[] = () => [],
  ) {
    this.ordered = [...mentions].sort((a, b) => a.start - b.start);
    for (const m of mentions) {
      const w = tree.headOf(m.start, m.end);
      if (w < 0) continue;
      const known = this.byHead.get(w);
      if (!known || m.end - m.start > known.end - known.start) this.byHead.set(w, m);
    }
    // "the President of the Russian Federation, Vladimir Putin": the entities stage has read the role with
    // its holder's name; the title's words stand for the holder wherever the parser hangs the name.
    const first = tree.tokens[0];
    const last = tree.tokens[tree.length - 1];
    if (!first || !last) return;
    for (const entity of entities.values()) {
      if (entity.type !== 'person') continue;
      for (const role of entity.roles) {
        const { start, end } = role.evidence;
        if (end <= first.start || start >= last.end) continue;
        const title = new Set(role.title.toLowerCase().split(/\s+/));
        for (let w = 0; w < tree.length; w++) {
          const token = tree.tokens[w]!;
          if (token.start < start || token.end > end || this.byHead.has(w)) continue;
          if ((token.upos === 'NOUN' || token.upos === 'PROPN') && title.has(tree.lower(w)))
            this.roleHolders.set(w, { entity, country: role.country });
        }
      }
    }
  }

  /**
   * Whether a mention names someone who can act: a person, organisation, country or place, not a thing,
   * a body of water, an occasion held ("the Summit") nor a text ("the Land Act").
   */
  isActor(m: Mention): boolean {
    const entity = this.entities.get(m.entityId);
    return (
      entity !== undefined &&
      (entity.type !== 'other' || namedCountry(entity) !== null) &&
      !namesWater(entity) &&
      !namesOccasionOrText(entity)
    );
  }

  /** Whether the entity is a place other than a country (a town, a region), which does not act. */
  isPlace(id: string): boolean {
    return this.entities.get(id)?.type === 'place';
  }

  /**
   * Whether the entity is a region that spans states ("the Middle East", "West Africa", "Europe"): a place
   * the gazetteer knows with no country, perhaps after a compass word. No one acts for it.
   */
  isRegion(id: string): boolean {
    const entity = this.entities.get(id);
    if (entity?.type !== 'place' || entity.country !== null) return false;
    return [entity.name, entity.name.replace(COMPASS, '')].some((name) =>
      namesakes(name).some((e) => e.kind === 'place' && e.country === null),
    );
  }

  /** Whether the entity is a country, the state itself ("Israel", "Russia"). */
  isCountry(id: string): boolean {
    return this.entities.get(id)?.type === 'country';
  }

  isPerson(id: string): boolean {
    return this.entities.get(id)?.type === 'person';
  }

  /** Whether the entity is a body or a people named as itself ("Hamas", "Iraqi Kurds"), not a state or place. */
  isGroup(id: string): boolean {
    const type = this.entities.get(id)?.type;
    return type === 'organisation' || type === 'other';
  }

  entityOf(m: Mention): Entity | undefined {
    return this.entities.get(m.entityId);
  }

  /** The mention headed by word `w`, if any. */
  mentionAt(w: number): Mention | undefined {
    return this.byHead.get(w);
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
    if (upos === 'PRON' && depth === 0) return this.pronounAt(w);
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

  /**
   * Whether noun `w` names some of a body's members, not the body: "some EU countries", "two NATO members",
   * "other Arab League states". A few of its members act for themselves; the EU does not allow what some
   * of its states allow. "EU countries" or "the EU's members", with no count, may stand for all of them.
   */
  private someMembers(w: number): boolean {
    const { tree } = this;
    if (lemmaIn(tree.lower(w), MEMBER_BODIES) === null) return false;
    const counted =
      tree.child(w, 'nummod') >= 0 || tree.children(w, 'det', 'amod').some((c) => SOME_OF.has(tree.lower(c)));
    if (!counted) return false;
    return tree.children(w, 'compound', 'amod').some((c) => {
      const m = this.byHead.get(c);
      return m !== undefined && this.entityOf(m)?.type === 'organisation';
    });
  }

  /**
   * The sector noun `w` names: its own ("forces", "state media"), else that of a word modifying it that names
   * no one ("an extremist organisation", "opposition parties", "a military base", "guerrilla camps"), since
   * the noun is then a body of that kind. A name modifying it ("Russian", "Hamas") is its owner, not its
   * kind.
   */
  private nounSector(w: number): EventActor['sector'] {
    const { tree } = this;
    const own = sectorAt(tree, w);
    if (own !== null || this.byHead.has(w)) return own;
    const upos = tree.tokens[w]?.upos;
    if (upos !== 'NOUN' && upos !== 'PROPN') return null;
    for (const c of tree.children(w, 'amod', 'compound')) {
      if (this.byHead.has(c) || NOT_KINDS.has(tree.lower(c))) continue;
      const sector = sectorOfWords(null, tree.word(c));
      if (sector !== null) return sector;
    }
    return null;
  }

  /** The actor when pronoun `w` can stand for it: "he"/"she" for a person, "it"/"they" for anything else. */
  private compatible(w: number, actor: EventActor | null): EventActor | null {
    if (!actor) return null;
    const person = this.entities.get(actor.id)?.type === 'person';
    return PERSONAL_HUMAN.has(this.tree.lower(w)) === person ? actor : null;
  }

  /**
   * A personal pronoun the entities stage left unresolved ("it", "they"), as the subject of a reported
   * clause, stands for the reporter: "Syria says it is willing to withdraw" → Syria. Only the subject of
   * the verb of saying directly above it is taken (the last compatible subject up the tree).
   */
  private pronounAt(w: number): EventActor | null {
    const { tree } = this;
    if (!PERSONAL.has(tree.lower(w))) return null;
    const dep = tree.dep(w);
    if (dep !== 'nsubj' && dep !== 'nsubj:pass' && dep !== 'nmod:poss') return null;
    let clause = tree.head(w);
    for (let steps = 0; clause >= 0 && steps < 4; steps++) {
      const cdep = tree.dep(clause);
      const head = tree.head(clause);
      if (head < 0) return null;
      if (cdep === 'ccomp' || cdep === 'xcomp') {
        const subject = tree.subjects(head).find((s) => s !== w && tree.tokens[s]?.upos !== 'PRON');
        if (subject !== undefined) return this.compatible(w, this.actorAt(subject, 1));
        clause = head;
        continue;
      }
      if (dep === 'nmod:poss' && steps === 0) {
        // "Syria offered its troops", "the ILO reiterated its demand": a possessive pronoun stands for the
        // subject of the clause its noun is in.
        const subject = tree.subjects(tree.clauseOf(clause)).find((s) => tree.tokens[s]?.upos !== 'PRON');
        if (subject !== undefined) return this.compatible(w, this.actorAt(subject, 1));
      }
      return null;
    }
    return null;
  }

  /**
   * The country the words around a person's name give the role it names ("Russian opposition leader
   * Alexei Navalny", "U.N. mediator Diego Cordovez", "the president of Algeria, …"): a country, demonym or
   * body of one country modifying word `w` (the name or the title the name is in apposition to), or the
   * owner of its of-phrase; null when none does.
   */
  private roleCountry(w: number): string | null {
    const { tree } = this;
    const modifiers = tree.children(w, 'amod', 'compound', 'nmod:poss', 'nmod:desc', 'nmod');
    for (const c of modifiers) {
      if (tree.dep(c) === 'nmod') {
        const marker = markerOf(tree, c);
        if (marker < 0 || tree.lower(marker) !== 'of') continue;
      }
      // A title in front of the name ("Algerian President …") carries the country on its own modifiers.
      const owners =
        tree.dep(c) === 'nmod:desc' || tree.dep(c) === 'compound'
          ? [c, ...tree.children(c, 'amod', 'compound')]
          : [c];
      for (const o of owners) {
        const m = this.byHead.get(o);
        const entity = m ? this.entities.get(m.entityId) : undefined;
        if (entity && entity.type !== 'person' && entity.country !== null) return entity.country;
      }
    }
    return null;
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

  /** An entity as an actor, coded from the entity alone (for actors read without the tree). */
  codedEntity(id: string): EventActor | null {
    const entity = this.entities.get(id);
    if (!entity || (entity.type === 'other' && namedCountry(entity) === null) || namesOccasionOrText(entity))
      return null;
    return { id, country: entity.country ?? namedCountry(entity), sector: sectorOfEntity(entity) };
  }

  /** Mention `m`'s entity as an actor; `country` stands in for a person the entity gives none. */
  private coded(m: Mention, sector: EventActor['sector'], country: string | null = null): EventActor {
    const entity = this.entities.get(m.entityId);
    return {
      id: m.entityId,
      country:
        entity?.country ?? (entity?.type === 'person' ? country : entity ? namedCountry(entity) : null),
      sector: sector ?? (entity ? sectorOfEntity(entity) : null),
    };
  }
}
