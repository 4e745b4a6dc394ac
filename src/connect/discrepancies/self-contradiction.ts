import type { Mention } from '../../core/analysis.js';
import type { Discrepancy, ReadArticle, ActorHead } from '../../core/connected.js';
import { evidenceAt, memberKey, sentenceAt } from '../entities/evidence.js';
import { discrepancy, VariantTally } from './variants.js';

/** "the Biden administration", "Trump's term", "his presidency": a leader's time in office. */
const NAMED_TENURE =
  /\b(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+(?:administration|presidency|term|government|cabinet)\b/gu;
const PRONOUN_TENURE = /\b(?:his|her)\s+(?:administration|presidency|term|government|cabinet)\b/gi;
/** Words just before that put the tenure in the past. */
const PAST_MARKER =
  /\b(?:former|previous|prior|past|then|last|ex|earlier|preceding|predecessor's)\b[^.;]{0,30}$/i;

const PRESENT = new Set([
  'is',
  'are',
  'has',
  'have',
  'does',
  'do',
  'will',
  'remains',
  'remain',
  'continues',
  'continue',
  'insists',
  'says',
  'wants',
  'seems',
  'appears',
  'plans',
  'holds',
  'leads',
  'governs',
  'can',
]);
const PAST = new Set([
  'was',
  'were',
  'had',
  'did',
  'remained',
  'said',
  'lost',
  'ended',
  'held',
  'led',
  'governed',
  'left',
]);
const SKIPPED = /^(?:not|also|still|now|already|never|\p{L}+ly)$/u;

/**
 * Whether the sentence speaks of the tenure as now: the verb right after it ("the Trump administration
 * insists"), else the first tense-bearing verb after it ("into his administration, an agreement remains"),
 * else the last one before it ("has appeared to evolve during Trump's term"; "was lost during the Obama
 * administration" is past).
 */
function isCurrent(after: string, before: string): boolean {
  const next = (after.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
  const first = next.find((w) => !SKIPPED.test(w));
  if (first && /^\p{L}{3,}ed$/u.test(first)) return false;
  if (first && /^\p{L}{2,}[^s]s$/u.test(first) && !PAST.has(first)) return true;
  const forward = next.find((w) => PRESENT.has(w) || PAST.has(w));
  if (forward) return PRESENT.has(forward);
  const backward = (before.match(/\p{L}+/gu) ?? [])
    .map((w) => w.toLowerCase())
    .reverse()
    .find((w) => PRESENT.has(w) || PAST.has(w));
  return backward !== undefined && PRESENT.has(backward);
}

interface Claim {
  holderId: string;
  country: string | null;
  offset: number;
}

/**
 * One article naming two different leaders of the same government as in office now: "the Biden
 * administration has delivered…" next to "nearly 100 days into his [Trump's] administration, … remains".
 * A tenure names its holder by a name the reading found (a person, or a bare name the tagger mistyped) or by
 * "his"/"her", taken as the nearest person named before. Holders whose countries are known and differ lead
 * different governments and do not conflict; an unknown country is taken as the same government.
 */
export function selfContradictions(
  articles: readonly ReadArticle[],
  entities: readonly ActorHead[],
  memberOf: ReadonlyMap<string, string>,
): Discrepancy[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const found: Discrepancy[] = [];
  for (const read of articles) {
    const { text } = read.article;
    const resolved = (m: Mention) => byId.get(memberOf.get(memberKey(read.article.id, m.entityId)) ?? '');
    const mentionAt = new Map(read.reading.mentions.map((m) => [m.start, m]));
    const people = read.reading.mentions.filter((m) => resolved(m)?.type === 'person');
    const claims: Claim[] = [];
    const consider = (start: number, end: number, holder: ActorHead | undefined) => {
      if (
        !holder ||
        holder.stands ||
        holder.type === 'country' ||
        (holder.type !== 'person' && holder.country)
      )
        return;
      const sentence = sentenceAt(read.reading.sentences, start) ?? { start: 0, end: text.length };
      const before = text.slice(sentence.start, start);
      if (PAST_MARKER.test(before) || !isCurrent(text.slice(end, sentence.end), before)) return;
      claims.push({ holderId: holder.id, country: holder.country, offset: start });
    };
    for (const match of text.matchAll(NAMED_TENURE)) {
      const mention = mentionAt.get(match.index);
      if (mention) consider(match.index, match.index + match[0].length, resolved(mention));
    }
    for (const match of text.matchAll(PRONOUN_TENURE)) {
      const antecedent = people.filter((m) => m.end <= match.index).pop();
      if (antecedent) consider(match.index, match.index + match[0].length, resolved(antecedent));
    }
    const holders = [...new Set(claims.map((c) => c.holderId))];
    const rival = holders.some((a) =>
      holders.some((b) => {
        if (a === b) return false;
        // Rival leaders: two of one country, as far as is known. A group ("the HTS cabinet") leads no
        // government; a leader's bare surname may be typed a place, but never an organisation.
        const [ea, eb] = [byId.get(a)!, byId.get(b)!];
        const sameCountry = ea.country === null || eb.country === null || ea.country === eb.country;
        return ea.type !== 'organisation' && eb.type !== 'organisation' && sameCountry;
      }),
    );
    if (!rival) continue;
    const tally = new VariantTally();
    for (const c of claims.sort((a, b) => a.offset - b.offset))
      tally.add(c.holderId, byId.get(c.holderId)!.name, evidenceAt(read, c.offset));
    const country = claims.map((c) => c.country).find((c) => c !== null);
    const government = country
      ? (entities.find((e) => e.type === 'country' && e.country === country)?.name ?? country)
      : null;
    const subject = `who leads ${government ? `the government of ${government}` : 'the government'} now, in ${read.article.title ?? read.article.id}`;
    found.push(discrepancy('self-contradiction', subject, tally.variants()));
  }
  return found;
}
