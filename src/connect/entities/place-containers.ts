import type { Entity, Mention } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';
import { containerTie } from '../../stages/entities/containers.js';
import { isContainerSense, lookupName, namesakes } from '../../stages/entities/gazetteer.js';
import { foldName } from './names.js';

/**
 * The place below a country that an article ties a place's name to ("Georgetown, Texas", "Georgetown (New
 * York)", "Luxor's West Bank"), folded; null when none. A country is no such container: it is the place's
 * country, compared as such. A possessive's container is a place named as a place, never a government
 * acting ("Washington's West Bank policy") or a country ("Israel's West Bank").
 */
export function placeContainer(
  read: ReadArticle,
  entity: Entity,
  mentions: readonly Mention[],
): string | null {
  if (entity.type !== 'place') return null;
  const { text } = read.article;
  const all = read.reading.mentions;
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    const tie = containerTie(text, all, all.indexOf(m));
    if (!tie) continue;
    const k = all[tie.index]!;
    const container = read.reading.entities.find((e) => e.id === k.entityId);
    if (!container || container.type !== 'place' || container.stands || container.id === entity.id) continue;
    const below =
      tie.tie === 'possessive' ? k.kind === 'name' : namesakes(container.name).some(isContainerSense);
    if (below) return foldName(container.name);
  }
  return null;
}

/**
 * A place its article read in another sense than the gazetteer's best-known one for its name (the town in
 * Texas, not Guyana's capital; the Nile's west bank at Luxor, not the Palestinian territory): it is never
 * joined by its name alone with the best-known sense read elsewhere.
 */
export function otherSense(entity: Entity): boolean {
  if (entity.type !== 'place') return false;
  const best = lookupName(entity.name);
  return best !== null && best.kind !== 'organisation' && best.country !== entity.country;
}
