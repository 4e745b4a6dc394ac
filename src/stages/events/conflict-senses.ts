import type { EventActor, EventType } from '../../core/analysis.js';
import { lemmaIn } from './lemmas.js';
import { prepositionalTargets } from './parties.js';
import type { SentenceActors } from './sentence-actors.js';
import type { Sense } from './senses.js';
import { eventNounType } from './triggers.js';

/**
 * The senses of the words of force, sanctions and retreat (`senseOf` reads them in its order): a ban laid
 * on an opposition or a medium coerces, an attack on a text criticises, relief handed over is aid,
 * observers or diplomats withdrawn are a sanction, and a title or seat won is no place taken.
 */

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

const ATTACK: ReadonlySet<string> = new Set(['attack', 'assault']);

const HAND: ReadonlySet<string> = new Set(['hand']);

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

export function bannedFromPublicLife(
  sa: SentenceActors,
  w: number,
  type: EventType,
  targets: readonly EventActor[],
): Sense | undefined {
  const { tree } = sa;
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
  return undefined;
}

export function attackedStance(
  sa: SentenceActors,
  w: number,
  type: EventType,
  targets: readonly EventActor[],
): Sense | undefined {
  const { tree } = sa;
  // "Trump attacked South Africa's land reform law": an attack on a text, a policy or a view is criticism,
  // aimed at whose it is.
  if (type === 'ASSAULT' && lemmaIn(tree.word(w), ATTACK) !== null) {
    const objects = tree.objects(w);
    if (objects.length > 0 && objects.every((o) => lemmaIn(tree.word(o), STANCES) !== null))
      return { type: 'DISAPPROVE', targets };
  }
  return undefined;
}

export function handedRelief(sa: SentenceActors, w: number, type: EventType): Sense | undefined {
  const { tree } = sa;
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
  return undefined;
}

export function withdrewResources(
  sa: SentenceActors,
  w: number,
  type: EventType,
  targets: readonly EventActor[],
): Sense | undefined {
  const { tree } = sa;
  // "will withdraw its peacekeeping force from Chad", "withdrew its ambassador": taking back observers,
  // diplomats or peacekeepers reduces relations (SANCTION); "withdrew its troops" is a retreat.
  if (type === 'RETREAT' && lemmaIn(tree.word(w), WITHDRAW) !== null) {
    const objects = tree.objects(w);
    if (objects.length > 0 && objects.every((o) => withdrawnResource(tree, o)))
      return { type: 'SANCTION', targets };
  }
  return undefined;
}

export function wonPrize(sa: SentenceActors, w: number, type: EventType): null | undefined {
  const { tree } = sa;
  // "captured the league championship", "seized 40 seats": a title, prize or seat won in a contest is no
  // place or party taken by force.
  if (
    (type === 'FIGHT' || type === 'COERCE') &&
    tree.objects(w).length > 0 &&
    tree.objects(w).every((o) => lemmaIn(tree.lower(o), PRIZES) !== null)
  )
    return null;
  return undefined;
}

/** Whether noun `o` or a noun modifying it names a non-military resource ("peacekeeping force", "aid workers"). */
const withdrawnResource = (tree: SentenceActors['tree'], o: number): boolean =>
  [o, ...tree.children(o, 'compound', 'amod')].some(
    (x) => lemmaIn(tree.lower(x), WITHDRAWN_RESOURCES) !== null,
  );
