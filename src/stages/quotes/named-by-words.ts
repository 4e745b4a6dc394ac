/**
 * Whom the words naming a speaker stand for when they hold no name the entities stage linked there: a role
 * one person of the article holds, a surname read elsewhere, a body's name shortened to its head noun. Each
 * answers with the entity's id, or null where the words fit no one or more than one.
 */
import type { Entity, Mention, Role } from '../../core/analysis.js';
import { lookupName } from '../entities/gazetteer.js';
import { type Gender, heldOnce, TITLE_HEADS } from '../entities/titles.js';
import { namesAnother } from './untold.js';

/** The words of titles, lower case: a title's holder is read from the roles the entities stage gave. */
const TITLE_WORDS: ReadonlySet<string> = new Set(TITLE_HEADS.map((h) => h.toLowerCase()));

/** A definite description of one lower-case noun: "the ministry", "The agency". */
export const DEFINITE_HEAD = /^[Tt]he\s+(\p{Ll}+)$/u;

/**
 * Words that put a name after them outside the subject: a preposition or a relative, in lower case (an
 * opening "In this article, X said" leaves X the subject).
 */
const NOT_THE_SUBJECT = /\b(?:of|at|by|with|from|to|for|in|on|about|against|than|who|whom|which|that)\b/;

/** Whether `phrase` stands in `words` as whole words: "mp" is in "the mp", not in "other mps" or "company". */
const hasWords = (words: string, phrase: string): boolean => {
  const at = words.indexOf(phrase);
  if (at < 0) return false;
  const around = `${words[at - 1] ?? ' '}${words[at + phrase.length] ?? ' '}`;
  return !/[\p{L}\p{N}]/u.test(around) || hasWords(words.slice(at + 1), phrase);
};

/**
 * "the ministry said", "the agency added": a definite common noun that is a word of the name of exactly
 * one organisation the article has named by then ("Russia's Defence Ministry", "the International Atomic
 * Energy Agency") stands for it, as news writing shortens a body's name on second mention.
 */
export function organisationByHead(
  words: string,
  sentence: number,
  mentionsBySentence: ReadonlyMap<number, readonly Mention[]>,
  entityById: ReadonlyMap<string, Entity>,
): string | null {
  const head = DEFINITE_HEAD.exec(words.trim())?.[1];
  if (!head) return null;
  const bodies = [...organisationsNamedBy(sentence, mentionsBySentence)].filter((id) =>
    entityById
      .get(id)!
      .name.toLowerCase()
      .split(/[\s-]+/)
      .includes(head),
  );
  return bodies.length === 1 ? bodies[0]! : null;
}

/** "the military said", "the army added": the nouns a country's armed forces go by on second mention. */
const FORCES_HEADS: ReadonlySet<string> = new Set(['military', 'army']);
/**
 * A country's armed forces by their name: the country or its adjective, then "Defense Forces", "Armed
 * Forces", "Army" or "Military" ("Israel Defense Forces", "Sudanese Armed Forces", "Pakistan Army"); not
 * a militia or charity ("Rapid Support Forces", "Free Syrian Army", "Salvation Army").
 */
const NATIONAL_FORCES = /^(\p{Lu}\p{L}+)\s+(?:Defen[cs]e\s+Forces|Armed\s+Forces|Army|Military)$/u;

/**
 * "X did Y, the military said": a definite "the military" or "the army" stands for the one country's
 * armed forces the article has named by then; none or several, no one.
 */
export function nationalForces(
  words: string,
  sentence: number,
  mentionsBySentence: ReadonlyMap<number, readonly Mention[]>,
  entityById: ReadonlyMap<string, Entity>,
): string | null {
  const head = DEFINITE_HEAD.exec(words.trim())?.[1];
  if (!head || !FORCES_HEADS.has(head)) return null;
  const forces = [...organisationsNamedBy(sentence, mentionsBySentence)].filter((id) => {
    const entity = entityById.get(id);
    const word = entity ? NATIONAL_FORCES.exec(entity.name)?.[1] : undefined;
    const country = word ? lookupName(word)?.country : null;
    return country && (!entity!.country || entity!.country === country);
  });
  return forces.length === 1 ? forces[0]! : null;
}

/** The organisations the article has named up to and including `sentence`, by entity id. */
function organisationsNamedBy(
  sentence: number,
  mentionsBySentence: ReadonlyMap<number, readonly Mention[]>,
): Set<string> {
  const named = new Set<string>();
  for (let s = 0; s <= sentence; s++)
    for (const m of mentionsBySentence.get(s) ?? []) if (m.type === 'organisation') named.add(m.entityId);
  return named;
}

/**
 * A name the tagger missed here but read elsewhere in the article ("What McNulty said", with "McNulty"
 * tagged only further on): the source's last word is the surname, or the whole one-word name, of exactly
 * one person of the article. Only the last word: "the Biden administration said" is not Biden speaking;
 * and not after a preposition or a relative: "victims who suffered at the hands of X said" is the victims.
 */
export function namedByLastWord(words: string, entities: readonly Entity[]): string | null {
  const last = /(\p{Lu}[\p{L}'’-]+)$/u.exec(words)?.[1];
  if (!last || NOT_THE_SUBJECT.test(words)) return null;
  const people = entities.filter(
    (e) => e.type === 'person' && [e.name, ...e.aliases].some((n) => n.split(/\s+/).pop() === last),
  );
  return people.length === 1 ? people[0]!.id : null;
}

/** Whether the article names a person with more than one word at least once ("Tom Kopke", "Dr Ito"). */
export function isFullName(entity: Entity | undefined): boolean {
  return !!entity && [entity.name, ...entity.aliases].some((n) => /\S\s+\S/.test(n));
}

/** Whether the words and a role read name the office alike: "the prime minister" is not "former prime minister Ehud Olmert". */
const sameTense = (role: Role, words: string, text: string): boolean =>
  heldOnce(text, role.evidence) === heldOnce(words, { start: 0, end: words.length });

/** Nouns naming whoever heads a body, one as well as another: Hezbollah's chief is its leader. */
const HEAD_TITLES = ['chief', 'leader', 'head'];

/**
 * Whether the words name a role that heads a body by another of those nouns, with the body named in the
 * words too ("Hezbollah's leader", "the Lebanese Hezbollah leader" for Hezbollah's chief): without the
 * body, "the chief" of one thing is no leader of another.
 */
const headOfSame = (lower: string, role: Role): boolean =>
  !!role.of &&
  HEAD_TITLES.includes(role.title.toLowerCase()) &&
  hasWords(lower, role.of.toLowerCase()) &&
  HEAD_TITLES.some((title) => hasWords(lower, title));

/**
 * "the Kremlin spokesperson": the one person whose role is named by these words; among several, the one
 * of the country the words name ("the US president" beside Syria's president). With the article's text,
 * only roles held then or once as the words say (`sameTense`).
 */
export function titleHolder(
  words: string,
  countries: ReadonlySet<string>,
  entities: readonly Entity[],
  text?: string,
): string | null {
  const lower = words.toLowerCase();
  const holders = entities.filter(
    (e) =>
      e.type === 'person' &&
      e.roles.some(
        (r) =>
          (hasWords(lower, r.title.toLowerCase()) || headOfSame(lower, r)) &&
          !namesAnother(words, r.title, e) &&
          (!r.of || lower.includes(r.of.toLowerCase()) || lower.split(/\s+/).length <= 2) &&
          (text === undefined || sameTense(r, words, text)),
      ),
  );
  if (holders.length === 1) return holders[0]!.id;
  const ofCountry = holders.filter(
    (e) =>
      (e.country && countries.has(e.country)) || e.roles.some((r) => r.country && countries.has(r.country)),
  );
  return countries.size === 1 && ofCountry.length === 1 ? ofCountry[0]!.id : null;
}

/**
 * The person named with the noun `role` in the nearest sentence before that names one so, if only one:
 * the noun among the few words before the name ("TD Cowen analyst Jane Roe") or in an apposition after
 * it ("Jane Roe, an analyst at …"). Not for titles ("the minister"), whose holders the entities stage
 * reads (`roleHolder`): "Deputy Prime Minister X" is no minister of the other portfolios.
 */
export function namedAs(
  role: string,
  sentence: number,
  text: string,
  mentionsBySentence: ReadonlyMap<number, readonly Mention[]>,
): string | null {
  const noun = role.replace(/[^\p{L}]/gu, '');
  if (!noun || TITLE_WORDS.has(noun)) return null;
  const word = new RegExp(`\\b${noun}\\b`, 'iu');
  for (let s = sentence - 1; s >= 0; s--) {
    const found = new Set<string>();
    for (const m of mentionsBySentence.get(s) ?? []) {
      if (m.type !== 'person' || m.kind === 'pronoun') continue;
      const before = text
        .slice(Math.max(0, m.start - 40), m.start)
        .split(/\s+/)
        .slice(-4)
        .join(' ');
      const after = /^,\s+((?:[^\s,.;]+\s+){0,5}[^\s,.;]+)/u.exec(text.slice(m.end, m.end + 80))?.[1];
      if (!/[.;!?]/.test(before) && (word.test(before) || (after !== undefined && word.test(after))))
        found.add(m.entityId);
    }
    if (found.size > 0) return found.size === 1 ? [...found][0]! : null;
  }
  return null;
}

/**
 * A person known by the age the writer gives on second mention, maybe with a noun and an aside: "the
 * 39-year-old veteran", "The 25-year-old, who is Kurdish". Only with "the": "a 30-year-old man" brings in
 * someone new.
 */
const AGE_DESCRIPTION = /^[Tt]he\s+\d{1,3}-year-old(?:\s+(\p{Ll}+))?(?:\s*[,(—–-].*)?$/su;
/** Nouns after an age that tell which pronoun the person takes. */
const NOUN_GENDER: Readonly<Record<string, Gender>> = {
  man: 'male',
  boy: 'male',
  father: 'male',
  son: 'male',
  husband: 'male',
  brother: 'male',
  woman: 'female',
  girl: 'female',
  mother: 'female',
  daughter: 'female',
  wife: 'female',
  sister: 'female',
};

/** The gender an age description ("the 39-year-old veteran") tells, if any; null where the words are none. */
export function ageDescription(words: string): { gender: Gender | undefined } | null {
  const age = AGE_DESCRIPTION.exec(words.trim());
  return age ? { gender: age[1] ? NOUN_GENDER[age[1]] : undefined } : null;
}
