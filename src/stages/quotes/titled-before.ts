/**
 * "The prime minister said", "the ambassador says": a definite role the entities stage gave no one is the
 * one person the article has named with that role in its own words, before the name ("Canadian Prime
 * Minister Mark Carney", "Israel's Ambassador to Azerbaijan, George Deek") or in apposition after it
 * ("Mark Carney, the prime minister"). News writing names a person once with the role and takes them up
 * by the role alone.
 */
import type { Entity, Mention } from '../../core/analysis.js';
import { isGenericTitle } from '../entities/titles.js';
import { ROLE_HEADS } from './subject-words.js';

/** The role in a speaker's words: "the" and up to three words, maybe with an aside after a comma or dash. */
const DEFINITE_ROLE = /^[Tt]he\s+((?:\p{L}+[\s-]+){0,2}\p{L}+)\s*(?:$|[,—–(])/u;

/**
 * Words that make another office of the same noun ("Deputy Prime Minister", "the former minister",
 * "Prime Minister" for "the minister"), or a shadow of it: a role the speaker's words do not hold with
 * them names someone else.
 */
const RANKS: ReadonlySet<string> = new Set([
  'deputy',
  'vice',
  'assistant',
  'associate',
  'shadow',
  'junior',
  'former',
  'ex',
  'acting',
  'interim',
  'under',
  'prime',
  'first',
  'next',
  'new',
  'late',
]);

/** Words by which an apposition names whom the person stands to, not the person's own role. */
const LINKS: ReadonlySet<string> = new Set(['to', 'of', 'for', 'with', 'at', 'by', 'from']);

/** How far before a name its role may stand ("Israel's Ambassador to Azerbaijan, George Deek"). */
const BEFORE_REACH = 80;

/**
 * The one person named with the role of `words` ("the prime minister") in the article up to `before`
 * (the offset the words start at): null for words that are no role of a person, no one or several named
 * so, or a role another person holds by the entities stage's reading.
 */
export function namedWithRole(
  words: string,
  before: number,
  text: string,
  mentions: readonly Mention[],
  entities: readonly Entity[],
  /** Whether the word at an offset is in apposition to the mention, as the tree reads it. */
  inApposition: (m: Mention, offset: number) => boolean,
): string | null {
  const role = DEFINITE_ROLE.exec(words.trim())?.[1]?.toLowerCase().replace(/-/g, ' ');
  const nouns = role?.split(/\s+/) ?? [];
  const head = nouns.at(-1);
  if (!role || !head || !ROLE_HEADS.has(head) || isGenericTitle(head) || nouns.some((w) => RANKS.has(w)))
    return null;
  const phrase = nouns.join('[\\s-]+');
  // The role right before the name, maybe with what it is of ("Ambassador to Azerbaijan,"), or in an
  // apposition after it; the words before the role (group 1) must not make it another office.
  const ahead = new RegExp(
    `(?:^|[^\\p{L}-])((?:\\p{L}+[\\s-]+)?)${phrase}(?:\\s+(?:to|of|for|at|in)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.’']*(?:\\s+\\p{Lu}[\\p{L}.’']*){0,3}\\s*,)?\\s*$`,
    'iu',
  );
  const behind = new RegExp(
    `^,\\s+(?:(?:the|a|an|its|his|her|their)\\s+|\\p{Lu}[\\p{L}.]*['’]s\\s+)?((?:\\p{L}+[\\s-]+){0,2})${phrase}\\b(?!['’])`,
    'iu',
  );
  // Both patterns hold the role's last noun as written: a window without it, as most are, holds neither,
  // and one search for the noun turns it away before the patterns' slower trials.
  const holdsHead = new RegExp(head, 'iu');
  const read = (pattern: RegExp, window: string) => (holdsHead.test(window) ? pattern.exec(window) : null);
  const found = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.kind === 'pronoun' || m.end > before) continue;
    const a = read(ahead, text.slice(Math.max(0, m.start - BEFORE_REACH), m.start));
    const after = a ? null : read(behind, text.slice(m.end, m.end + BEFORE_REACH));
    // After the name, only an apposition: in "Asked about Abu Shabab, a spokesperson said" the comma ends a
    // clause before the subject.
    const b = after && inApposition(m, m.end + after[0].length - 1) ? after : null;
    const match = a ?? b;
    const lead = match?.[1]?.toLowerCase().split(/[\s-]+/) ?? [];
    // "Jane Roe, aide to prime minister …" is whom she works for.
    if (!match || /[.;!?]\s/.test(match[0]) || lead.some((w) => RANKS.has(w) || (b && LINKS.has(w))))
      continue;
    found.add(m.entityId);
  }
  if (found.size !== 1) return null;
  const [id] = [...found];
  // A role the entities stage gives someone else is theirs: the words are no one's alone.
  const others = entities.some(
    (e) =>
      e.id !== id &&
      e.type === 'person' &&
      e.roles.some((r) => r.title.toLowerCase().replace(/-/g, ' ').endsWith(role)),
  );
  return others ? null : id!;
}
