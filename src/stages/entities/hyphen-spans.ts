/**
 * A name never starts inside a hyphenated word: the tagger's spans mended where a hyphen cut a name ("Ben-" +
 * "Gvir", "Cedars-" + "Sinai Hospital", "Jane Allin" + "Khan") and kept apart where it joins two names
 * ("the Trump-Putin call", "US-Israel").
 */
import type { NameSpan } from '../../core/analysis.js';
import { lookupName } from './gazetteer.js';

/**
 * A capitalised word and its hyphen right before a span ("Cedars-" of "Cedars-Sinai"); one in capitals alone
 * is an acronym or a party's letter, a name of its own ("ECOWAS-AES", "R-Maine").
 */
const HYPHENATED_BEFORE = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}[\p{L}'’]*)-$/u;
/** Prefixes written with a capital at a sentence's start that make no name of their own ("Anti-", "Ex-"). */
const AFFIX =
  /^(?:Anti|Pro|Non|Ex|Post|Pre|Mid|Trans|Pan|Neo|Semi|Multi|Inter|Intra|Sub|Co|Over|Under|All|Near|Far|Mega|Super|Ultra|Cross|Self|Half|Quasi|Counter|Re|De|Un)$/;

/**
 * A name never starts inside a hyphenated word. A person's full name that the tagger ended at a hyphen goes
 * on over the one word after it, a double-barrelled surname ("Jane Allin" + "Khan"); and a span begun after a
 * capitalised word and its hyphen takes the word in ("Cedars-" + "Sinai Hospital", "Amir-" + "Reza Zand"),
 * unless either half is a name of its own the gazetteer knows ("US-Israel", "UK-EU": two names joined) or
 * the word is a prefix ("Anti-", "Ex-"). Two names the tagger read apart on both sides of a hyphen, other
 * than a full name and one word, stay apart: "the Trump-Putin call".
 */
export function acrossHyphens(text: string, names: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const name of names) {
    const previous = out[out.length - 1];
    if (text[name.start - 1] !== '-') {
      out.push(name);
      continue;
    }
    const surface = text.slice(name.start, name.end);
    if (previous?.end === name.start - 1) {
      const full = text.slice(previous.start, previous.end);
      if (previous.label === 'PER' && /\s/.test(full) && !/\s/.test(surface) && !lookupName(surface))
        out[out.length - 1] = { ...previous, end: name.end };
      else out.push(name);
      continue;
    }
    const word = HYPHENATED_BEFORE.exec(text.slice(Math.max(0, name.start - 24), name.start))?.[1];
    if (!word || AFFIX.test(word) || lookupName(word) || lookupName(surface)) out.push(name);
    else out.push({ ...name, start: name.start - word.length - 1 });
  }
  return withDoubleSurnames(text, out);
}

/**
 * Two one-word spans across a hyphen that make the double-barrelled surname of a person the article names in
 * full ("Baharav" + "Miara" beside "Gali Baharav-Miara") are that surname, one person's; others stay apart.
 */
function withDoubleSurnames(text: string, names: NameSpan[]): NameSpan[] {
  const surnames = new Set<string>();
  for (const n of names) {
    const surface = text.slice(n.start, n.end);
    if (n.label === 'PER' && /\s/.test(surface)) surnames.add(surface.split(/\s+/).pop()!);
  }
  const out: NameSpan[] = [];
  for (const name of names) {
    const previous = out[out.length - 1];
    const joined = previous ? text.slice(previous.start, name.end) : '';
    if (previous?.end === name.start - 1 && text[previous.end] === '-' && surnames.has(joined))
      out[out.length - 1] = { ...previous, end: name.end, label: 'PER' };
    else out.push(name);
  }
  return out;
}

/** Particles that open a hyphenated surname: "Ben-Gvir", "Bar-Haim", "Abu-Ghazaleh", "Ould-Abdallah". */
const SURNAME_PARTICLE = /(?<![\p{L}\p{N}'’-])(?:Ben|Bar|Bat|Bin|Bint|Ibn|Abu|Al|El|Ould|Ait|Abdel|Abdul)-$/u;

/**
 * A name never starts inside a hyphenated word: a person the tagger began after a surname particle and its
 * hyphen ("Ben-" + "Gvir") takes the particle in, and a span the tagger made of the name's first part
 * ("Itamar Ben") joins it.
 */
export function withSurnameParticles(text: string, names: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const name of names) {
    const particle =
      name.label === 'PER' && text[name.start - 1] === '-'
        ? SURNAME_PARTICLE.exec(text.slice(Math.max(0, name.start - 8), name.start))
        : null;
    if (!particle) {
      out.push(name);
      continue;
    }
    let start = name.start - particle[0].length;
    const previous = out[out.length - 1];
    if (previous !== undefined && previous.end > start) {
      start = Math.min(start, previous.start);
      out.pop();
    }
    out.push({ ...name, start });
  }
  return out;
}
