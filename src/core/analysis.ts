/**
 * What reading an article produces. Every span is a pair of UTF-16 offsets (as JavaScript strings count)
 * into the article's text, `start` inclusive, `end` exclusive, so `text.slice(start, end)` is the span.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  /**
   * The sentence's words with their part of speech and dependency tree (Universal Dependencies), in text
   * order. Every reading made since pipeline reading-3 has them; older stored readings do not.
   */
  tokens?: SyntaxToken[];
}

/** Universal Dependencies part-of-speech tags. */
export type Upos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X';

/**
 * Universal Dependencies relations as UD English EWT uses them, subtypes included ("nsubj:pass",
 * "obl:agent", "nmod:poss", "acl:relcl").
 */
export type Deprel =
  | 'acl'
  | 'acl:relcl'
  | 'advcl'
  | 'advcl:relcl'
  | 'advmod'
  | 'amod'
  | 'appos'
  | 'aux'
  | 'aux:pass'
  | 'case'
  | 'cc'
  | 'cc:preconj'
  | 'ccomp'
  | 'compound'
  | 'compound:prt'
  | 'conj'
  | 'cop'
  | 'csubj'
  | 'csubj:outer'
  | 'csubj:pass'
  | 'dep'
  | 'det'
  | 'det:predet'
  | 'discourse'
  | 'dislocated'
  | 'expl'
  | 'fixed'
  | 'flat'
  | 'goeswith'
  | 'iobj'
  | 'list'
  | 'mark'
  | 'nmod'
  | 'nmod:desc'
  | 'nmod:poss'
  | 'nmod:unmarked'
  | 'nsubj'
  | 'nsubj:outer'
  | 'nsubj:pass'
  | 'nummod'
  | 'obj'
  | 'obl'
  | 'obl:agent'
  | 'obl:unmarked'
  | 'orphan'
  | 'parataxis'
  | 'punct'
  | 'reparandum'
  | 'root'
  | 'vocative'
  | 'xcomp';

/** A word of a parsed sentence. */
export interface SyntaxToken extends Span {
  upos: Upos;
  /** Index in the same sentence's `tokens` of the word governing this one; -1 for the sentence's root. */
  head: number;
  dep: Deprel;
}

export interface Token extends Span {
  text: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

/** A name found by the statistical tagger, typed as CoNLL-2003 types it. */
export interface NameSpan extends Span {
  label: 'PER' | 'ORG' | 'LOC' | 'MISC';
  /** The tagger's confidence in [0, 1]. */
  score: number;
}

export type EntityType = 'person' | 'organisation' | 'country' | 'place' | 'other';

/** How a mention refers to its entity. */
export type MentionKind =
  | 'name' // "Marco Rubio", "Ukraine"
  | 'short-name' // "Rubio", "Mr Rubio"
  | 'title' // "the Kremlin spokesperson", "the Ukrainian Foreign Minister"
  | 'pronoun' // "he", "she"
  | 'metonym' // "the Kremlin", "Moscow", "Washington" standing for a government
  | 'demonym'; // "Ukrainian", "Russian"

export interface Mention extends Span {
  text: string;
  type: EntityType;
  kind: MentionKind;
  /** The article-local entity this mention refers to (`Entity.id`). */
  entityId: string;
  sentence: number;
}

export interface Role {
  /** The role as written, normalised in case: "Secretary of State", "spokesperson", "head". */
  title: string;
  /** What the role belongs to, as written: "Kremlin", "Ukraine's National Security and Defense Council". */
  of: string | null;
  /** ISO 3166-1 alpha-3 of the country the role belongs to, when known. */
  country: string | null;
  /** The span the role was read from. */
  evidence: Span;
}

export interface Entity {
  /** Article-local id (`e1`, `e2`, …); cross-article ids come with resolution. */
  id: string;
  /** The fullest name the article uses. */
  name: string;
  type: EntityType;
  aliases: string[];
  roles: Role[];
  /** ISO 3166-1 alpha-3 of the country, or of the country the actor belongs to. */
  country: string | null;
  /** For a metonym's target: "government" of `country` ("the Kremlin" → Russia's government). */
  stands: 'government' | null;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends Span {
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2025-12-02`, `2025-11`, `2025-W49`, `P30D`, `PRESENT_REF`, `XXXX-XX-XX`. */
  value: string;
  sentence: number;
}

/** A span together with the text it covers, as quotes and events publish their parts. */
export interface SpanText extends Span {
  text: string;
}

/** Who said what: direct ("…," he said) or indirect (X said that …, according to X). */
export interface Quote {
  content: SpanText;
  /** The words naming the speaker in this sentence ("he", "the Kremlin spokesperson"); null when none. */
  source: SpanText | null;
  /** The attribution verb or phrase ("said", "according to", "wrote on X"). */
  cue: SpanText | null;
  /** The speaker's name as resolved (the entity's name), or null when the quote has no speaker. */
  speaker: string | null;
  speakerId: string | null;
  direct: boolean;
  /** Where it was said, when named: "X", "VOA", "Truth Social", "CBS's Face the Nation". */
  channel: string | null;
  /** TIMEX3 value of when it was said, when the sentence says. */
  date: string | null;
  sentence: number;
  /** How far the reading trusts this quote and its speaker, in [0, 1] (see `core/confidence.ts`). */
  confidence: number;
}

/** A number reported about something: "19.3% of Ukraine's territory", "at least 76 people". */
export interface Figure extends SpanText {
  value: number;
  /** Upper end for ranges ("two to three"), else null. */
  valueMax: number | null;
  /** `%`, `pp`, `km2`, `m2`, `sq mi`, `km`, `mi`, `nmi`, `m`, `t`, `bbl`, `cents`, `kg`, `g`, `lb`, `oz`, `l`, `gal`, `mph`, `km/h`, `°C`, `°F`, `EUR`, `USD`, `people`…; null for a bare count. */
  unit: string | null;
  /**
   * What it measures, as written: the noun it counts or is of, with that noun's modifiers ("Ukraine's
   * sovereign landmass"), and for people what was done to them ("Ukrainian minors deported"); null when
   * the sentence does not say.
   */
  subject: string | null;
  /** about, at least, over, nearly, up to, more than… */
  qualifier: string | null;
  /** TIMEX3 value the figure holds at, when the sentence says. */
  asOf: string | null;
  /** Who reports it ("ISW", "the Ukrainian government"), when the sentence says. */
  attribution: string | null;
  sentence: number;
  /** How far the reading trusts the figure and what it measures, in [0, 1]. */
  confidence: number;
}

/** PLOVER event types (see ../shared/bench/events/plover-manual.tex). */
export type EventType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT'
  | 'FIGHT'
  | 'DEMAND'
  | 'DISAPPROVE'
  | 'INVESTIGATE'
  | 'OTHER';

export type EventMode = 'asserted' | 'proposed' | 'planned' | 'denied' | 'hypothetical' | 'called-off';

/**
 * The sector of an actor, where the text says it (CAMEO's GOV, MIL, COP, JUD, REB/OPP, BUS, MED, CVL, IGO):
 * "the US commander" is military, "a court in Guyana" judiciary, "Syrian state media" media.
 */
export type ActorSector =
  | 'government'
  | 'military'
  | 'police'
  | 'judiciary'
  | 'opposition'
  | 'business'
  | 'media'
  | 'civilians'
  | 'international';

/** One actor of an event, coded as event-data users expect it. */
export interface EventActor {
  /** The entity (`Entity.id`). */
  id: string;
  /** ISO 3166-1 alpha-3 of the actor's country (a person's is their role's), or null when unknown. */
  country: string | null;
  sector: ActorSector | null;
}

/** Who did what to whom, when and where. */
export interface Event {
  type: EventType;
  mode: EventMode;
  /** The word or phrase that names the event ("meet", "sanctions", "missile strike"). */
  trigger: SpanText;
  /** Entity ids (`Entity.id`) of the actors who act. */
  sourceIds: string[];
  /** Entity ids of the actors acted upon. */
  targetIds: string[];
  /** The source actors coded (one per `sourceIds` entry, same order); absent on readings before reading-4. */
  sourceActors?: EventActor[];
  /** The target actors coded (one per `targetIds` entry, same order). */
  targetActors?: EventActor[];
  /** A type whose sides act alike (CONSULT, AGREE, COOPERATE, and a signing): sources and targets are all participants. */
  symmetric?: boolean;
  /** The entity whose statement reports the event ("Kyiv said Russia attacked…": Kyiv's claim), or null. */
  reportedBy?: string | null;
  /** TIMEX3 value of the time expression attached to the event's own clause; null when none is. */
  date: string | null;
  /**
   * Where the date comes from: `clause` when the event's clause names it; `article` when none does and the
   * event is dated by its article (at the article's precision), `date` then being null.
   */
  dateFrom?: 'clause' | 'article';
  /** The place, as written ("Miami", "Jeddah, Saudi Arabia"). */
  place: string | null;
  sentence: number;
  /** The sentence's span. */
  start: number;
  end: number;
  /** How far the reading trusts the event's type and actors, in [0, 1]. */
  confidence: number;
}

export type StancePosition = 'supports' | 'opposes' | 'conditional';

/** An actor's stated position on an issue, with the words it rests on. */
export interface Stance {
  actorId: string;
  actor: string;
  /** A short name of the issue: "30-day ceasefire proposal", "NATO membership for Ukraine". */
  issue: string;
  position: StancePosition;
  evidence: SpanText;
  sentence: number;
}

/** Everything reading finds in one text. */
export interface Analysis {
  text: string;
  /** Why the reading covers less than the whole text (a reading cap, its time budget); absent when it is whole. */
  limited?: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  dates: DateMention[];
  quotes: Quote[];
  figures: Figure[];
  events: Event[];
  stances: Stance[];
}
