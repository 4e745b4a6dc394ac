import type { EventActor, EventType } from '../../core/analysis.js';
import { lemmaIn } from './lemmas.js';
import { prepositionalTargets } from './parties.js';
import type { SentenceActors } from './sentence-actors.js';
import { sectorOfWords } from './sectors.js';
import { eventNounType, type Trigger } from './triggers.js';
import { modalOf } from '../syntax/modality.js';

/**
 * The sense a trigger word has in its sentence, read from the tree once its arguments are known: the
 * lexicon gives a word's event sense, the grammar around it says whether the sentence uses that sense.
 */

const WELCOME: ReadonlySet<string> = new Set(['welcome', 'greet', 'receive']);

const WARN: ReadonlySet<string> = new Set(['warn', 'caution']);

/** What is won in a contest: a sports title or an election's seats. */
const PRIZES: ReadonlySet<string> = new Set([
  'championship',
  'title',
  'trophy',
  'cup',
  'medal',
  'crown',
  'pennant',
  'prize',
  'award',
  'seat',
  'majority',
  'vote',
]);

/** What a warning can hold over a party: "warned of consequences", "warned of further steps". */
const RESPONSES: ReadonlySet<string> = new Set([
  'consequence',
  'action',
  'step',
  'measure',
  'retaliation',
  'response',
  'reprisal',
]);

const INSIST: ReadonlySet<string> = new Set(['insist']);

/** Measures laid on a party against its will: what a call for them aims at is criticised, not asked. */
const PUNITIVE: ReadonlySet<string> = new Set([
  'sanction',
  'tariff',
  'ban',
  'embargo',
  'boycott',
  'duty',
  'levy',
]);

const SIGN: ReadonlySet<string> = new Set(['sign']);

const HOST: ReadonlySet<string> = new Set(['host']);

const ATTACK: ReadonlySet<string> = new Set(['attack', 'assault']);

const HAND: ReadonlySet<string> = new Set(['hand']);

/** Verbs by which one side puts its own ceasefire into effect: "declared a unilateral ceasefire". */
const PUT_IN_EFFECT: ReadonlySet<string> = new Set(['declare', 'observe', 'implement']);

const CEASEFIRE: ReadonlySet<string> = new Set(['ceasefire', 'cease-fire', 'truce']);

/** Verbs that give a welcome to someone: "gave a warm welcome to de Klerk". */
const GIVE: ReadonlySet<string> = new Set(['give', 'extend', 'accord', 'offer']);

const BAN: ReadonlySet<string> = new Set(['ban', 'outlaw', 'bar']);

const WITHDRAW: ReadonlySet<string> = new Set(['withdraw', 'pull', 'recall']);

/**
 * Non-military resources a party withdraws from a country or a mission: PLOVER's SANCTION `withdraw`
 * ("aid, observers, diplomats, peacekeepers"), where troops or forces pulled back are a RETREAT.
 */
const WITHDRAWN_RESOURCES: ReadonlySet<string> = new Set([
  'peacekeeper',
  'peacekeepers',
  'peacekeeping',
  'inspector',
  'inspectors',
  'observer',
  'observers',
  'monitor',
  'monitors',
  'diplomat',
  'diplomats',
  'ambassador',
  'ambassadors',
  'envoy',
  'envoys',
  'embassy',
  'mission',
  'aid',
  'humanitarian',
  'staff',
]);

/** Relief goods the lexicon does not list as aid: "handed over 700 kg of medicine". */
const RELIEF_GOODS: ReadonlySet<string> = new Set([
  'medicine',
  'medicines',
  'medication',
  'food',
  'supplies',
  'vaccine',
  'vaccines',
  'tents',
  'blankets',
]);

/** What words, not weapons, attack: "attacked the law", "assaulted the ruling". */
const STANCES: ReadonlySet<string> = new Set([
  'law',
  'bill',
  'legislation',
  'policy',
  'plan',
  'decision',
  'proposal',
  'ruling',
  'verdict',
  'reform',
  'remark',
  'comment',
  'statement',
  'report',
  'record',
  'idea',
  'claim',
  'view',
  'speech',
  'budget',
]);

/** Texts signed between parties that the lexicon does not list as events: "signed a memorandum". */
const PACT_TEXTS: ReadonlySet<string> = new Set([
  'memorandum',
  'contract',
  'mou',
  'communique',
  'declaration',
  'charter',
  'convention',
  'protocol',
]);

/** Auxiliaries and copulas of a that-clause that states a fact: "insists the plan is needed". */
const INDICATIVE: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'does',
  'did',
  'will',
  "'s",
  "'re",
]);

/**
 * The type trigger `w` has here, and its targets, or null when it names no event of its lexicon type:
 * - an offer or promise of a thing to no one ("did not eat the food offered by Bethuel", "brownies offer
 *   the best of both worlds") is no agreement on offer; one made to a party, or a commitment to a course
 *   ("is committed to opening up the economy", PLOVER's AGREE), is.
 * - "welcomed the decision" is support; a person welcomed ("Sharif was welcomed by the minister at the
 *   airport") is a guest received, a visit (CONSULT).
 * - "attacked the law" criticises (DISAPPROVE).
 * - "warned Israel against …" and "warned that police will not tolerate rallies" threaten; "warned that
 *   the rhetoric risked …", no one warned and no party doing what it says, is a caution, no threat.
 */
export function senseOf(
  sa: SentenceActors,
  w: number,
  trigger: Trigger,
  type: EventType,
  nominal: boolean,
  targets: readonly EventActor[],
): { type: EventType; targets: readonly EventActor[] } | null {
  const { tree } = sa;
  if (trigger.role === 'proposal' && targets.length === 0) {
    const offeredTo = sa.actorsOf([
      ...tree.indirectObjects(w),
      ...tree
        .prepositional(w)
        .filter((p) => p.preposition === 'to' || p.preposition === 'with')
        .flatMap((p) => tree.conjuncts(p.index)),
    ]);
    if (offeredTo.length > 0) return { type, targets: offeredTo };
    if (!nominal && offeredThing(sa, w)) return null;
  }
  // "Hizbollah declared a unilateral ceasefire": a ceasefire put into effect, no pact between sides named,
  // is PLOVER's RETREAT (CAMEO 0871, "observing a ceasefire"); "agreed a ceasefire with" stays AGREE.
  if (type === 'AGREE' && nominal && lemmaIn(tree.lower(w), CEASEFIRE) !== null) {
    const verb = tree.head(w);
    if (
      tree.dep(w) === 'obj' &&
      lemmaIn(tree.lower(verb), PUT_IN_EFFECT) !== null &&
      tree.prepositional(w, 'between').length === 0 &&
      tree.prepositional(w, 'with').length === 0 &&
      tree.prepositional(verb, 'with').length === 0
    )
      return { type: 'RETREAT', targets };
  }
  // "gave a warm welcome to de Klerk": a welcome given to a person receives a guest, a visit (CONSULT), as
  // "welcomed Sharif" does below; a welcome given to a plan stays support.
  if (
    type === 'SUPPORT' &&
    nominal &&
    lemmaIn(tree.lower(w), WELCOME) !== null &&
    tree.dep(w) === 'obj' &&
    lemmaIn(tree.lower(tree.head(w)), GIVE) !== null &&
    targets.length > 0 &&
    targets.every((t) => sa.isPerson(t.id))
  )
    return { type: 'CONSULT', targets };
  if (nominal) return { type, targets };
  // "banned opposition candidates from the elections", "banned the newspaper": barring an opposition or a
  // medium from political life or print is PLOVER's COERCE (`restrict`, `censor`); a ban laid on another
  // state or its trade stays SANCTION.
  if (
    type === 'SANCTION' &&
    lemmaIn(tree.word(w), BAN) !== null &&
    targets.length > 0 &&
    targets.every((t) => t.sector === 'opposition' || t.sector === 'media')
  )
    return { type: 'COERCE', targets };
  // "Trump attacked South Africa's land reform law": an attack on a text, a policy or a view is criticism,
  // aimed at whose it is.
  if (type === 'ASSAULT' && lemmaIn(tree.word(w), ATTACK) !== null) {
    const objects = tree.objects(w);
    if (objects.length > 0 && objects.every((o) => lemmaIn(tree.word(o), STANCES) !== null))
      return { type: 'DISAPPROVE', targets };
  }
  // "handed over 700 kg of medicine to the Red Crescent": relief goods handed over are aid, to whom they
  // go; prisoners, weapons or territory handed over are a retreat.
  if (type === 'RETREAT' && lemmaIn(tree.word(w), HAND) !== null) {
    // The parser often reads the particle as a preposition: "handed over medicine" as "over medicine".
    const handed = [...tree.objects(w), ...tree.prepositional(w, 'over').map((p) => p.index)];
    const goods = handed.flatMap((o) => [o, ...tree.prepositional(o, 'of').map((p) => p.index)]);
    const relief = (g: number) =>
      eventNounType(tree.word(g)) === 'AID' || lemmaIn(tree.lower(g), RELIEF_GOODS) !== null;
    if (goods.some(relief)) return { type: 'AID', targets: prepositionalTargets(sa, w, 'AID') };
  }
  // "will withdraw its peacekeeping force from Chad", "withdrew its ambassador": taking back observers,
  // diplomats or peacekeepers reduces relations (SANCTION); "withdrew its troops" is a retreat.
  if (type === 'RETREAT' && lemmaIn(tree.word(w), WITHDRAW) !== null) {
    const objects = tree.objects(w);
    if (objects.length > 0 && objects.every((o) => withdrawnResource(tree, o)))
      return { type: 'SANCTION', targets };
  }
  if (
    type === 'SUPPORT' &&
    lemmaIn(tree.word(w), WELCOME) !== null &&
    tree.patients(w).some((p) => isPerson(sa, p))
  )
    return { type: 'CONSULT', targets };
  // "called for sanctions against Nigeria", "urged a ban on Russian oil": the party a call for a measure is
  // aimed at is asked for nothing; the call criticises it (PLOVER's DISAPPROVE), whoever is to impose it.
  if (type === 'DEMAND') {
    const asked = [...tree.objects(w), ...tree.prepositional(w, 'for').map((p) => p.index)];
    const aimedAt = asked
      .filter((c) => lemmaIn(tree.lower(c), PUNITIVE) !== null)
      .flatMap((c) => [...tree.prepositional(c, 'on'), ...tree.prepositional(c, 'against')])
      .flatMap((p) => tree.conjuncts(p.index));
    const aimed = sa.actorsOf(aimedAt);
    if (aimed.length > 0 && targets.every((t) => aimed.some((a) => a.id === t.id)))
      return { type: 'DISAPPROVE', targets: targets.length > 0 ? targets : aimed };
  }
  // "insisted on a ceasefire", "insisted that Israel withdraw" demand; "insists the plan is needed",
  // "insisted there was no deal" assert: a that-clause stating a fact is what is said, no demand.
  if (
    type === 'DEMAND' &&
    lemmaIn(tree.word(w), INSIST) !== null &&
    tree.prepositional(w, 'on').length === 0
  ) {
    const content = tree.child(w, 'ccomp');
    if (content >= 0 && statesAFact(sa, content)) return null;
  }
  // "signed a deal with Kyiv" agrees; "signed an executive order", "signed the bill into law" enact what
  // one party decides: a signed thing that is no pact, with no party signed with, is no agreement.
  if (type === 'AGREE' && lemmaIn(tree.word(w), SIGN) !== null && targets.length === 0) {
    // The signed thing is the object, a passive's subject ("the decree was signed by Putin"), or the noun a
    // participle with no object of its own describes ("a law signed by Ramaphosa", "a letter signed by 42
    // MPs"); "the faction met, signing a charter" has its own.
    const own = tree.patients(w);
    const objects = tree.dep(w) === 'acl' && own.length === 0 ? [tree.head(w)] : own;
    if (objects.length > 0 && !objects.some((o) => isPact(tree.word(o)))) return null;
  }
  // "hosted Hamas leaders", "hosted the summit" receive parties; "hosts a podcast", "hosted a ceremony"
  // put on a thing, no meeting of parties.
  if (type === 'CONSULT' && lemmaIn(tree.word(w), HOST) !== null && targets.length === 0) {
    // "the World Cup, which Qatar hosted": a relative pronoun object stands for the noun its clause describes.
    const objects = tree
      .objects(w)
      .map((o) =>
        tree.dep(w) === 'acl:relcl' && ['which', 'that'].includes(tree.lower(o)) ? tree.head(w) : o,
      );
    if (objects.length > 0 && !objects.some((o) => party(sa, o) || eventNounType(tree.word(o)) !== null))
      return null;
  }
  // "visited the Qatari plane", "visited a car factory": a visit to a thing is no visit paid to a party;
  // one to a party, a body ("visited the embassy") or a country, city or region is.
  if (type === 'CONSULT' && lemmaIn(tree.word(w), VISIT_VERB) !== null) {
    const objects = tree.objects(w);
    if (objects.length > 0 && objects.every((o) => visitedThing(sa, o))) return null;
  }
  // "discussed normalisation with Iraq in an interview", "spoke about the talks on a podcast": what one
  // talks over with a journalist or an audience is a topic, no meeting with the party it names.
  if (type === 'CONSULT' && lemmaIn(tree.word(w), TALK) !== null && saidToAnAudience(sa, w)) return null;
  // "captured the league championship", "seized 40 seats": a title, prize or seat won in a contest is no
  // place or party taken by force.
  if (
    (type === 'FIGHT' || type === 'COERCE') &&
    tree.objects(w).length > 0 &&
    tree.objects(w).every((o) => lemmaIn(tree.lower(o), PRIZES) !== null)
  )
    return null;
  if (type === 'THREATEN' && lemmaIn(tree.word(w), WARN) !== null && cautionAboutOthers(sa, w)) return null;
  if (type === 'THREATEN' && lemmaIn(tree.word(w), WARN) !== null && tree.objects(w).length === 0) {
    const content = tree.child(w, 'ccomp');
    if (content >= 0 && !tree.subjects(content).some((x) => party(sa, x))) return null;
    // "as the IPC has warned about", "warned of the possible savannisation": with no one warned, no
    // clause and nothing warned against, what is warned of is a danger unless it is an act, a party or a
    // response ("warned of consequences if Tsurkov remained in captivity").
    const warnedOf = tree
      .prepositional(w)
      .filter((p) => p.preposition === 'of' || p.preposition === 'about')
      .map((p) => p.index);
    const heldOver = (x: number) =>
      party(sa, x) || eventNounType(tree.word(x)) !== null || lemmaIn(tree.lower(x), RESPONSES) !== null;
    if (
      tree.child(w, 'ccomp', 'xcomp', 'iobj', 'advcl', 'parataxis') < 0 &&
      tree.prepositional(w, 'against').length === 0 &&
      !warnedOf.some(heldOver)
    )
      return null;
  }
  if (type === 'AGREE' && concurs(sa, w)) return { type: 'SUPPORT', targets };
  return { type, targets };
}

const CONCUR: ReadonlySet<string> = new Set(['agree', 'concur']);

/** What an agreement is reached on, or to: "agreed with Kyiv on a truce", "agreed with Iran to talks". */
const AGREED_ON: ReadonlySet<string> = new Set(['on', 'upon', 'to', 'over', 'about', 'for', 'that']);

/**
 * Whether "agree" at verb `w` shares a view rather than reaches an agreement: "agreed with Trump", "agreed
 * with Rubio's assessment" name only whom or what one thinks alike with, a stance (SUPPORT aimed at them);
 * "agreed with Kyiv on a truce", "agreed with Hamas to free hostages", "agreed a deal with Egypt" and
 * "agreed with Egypt's proposal" (a pact or a proposal accepted) reach one.
 */
function concurs(sa: SentenceActors, w: number): boolean {
  const { tree } = sa;
  if (lemmaIn(tree.word(w), CONCUR) === null) return false;
  const partners = tree.prepositional(w, 'with');
  if (partners.length === 0 || tree.child(w, 'obj', 'iobj', 'xcomp', 'ccomp') >= 0) return false;
  if (tree.prepositional(w).some((p) => AGREED_ON.has(p.preposition))) return false;
  return !partners.some(({ index }) => isPact(tree.word(index)) || eventNounType(tree.word(index)) !== null);
}

const VISIT_VERB: ReadonlySet<string> = new Set(['visit', 'tour']);

/** Common nouns of where a visit is paid to whoever holds it: a country, a city, a region. */
const VISITED_PLACES: ReadonlySet<string> = new Set([
  'country',
  'nation',
  'state',
  'kingdom',
  'republic',
  'capital',
  'city',
  'town',
  'village',
  'region',
  'province',
  'territory',
  'island',
  'area',
  'headquarters',
]);

/** Whether object `o` of a visit is a thing no one is received at: a common noun naming no party or place. */
function visitedThing(sa: SentenceActors, o: number): boolean {
  const { tree } = sa;
  return (
    tree.tokens[o]?.upos === 'NOUN' &&
    sa.mentionAt(o) === undefined &&
    !party(sa, o) &&
    lemmaIn(tree.lower(o), VISITED_PLACES) === null
  );
}

const TALK: ReadonlySet<string> = new Set(['discuss', 'talk', 'speak']);

/** Where one talks to journalists or an audience rather than with a party. */
const AUDIENCE_SETTINGS: ReadonlySet<string> = new Set([
  'interview',
  'podcast',
  'speech',
  'address',
  'op-ed',
  'article',
  'column',
  'broadcast',
  'programme',
  'program',
  'show',
  'documentary',
  'video',
  'post',
  'letter',
  'book',
  'memoir',
]);

/**
 * Whether verb `w` is set in an interview, a speech or a broadcast ("in an interview this week"): the
 * setting hangs in its clause, on the verb or, as parsers often hang a late phrase, on a noun after it.
 */
function saidToAnAudience(sa: SentenceActors, w: number): boolean {
  const { tree } = sa;
  const inOwnClause = (x: number): boolean => {
    for (let at = tree.head(x); at >= 0 && at !== w; at = tree.head(at))
      if (tree.isPredicate(at)) return false;
    return tree.dominates(w, x);
  };
  return tree.tokens.some(
    (_, x) =>
      lemmaIn(tree.lower(x), AUDIENCE_SETTINGS) !== null &&
      tree.tokens[x]?.upos === 'NOUN' &&
      tree.children(x, 'case').some((c) => ['in', 'during', 'on'].includes(tree.lower(c))) &&
      inOwnClause(x),
  );
}

const isPerson = (sa: SentenceActors, x: number): boolean => {
  const m = sa.mentionAt(x);
  return m !== undefined && sa.entityOf(m)?.type === 'person';
};

/**
 * "warned the Trump administration that Iran is stalling": a that-clause whose subject names a third party,
 * neither the one warning nor the one warned, tells what that party does; a caution about it, no threat.
 * "warned Iran that it would respond" (a pronoun, the warner's own act) and "warned Iran that Tehran must
 * stop" (the one warned) stay threats.
 */
function cautionAboutOthers(sa: SentenceActors, w: number): boolean {
  const { tree } = sa;
  const content = tree.child(w, 'ccomp');
  if (content < 0) return false;
  const subjects = tree.subjects(content).filter((x) => tree.tokens[x]?.upos !== 'PRON');
  const about = sa.actorsOf(subjects);
  if (about.length === 0) return false;
  const sides = sa.actorsOf([...tree.subjects(w), ...tree.objects(w), ...tree.indirectObjects(w)]);
  return about.every(
    (a) => !sides.some((b) => b.id === a.id || (a.country !== null && a.country === b.country)),
  );
}

/** Whether word `x` itself names a party: an actor's name, a pronoun, a body ("police", "the army"). */
function party(sa: SentenceActors, x: number): boolean {
  const { tree } = sa;
  const m = sa.mentionAt(x);
  return (
    (m !== undefined && sa.isActor(m)) ||
    tree.tokens[x]?.upos === 'PRON' ||
    sectorOfWords(null, tree.word(x)) !== null
  );
}

/** Whether offer verb `w` offers a thing, no party: its object, or the noun its participle modifies. */
function offeredThing(sa: SentenceActors, w: number): boolean {
  const { tree } = sa;
  const things = tree.dep(w) === 'acl' ? [tree.head(w)] : tree.objects(w);
  return things.some((t) => t >= 0 && tree.tokens[t]?.upos === 'NOUN' && !party(sa, t));
}

/** Whether noun `o` or a noun modifying it names a non-military resource ("peacekeeping force", "aid workers"). */
const withdrawnResource = (tree: SentenceActors['tree'], o: number): boolean =>
  [o, ...tree.children(o, 'compound', 'amod')].some(
    (x) => lemmaIn(tree.lower(x), WITHDRAWN_RESOURCES) !== null,
  );

const isPact = (word: string): boolean =>
  eventNounType(word) === 'AGREE' || lemmaIn(word.toLowerCase(), PACT_TEXTS) !== null;

/**
 * Whether clause `c` states a fact rather than what should be done: a tensed auxiliary or copula ("is
 * needed", "has no plan") or a past or third-person verb ("there was", "Israel wants"), with no modal of
 * obligation. "that Israel withdraw" (a bare verb) and "that Israel must withdraw" do not.
 */
function statesAFact(sa: SentenceActors, c: number): boolean {
  const { tree } = sa;
  const modal = modalOf(tree, c);
  if (modal === 'must' || modal === 'should') return false;
  if (tree.children(c, 'aux', 'aux:pass', 'cop').some((a) => INDICATIVE.has(tree.lower(a)))) return true;
  return tree.tokens[c]?.upos === 'VERB' && /(?:ed|[^s]s)$/i.test(tree.word(c));
}
