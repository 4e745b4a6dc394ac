import type { Entity, Mention, Span, SyntaxToken } from '../../core/analysis.js';
import { TITLE_BEFORE } from '../entities/titles.js';
import { BODY_WORD, TITLE_INSIDE } from './name-words.js';
import type { Attribution } from './attributions.js';

/** Words that may join the capitalised words of one name: "Stars and Stripes", "Ministry of Commerce". */
const CONNECTOR = /^(?:of|and|for|&)$/;
/** A word of a name: capitalised, or holding a capital or a digit after its first letter ("N12", "eBay"). */
const NAME_WORD = /^(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}.'’&-]*$/u;
/** A word shaped as no person's name is: an acronym, a capital inside it ("PressTV") or a digit ("N12"). */
const NOT_A_PERSON_WORD = /^\p{Lu}[\p{L}.]*\p{Lu}|\p{N}/u;
/** Part-of-speech tags no word of a name carries: "Meanwhile", "Overnight", "Justifying". */
const NOT_IN_A_NAME = new Set(['ADV', 'VERB', 'AUX', 'PRON', 'SCONJ', 'INTJ', 'PART']);

export interface NamedSpeakers {
  entities: Entity[];
  mentions: Mention[];
}

/**
 * Speakers the name tagger never found: the words naming the speaker of an attributed quote are a proper
 * name of their own ("N12 stated", "Water UK said", "The Home Office said", "Stars and Stripes reported"),
 * which no mention covers, or only a country named in it or a body cut from it ("Affairs Ministry" of "The
 * Turkish Foreign Affairs Ministry said"). Such a name becomes a mention: of the entity the article
 * already names so (a person's surname, a name or alias), else of a new organisation, when it cannot be
 * read as a person's name (one or more of its words is an acronym, has a digit, or ends the name as a
 * body's name does). A name in a headline-cased sentence, or with any word the tree reads as other than a
 * noun, is left alone.
 */
export function findNamedSpeakers(
  text: string,
  attributions: readonly Attribution[],
  mentions: readonly Mention[],
  entities: readonly Entity[],
): NamedSpeakers {
  const added: NamedSpeakers = { entities: [], mentions: [] };
  const byName = new Map<string, Entity>();
  const surnames = new Map<string, Entity | null>();
  const entityById = new Map(entities.map((e) => [e.id, e]));
  for (const e of entities) {
    // A place of the same name ("Elad", the town, and Moshe Elad) does not speak.
    if (e.type === 'person' || e.type === 'organisation')
      for (const name of [e.name, ...e.aliases]) byName.set(name, e);
    const last = e.type === 'person' ? e.name.split(/\s+/).pop() : undefined;
    if (last) surnames.set(last, surnames.has(last) ? null : e);
  }
  const covered = [...mentions];
  for (const a of attributions) {
    if (!a.source || !a.cue || a.continues) continue;
    const span = properName(text, a.source, a.frame.tokens ?? []);
    if (!span) continue;
    const overlapping = covered.filter((m) => m.start < span.end && span.start < m.end);
    if (!overlapping.every((m) => isPartOfName(m, span) || isCutName(text, m, span))) continue;
    if (isHeadline(text.slice(a.frame.start, a.frame.end))) continue;
    const name = text.slice(span.start, span.end);
    let entity = surnames.get(name) ?? byName.get(name) ?? null;
    if (!entity) {
      if (!readsAsBody(name)) continue;
      entity = {
        id: `e${entities.length + added.entities.length + 1}`,
        name,
        type: 'organisation',
        aliases: [],
        roles: [],
        // "Water UK", "the Pakistani Foreign Ministry": the country named in the name.
        country: overlapping.map((m) => entityById.get(m.entityId)?.country).find((c) => c) ?? null,
        stands: null,
      };
      added.entities.push(entity);
      byName.set(name, entity);
    }
    const mention: Mention = {
      ...span,
      text: name,
      type: entity.type,
      kind: name === entity.name ? 'name' : 'short-name',
      entityId: entity.id,
      sentence: a.frame.index,
    };
    added.mentions.push(mention);
    covered.push(mention);
  }
  return added;
}

/**
 * A country or place named inside a longer name, as a word of it ("Water UK", "Georgian Police", "the UK
 * Foreign Office"): the name is the body's, not the country's.
 */
const isPartOfName = (m: Mention, span: Span): boolean =>
  (m.type === 'country' || m.type === 'place' || m.kind === 'demonym') &&
  span.start <= m.start &&
  m.end <= span.end &&
  (m.start > span.start || m.end < span.end);

/**
 * A name the tagger cut, inside a longer name the subject gives whole ("The Turkish Foreign Affairs
 * Ministry said"): a body ("Affairs Ministry", "Valley Police") ending where the name ends and starting
 * after it starts. The body speaking is the one of the whole name, when that reads as a body's. Not a
 * person's name: "Jones Cox" of "Ty Jones Cox" is the person's, however cut.
 */
function isCutName(text: string, m: Mention, span: Span): boolean {
  if (m.type === 'person' || m.kind === 'pronoun' || m.start <= span.start || m.end !== span.end)
    return false;
  // "Minister of Transport Kamel El-Wazir": a title before the rest names a person holding it.
  return !TITLE_INSIDE.test(text.slice(span.start, m.start));
}

/** A model's number, not a body's name: "A350-900", "F-35". */
const MODEL_NUMBER = /\d[-–]\d|^\p{Lu}-\d/u;

/**
 * The source's words as a proper name, without a leading "the" and a possessive end: capitalised words,
 * maybe joined by "of", "and", "for", every word a noun, a proper noun or an adjective in the tree (when
 * there is one) and at least one a proper noun. Null for anything else.
 */
function properName(text: string, source: Span, tokens: readonly SyntaxToken[]): Span | null {
  const raw = text.slice(source.start, source.end);
  const lead = /^(?:the|The)\s+/.exec(raw)?.[0].length ?? 0;
  const body = raw.slice(lead).replace(/[\s,]+$/, '');
  const words = body.split(/\s+/);
  if (words.length === 0 || words.length > 6) return null;
  if (!NAME_WORD.test(words[0]!) || !NAME_WORD.test(words[words.length - 1]!)) return null;
  if (!words.every((w) => CONNECTOR.test(w) || NAME_WORD.test(w))) return null;
  if (/['’]s?$/.test(body) || words.some((w) => MODEL_NUMBER.test(w))) return null;
  const span = { start: source.start + lead, end: source.start + lead + body.length };
  const inside = tokens.filter((t) => t.start < span.end && span.start < t.end);
  if (inside.length > 0) {
    if (inside.some((t) => NOT_IN_A_NAME.has(t.upos))) return null;
    if (!inside.some((t) => t.upos === 'PROPN')) return null;
  }
  return span;
}

/**
 * A name no person bears: a word shaped as no person's name is, "of", "for" or "&" inside it, or a body's
 * last word. "and" alone may join two people's names.
 */
function readsAsBody(name: string): boolean {
  const words = name.split(/\s+/);
  // "the U.S. Homeland Security Secretary": a title names a person holding it.
  if (TITLE_BEFORE.test(`${name} `)) return false;
  return (
    words.some((w) => NOT_A_PERSON_WORD.test(w) || /^(?:of|for|&)$/.test(w)) ||
    (words.length > 1 && BODY_WORD.test(words[words.length - 1]!))
  );
}

/** Headline case: most words of the sentence capitalised ("Monaco GP In Pictures Salah Has Final Say"). */
function isHeadline(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 4 && capitalised / words.length > 0.6;
}
