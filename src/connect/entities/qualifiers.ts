import type { Entity, Mention } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';
import { lookupName } from '../../stages/entities/gazetteer.js';
import { treeOf } from '../../stages/syntax/tree.js';
import { placeContainer } from './place-containers.js';

/**
 * What an article writes around a name that tells same-named things apart. A name the gazetteer does not
 * fix to one referent may be shared by several: a kind of body every country has ("Israel's National
 * Security Council", "the US National Security Council"), or one word for two things ("the Amazon", the
 * river; "Amazon said", the company; "the Omer", a count of days; "the town of Omer"). So an article's
 * mention says which it means by the country qualifying it (a country, a demonym or a government written
 * just before it, possessive or not) and, for a one-word name, by the definite article: a name used with
 * "the" and the same word used bare as the head of its phrase are two things. A name used only as a
 * modifier ("Amazon founder", "Omer residents"), or an acronym, says neither.
 */

export type Form = 'definite' | 'bare';

export interface Qualifiers {
  /** ISO code of the country the article qualifies the name by, when it does. */
  country: string | null;
  /** How the article writes a one-word name: with "the", bare as a phrase's head, or both. */
  forms: ReadonlySet<Form>;
  /** For a place: the place below a country its article ties it to (see `place-containers.ts`). */
  container: string | null;
}

const NONE: Qualifiers = { country: null, forms: new Set(), container: null };

/** Between a qualifying country and the name: a possessive, a space, or a hyphen ("US-led" is no qualifier). */
const QUALIFYING_GAP = /^(?:['’]s)?\s+$/;
const ENDS_NO_PHRASE = new Set(['NOUN', 'PROPN', 'PART', 'CCONJ']);
const DEFINITE_BEFORE = /(?<![\p{L}\p{N}])the\s+$/iu;

/** The country a mention ending just before `m` stands for (a country, a demonym, a government). */
function qualifyingCountry(read: ReadArticle, m: Mention): string | null {
  const { text } = read.article;
  const before = read.reading.mentions.find(
    (o) => o.sentence === m.sentence && o.end <= m.start && QUALIFYING_GAP.test(text.slice(o.end, m.start)),
  );
  if (!before) return null;
  const entity = read.reading.entities.find((e) => e.id === before.entityId);
  if (!entity?.country) return null;
  return entity.type === 'country' || entity.stands === 'government' || before.kind === 'demonym'
    ? entity.country
    : null;
}

/**
 * "the" as the name's own determiner ("the Amazon", "the entire Strip"), or none; a "the" just before it
 * that may determine another word ("the Runcorn and Helsby by-election", "the Moody's downgrade") says
 * neither.
 */
function formOf(read: ReadArticle, m: Mention): Form | null {
  const { text } = read.article;
  const sentence = read.reading.sentences[m.sentence];
  if (!sentence?.tokens) return null;
  const tree = treeOf(text, sentence);
  const head = tree.headOf(m.start, m.end);
  if (head < 0 || tree.dep(head) === 'compound') return null;
  const det = tree.child(head, 'det');
  if (det >= 0 && tree.lower(det) === 'the') {
    // A name going on into a noun, a possessive or a coordination may not be what "the" determines.
    const next = sentence.tokens[head + 1]?.upos;
    return next && ENDS_NO_PHRASE.has(next) ? null : 'definite';
  }
  return DEFINITE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)) ? null : 'bare';
}

/**
 * A name made only of the words of a kind of body every country has ("High Court", "Supreme Court",
 * "Foreign Ministry", "Parliament", "Interior Ministry"): it names one country's body, and an article that
 * does not say which country means its own subject's.
 */
const BODY_HEAD =
  /^(?:court|ministry|council|parliament|police|army|navy|cabinet|senate|assembly|commission|tribunal|judiciary|treasury|prosecutors?|prosecution)$/i;
const BODY_WORD =
  /^(?:high|supreme|constitutional|district|federal|national|central|foreign|interior|home|defen[cs]e|justice|health|finance|security|state|public|civil|appeals?|crown|magistrates['’]?|military|electoral|border|general|intelligence|education|environment|energy|economy|trade|transport|agriculture|labou?r|affairs|criminal|administrative|of|the|and|for|court|ministry|council|commission)$/i;

function kindOfBody(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return (
    BODY_HEAD.test(words[words.length - 1]!) && words.every((w) => BODY_WORD.test(w) || BODY_HEAD.test(w))
  );
}

/**
 * The country an article is about, when one stands out: named (as a country, its government or by a
 * demonym) at least twice and at least twice as often as any other. Places do not count: a report from one country's
 * courts may be about a war in another's towns.
 */
function articleCountry(read: ReadArticle): string | null {
  const countryOf = new Map(
    read.reading.entities.map((e) => [
      e.id,
      e.type === 'country' || e.stands === 'government' ? e.country : null,
    ]),
  );
  const counts = new Map<string, number>();
  for (const m of read.reading.mentions) {
    const country = countryOf.get(m.entityId);
    if (country && m.kind !== 'pronoun') counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || first[1] >= 2 * second[1]) ? first[0] : null;
}

/** What `read`'s content `mentions` of `entity` say about which of its same-named things it is. */
export function qualifiersOf(read: ReadArticle, entity: Entity, mentions: readonly Mention[]): Qualifiers {
  const container = placeContainer(read, entity, mentions);
  const none = container === null ? NONE : { ...NONE, container };
  if (entity.type === 'person' || entity.type === 'country' || entity.stands || entity.country) return none;
  if (lookupName(entity.name)) return none;
  const names = mentions.filter((m) => m.kind === 'name' || m.kind === 'short-name');
  const written =
    entity.type === 'organisation'
      ? (names.map((m) => qualifyingCountry(read, m)).find((c) => c !== null) ?? null)
      : null;
  const country = written ?? (kindOfBody(entity.name) ? articleCountry(read) : null);
  // An acronym takes "the" by house style alone ("the FAO", "FAO said").
  const oneWord = !/\s/.test(entity.name.trim()) && !/^[\p{Lu}\p{N}.&-]+$/u.test(entity.name.trim());
  const forms = new Set(oneWord ? names.flatMap((m) => formOf(read, m) ?? []) : []);
  return { country, forms, container };
}
