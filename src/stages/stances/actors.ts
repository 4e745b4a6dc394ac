/**
 * Who holds a position: the subject of the clause a cue stands in, read from the mentions before it.
 * Without a parser, the subject is approximated as the first mention that neither modifies a noun
 * (a demonym, a possessive) nor sits in a prepositional phrase, people first, since "European Commission
 * chief Ursula von der Leyen hailed" is hers to hail.
 */
import type { Mention, Quote } from '../../core/analysis.js';
import type { Cue } from './cues.js';

export interface Actor {
  entityId: string;
  /** The mention naming the actor in the sentence, or null when a quote's speaker holds the position. */
  mention: Mention | null;
}

const PREPOSITION =
  /^(?:of|from|with|to|in|on|at|for|by|between|among|against|about|regarding|towards?|upon|into|over|under|after|before|during|via|through|across)$/i;
/** A preposition after these still leaves the actor: "officials from the UK government". */
const SPEAKING_FOR =
  /^(?:officials|representatives|ministers|leaders|diplomats|spokesperson|spokesman|spokeswoman|envoys?|members|delegates|negotiators)$/i;
const SUBJECT_PRONOUN = /\b(?:we|i|they|he|she|it)\b/gi;
const FIRST_PERSON = /^(?:we|i)$/i;
const POSSESSIVE = /^['’]s\b/;

function wordsBefore(text: string, at: number, count: number): string[] {
  return (text.slice(Math.max(0, at - 60), at).match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(-count).reverse();
}

/** Whether a mention can be the subject of a clause rather than a modifier or a prepositional object. */
function standsAlone(text: string, mention: Mention): boolean {
  if (mention.kind === 'demonym' && !/s$/.test(mention.text)) return false;
  if (POSSESSIVE.test(text.slice(mention.end, mention.end + 3))) return false;
  if (mention.kind === 'pronoun' && /^(?:his|her|its|their)$/i.test(mention.text)) return false;
  const [first, second, third] = wordsBefore(text, mention.start, 3);
  const skipped = first !== undefined && (/^(?:the|a|an)$/i.test(first) || /-based$/i.test(first));
  const preposition = skipped ? second : first;
  const owner = skipped ? third : second;
  return !(preposition && PREPOSITION.test(preposition) && !(owner && SPEAKING_FOR.test(owner)));
}

/** The possessor right before a noun cue ("Moscow's rejection", "his clear disinclination"), or its "from" phrase. */
function nounActor(text: string, cue: Cue, mentions: readonly Mention[]): Mention | null {
  const possessor = mentions.find((m) => {
    if (m.end > cue.start || m.end < cue.start - 40) return false;
    const between = text.slice(m.end, cue.start);
    return (
      /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(between) &&
      (m.kind === 'pronoun' || /^['’]s/.test(between))
    );
  });
  if (possessor) return possessor;
  const after = /^\s*(?:from|by)\s/i.exec(text.slice(cue.end - 1, cue.end + 8));
  if (!after) return null;
  return mentions.find((m) => m.start >= cue.end && m.start < cue.end + 30 && m.kind !== 'demonym') ?? null;
}

export function findActor(
  text: string,
  cue: Cue,
  clauseStart: number,
  mentions: readonly Mention[],
  quotes: readonly Quote[],
): Actor | null {
  const quote = quotes.find((q) => q.content.start <= cue.start && cue.end <= q.content.end);
  const from = quote ? Math.max(clauseStart, quote.content.start) : clauseStart;
  // "We … support the proposals": the speaker's position, and nobody's known one without the quote's speaker.
  // The nearest pronoun is the subject: in "we anticipate they will agree" it is not the speaker who agrees.
  const pronouns = text.slice(from, cue.start).match(SUBJECT_PRONOUN);
  if (pronouns && FIRST_PERSON.test(pronouns[pronouns.length - 1]!))
    return quote?.speakerId ? { entityId: quote.speakerId, mention: null } : null;
  if (cue.form === 'noun') {
    const owner = nounActor(text, cue, mentions);
    if (owner) return { entityId: owner.entityId, mention: owner };
  }
  const candidates = mentions.filter((m) => m.start >= from && m.end <= cue.start && standsAlone(text, m));
  const chosen =
    cue.form === 'gerund'
      ? candidates[candidates.length - 1]
      : (candidates.find((m) => m.type === 'person') ?? candidates[0]);
  return chosen ? { entityId: chosen.entityId, mention: chosen } : null;
}
