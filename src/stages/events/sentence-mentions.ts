import type { Entity, EventActor, Mention } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { namedCountry, namesOccasionOrText, namesWater } from './actor-words.js';
import type { PhraseMentions } from './actor-phrases.js';
import { sectorOfEntity } from './sectors.js';
import { namesakes } from '../entities/gazetteer.js';

/** A compass word before a region's name: "West Africa", "Southeast Asia", "Eastern Europe". */
const COMPASS = /^(?:North|South|East|West|Central)(?:east|west|ern)?\s+/;

/**
 * One sentence's mentions indexed by the tree word that heads each, with what kind of entity each names:
 * the ground the reading of actors stands on.
 */
export class SentenceMentions implements PhraseMentions {
  protected readonly byHead = new Map<number, Mention>();
  /** The sentence's mentions in text order. */
  protected readonly ordered: readonly Mention[];

  constructor(
    readonly tree: Tree,
    mentions: readonly Mention[],
    protected readonly entities: ReadonlyMap<string, Entity>,
  ) {
    this.ordered = [...mentions].sort((a, b) => a.start - b.start);
    for (const m of mentions) {
      const w = tree.headOf(m.start, m.end);
      if (w < 0) continue;
      const known = this.byHead.get(w);
      if (!known || m.end - m.start > known.end - known.start) this.byHead.set(w, m);
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

  /** An entity as an actor, coded from the entity alone (for actors read without the tree). */
  codedEntity(id: string): EventActor | null {
    const entity = this.entities.get(id);
    if (!entity || (entity.type === 'other' && namedCountry(entity) === null) || namesOccasionOrText(entity))
      return null;
    return { id, country: entity.country ?? namedCountry(entity), sector: sectorOfEntity(entity) };
  }

  /**
   * The country of ISO alpha-3 `iso3` as an actor, when the article names it, by its name or its people
   * ("Ukraine", "Ukrainian officials"), anywhere; else by its government, named so or by a metonym ("the
   * Ukrainian government", "Kyiv said"), which stands for the state; null when it names none of these (the
   * reading invents no party). A body of the state's ("the defence ministry") is no name of the state.
   */
  countryActor(iso3: string): EventActor | null {
    let government: Entity | null = null;
    for (const entity of this.entities.values()) {
      if (entity.country !== iso3) continue;
      if (entity.type === 'country') return { id: entity.id, country: iso3, sector: sectorOfEntity(entity) };
      if (entity.stands === 'government') government ??= entity;
    }
    return government && { id: government.id, country: iso3, sector: sectorOfEntity(government) };
  }

  /** Mention `m`'s entity as an actor; `country` stands in for a person the entity gives none. */
  protected coded(m: Mention, sector: EventActor['sector'], country: string | null = null): EventActor {
    const entity = this.entities.get(m.entityId);
    return {
      id: m.entityId,
      country:
        entity?.country ?? (entity?.type === 'person' ? country : entity ? namedCountry(entity) : null),
      sector: sector ?? (entity ? sectorOfEntity(entity) : null),
    };
  }
}
