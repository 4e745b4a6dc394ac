import type { EventType, Sentence } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { lemmaIn } from './lemmas.js';

/**
 * Whether a clause tells that an event happened, or only describes, asks or supposes it: read from the
 * tree, for the event's mode and confidence (`tree-events.ts`).
 */

/**
 * "a Swiss NGO that supports victims", "a firm which supplies the army": a verb in the simple present, in a
 * relative clause of a noun brought in with "a", says what that thing does, not something that happened.
 */
export function describesItsNoun(tree: Tree, w: number): boolean {
  if (tree.dep(w) !== 'acl:relcl' || tree.child(w, 'aux', 'aux:pass') >= 0) return false;
  const noun = tree.head(w);
  if (noun < 0 || !tree.children(noun, 'det').some((d) => ['a', 'an'].includes(tree.lower(d)))) return false;
  return /[^s]s$/.test(tree.lower(w));
}

/**
 * Types a party does as a standing habit or stance as well as once: supplying, backing, working with,
 * hosting, agreeing, looking into. Force is told in the present only as news ("Russia attacks Kyiv"), as
 * are statements ("Iran rejects US demands").
 */
const HABITS: ReadonlySet<EventType> = new Set([
  'AID',
  'SUPPORT',
  'COOPERATE',
  'CONSULT',
  'AGREE',
  'INVESTIGATE',
]);

/**
 * "UNICEF provides aid to children across the globe", "the institute supports research", "Qatar supports
 * the new government", "the minister agrees with the view": a verb in the simple present with no date of
 * its own, of a type that is also a habit or a stance, says what its subject does or thinks, not something
 * that happened. A present dated by its clause (a caption: "Ben-Gvir visits the Temple Mount, May 26")
 * keeps its confidence. An event noun is read through the verb carrying it ("provides aid").
 */
export function standingPresent(tree: Tree, w: number, type: EventType, dated: boolean): boolean {
  if (dated || !HABITS.has(type)) return false;
  const verb = tree.tokens[w]!.upos === 'VERB' ? w : tree.dep(w) === 'obj' ? tree.head(w) : -1;
  if (verb < 0 || tree.tokens[verb]!.upos !== 'VERB' || tree.child(verb, 'aux', 'aux:pass') >= 0)
    return false;
  return /[^s]s$/.test(tree.lower(verb));
}

/**
 * "Will Russia attack Kyiv?", "Did Trump meet Putin?": a yes-no question (an auxiliary first, a question
 * mark last) asks whether its events happen, it does not tell. A wh-question ("Why did Russia attack?")
 * takes its event as given and is read as told.
 */
export function polarQuestion(tree: Tree, text: string, sentence: Sentence): boolean {
  if (!/\?["'”’)\s]*$/.test(text.slice(sentence.start, sentence.end))) return false;
  const first = tree.tokens.findIndex((t) => t.upos !== 'PUNCT');
  return first >= 0 && tree.tokens[first]!.upos === 'AUX';
}

/** Verbs that name or class a thing as something: "called it an attack", "described the raid as a war crime". */
const NAMING: ReadonlySet<string> = new Set([
  'call',
  'describe',
  'label',
  'brand',
  'term',
  'dub',
  'deem',
  'consider',
  'characterise',
  'characterize',
  'see',
  'view',
  'regard',
  'portray',
  'paint',
  'denounce',
  'condemn',
  'decry',
  'classify',
]);

/**
 * "Prosecutors called the plot an attack on democracy", "the union called the sale a rejection of the
 * model", "described the raid as an act of aggression": an event noun a verb of naming puts on a thing is
 * what someone calls it, no event of its own (the thing named, if an event, is read by itself). The noun
 * is the naming verb's second complement: an object predicate, an as-phrase, or, as the parser often
 * hangs it, a noun phrase on the object; "an act of" is the kind named.
 */
export function characterisation(tree: Tree, n: number): boolean {
  let at = n;
  const marker = (w: number) => {
    const c = tree.child(w, 'case');
    return c >= 0 ? tree.lower(c) : '';
  };
  if (tree.dep(at) === 'nmod' && marker(at) === 'of' && tree.tokens[tree.head(at)]?.upos === 'NOUN')
    at = tree.head(at);
  const head = tree.head(at);
  if (head < 0) return false;
  const naming = (v: number) =>
    v >= 0 && tree.tokens[v]!.upos === 'VERB' && lemmaIn(tree.word(v), NAMING) !== null;
  const dep = tree.dep(at);
  if (dep === 'xcomp' && naming(head)) return true;
  const onObject = tree.dep(head) === 'obj' && naming(tree.head(head));
  if (marker(at) === 'as') return naming(head) || onObject;
  return ['obj', 'nmod:unmarked', 'appos'].includes(dep) && marker(at) === '' && onObject;
}

/** Hazards of nature and illness: what they strike, kill or destroy is no party's act. */
const HAZARDS: ReadonlySet<string> = new Set([
  'earthquake',
  'quake',
  'tremor',
  'storm',
  'hurricane',
  'cyclone',
  'typhoon',
  'tornado',
  'tsunami',
  'flood',
  'flooding',
  'wildfire',
  'bushfire',
  'drought',
  'landslide',
  'avalanche',
  'heatwave',
  'lightning',
  'disease',
  'virus',
  'outbreak',
  'epidemic',
  'pandemic',
  'cancer',
  'rabies',
  'cholera',
  'malaria',
]);

/** "The earthquake struck Mandalay", "rabies kills thousands": a verb whose doer is a hazard names no event. */
export function hazardActs(tree: Tree, w: number): boolean {
  const doers = tree.isPassive(w) ? tree.agent(w) : tree.subjects(w);
  return doers.length > 0 && doers.every((d) => lemmaIn(tree.word(d), HAZARDS) !== null);
}
