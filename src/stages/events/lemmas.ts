/**
 * A rough English lemmatiser, enough to look a word up in this stage's short verb and noun lists: the
 * dictionary forms it may come from, by suffix and a list of irregular forms.
 */

/** Irregular forms the suffix rules below do not undo. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['held', 'hold'],
  ['made', 'make'],
  ['had', 'have'],
  ['has', 'have'],
  ['gave', 'give'],
  ['given', 'give'],
  ['sent', 'send'],
  ['began', 'begin'],
  ['begun', 'begin'],
  ['struck', 'strike'],
  ['led', 'lead'],
  ['took', 'take'],
  ['taken', 'take'],
  ['met', 'meet'],
  ['said', 'say'],
  ['told', 'tell'],
  ['wrote', 'write'],
  ['written', 'write'],
  ['spoke', 'speak'],
  ['spoken', 'speak'],
  ['sought', 'seek'],
  ['went', 'go'],
  ['gone', 'go'],
  ['saw', 'see'],
  ['seen', 'see'],
  ['knew', 'know'],
  ['known', 'know'],
  ['thought', 'think'],
  ['fought', 'fight'],
  ['shot', 'shoot'],
  ['threw', 'throw'],
  ['swore', 'swear'],
  ['sworn', 'swear'],
  ['thrown', 'throw'],
  ['withdrew', 'withdraw'],
  ['froze', 'freeze'],
  ['frozen', 'freeze'],
  ['withheld', 'withhold'],
  ['broke', 'break'],
  ['broken', 'break'],
  ['withdrawn', 'withdraw'],
  ['stood', 'stand'],
  ['laid', 'lay'],
  ['set', 'set'],
  ['put', 'put'],
  ['cut', 'cut'],
  ['hit', 'hit'],
]);

/**
 * The dictionary forms an inflected English word may come from ("scheduled" → schedule, "called" → call,
 * "planning" → plan, "held" → hold): enough to look a verb up in the short lists of this stage.
 */
function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase().replace(/’/g, "'");
  const irregular = IRREGULAR.get(w);
  const out = irregular ? [irregular, w] : [w];
  const strip = (suffix: string): string | null =>
    w.endsWith(suffix) && w.length - suffix.length >= 2 ? w.slice(0, -suffix.length) : null;
  for (const suffix of ['ing', 'ed']) {
    const stem = strip(suffix);
    if (!stem) continue;
    out.push(stem, `${stem}e`);
    if (/([bdfglmnprtv])\1$/.test(stem)) out.push(stem.slice(0, -1));
  }
  const ied = strip('ied') ?? strip('ies');
  if (ied) out.push(`${ied}y`);
  const es = strip('es');
  if (es) out.push(es);
  const s = strip('s');
  if (s) out.push(s);
  const d = strip('d');
  if (d) out.push(d);
  return out;
}

/** The dictionary form of `word` found in `lemmas`, or null. */
export function lemmaIn(word: string, lemmas: ReadonlySet<string>): string | null {
  for (const c of lemmaCandidates(word)) if (lemmas.has(c)) return c;
  return null;
}

/**
 * Verbs whose object is a topic talked over, not a party: "discussed the crisis in Sudan" names neither
 * Sudan as a party nor as the place of the talks.
 */
export const TOPICAL: ReadonlySet<string> = new Set(['discuss', 'debate']);
