/**
 * What a stance is about, as one short name: common diplomatic issues by a lexicon of their phrasings
 * ("cessation of hostilities" → "ceasefire", "Kyiv's accession to NATO" → "NATO membership for Ukraine"),
 * anything else as its lightly normalised noun phrase, and "the proposal", "such a prospect" by what an
 * earlier sentence proposed.
 */
import type { Entity, Mention, Span } from '../../core/analysis.js';

export interface Issue {
  name: string;
  /** The noun the issue is known by, for finding it again: "proposal" in "€90 billion proposal". */
  head: string;
  start: number;
  end: number;
}

/** What the lexicon needs to name an issue: the words it matched and the names around them. */
interface IssueContext {
  matched: string;
  window: string;
  countryIn: (span: Span) => string | null;
  span: Span;
}

const PROPOSAL_AFTER = /^[\s”"]*(?:proposals?|offer|plan|initiative)\b/i;
const DAYS_BEFORE = /(\d+-day)[\s”"]*$/i;

/** Each entry names the issue its pattern matched, or null where the context shows the match is not that issue. */
const LEXICON: ReadonlyArray<readonly [RegExp, (c: IssueContext) => { name: string; head: string } | null]> =
  [
    [
      /cease-?fires?|truces?|cessation of hostilities/gi,
      ({ matched, window }) => {
        const at = window.indexOf(matched);
        const days = DAYS_BEFORE.exec(window.slice(Math.max(0, at - 12), at))?.[1];
        const proposed =
          PROPOSAL_AFTER.test(window.slice(at + matched.length)) ||
          /\bpropos(?:al|ed)\b[^.]*$/i.test(window.slice(0, at));
        const name = `${days ? `${days.toLowerCase()} ` : ''}ceasefire${proposed ? ' proposal' : ''}`;
        return { name, head: proposed ? 'proposal' : 'ceasefire' };
      },
    ],
    [
      /NATO membership|membership (?:of|in) NATO|join(?:ing)? NATO|NATO accession|(?:accession|membership)\b[^.,;]{0,30}?\b(?:NATO|North Atlantic Treaty Organi[sz]ation)/g,
      ({ countryIn, span }) => {
        const country = countryIn(span);
        return { name: country ? `NATO membership for ${country}` : 'NATO membership', head: 'membership' };
      },
    ],
    [
      /territorial concessions?|(?:ced(?:e|ing)|cession of|giv(?:e|ing) up|yield(?:ing)?|surrender(?:ing)?)\s+(?:more\s+|any\s+|the\s+)?(?:territory|territories|land|regions?|(\p{Lu}[\p{L}-]+))/giu,
      // "ceding Crimea" is a territorial concession only where the name is a place the text locates in a country.
      ({ matched, countryIn, span }) => {
        const name = /\p{Lu}[\p{L}-]+$/u.exec(matched);
        if (
          name &&
          !/^(?:territor|land|region)/i.test(name[0]) &&
          countryIn({ start: span.start + name.index, end: span.end }) === null
        )
          return null;
        return { name: 'territorial concessions', head: 'concessions' };
      },
    ],
    [/security (?:guarantees?|assurances?)/gi, () => ({ name: 'security guarantees', head: 'guarantees' })],
    [
      /(?:frozen|immobili[sz]ed|seized)(?:\s+[\p{L}-]+){0,3}?\s+assets/giu,
      () => ({ name: 'use of frozen assets', head: 'assets' }),
    ],
    [/peace (?:plan|proposal|framework)/gi, () => ({ name: 'peace plan', head: 'plan' })],
    [/peace (?:deal|agreement|accord|settlement)/gi, () => ({ name: 'peace deal', head: 'deal' })],
    [/peace (?:talks|negotiations)/gi, () => ({ name: 'peace talks', head: 'talks' })],
    [/sanctions?/gi, () => ({ name: 'sanctions', head: 'sanctions' })],
    [
      /military (?:aid|assistance|support)|(?:arms|weapons?) (?:deliveries|supplies|shipments)|supplying (?:arms|weapons)/gi,
      () => ({ name: 'military aid', head: 'aid' }),
    ],
    [/(?:financial|economic) (?:aid|assistance|support)/gi, () => ({ name: 'financial aid', head: 'aid' })],
  ];

/** Finds the lexicon's issues in `text` between `start` and `end`, in order. */
export function lexiconIssues(text: string, span: Span, countryIn: (span: Span) => string | null): Issue[] {
  const window = text.slice(span.start, span.end);
  const found: Issue[] = [];
  for (const [pattern, name] of LEXICON) {
    pattern.lastIndex = 0;
    for (const match of window.matchAll(pattern)) {
      const start = span.start + match.index;
      const end = start + match[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const issue = name({ matched: match[0], window, countryIn, span: { start, end } });
      if (issue) found.push({ ...issue, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Money a proposal is named by: "proposing to raise … €90 billion" → "€90 billion proposal". */
const AMOUNT = /(?:US\$|\$|€|£)\s?\d[\d,.]*(?:\s?(?:trillion|billion|million|bn|m)\b)?/;
const NAMED_AFTER_AMOUNT = /^\s+(loan|plan|package|fund|proposal)\b/i;
const PROPOSING = /\bpropos(?:e|es|ed|ing|al)\b/i;

export function amountNamedIssue(text: string, sentence: Span): Issue | null {
  const words = text.slice(sentence.start, sentence.end);
  const amount = AMOUNT.exec(words);
  if (amount === null) return null;
  const noun = NAMED_AFTER_AMOUNT.exec(words.slice(amount.index + amount[0].length))?.[1]?.toLowerCase();
  const head = noun ?? (PROPOSING.test(words) ? 'proposal' : null);
  if (head === null) return null;
  const start = sentence.start + amount.index;
  return { name: `${amount[0]} ${head}`, head, start, end: start + amount[0].length };
}

/** Heads that name no issue by themselves: "the proposal", "such a prospect" point back to one. */
const POINTING =
  /^(?:proposals?|plans?|ideas?|concepts?|prospects?|propositions?|initiatives?|schemes?|moves?|measures?|offers?|deals?|arrangements?|efforts?|achievements?|steps?|decisions?|developments?)$/i;
const DETERMINERS = /^(?:the|a|an|any|this|that|these|those|such|its|their|his|her|our|all|both|either)$/i;
/** Words that end the noun phrase an issue is named by. */
const PHRASE_END =
  /^(?:and|or|but|as|while|which|who|that|because|since|though|although|if|unless|in|on|at|by|with|to|into|over|under|during|after|before|stating|saying|citing|noting|arguing|warning|adding|despite|so|is|are|was|were|be|been|has|have|had|would|will|could|should|may|might)$/i;

export interface NounPhrase {
  /** The phrase normalised: determiners and quotation marks off, lower case but for names. */
  name: string;
  head: string;
  /** Whether its only determiner-stripped content is a pointing noun ("the plan", "such prospect"). */
  pointing: boolean;
  end: number;
}

/**
 * The noun phrase an object starts with: "the 30-day ceasefire proposal" → "30-day ceasefire proposal",
 * "the proposals from Jeddah" → "proposals from Jeddah". A lower-case word is kept in lower case; a
 * capitalised one is a name, since the object never starts a sentence.
 */
export function nounPhrase(text: string, span: Span): NounPhrase | null {
  const words: Array<{ text: string; end: number }> = [];
  const pattern = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}“”"]/gu;
  const window = text.slice(span.start, span.end);
  let determiners = 0;
  for (const match of window.matchAll(pattern)) {
    const word = match[0];
    if (!/^[\p{L}\p{N}]/u.test(word) || PHRASE_END.test(word)) break;
    if (words.length === 0 && DETERMINERS.test(word)) {
      determiners++;
      continue;
    }
    // "proposals from Jeddah", "membership of NATO": a short "of"/"from"/"for" phrase belongs to the issue.
    if (/^(?:of|from|for)$/i.test(word) && words.length > 0 && words.length < 4) {
      words.push({ text: word.toLowerCase(), end: span.start + match.index + word.length });
      continue;
    }
    // "the plan involving …", "a communique deemed …": a participle after the noun starts its modifier.
    if (/^(?:\p{Ll}+(?:ing|ed)|made|held|taken|seen)$/u.test(word) && words.length > 0) break;
    words.push({
      text: /^\p{Lu}/u.test(word) ? word : word.toLowerCase(),
      end: span.start + match.index + word.length,
    });
    if (words.length === 6) break;
  }
  while (words.length > 0 && /^(?:of|from|for)$/.test(words[words.length - 1]!.text)) words.pop();
  const last = words[words.length - 1];
  if (!last) return null;
  const head = words.find((w, i) => /^(?:of|from|for)$/.test(words[i + 1]?.text ?? '')) ?? last;
  return {
    name: words.map((w) => w.text).join(' '),
    head: head.text,
    pointing: words.length === 1 && determiners > 0 && POINTING.test(last.text),
    end: last.end,
  };
}

/** The name of the country a mention stands for: "Kyiv" → "Ukraine", by the country entity of the same code. */
export function countryName(
  mention: Mention,
  entities: ReadonlyMap<string, Entity>,
  countries: ReadonlyMap<string, string>,
): string | null {
  const entity = entities.get(mention.entityId);
  if (!entity) return null;
  if (entity.type === 'country') return entity.name;
  // A government ("the Kremlin") or a place ("Kyiv's accession") stands for the country it is in.
  if (entity.stands !== 'government' && entity.type !== 'place') return null;
  return entity.country ? (countries.get(entity.country) ?? null) : null;
}
