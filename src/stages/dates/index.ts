/**
 * The dates stage: finds temporal expressions and writes each as a TIMEX3 type and value, anchored on the
 * publication date. One precompiled regex holds every recogniser, so the text is scanned once.
 */
import type { DateMention, Span } from '../../core/analysis.js';
import type { Anchor } from './anchoring.js';
import { parseIsoDay } from './calendar.js';
import type { Rule, RuleMatch } from './rule.js';
import { CALENDAR_RULES } from './rules-calendar.js';
import { DURATION_RULES } from './rules-durations.js';
import { RELATIVE_RULES } from './rules-relative.js';
import { sentenceIndexAt, splitSentences } from './sentences.js';
import { tenseAt, type Tense } from './tense.js';

export interface FindDatesOptions {
  /** Publication date, `YYYY-MM-DD`; relative expressions stay unresolved (`XXXX-…`) without it. */
  published: string | null;
  /** The text's sentences in order; when absent a simple splitter of our own is used. */
  sentences?: Span[];
}

/**
 * Every recogniser, in the order they are tried at one position: the first that matches and accepts wins
 * there. Spelled-out calendar dates come first because they are the least ambiguous; amounts of time come
 * before relative phrases so that "the past three years" is not cut short to "the past".
 */
export const RULES: readonly Rule[] = [...CALENDAR_RULES, ...DURATION_RULES, ...RELATIVE_RULES];

/** Neither a word nor a hyphenated compound may continue on either side of a mention. */
const BEFORE = '(?<![\\w-])';
const AFTER = '(?!\\w)';

interface CompiledRule {
  rule: Rule;
  /** Index of the group wrapping this rule inside the combined scanner. */
  group: number;
  size: number;
  /** The rule alone, for trying it at a position where an earlier rule matched and then refused. */
  sticky: RegExp;
}

function countGroups(pattern: string): number {
  return (new RegExp(`(?:${pattern})|`).exec('')?.length ?? 1) - 1;
}

const COMPILED: readonly CompiledRule[] = (() => {
  let group = 1;
  return RULES.map((rule) => {
    const size = countGroups(rule.pattern);
    const compiled = { rule, group, size, sticky: new RegExp(`${BEFORE}(?:${rule.pattern})${AFTER}`, 'iy') };
    group += size + 1;
    return compiled;
  });
})();

const SCANNER = new RegExp(
  `${BEFORE}(?:${RULES.map((rule) => `(${rule.pattern})`).join('|')})${AFTER}`,
  'gi',
);

/** Where the scanner stands, as rules see it: tense and sentence are read only if a rule asks. */
class ScanAnchor implements Anchor {
  lastQuarter: Anchor['lastQuarter'] = null;
  private sentenceSpan: Span = { start: 0, end: 0 };
  private match: Span = { start: 0, end: 0 };
  private cachedTense: Tense | null = null;

  constructor(
    readonly published: number | null,
    private readonly text: string,
  ) {}

  enterSentence(sentence: Span): void {
    this.sentenceSpan = sentence;
  }

  moveTo(match: Span): void {
    this.match = match;
    this.cachedTense = null;
  }

  tense(): Tense {
    this.cachedTense ??= tenseAt(
      this.text,
      this.sentenceSpan.start,
      this.sentenceSpan.end,
      this.match.start,
      this.match.end,
    );
    return this.cachedTense;
  }

  sentence(): string {
    return this.text.slice(this.sentenceSpan.start, this.sentenceSpan.end);
  }
}

function parsePublished(published: string | null): number | null {
  if (published === null) return null;
  const day = parseIsoDay(published);
  if (day === null)
    throw new Error(`findDates: published must be YYYY-MM-DD or null, got ${JSON.stringify(published)}`);
  return day;
}

/**
 * The mention at `start`: the scanner's rule reads its match first; if it refuses, each later rule is tried
 * alone at the same place, so that one rule's refusal does not hide another's reading.
 */
function readAt(
  text: string,
  start: number,
  found: RegExpExecArray,
  anchor: ScanAnchor,
  sentence: number,
): DateMention | null {
  const first = COMPILED.findIndex((compiled) => found[compiled.group] !== undefined);
  for (let index = first; index >= 0 && index < COMPILED.length; index += 1) {
    const compiled = COMPILED[index];
    if (!compiled) break;
    let groups: ReadonlyArray<string | undefined>;
    if (index === first) groups = found.slice(compiled.group, compiled.group + compiled.size + 1);
    else {
      compiled.sticky.lastIndex = start;
      const alone = compiled.sticky.exec(text);
      if (!alone) continue;
      groups = alone;
    }
    const matched = groups[0] ?? '';
    const match: RuleMatch = { groups, text, start, end: start + matched.length };
    anchor.moveTo(match);
    const reading = compiled.rule.read(match, anchor);
    if (reading)
      return { start, end: match.end, text: matched, type: reading.type, value: reading.value, sentence };
  }
  return null;
}

export function findDates(text: string, options: FindDatesOptions): DateMention[] {
  const sentences = options.sentences ?? splitSentences(text);
  const anchor = new ScanAnchor(parsePublished(options.published), text);
  const mentions: DateMention[] = [];
  // The one scanner is reused, not copied per text: nothing read here scans for dates in turn.
  const scanner = SCANNER;
  scanner.lastIndex = 0;
  for (let found = scanner.exec(text); found; found = scanner.exec(text)) {
    const start = found.index;
    const sentence = sentenceIndexAt(sentences, start);
    anchor.enterSentence(sentences[sentence] ?? { start: 0, end: text.length });
    const mention = readAt(text, start, found, anchor, sentence);
    if (mention) mentions.push(mention);
    scanner.lastIndex = mention ? mention.end : start + 1;
  }
  return mentions;
}
