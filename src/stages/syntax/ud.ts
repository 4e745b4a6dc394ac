import type { Deprel, Upos } from '../../core/analysis.js';

/**
 * The Universal Dependencies inventories the tagger and parser predict, numbered once so that models,
 * features and stored readings agree. Relations are those of UD English EWT (2.15 and later), subtypes
 * included: the later stages ask for `nsubj:pass` or `obl:agent`, not only `nsubj` or `obl`.
 */

export const UPOS = [
  'NOUN',
  'PUNCT',
  'VERB',
  'PRON',
  'ADP',
  'DET',
  'ADJ',
  'AUX',
  'PROPN',
  'ADV',
  'CCONJ',
  'PART',
  'NUM',
  'SCONJ',
  'SYM',
  'INTJ',
  'X',
] as const satisfies readonly Upos[];

export const DEPRELS = [
  'punct',
  'case',
  'nsubj',
  'det',
  'root',
  'advmod',
  'obj',
  'amod',
  'obl',
  'conj',
  'compound',
  'mark',
  'nmod',
  'cc',
  'aux',
  'cop',
  'advcl',
  'nmod:poss',
  'xcomp',
  'ccomp',
  'acl:relcl',
  'flat',
  'parataxis',
  'nummod',
  'appos',
  'acl',
  'aux:pass',
  'nsubj:pass',
  'obl:unmarked',
  'nmod:unmarked',
  'discourse',
  'compound:prt',
  'iobj',
  'list',
  'expl',
  'fixed',
  'nmod:desc',
  'obl:agent',
  'csubj',
  'nsubj:outer',
  'det:predet',
  'vocative',
  'goeswith',
  'advcl:relcl',
  'cc:preconj',
  'reparandum',
  'orphan',
  'csubj:pass',
  'dislocated',
  'dep',
  'csubj:outer',
] as const satisfies readonly Deprel[];

export const UPOS_COUNT = UPOS.length;
export const DEPREL_COUNT = DEPRELS.length;
export const ROOT_DEPREL = DEPRELS.indexOf('root');

const uposIds = new Map<string, number>(UPOS.map((u, k) => [u, k]));
const deprelIds = new Map<string, number>(DEPRELS.map((d, k) => [d, k]));

/** The number of a UPOS tag, or -1 for a tag outside the inventory. */
export const uposId = (tag: string): number => uposIds.get(tag) ?? -1;

/**
 * Older UD English releases (GUM of 2019) name some relations as EWT no longer does; they are read as their
 * current names so that both treebanks teach one inventory.
 */
const RENAMED: ReadonlyMap<string, Deprel> = new Map([
  ['obl:tmod', 'obl:unmarked'],
  ['obl:npmod', 'obl:unmarked'],
  ['nmod:tmod', 'nmod:unmarked'],
  ['nmod:npmod', 'nmod:unmarked'],
]);

/** The number of a relation (renamed as above), or -1 for one outside the inventory. */
export function deprelId(relation: string): number {
  return deprelIds.get(RENAMED.get(relation) ?? relation) ?? -1;
}
