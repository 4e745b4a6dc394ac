/**
 * Names the tagger cut into pieces, read whole again before they become candidates: a body's name going
 * on after "for" or "of" ("National Center" + "for Traumatic Stress and Resilience"), a body's name opening
 * with a list ("Foreign, Commonwealth and" + "Development Office"), a name going on across hyphens
 * ("Transport Corridor Europe" + "-Caucasus-Asia"), a given name before an initial ("Brent" + "J Nowicki"),
 * a firm's name opening with "X and" ("Nippon Telegraph and" + "Telephone Corp.") and two places before
 * "by-election" ("Runcorn and" + "Helsby by-election"). Pieces that name nothing of their own are dropped:
 * the letters of a catalogue designation after its year ("2025 KF"), a group's possessive opening a
 * contest's name ("FIVB Girls' U17 World Championship") and a possessive title ("Operation Gideon's Chariots").
 */
import type { NameSpan } from '../../core/analysis.js';
import { lookupName } from './gazetteer.js';
import { TITLE_AT } from './titles.js';

/** Last words of the names of bodies, which an "of" or "for" phrase may go on: "Institute for …". */
const BODY_HEAD =
  /(?:^|\s)(?:Agency|Alliance|Assembly|Association|Authority|Bank|Board|Bureau|Cent(?:er|re)|Church|Coalition|College|Commission|Committee|Company|Conference|Corridor|Council|Court|Department|Federation|Forum|Foundation|Front|Fund|Initiative|Institute|League|Ministry|Movement|Museum|Network|Observatory|Office|Organi[sz]ation|Party|Program(?:me)?|Project|School|Secretariat|Service|Society|Trust|Tribunal|Union|University)$/;

/**
 * A state body's head and the "for" or "of" before the field it is named by: "Department for " of "A
 * Department for Transport spokesman", where the tagger took the field alone for a name.
 */
const OFFICE_BEFORE = /(?:^|[^\p{L}])((?:Department|Ministry|Office) (?:for|of) (?:the )?)$/u;

/**
 * A capitalised word of a name ("U.N.", "Near-Earth"), stopping before a possessive "'s", a full stop, a
 * "-trainee" and a glued sentence ("Resilience.Prof").
 */
const WORD = String.raw`(?:(?:\p{Lu}\.)+(?=\s)|\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)*(?:['’](?!s\b)\p{L}+)?)`;
const WORDS = `${WORD}(?: ${WORD})*`;
/** Days and months say when, not which body: "the Security Council on Friday", "the Fund for May". */
const NOT_NAME_RUN = String.raw`(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)`;
/** " for the Study of War": the phrase a body's name goes on with, its capitalised runs joined by "of" etc. */
const CONTINUATION = new RegExp(
  `^ (?:for|of|on) (?:the )?${NOT_NAME_RUN}${WORDS}(?: (?:of|for|on) (?:the )?${NOT_NAME_RUN}${WORDS}| (?:and|&) ${NOT_NAME_RUN}${WORDS})*`,
  'u',
);
/**
 * "Foreign, Commonwealth and ": single capitalised words listed before the last of a body's name, after a
 * lower-case word, an acronym ("the UK Foreign, …") or an opening bracket or quote; after another
 * capitalised word ("Anti-Defamation League and …") the list's first word ends a name of its own.
 */
const LIST_BEFORE = new RegExp(
  String.raw`(?:^|[(“"‘]|(?:^|\s)(?:\p{Ll}+|\p{Lu}{2,}) )((?:\p{Lu}\p{L}+, )*\p{Lu}\p{L}+ and )$`,
  'u',
);
/** "-Caucasus-Asia": capitalised words a name goes on with across hyphens. */
const HYPHENATED = /^(?:-\p{Lu}\p{L}*)+/u;
/** A catalogue designation's letters after its year: "2025 KF", "2024 YR4". */
const DESIGNATION = /^\p{Lu}{2}\d{0,3}$/u;
const YEAR_BEFORE = /(?:^|\s)(?:19|20)\d\d $/;
/** A person's span opening with an initial: "J Nowicki", "J. Nowicki". */
const OPENS_WITH_INITIAL = /^\p{Lu}\.?\s+\p{Lu}\p{Ll}/u;
const GIVEN_NAME_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+) $/u;
/**
 * A firm's name ending in its legal form after one word ("Telephone Corp.", "Gamble Co."), which an "X and"
 * before it may open: "Nippon Telegraph and Telephone Corp." is one firm.
 */
const ONE_WORD_FIRM =
  /^\p{Lu}[\p{L}-]* (?:Corp\.?|Corporation|Inc\.?|Co\.|Company|Ltd\.?|Limited|plc|PLC|Holdings)$/u;
const CONJUNCT_BEFORE = /(?:^|[^\p{L}\p{N}'’.&-])((?:\p{Lu}[\p{L}-]* ){0,2}\p{Lu}[\p{L}-]*) and $/u;
/** "Runcorn and Helsby by-election": two places joined by "and" before an electoral unit are one's name. */
const ELECTORAL_UNIT = /^ (?:by-election|constituency|electorate|riding)\b/u;
/**
 * A name ending in a group of people and their possessive before more capitalised words ("FIVB Girls' U17
 * World Championship", "Acme Men's Open") is a piece of a longer name, the contest's or the school's, and so
 * are the capitalised words after it.
 * A team or country before a contest ("Arsenal's Champions League run") is not.
 */
const GROUP_POSSESSIVE_AFTER = /^['’]s?(?: [\p{Lu}\p{N}][\p{L}\p{N}-]*)+/u;
const GROUP_LAST = /(?:^|\s)(?:Girls|Boys|Women|Men|Ladies|Juniors|Youth|Children|Veterans)$/u;
/**
 * A quoted title or an operation's name made of a possessive ("Operation “Gideon's Chariots”"): the name
 * in it is no actor, and neither are the title's other words.
 */
const OPERATION_BEFORE = /(?:^|\s)Operation ["“‘]?$/u;
const QUOTE_BEFORE = /(?:^|\s)["“‘]$/u;
/** The title's words after the possessive: up to a closing quote, or after "Operation" a lower-case word. */
const POSSESSIVE_TITLE_AFTER = /^['’]s(?: \p{Lu}[\p{L}-]*)+(?=[,.]?["”’])/u;
const OPERATION_TITLE_AFTER = /^['’]s(?: \p{Lu}[\p{L}-]*)+(?=[,.]?["”’]|\s+\p{Ll})/u;

/** Capitalised words that open sentences and clauses rather than names. */
const NOT_GIVEN_NAMES = new Set(
  'The A An And But Or In On At As By For From Of To With When While After Before If So Then This That Mr Mrs Ms Dr Sir'.split(
    ' ',
  ),
);

/** A place or a person is no part of a body's name when listed or joined by "and": "Britain, France and …". */
function namesSomethingElse(text: string, start: number, end: number, names: readonly NameSpan[]): boolean {
  if (names.some((n) => n.start < end && start < n.end && (n.label === 'LOC' || n.label === 'PER')))
    return true;
  const kind = lookupName(text.slice(start, end))?.kind;
  return kind !== undefined && kind !== 'organisation';
}

/** The tagger's spans, in text order, with the pieces of one name joined and designations dropped. */
export function wholeNames(text: string, names: readonly NameSpan[]): NameSpan[] {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const out: NameSpan[] = [];
  let longerNameEnd = -1;
  for (const name of sorted) {
    // A span inside a name already read whole belongs to it.
    if (out.some((o) => o.start <= name.start && name.end <= o.end)) continue;
    if (name.start < longerNameEnd) continue;
    const surface = text.slice(name.start, name.end);
    if (DESIGNATION.test(surface) && YEAR_BEFORE.test(text.slice(0, name.start)) && !lookupName(surface))
      continue;
    const after = text.slice(name.end, name.end + 120);
    const rest = GROUP_LAST.test(surface) && !lookupName(surface) ? GROUP_POSSESSIVE_AFTER.exec(after) : null;
    if (rest) {
      // The longer name's other words are no names of their own either ("Conference" of "… Women's Conference").
      longerNameEnd = name.end + rest[0].length;
      continue;
    }
    const before = text.slice(Math.max(0, name.start - 12), name.start);
    const title = OPERATION_BEFORE.test(before)
      ? OPERATION_TITLE_AFTER.exec(after)
      : QUOTE_BEFORE.test(before)
        ? POSSESSIVE_TITLE_AFTER.exec(after)
        : null;
    if (title) {
      longerNameEnd = name.end + title[0].length;
      // "Operation" read as a name of its own is the title's first word.
      const last = out[out.length - 1];
      if (last && /^Operation ["“‘]?$/u.test(text.slice(last.start, name.start))) out.pop();
      continue;
    }
    let { start, end, label } = name;
    if (ONE_WORD_FIRM.test(surface)) {
      let conjunct = CONJUNCT_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1];
      const words = conjunct?.split(' ') ?? [];
      while (words.length > 0 && NOT_GIVEN_NAMES.has(words[0]!)) words.shift();
      conjunct = words.join(' ');
      const from = start - conjunct.length - ' and '.length;
      // A conjunct the gazetteer knows or the tagger reads as a body is a name of its own ("Toyota and Sony
      // Corp."), and so is one after a list's comma ("…, Fosun Pharma and Marubeni Corp.").
      const ownBody = sorted.some(
        (n) => n.label === 'ORG' && n.start === from && n.end === from + conjunct.length,
      );
      if (conjunct && !lookupName(conjunct) && !ownBody && !/,\s*$/.test(text.slice(0, from))) {
        start = from;
        label = 'ORG';
      }
    }
    const previous = out[out.length - 1];
    if (
      previous &&
      (previous.label === 'LOC' || label === 'LOC') &&
      text.slice(previous.end, start) === ' and ' &&
      ELECTORAL_UNIT.test(text.slice(end, end + 20))
    ) {
      start = previous.start;
      label = 'LOC';
    }
    if (label === 'PER' && OPENS_WITH_INITIAL.test(surface)) {
      const given = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      const word = given?.[1];
      TITLE_AT.lastIndex = 0;
      if (word && !NOT_GIVEN_NAMES.has(word) && !TITLE_AT.test(word)) start -= word.length + 1;
    }
    if (label !== 'PER' && label !== 'LOC' && /\s/.test(surface)) {
      const hyphens = HYPHENATED.exec(text.slice(end, end + 80));
      if (hyphens) end += hyphens[0].length;
    }
    // The body's head goes with its field: "Department for Transport" is one body's name.
    const office =
      label !== 'PER' && label !== 'LOC'
        ? OFFICE_BEFORE.exec(text.slice(Math.max(0, start - 30), start))
        : null;
    if (office && !sorted.some((n) => n.start < start && start - office[1]!.length < n.end)) {
      start -= office[1]!.length;
      label = 'ORG';
    }
    if (label !== 'PER' && BODY_HEAD.test(text.slice(start, end))) {
      const from = start - (LIST_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.[1]?.length ?? 0);
      // A list that a name before it runs into ("University of Edinburgh and …") belongs to that name.
      const crossed = sorted.some((n) => n.start < from && from < n.end);
      if (from < start && !crossed && !namesSomethingElse(text, from, start, sorted)) {
        start = from;
        label = 'ORG';
      }
      end += bodyContinuation(text, end, sorted);
      if (end > name.end) label = 'ORG';
    }
    while (out.length > 0 && out[out.length - 1]!.end > start) {
      const previous = out.pop()!;
      start = Math.min(start, previous.start);
    }
    out.push({ ...name, start, end, label });
  }
  return out;
}

/**
 * How far a body's name goes on after `end` ("… for Strategic and International Studies"): an "and" is
 * taken in only where what follows it names no place or person of its own ("… of Defence and Israel").
 */
function bodyContinuation(text: string, end: number, names: readonly NameSpan[]): number {
  const phrase = CONTINUATION.exec(text.slice(end, end + 160))?.[0];
  if (!phrase) return 0;
  const first = / (?:for|of|on) (?:the )?/.exec(phrase)!;
  const firstWord = end + first[0].length;
  if (names.some((n) => n.label === 'PER' && n.start <= firstWord && firstWord < n.end)) return 0;
  let length = phrase.length;
  for (const and of phrase.matchAll(/ (?:and|&) /g)) {
    const from = end + and.index + and[0].length;
    const rest = / (?:of|for|on|and|&) /.exec(phrase.slice(and.index + and[0].length));
    const to = rest ? from + rest.index : end + phrase.length;
    if (namesSomethingElse(text, from, to, names)) {
      length = and.index;
      break;
    }
  }
  // A name the tagger read on past the phrase ("People and the Japan Innovation Party", "Bosnia and
  // Herzegovina") is its own.
  const phraseEnd = end + length;
  return names.some((n) => end < n.start && n.start < phraseEnd && n.end > phraseEnd) ? 0 : length;
}
