/**
 * Markup debris left in plain text by the tools that saved it: HTML entities and tags, TeX math, invisible
 * characters and broken whitespace. Everything here keeps the words as written (quotes, dashes, diacritics);
 * only the debris around them goes.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  times: '×',
  divide: '÷',
  plusmn: '±',
  middot: '·',
  bull: '•',
  sup2: '²',
  sup3: '³',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  iacute: 'í',
  oacute: 'ó',
  ocirc: 'ô',
  uacute: 'ú',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  ccedil: 'ç',
  ntilde: 'ñ',
  szlig: 'ß',
  shy: '',
};

/** Tag names we are sure are HTML, so that `a < b` or `<3` in prose is never taken for a tag. */
const BLOCK_TAGS = new Set(
  'br p div li ul ol h1 h2 h3 h4 h5 h6 blockquote section article figure figcaption tr table hr'.split(' '),
);
const INLINE_TAGS = new Set(
  'span a b i u em strong small sup sub font img abbr cite mark time td th tbody thead picture source iframe script style noscript button label center s del ins'.split(
    ' ',
  ),
);

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  n: 'ⁿ',
};
const SUBSCRIPTS: Readonly<Record<string, string>> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
};

const TEX_SYMBOLS: Readonly<Record<string, string>> = {
  '%': '%',
  $: '$',
  '&': '&',
  '#': '#',
  _: '_',
  '{': '{',
  '}': '}',
  ',': ' ',
  ';': ' ',
  ':': ' ',
  '!': '',
  ' ': ' ',
  quad: ' ',
  qquad: ' ',
  times: '×',
  cdot: '·',
  approx: '≈',
  sim: '~',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  pm: '±',
  degree: '°',
  circ: '°',
  euro: '€',
  pounds: '£',
  ldots: '…',
  dots: '…',
  cdots: '…',
  to: '→',
  rightarrow: '→',
  infty: '∞',
  mu: 'µ',
  pi: 'π',
  alpha: 'α',
  beta: 'β',
  Delta: 'Δ',
  percent: '%',
};

/** Commands whose argument is plain text to keep: `\text{ km}` → ` km`. */
const TEXT_COMMANDS = 'text|textrm|textbf|textit|mathrm|mathbf|mathit|operatorname|mbox|emph';

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,8});/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

function stripTags(text: string): string {
  return text.replace(/<\/?([a-z][a-z0-9]*)\b[^<>]{0,500}?\/?>/gi, (tag, name: string) => {
    const lower = name.toLowerCase();
    if (BLOCK_TAGS.has(lower)) return '\n';
    return INLINE_TAGS.has(lower) ? '' : tag;
  });
}

function scriptOf(value: string, table: Readonly<Record<string, string>>, marker: string): string {
  const chars = [...value.trim()];
  if (chars.length > 0 && chars.every((c) => table[c] !== undefined))
    return chars.map((c) => table[c]).join('');
  return marker === '^' ? `^${value}` : value;
}

/** Turns the body of one TeX math span into the plain text a reader would see. */
export function texToPlain(tex: string): string {
  let out = tex;
  out = out.replace(new RegExp(`\\\\(?:${TEXT_COMMANDS})\\s*\\{([^{}]*)\\}`, 'g'), '$1');
  out = out.replace(/\\d?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, '$1/$2');
  out = out.replace(/\^\s*\\circ/g, '°');
  out = out.replace(
    /([\^_])\s*(?:\{([^{}]*)\}|([0-9A-Za-z+-]))/g,
    (_m, marker: string, braced?: string, single?: string) =>
      scriptOf(braced ?? single ?? '', marker === '^' ? SUPERSCRIPTS : SUBSCRIPTS, marker),
  );
  out = out.replace(
    /\\([a-zA-Z]+|[^a-zA-Z])/g,
    (command, name: string) => TEX_SYMBOLS[name] ?? (/^[a-zA-Z]/.test(name) ? name : command),
  );
  return out.replace(/[{}]/g, '').replace(/ {2,}/g, ' ').trim();
}

/**
 * A `$…$` span is math only when it holds TeX syntax; `$5 and $10` is money and is left alone.
 * Commands outside any span (`19.3\%`, `\text{km}`) are unwrapped too, since prose never has backslashes.
 */
function normaliseTex(text: string): string {
  return unwrapMathSpans(text)
    .replace(new RegExp(`\\\\(?:${TEXT_COMMANDS})\\s*\\{([^{}\\n]*)\\}`, 'g'), '$1')
    .replace(/\\([%$&#])/g, '$1');
}

const MAX_MATH_SPAN = 300;

/**
 * Pairs each `$` with the next one on its line; a pair that is not math gives back its opening `$` only,
 * so "$5 million … $701 \text{ km}^2$" still finds the math span that the second dollar opens.
 */
function unwrapMathSpans(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('$'); open >= 0; open = text.indexOf('$', open + 1)) {
    if (open < from) continue;
    const close = text.indexOf('$', open + 1);
    if (close < 0) break;
    const body = text.slice(open + 1, close);
    if (body.length === 0 || body.length > MAX_MATH_SPAN || body.includes('\n') || !/[\\^_{}]/.test(body))
      continue;
    out += text.slice(from, open) + texToPlain(body);
    from = close + 1;
  }
  return out + text.slice(from);
}

/** Invisible characters go; every kind of space becomes a plain one. */
function normaliseSpaces(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

/** Line-level clean-up: each output line is one input line (or more, where a block tag split it). */
export function normaliseInline(text: string): string {
  const decoded = normaliseSpaces(normaliseTex(stripTags(decodeEntities(text))));
  return decoded
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

const TERMINAL = /[.!?:;…"”’)\]]$/;
/** Words a sentence cannot end on: a line ending with one was cut mid-sentence. */
const CONTINUING_WORDS = new Set(
  'a an the and or but nor of to for in on at by with about from into onto over under between than as that whether which who whose its their his her our your my this these those is are was were be been has have had not if while after before against during without within via per so'.split(
    ' ',
  ),
);

/** True when `next` continues the sentence that `previous` left unfinished. */
export function continuesSentence(previous: string, next: string): boolean {
  // Only the end of `previous` matters, and it is a paragraph growing with every line joined to it: an
  // end-anchored pattern over all of it would make joining n lines cost n² (a hang on a long page).
  const end = previous.slice(-32);
  if (TERMINAL.test(end)) return false;
  if (/^[\p{Ll}]/u.test(next)) return true;
  if (/[,–—-]$/.test(end)) return true;
  // A word longer than the window is no continuing word either way.
  const lastWord = /([\p{L}']+)$/u.exec(end)?.[1]?.toLowerCase();
  return lastWord !== undefined && CONTINUING_WORDS.has(lastWord) && /^[\p{L}\p{N}"“‘']/u.test(next);
}

/**
 * Paragraphs are non-empty lines; a line cut mid-sentence (by a link, an ad slot, a saved layout) is joined
 * back to the line before it, across blank lines too.
 */
export function reflowParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  for (const line of lines) {
    if (line === '') continue;
    const last = paragraphs[paragraphs.length - 1];
    if (last !== undefined && continuesSentence(last, line))
      paragraphs[paragraphs.length - 1] = `${last} ${line}`;
    else paragraphs.push(line);
  }
  return paragraphs;
}

/** Whole-text clean-up: paragraphs separated by one blank line, no leading or trailing whitespace. */
export function normaliseMarkup(text: string): string {
  return reflowParagraphs(normaliseInline(text).split('\n')).join('\n\n');
}
