/**
 * Pathological inputs: the shapes of text and markup that make a careless regex backtrack or a careless loop
 * rescan (issue 15). Each is generated at any size, so the bench can double it until its growth shows and
 * the fuzzer can splice it into real articles. Nothing here is taken from a real article.
 */

export interface Shape {
  name: string;
  /** A text of about `chars` characters (never more). */
  make(chars: number): string;
}

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** A prefix, then `unit` repeated to fill the rest. */
function after(prefix: string, unit: string): (chars: number) => string {
  return (chars) => prefix + repeatTo(unit, Math.max(0, chars - prefix.length));
}

export const TEXT_SHAPES: readonly Shape[] = [
  { name: 'dashes', make: (n) => repeatTo('-', n) },
  { name: 'dots', make: (n) => repeatTo('.', n) },
  { name: 'punctuation mix', make: (n) => repeatTo('.,;:!?-()[]/\\', n) },
  { name: 'straight quotes', make: (n) => repeatTo('"', n) },
  { name: 'curly quotes', make: (n) => repeatTo('“', n) },
  { name: 'open quotes with words', make: (n) => repeatTo('“a ', n) },
  { name: 'apostrophes', make: (n) => repeatTo("'", n) },
  { name: 'capitals', make: (n) => repeatTo('A', n) },
  { name: 'capitalised words', make: (n) => repeatTo('Word ', n) },
  { name: 'initials', make: (n) => repeatTo('A. ', n) },
  { name: 'initials unspaced', make: (n) => repeatTo('A.', n) },
  { name: 'digits', make: (n) => repeatTo('1', n) },
  { name: 'numbers', make: (n) => repeatTo('12,345.6 ', n) },
  { name: 'long token after a cue', make: after('Officials urged ', 'x') },
  { name: 'long token', make: (n) => repeatTo('abcdefghij', n) },
  { name: 'hyphenated run', make: (n) => repeatTo('a-', n) },
  { name: 'slash credits', make: (n) => repeatTo('AP/', n) },
  { name: 'names and cues', make: (n) => repeatTo('John Smith said ', n) },
  { name: 'quoted speech', make: (n) => repeatTo('“We will go,” he said. ', n) },
  { name: 'one huge line', make: (n) => repeatTo('The minister said on Monday that 5 people died. ', n) },
  { name: 'entities', make: (n) => repeatTo('&amp;&#8217;', n) },
  { name: 'tag-like', make: (n) => repeatTo('<a ', n) },
  { name: 'tex', make: (n) => repeatTo('$a^', n) },
  { name: 'spaces then text', make: (n) => repeatTo(' ', n - 1) + 'x' },
  { name: 'newlines', make: (n) => repeatTo('a\n', n) },
];

/** `depth` nested elements around one paragraph of prose: the text must still be found. */
export function nestedPage(depth: number, tag = 'div'): string {
  const prose =
    'The committee met on Tuesday and agreed to publish its findings after a long debate about the budget.';
  return `<html><body>${`<${tag}>`.repeat(depth)}<p>${prose}</p>${`</${tag}>`.repeat(depth)}</body></html>`;
}

export const NESTED_PROSE = 'The committee met on Tuesday and agreed to publish its findings';
