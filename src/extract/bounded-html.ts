/**
 * Caps on a page's shape before it becomes a DOM. Building a DOM and scoring it with Readability both grow
 * badly with nesting (a page of 2,000 nested `<div>`s took 106 s, 100,000 of them more than 5 minutes) and
 * with the number of elements, so a page past either cap is flattened first: the tags beyond it are cut out
 * of the markup and their text stays where it was. A page within the caps is handed on untouched.
 *
 * The page is measured with htmlparser2's tokenizer (the one linkedom parses with) and the tree rules of its
 * parser, kept here on a stack of our own: the parser's stack is an array it shifts and unshifts, which is
 * itself quadratic in the depth.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

export interface HtmlLimits {
  /** Elements nested deeper than this lose their tags (a paragraph or line break just below it stays). */
  maxDepth: number;
  /** Elements past this many lose their tags. */
  maxElements: number;
}

export const DEFAULT_HTML_LIMITS: HtmlLimits = { maxDepth: 64, maxElements: 50_000 };

/** Elements whose content is not markup: cutting their tags would turn scripts and styles into text. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'template', 'noscript', 'xmp', 'iframe']);
/** Kept one level below the depth cap, so that flattened text still breaks into paragraphs. */
const BREAKS = new Set(['p', 'br']);

/** What opening a tag closes, as htmlparser2's parser has it (`openImpliesClose`). */
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIED_CLOSES = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    li: ['li'],
    select: FORM,
    input: FORM,
    output: FORM,
    button: FORM,
    datalist: FORM,
    textarea: FORM,
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
    ...Object.fromEntries(
      'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'
        .split(' ')
        .map((tag) => [tag, P]),
    ),
  }).map(([tag, closed]) => [tag, new Set(closed)]),
);
const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
const FOREIGN = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'title',
]);

interface Open {
  name: string;
  cut: boolean;
}

/** `html` with every tag beyond `limits` cut out, or `html` itself when it is within them. */
export function boundHtml(html: string, limits: HtmlLimits = DEFAULT_HTML_LIMITS): string {
  const cuts = tagsBeyond(html, limits);
  if (cuts.length === 0) return html;
  let out = '';
  let from = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    const start = cuts[i]!;
    if (start < from) continue;
    // A cut tag may have stood between two words: one space keeps them apart, however many tags ran together.
    if (start > from || i === 0) out += `${html.slice(from, start)} `;
    from = cuts[i + 1]! + 1;
  }
  return out + html.slice(from);
}

/** [start, end] offsets (end inclusive) of the tags to cut, in document order. */
function tagsBeyond(html: string, limits: HtmlLimits): number[] {
  const cuts: number[] = [];
  const stack: Open[] = [];
  /** How many elements of each name are open, so a close tag with no open element costs nothing. */
  const openCount = new Map<string, number>();
  const foreign: boolean[] = [false];
  let kept = 0;
  let elements = 0;
  let tagStart = -1;
  let tagName = '';
  let tagCut = false;

  const pop = (): Open => {
    const open = stack.pop()!;
    openCount.set(open.name, openCount.get(open.name)! - 1);
    if (!open.cut) kept--;
    if (FOREIGN.has(open.name) || HTML_INTEGRATION.has(open.name)) foreign.pop();
    return open;
  };
  const push = (name: string, cut: boolean): void => {
    stack.push({ name, cut });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (!cut) kept++;
    if (FOREIGN.has(name)) foreign.push(true);
    else if (HTML_INTEGRATION.has(name)) foreign.push(false);
  };
  const endOpenTag = (end: number, selfClosing: boolean): void => {
    if (tagStart < 0) return;
    if (tagCut) cuts.push(tagStart, end);
    if (selfClosing && foreign.at(-1) && stack.at(-1)?.name === tagName) pop();
    tagStart = -1;
  };

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      const name = html.slice(start, end).toLowerCase();
      const closes = IMPLIED_CLOSES.get(name);
      while (closes && stack.length > 0 && closes.has(stack.at(-1)!.name)) pop();
      elements++;
      const depth = kept + 1;
      const cut =
        !RAW_TEXT.has(name) &&
        (elements > limits.maxElements ||
          (depth > limits.maxDepth && !(BREAKS.has(name) && depth === limits.maxDepth + 1)));
      tagStart = html.lastIndexOf('<', start);
      tagName = name;
      tagCut = cut;
      if (!VOID.has(name)) push(name, cut);
    },
    onopentagend(end) {
      endOpenTag(end, false);
    },
    onselfclosingtag(end) {
      endOpenTag(end, true);
    },
    onclosetag(start, end) {
      const name = html.slice(start, end).toLowerCase();
      if (VOID.has(name) || !openCount.get(name)) return;
      let closed: Open;
      do closed = pop();
      while (closed.name !== name);
      if (closed.cut) {
        const close = html.indexOf('>', end);
        cuts.push(html.lastIndexOf('<', start), close < 0 ? html.length - 1 : close);
      }
    },
    onattribdata() {},
    onattribentity() {},
    onattribend() {},
    onattribname() {},
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onend() {},
    onprocessinginstruction() {},
    ontext() {},
    ontextentity() {},
  };
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return cuts;
}
