/**
 * Which words of the tree can name what a number measures, shared by the phrase rules (`measured.ts`) and
 * the clause rules (`clause.ts`): nouns that are not pronouns, times, currencies or gerunds; a copula's
 * subject; an "of" dependent; the preposition marking a word.
 */
import type { Tree } from '../syntax/tree.js';
import { TIME } from './words.js';

/** Nouns that say how much, not of what: "a sum of £5m" measures nothing by itself. */
export const GENERIC =
  /^(?:sum|total|amount|value|figure|tune|number|record|estimate|maximum|minimum|average|level|high|low|worth|range|tally)$/i;

/**
 * Currencies written as nouns: "47 Syrian pounds" is an amount of money (an exchange rate), not a count of
 * pounds; "200 pounds of cocaine" counts what the pounds are of.
 */
export const CURRENCY =
  /^(?:dollars?|tomans?|pounds?|euros?|yen|yuan|renminbi|roubles?|rubles?|rupees?|pesos?|francs?|liras?|lire|dinars?|dirhams?|riyals?|rials?|shekels?|won|rand|reais|naira|shillings?|kron(?:a|or|e|er)|zlotys?|hryvnias?|cedis?|ringgits?|baht|rupiahs?|takas?|forints?|korunas?)$/i;

export const NOUN = new Set(['NOUN', 'PROPN']);

/** A copular clause's subject: "inflation was 3%". */
export function ownSubject(tree: Tree, w: number): number {
  if (tree.child(w, 'cop') < 0) return -1;
  const subject = tree.child(w, 'nsubj');
  return subject >= 0 && isNoun(tree, subject) ? subject : -1;
}

/** The "of" dependent of `w`: "% of the valley", "two of his victims". */
export function ofDependent(tree: Tree, w: number): number {
  return tree.children(w, 'nmod').find((c) => c > w && isOf(tree, c) && isNoun(tree, c)) ?? -1;
}

/**
 * A noun that can name what is measured: not a pronoun ("30 percent of them"), not a lone letter ("38.9 C"),
 * not a verb's gerund the tagger took for a noun ("$250 million helping Trump win": it has an object).
 */
export function isNoun(tree: Tree, w: number): boolean {
  return (
    NOUN.has(tree.tokens[w]!.upos) &&
    /\p{L}\p{L}/u.test(tree.word(w)) &&
    !TIME.test(tree.word(w)) &&
    !CURRENCY.test(tree.word(w)) &&
    tree.child(w, 'obj', 'ccomp', 'xcomp') < 0 &&
    (tree.child(w, 'nsubj') < 0 || tree.child(w, 'cop') >= 0)
  );
}

/** "the number of such disasters": a noun that says how much, whose phrase says of what. */
export const isGeneric = (word: string): boolean => GENERIC.test(word);

export const isOf = (tree: Tree, w: number): boolean => prepositionOf(tree, w) === 'of';
export const prepositionOf = (tree: Tree, w: number): string => {
  const marker = tree.child(w, 'case');
  return marker < 0 ? '' : tree.lower(marker);
};
