import lists from './data/given-names.json' with { type: 'json' };
import type { Gender } from './titles.js';

/**
 * The gender a given name is usually borne by, from a list of English-speaking countries' given names
 * (`data/given-names.json`; names borne by both left out): "Boris" a man's, "Carrie" a woman's. Used only
 * against an honorific that says the other ("Mrs Johnson" beside "Boris Johnson"), never to give a pronoun
 * an antecedent: a list misses most names of the world and errs on some, so it only keeps apart.
 */
const GENDER_OF = new Map<string, Gender>();
for (const name of lists.male.split(' ')) GENDER_OF.set(name.toLowerCase(), 'male');
for (const name of lists.female.split(' ')) GENDER_OF.set(name.toLowerCase(), 'female');

export function givenNameGender(name: string): Gender | null {
  return GENDER_OF.get(name.replace(/\.$/, '').toLowerCase()) ?? null;
}
