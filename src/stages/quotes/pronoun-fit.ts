/**
 * Which persons a "he" or "she" may stand for: what the article's pronouns and honorifics tell of each
 * person's gender, and whether a "person" is a place the tagger took for one; and whether a pronoun was
 * linked to a person named only inside a quotation.
 */
import type { Entity, Mention } from '../../core/analysis.js';
import { type Gender, honorificBefore, leadingHonorific, PRONOUN_GENDER } from '../entities/titles.js';
import { isSurelyClosed, type QuotedSpan } from './marks.js';
import { overlaps } from './spans.js';
import { isPlaceTakenForPerson } from './untold.js';

export const PERSONAL_PRONOUN = /^(?:he|she)$/i;

export class PronounFit {
  /** What the article's pronouns and honorifics tell of each person; 'either' when they disagree. */
  private readonly genders = new Map<string, Gender | 'either'>();
  /** Whether each person entity asked about is a place the tagger took for a person (`namesAPlace`). */
  private readonly placeNamed = new Map<string, boolean>();

  constructor(
    text: string,
    mentions: readonly Mention[],
    private readonly entities: readonly Entity[],
    private readonly mentionsBySentence: ReadonlyMap<number, readonly Mention[]>,
    private readonly isSubject: (m: Mention) => boolean,
  ) {
    for (const m of mentions) {
      // Only a subject pronoun: the entities stage may link an object "him" to the subject of its own
      // clause ("McCaskill scolded him"), which "him" never is.
      const pronoun = PERSONAL_PRONOUN.test(m.text) ? PRONOUN_GENDER[m.text.toLowerCase()] : undefined;
      // An honorific opening the name or right before it tells whether "he" or "she" stands for it.
      const gender =
        m.kind === 'pronoun'
          ? pronoun
          : (leadingHonorific(m.text)?.gender ??
            honorificBefore(text.slice(Math.max(0, m.start - 8), m.start))?.gender ??
            undefined);
      if (gender) {
        const known = this.genders.get(m.entityId);
        this.genders.set(m.entityId, known === undefined || known === gender ? gender : 'either');
      }
    }
  }

  /** See `isPlaceTakenForPerson` (`untold.ts`), once per entity. */
  namesAPlace(entityId: string): boolean {
    let known = this.placeNamed.get(entityId);
    if (known === undefined) {
      known = isPlaceTakenForPerson(entityId, this.entities, this.mentionsBySentence, this.isSubject);
      this.placeNamed.set(entityId, known);
    }
    return known;
  }

  /**
   * Whether a "he" or "she" can stand for the entity: not when the article knows it by the other, nor a
   * place the tagger took for a person.
   */
  fits(entityId: string, pronoun: Gender | undefined): boolean {
    if (this.namesAPlace(entityId)) return false;
    const known = this.genders.get(entityId);
    return !pronoun || known === undefined || known === 'either' || known === pronoun;
  }
}

/**
 * Whether the entities stage linked a "he" or "she" to a person named, in its sentence or the one before,
 * only inside a quotation running over sentences ("“… This man kidnapped Yonatan Levi's body.” … “…,” he
 * said."): a person named in words quoted is talked about, as the entities stage holds within one sentence;
 * the pronoun is read again as if it were not linked. Only a quotation surely closed (`isSurelyClosed`): one
 * paired wrongly may hold the narration and the next attribution.
 */
export function linkedIntoQuotation(
  pronoun: Mention,
  mentionsBySentence: ReadonlyMap<number, readonly Mention[]>,
  quoted: readonly QuotedSpan[],
  text: string,
): boolean {
  const named = (s: number): Mention[] =>
    (mentionsBySentence.get(s) ?? []).filter((m) => m.entityId === pronoun.entityId && m.kind !== 'pronoun');
  // The names before it in its own sentence, else in the sentence before: a quotation may open a
  // sentence earlier and close in the pronoun's ("“… driving through Berdychiv …,” he said").
  const here = named(pronoun.sentence).filter((m) => m.start < pronoun.start);
  const before = here.length > 0 ? here : named(pronoun.sentence - 1);
  return (
    before.length > 0 && before.every((m) => quoted.some((q) => isSurelyClosed(text, q) && overlaps(m, q)))
  );
}
