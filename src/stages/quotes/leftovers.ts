import type { Sentence, Span } from '../../core/analysis.js';
import type { Attribution } from './attributions.js';
import { type QuotedSpan, quoteContent } from './marks.js';
import { isWhiteSpace } from '../tokens/chars.js';

/** Quotes of at most this many words are titles or scare quotes unless a cue governs them. */
const MAX_SCARE_WORDS = 3;

/** What the leftovers are read against: the text's quotes, those the cues claimed and what they gave. */
interface LeftoverReading {
  text: string;
  quotes: readonly QuotedSpan[];
  claimed: ReadonlySet<QuotedSpan>;
  out: readonly Attribution[];
  sentenceAt: (offset: number) => Sentence;
}

/** What a colon before a quote introduces: "In a 1963 speech, he declared:", "pollster Daron Shaw: “…”". */
export interface Introduction {
  source: Span | null;
  cue: Span | null;
  sentence: Sentence;
}

/**
 * A comma closing a quotation, then a name of two capitalised words or more, maybe after a lower-case verb:
 * `,” agreed Gabriel Labbate`, `,” President Teodoro Herbosa who presided`, `,” Prof. Ribak shares`; the
 * name is the group. One capitalised word may open the next sentence (`,” Addressing questions …`).
 */
const NAMED_AFTER = /^,[”"]\s*(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+)/u;

/** Where the line holding `offset` starts. */
const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

const reach = (a: Attribution): number => Math.max(a.content.end, a.cue?.end ?? 0, a.source?.end ?? 0);

/**
 * Quotes no cue claimed. One after a sentence ending in a colon is what that sentence introduces; a long
 * one carries on the attribution before it in its paragraph, or in the paragraph before when that
 * paragraph ended with it (a quote given its own paragraph). Short ones are titles or scare quotes and
 * are dropped; the rest stay with no speaker.
 */
export function attributeLeftovers(
  r: LeftoverReading,
  introductions: ReadonlyMap<number, Introduction>,
): Attribution[] {
  const { text, claimed, out, sentenceAt } = r;
  const leftovers: Attribution[] = [];
  const reached = new ReachedBefore(out);
  const paragraphs = new ParagraphBreaks(text);
  for (const q of r.quotes) {
    if (claimed.has(q) || q.words <= MAX_SCARE_WORDS) continue;
    const sentence = sentenceAt(q.start);
    const attribution: Attribution = {
      content: quoteContent(text, q),
      source: null,
      cue: null,
      direct: true,
      sentence: sentence.index,
      continues: null,
      frame: sentence,
    };
    const colon = /:\s*$/.test(text.slice(Math.max(0, q.open - 8), q.open))
      ? text.lastIndexOf(':', q.open)
      : -1;
    const introduction = introductions.get(colon);
    if (introduction) {
      leftovers.push({
        ...attribution,
        source: introduction.source,
        cue: introduction.cue,
        frame: introduction.sentence,
      });
      continue;
    }
    // Quoted words inside the narrator's own sentence ("make sure everything is “on the up and up”"),
    // with no cue and no colon introducing them, are a fragment, a title or a scare term: not a quote.
    if (/[\p{L}\p{N}][^“”"]*$/u.test(text.slice(Math.max(sentence.start, lineStart(text, q.open)), q.open)))
      continue;
    const last = reached.before(q.open);
    // `“…,” agreed Gabriel Labbate`: a quotation closing on a comma with a name after it is said by that
    // name, with a verb the cues do not know or none; carrying the one before on would misname it.
    const namedAfter = q.closed ? NAMED_AFTER.exec(text.slice(q.close - 1, q.close + 60)) : null;
    if (namedAfter) {
      const start = q.close - 1 + namedAfter[0].length - namedAfter[1]!.length;
      // A full stop after the name ends the sentence: "thinks Maskym Savchuk."
      const name = namedAfter[1]!.replace(/(\p{L}{3,})\.$/u, '$1');
      attribution.source = { start, end: start + name.length };
    } else if (last) {
      const anchorSentence = sentenceAt(reach(last) - 1);
      const breaks = paragraphs.breaksBetween(reach(last), q.open);
      const endsParagraph = paragraphs.blankBetween(anchorSentence.end, q.open);
      if (breaks === 0 || (breaks === 1 && endsParagraph)) attribution.continues = last;
    }
    leftovers.push(attribution);
    reached.add(attribution);
  }
  return [...out, ...leftovers].sort((a, b) => a.content.start - b.content.start);
}

/**
 * The attribution reaching furthest without passing an offset, among those added so far (earliest added
 * first on a tie). Offsets are asked in increasing order, so each attribution is taken from the heap once:
 * looking through all of them for every quote was quadratic in a text of many quotes.
 */
class ReachedBefore {
  private readonly heap: Array<{ attribution: Attribution; order: number }> = [];
  private added = 0;
  private best: { attribution: Attribution; order: number } | null = null;

  constructor(attributions: readonly Attribution[]) {
    for (const attribution of attributions) this.add(attribution);
  }

  add(attribution: Attribution): void {
    const heap = this.heap;
    heap.push({ attribution, order: this.added++ });
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.lower(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  before(offset: number): Attribution | undefined {
    while (this.heap.length > 0 && reach(this.heap[0]!.attribution) <= offset) {
      const top = this.pop();
      if (!this.best || reach(top.attribution) > reach(this.best.attribution)) this.best = top;
    }
    return this.best?.attribution;
  }

  /** By reach, then by the order added, so the earliest of equal reach comes out (and is kept) first. */
  private lower(
    a: { attribution: Attribution; order: number },
    b: { attribution: Attribution; order: number },
  ) {
    const byReach = reach(a.attribution) - reach(b.attribution);
    return byReach < 0 || (byReach === 0 && a.order < b.order);
  }

  private pop(): { attribution: Attribution; order: number } {
    const heap = this.heap;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && this.lower(heap[left]!, heap[smallest]!)) smallest = left;
        if (right < heap.length && this.lower(heap[right]!, heap[smallest]!)) smallest = right;
        if (smallest === i) break;
        [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
        i = smallest;
      }
    }
    return top;
  }
}

/**
 * Paragraph breaks between two offsets without reading what lies between: where each whitespace run ends
 * and where the next line break is, computed once per text.
 */
class ParagraphBreaks {
  private readonly nextBreak: Int32Array;
  private readonly blankUntil: Int32Array;

  constructor(text: string) {
    const n = text.length;
    this.nextBreak = new Int32Array(n + 1).fill(n);
    this.blankUntil = new Int32Array(n + 1).fill(n);
    for (let i = n - 1; i >= 0; i--) {
      this.nextBreak[i] = text[i] === '\n' ? i : this.nextBreak[i + 1]!;
      this.blankUntil[i] = isWhiteSpace(text[i]!) ? this.blankUntil[i + 1]! : i;
    }
  }

  /** How many matches `/\n\s*\/g` finds in `text.slice(start, end)`, counted up to two. */
  breaksBetween(start: number, end: number): number {
    let breaks = 0;
    for (let at = start; breaks < 2; breaks++) {
      const line = this.nextBreak[Math.min(at, this.nextBreak.length - 1)]!;
      if (line >= end) break;
      at = Math.min(this.blankUntil[line]!, end);
    }
    return breaks;
  }

  /** Whether `text.slice(start, end)` is whitespace only. */
  blankBetween(start: number, end: number): boolean {
    return start >= end || this.blankUntil[start]! >= end;
  }
}
