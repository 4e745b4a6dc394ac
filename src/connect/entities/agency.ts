import type { Deprel, Entity, Mention } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';
import { type Tree, treeOf } from '../../stages/syntax/tree.js';

/**
 * Whether an article shows an entity taking part in what it reports, rather than only naming it. Products,
 * works, platforms, projects and fragments are named like actors ("users can link it to Gmail", "the verse
 * from the Passover Haggadah", "wrote on Truth Social", "teams divided into Pool G"), but they are never
 * what the article's clauses are about: actors do, say and own things and have things done to them. So an
 * entity plays a part when the reading gives it a role, a quote or a place in an event, refers back to it
 * (a pronoun, a title), or when the parse hangs one of its names on a clause as subject, object, agent
 * or possessor, directly or as a conjunct of one ("Oshoma and Asakoryu also got their wins"). A place plays
 * its part as where something happens: a name after a preposition of place ("killed in Khan Younis").
 */

/** Relations of a noun phrase that is a party to its clause. */
const PARTY: ReadonlySet<Deprel> = new Set([
  'nsubj',
  'nsubj:pass',
  'nsubj:outer',
  'obj',
  'iobj',
  'obl:agent',
  'nmod:poss',
]);

/** Prepositions of place: a place is named as where, whence or whither. */
const OF_PLACE = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'across',
  'outside',
  'inside',
  'around',
  'throughout',
  'toward',
  'towards',
  'within',
  'between',
  'through',
  'via',
  'off',
  'along',
  'beyond',
  'over',
  'under',
]);

/** The word of `w`'s phrase that the clause holds: the first of its conjuncts. */
function firstConjunct(tree: Tree, w: number): number {
  let first = w;
  for (let steps = 0; tree.dep(first) === 'conj' && tree.head(first) >= 0 && steps < tree.length; steps++)
    first = tree.head(first);
  return first;
}

/** What the parse says of one name mention. */
interface Parsed {
  /** A party to its clause (or, for a place, where it happens). */
  party: boolean;
  /** Its head word is tagged a proper noun. */
  proper: boolean;
  /** Each of its words is a proper noun, a particle ("bin", "al-", "de") or a punctuation mark. */
  properThroughout: boolean;
}

/** A reading made before sentences were parsed (pipeline reading-3) is given the benefit of the doubt. */
const UNPARSED: Parsed = { party: true, proper: true, properThroughout: true };

/** Tags a word of a name may carry besides PROPN: "bin", "de la", "al-", "'s", a hyphen. */
const IN_NAME = new Set(['PROPN', 'ADP', 'DET', 'PART', 'PUNCT']);

function parsed(read: ReadArticle, m: Mention, place: boolean): Parsed {
  const sentence = read.reading.sentences[m.sentence];
  if (!sentence?.tokens) return UNPARSED;
  const tree = treeOf(read.article.text, sentence);
  const head = tree.headOf(m.start, m.end);
  if (head < 0) return { party: false, proper: false, properThroughout: false };
  const words = sentence.tokens.filter((t) => t.start >= m.start && t.end <= m.end);
  return {
    party: party(tree, head, place),
    proper: sentence.tokens[head]!.upos === 'PROPN',
    properThroughout: words.every((t) => IN_NAME.has(t.upos)),
  };
}

function party(tree: Tree, head: number, place: boolean): boolean {
  const phrase = firstConjunct(tree, head);
  if (PARTY.has(tree.dep(phrase))) return true;
  if (!place || !/^(?:obl|nmod)/.test(tree.dep(phrase))) return false;
  const marker = tree.child(phrase, 'case');
  return marker >= 0 && OF_PLACE.has(tree.lower(marker));
}

/** The evidence an article gives that an entity is an actor (see the top of the file). */
export interface Agency {
  /** The article shows it taking part in what it reports. */
  part: boolean;
  /** The parser tags the head word of one of its names a proper noun ("Shame", "Federal" have none). */
  proper: boolean;
  /** The parser tags one of its names a proper noun throughout ("Atuhaire Alleges Rape" is not). */
  properThroughout: boolean;
}

/** What `read` shows of `entity`, with its content `mentions`. */
export function agencyOf(read: ReadArticle, entity: Entity, mentions: readonly Mention[]): Agency {
  const { reading } = read;
  const names = mentions.filter((m) => m.kind !== 'pronoun' && m.kind !== 'title');
  const place = entity.type === 'place';
  const parses = names.map((m) => parsed(read, m, place));
  const part =
    entity.roles.length > 0 ||
    names.length < mentions.length ||
    reading.quotes.some((q) => q.speakerId === entity.id) ||
    reading.events.some((e) => e.sourceIds.includes(entity.id) || e.targetIds.includes(entity.id)) ||
    parses.some((p) => p.party);
  return {
    part,
    proper: parses.some((p) => p.proper),
    properThroughout: parses.some((p) => p.proper && p.properThroughout),
  };
}

/**
 * Verbs an event is the subject of as well as a body: it takes place, opens, begins, ends, runs, returns,
 * draws or features someone ("the Forum opens on Monday", "the Games drew 10,000 fans").
 */
const EVENT_VERB =
  /^(?:take|takes|took|taken|taking|open|opens|opened|begin|begins|began|begun|start|starts|started|end|ends|ended|close|closes|closed|run|runs|ran|kick|kicks|kicked|continue|continues|continued|return|returns|returned|conclude|concludes|concluded|draw|draws|drew|attract|attracts|attracted|feature|features|featured|bring|brings|brought|come|comes|came|get|gets|got|go|goes|went|last|lasts|lasted)$/;

/**
 * Whether a name mention is the subject of a clause it acts in (not a passive one, nor one of the verbs an
 * event is the subject of, `EVENT_VERB`): "the Forum asserted …", "the Enhanced Games announced …".
 */
export function actsAsSubject(read: ReadArticle, m: Mention): boolean {
  const sentence = read.reading.sentences[m.sentence];
  if (!sentence?.tokens) return true;
  const tree = treeOf(read.article.text, sentence);
  const head = tree.headOf(m.start, m.end);
  if (head < 0) return false;
  const phrase = firstConjunct(tree, head);
  return tree.dep(phrase) === 'nsubj' && !EVENT_VERB.test(tree.lower(tree.head(phrase)));
}
