import type { Discrepancy, ReadArticle, ResolvedEntity } from '../../core/connected.js';
import { evidenceAt } from '../entities/evidence.js';
import { foldName, personName, transliterationKey, withinOneEdit } from '../entities/names.js';
import { discrepancy, VariantTally } from './variants.js';

type Variant = ReturnType<VariantTally['variants']>[number];

/**
 * Spellings of one name: one letter apart ("Sybiha", "Sybhia"), or one once transliteration habits are
 * folded away ("Zelensky", "Zelenskyy"). Two different words under one actor ("Ahmed" and "al") are a
 * reading slip, not a discrepancy.
 */
function spellingsOfOneName(a: string, b: string): boolean {
  return withinOneEdit(a, b) || transliterationKey(a) === transliterationKey(b);
}

/** The variants that are spellings of the most written one; none unless two or more are. */
function spellingVariants(variants: Variant[]): Variant[] {
  const [main, ...rest] = [...variants].sort((x, y) => y.articleIds.length - x.articleIds.length);
  if (!main) return [];
  const key = (v: Variant) => foldName(v.value).replace(/ /g, '');
  const near = rest.filter((v) => spellingsOfOneName(key(main), key(v)));
  return near.length > 0 ? variants.filter((v) => v === main || near.includes(v)) : [];
}

const NAMING_KINDS = new Set(['name', 'short-name']);

/**
 * A person whose name the sources spell differently beyond case and punctuation: "Sybiha" and "Sybhia",
 * "Zelensky" and "Zelenskyy". Surnames and first names are compared apart, so "Rubio" is not a variant
 * of "Marco Rubio". Only people: other entities' aliases are mostly short forms ("UN"), not spellings.
 */
export function spellingDiscrepancies(
  entities: readonly ResolvedEntity[],
  articles: ReadonlyMap<string, ReadArticle>,
): Discrepancy[] {
  const found: Discrepancy[] = [];
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    const surnames = new VariantTally();
    const firstNames = new VariantTally();
    for (const key of entity.members) {
      const slash = key.lastIndexOf('/');
      const read = articles.get(key.slice(0, slash));
      if (!read) continue;
      const localId = key.slice(slash + 1);
      for (const mention of read.reading.mentions) {
        if (mention.entityId !== localId || !NAMING_KINDS.has(mention.kind)) continue;
        const words = mention.text.split(/\s+/);
        const name = personName(mention.text);
        if (!name) continue;
        const evidence = evidenceAt(read, mention.start, mention.end);
        const written = words.filter((w) => foldName(w) !== '');
        surnames.add(name.surname, written[written.length - 1] ?? mention.text, evidence);
        if (name.first)
          firstNames.add(name.first, written.find((w) => foldName(w) === name.first) ?? name.first, evidence);
      }
    }
    const surnameVariants = spellingVariants(surnames.variants());
    if (surnameVariants.length > 1)
      found.push(discrepancy('spelling', `spelling of ${entity.name}`, surnameVariants));
    const firstNameVariants = spellingVariants(firstNames.variants());
    if (firstNameVariants.length > 1)
      found.push(discrepancy('spelling', `spelling of ${entity.name}'s first name`, firstNameVariants));
  }
  return found;
}
