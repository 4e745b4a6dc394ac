import type { Mention } from '../../core/analysis.js';

/**
 * Names the reading took from an abbreviation: one in brackets that spells more than the name before it, or
 * one that abbreviates a common phrase, not a name.
 */

/**
 * Whether the abbreviation in brackets right after a name spells more than the name: "Change Central
 * Council (FFC-CC)" is the end of the "Forces for Freedom and Change Central Council".
 */
export function acronymReachesBefore(text: string, m: Mention): boolean {
  const bracket = /^\s*\(([\p{Lu}&.-]{2,12})\)/u.exec(text.slice(m.end, m.end + 16));
  if (!bracket) return false;
  const letters = bracket[1]!.replace(/[^\p{Lu}]/gu, '');
  const initials = (words: string) =>
    words
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
  const own = initials(m.text);
  return own.length > 0 && letters.length > own.length && letters.endsWith(own) && !letters.startsWith(own);
}

/**
 * Whether an abbreviation is defined in brackets after words in lower case that spell it and hold no name:
 * "diversity, equity and inclusion programs (DEI)" abbreviates a common phrase; "the Food and Drug
 * Administration (FDA)" a name.
 */
export function abbreviatesCommonPhrase(text: string, m: Mention, others: readonly Mention[]): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(m.text) || !/\(\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)))
    return false;
  const base = Math.max(0, m.start - 100);
  const before = text.slice(base, m.start).replace(/\(\s*$/, '');
  const words = [...before.matchAll(/[\p{L}’'-]+/gu)];
  const wanted = m.text.toLowerCase();
  // Back from the bracket, the words' initials (function words and one word of what they qualify skipped).
  let spelt = '';
  for (let i = words.length - 1; i >= 0 && words.length - i <= 12; i--) {
    const word = words[i]!;
    if (/^(?:and|of|the|for|in|on|to)$/i.test(word[0])) continue;
    const next = word[0][0]!.toLowerCase() + spelt;
    if (wanted.endsWith(next)) spelt = next;
    else if (spelt !== '' || words.length - i > 2) return false;
    if (spelt === wanted) {
      const from = base + word.index!;
      // Written in capitals, an expansion the tagger missed may still be a name ("American International
      // Group (AIG)"); in lower case it is a common phrase.
      const phrase = text.slice(from, m.start);
      return (
        phrase === phrase.toLowerCase() &&
        !others.some((o) => o.end > from && o.start < m.start && o.type !== 'other')
      );
    }
  }
  return false;
}
