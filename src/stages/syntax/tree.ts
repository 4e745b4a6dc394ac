import type { Deprel, Sentence, Span, SyntaxToken } from '../../core/analysis.js';

/**
 * Questions the later reading stages ask of one parsed sentence, answered from its dependency tree
 * (Universal Dependencies, as EWT annotates English). Words are named by their index in the sentence's
 * `tokens`; every answer is an index, a list of indices in text order, or a span, never a re-scan of
 * words. Build one `Tree` per sentence (`treeOf`) and ask it as often as needed: children are indexed once.
 *
 *     const tree = treeOf(text, sentence);
 *     for (const verb of tree.predicates()) {
 *       tree.agents(verb);      // who acts, passive or not ("was attacked by Russia" → Russia)
 *       tree.patients(verb);    // who is acted upon ("Russia attacked Kyiv", "Kyiv was attacked")
 *       negated(tree, verb); modalOf(tree, verb); conditional(tree, verb); // modality.ts
 *     }
 *     const head = tree.headOf(mention.start, mention.end); // the word heading an entity's mention
 *     tree.clauseOf(head);                                   // the predicate of the clause it is in
 */
export class Tree {
  readonly length: number;
  /** Children of word w are `childList[childStart[w] .. childStart[w + 1])`, in text order. */
  private readonly childStart: Int32Array;
  private readonly childList: Int32Array;

  readonly tokens: readonly SyntaxToken[];

  constructor(
    readonly text: string,
    parsed: readonly SyntaxToken[],
  ) {
    const tokens = withPrepositionsAsCase(parsed);
    this.tokens = tokens;
    const n = tokens.length;
    this.length = n;
    this.childStart = new Int32Array(n + 1);
    this.childList = new Int32Array(n);
    for (const token of tokens) if (token.head >= 0) this.childStart[token.head + 1]!++;
    for (let w = 0; w < n; w++) this.childStart[w + 1]! += this.childStart[w]!;
    const fill = this.childStart.slice(0, n);
    for (let w = 0; w < n; w++) {
      const head = tokens[w]!.head;
      if (head >= 0) this.childList[fill[head]!++] = w;
    }
  }

  // Words and arcs.

  /** The word as written. */
  word(w: number): string {
    const token = this.tokens[w]!;
    return this.text.slice(token.start, token.end);
  }

  lower(w: number): string {
    return this.word(w).toLowerCase();
  }

  head(w: number): number {
    return this.tokens[w]!.head;
  }

  dep(w: number): Deprel {
    return this.tokens[w]!.dep;
  }

  /** The sentence's root word, or -1 for an empty sentence. */
  root(): number {
    return this.tokens.findIndex((t) => t.head < 0);
  }

  /** Dependents of `w` in text order, only those of the given relations when any are named. */
  children(w: number, ...deps: Deprel[]): number[] {
    const out: number[] = [];
    for (let k = this.childStart[w]!; k < this.childStart[w + 1]!; k++) {
      const c = this.childList[k]!;
      if (deps.length === 0 || deps.includes(this.tokens[c]!.dep)) out.push(c);
    }
    return out;
  }

  /** The first dependent of `w` with one of the relations, or -1. */
  child(w: number, ...deps: Deprel[]): number {
    for (let k = this.childStart[w]!; k < this.childStart[w + 1]!; k++) {
      const c = this.childList[k]!;
      if (deps.includes(this.tokens[c]!.dep)) return c;
    }
    return -1;
  }

  /** Whether `ancestor` governs `w`, directly or through other words (a word governs itself). */
  dominates(ancestor: number, w: number): boolean {
    for (let a = w, steps = 0; a >= 0 && steps <= this.length; a = this.tokens[a]!.head, steps++)
      if (a === ancestor) return true;
    return false;
  }

  // Spans.

  /** The word containing character `offset`, or -1. */
  tokenAt(offset: number): number {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const token = this.tokens[mid]!;
      if (offset < token.start) high = mid - 1;
      else if (offset >= token.end) low = mid + 1;
      else return mid;
    }
    return -1;
  }

  /**
   * The word heading the words inside [start, end): the one whose head lies outside the span (the last
   * such, when the span holds several phrases), or -1 when no word lies inside. Maps an entity's mention
   * ("the Russian Foreign Ministry") to the word the tree hangs it from ("Ministry").
   */
  headOf(start: number, end: number): number {
    let found = -1;
    // The words inside the span are consecutive: find the first by bisection, stop past the end.
    let low = 0;
    let high = this.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.tokens[mid]!.start < start) low = mid + 1;
      else high = mid;
    }
    for (let w = low; w < this.length; w++) {
      const token = this.tokens[w]!;
      if (token.start >= end) break;
      if (token.end > end) continue;
      const head = token.head;
      const outside = head < 0 || this.tokens[head]!.start < start || this.tokens[head]!.end > end;
      if (outside) found = w;
    }
    return found;
  }

  /**
   * The characters `w` and its dependents cover, leaving out dependents by the relations in `without`
   * (say `['acl:relcl', 'appos']` for a name without its relative clause) and punctuation at either edge.
   */
  span(w: number, without: readonly Deprel[] = []): Span {
    let first = w;
    let last = w;
    const visit = (v: number): void => {
      if (v < first) first = v;
      if (v > last) last = v;
      for (let k = this.childStart[v]!; k < this.childStart[v + 1]!; k++) {
        const c = this.childList[k]!;
        if (!without.includes(this.tokens[c]!.dep)) visit(c);
      }
    };
    visit(w);
    while (first < w && this.tokens[first]!.upos === 'PUNCT') first++;
    while (last > w && this.tokens[last]!.upos === 'PUNCT') last--;
    return { start: this.tokens[first]!.start, end: this.tokens[last]!.end };
  }

  // Clauses.

  /** Whether `w` heads a clause: a verb, or a word with a subject or a copula (a predicate noun or adjective). */
  isPredicate(w: number): boolean {
    const token = this.tokens[w]!;
    if (token.upos === 'VERB') return true;
    if (CLAUSAL.has(token.dep) && token.upos !== 'AUX') return true;
    return this.child(w, 'nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'cop') >= 0;
  }

  /** Whether `w` is a verb in a past form with no auxiliary ("killed", "taken"): a participle, or a misparsed past. */
  pastParticiple(w: number): boolean {
    return (
      this.tokens[w]!.upos === 'VERB' &&
      /(?:ed|en|wn)$/i.test(this.word(w)) &&
      this.child(w, 'aux', 'aux:pass') < 0
    );
  }

  /** Every clause head of the sentence, in text order. */
  predicates(): number[] {
    const out: number[] = [];
    for (let w = 0; w < this.length; w++) if (this.isPredicate(w)) out.push(w);
    return out;
  }

  /** The head of the smallest clause holding `w` (`w` itself when it heads one), or -1. */
  clauseOf(w: number): number {
    for (let a = w, steps = 0; a >= 0 && steps <= this.length; a = this.tokens[a]!.head, steps++)
      if (this.isPredicate(a)) return a;
    return this.root();
  }

  /**
   * Whether the clause of `predicate` is passive ("was attacked", "were killed"). A participle coordinated
   * with a passive verb and with no auxiliary or subject of its own shares its voice ("was impounded by the
   * French, accused of fishing illegally"). A participle after "with" with no auxiliary tells what was done
   * to its noun ("with so many commanders killed", however the parser hangs it).
   */
  isPassive(predicate: number, depth = 0): boolean {
    if (this.child(predicate, 'aux:pass', 'nsubj:pass', 'csubj:pass') >= 0) return true;
    const token = this.tokens[predicate]!;
    const participle = this.pastParticiple(predicate);
    // "Backed by Iran, the Houthis …": an opening participle is done to the subject it shares.
    if (participle && token.dep === 'advcl' && this.child(predicate, 'mark', 'obj') < 0) return true;
    if (
      participle &&
      [predicate, ...this.children(predicate, 'nsubj')].some((w) =>
        this.children(w, 'mark', 'case').some((m) => m < predicate && this.lower(m) === 'with'),
      ) &&
      this.child(predicate, 'aux', 'obj') < 0
    )
      return true;
    return (
      depth < 4 &&
      token.dep === 'conj' &&
      token.upos === 'VERB' &&
      /(?:ed|en|wn)$/i.test(this.word(predicate)) &&
      this.child(predicate, 'aux', 'nsubj', 'csubj', 'obj') < 0 &&
      this.isPassive(token.head, depth + 1)
    );
  }

  // Arguments.

  /**
   * The grammatical subjects of `predicate` with their conjuncts ("Russia and China" → both). A predicate
   * with none of its own takes them from where English leaves them: the first of coordinated verbs
   * ("Russia attacked and seized…"), the verb controlling an infinitive ("Russia wants to attack", "urged
   * Iran to stop" → Iran), the clause an adverbial participle hangs from ("After meeting Putin, Trump
   * said…"); a relative pronoun stands for the noun the clause describes ("the army that attacked").
   */
  subjects(predicate: number): number[] {
    return this.subjectsOf(predicate, 0);
  }

  private subjectsOf(predicate: number, depth: number): number[] {
    if (depth > 8) return [];
    const own = this.children(predicate, 'nsubj', 'nsubj:pass', 'csubj', 'csubj:pass');
    if (own.length > 0) return own.flatMap((s) => this.conjuncts(this.antecedent(s, predicate)));
    const token = this.tokens[predicate]!;
    const head = token.head;
    if (head < 0) return [];
    if (token.dep === 'conj' && this.isPredicate(head)) {
      // "allows Israel to participate but banned Russia": a past form with an object shares no bare
      // infinitive's "to"; the parser hung it on the infinitive, but it is coordinated with the verb above,
      // whose subject it takes (not the one the infinitive's controller gives).
      const infinitive = this.tokens[head]!;
      if (
        infinitive.dep === 'xcomp' &&
        infinitive.head >= 0 &&
        this.children(head, 'mark').some((m) => this.lower(m) === 'to') &&
        this.child(head, 'aux', 'aux:pass') < 0 &&
        /ed$/i.test(this.word(predicate)) &&
        this.child(predicate, 'aux', 'aux:pass', 'mark') < 0 &&
        this.child(predicate, 'obj') >= 0
      )
        return this.subjectsOf(infinitive.head, depth + 1);
      return this.subjectsOf(head, depth + 1);
    }
    if (token.dep === 'xcomp') {
      const objects = this.children(head, 'obj', 'iobj');
      return objects.length > 0
        ? objects.flatMap((o) => this.conjuncts(o))
        : this.subjectsOf(head, depth + 1);
    }
    // "After meeting Putin, Trump said…", "is committed to supporting Syria", "went to Kyiv to meet
    // Zelensky": a participle or a to-clause hung as an adverbial is done by the subject of its head.
    if (token.dep === 'advcl') {
      const mark = this.child(predicate, 'mark');
      // A bare past form with an object and no auxiliary is a finite verb whose subject the parser lost
      // ("withdrawn as the rebels captured the town"): not the subject of the clause it hangs from.
      if (mark < 0 && this.pastParticiple(predicate) && this.child(predicate, 'obj') >= 0) return [];
      if (mark < 0 || this.lower(mark) === 'to') return this.subjectsOf(head, depth + 1);
    }
    return [];
  }

  /** A relative pronoun's antecedent: the noun its relative clause describes; any other word is itself. */
  private antecedent(w: number, predicate: number): number {
    if (!RELATIVE.has(this.lower(w))) return w;
    for (let a = predicate, steps = 0; a >= 0 && steps <= this.length; a = this.tokens[a]!.head, steps++) {
      const dep = this.tokens[a]!.dep;
      if (dep === 'acl:relcl' || dep === 'advcl:relcl') return this.tokens[a]!.head;
      if (!CLAUSAL.has(dep) && dep !== 'conj') break;
    }
    return w;
  }

  /** Direct objects of `predicate`, with their conjuncts. */
  objects(predicate: number): number[] {
    return this.children(predicate, 'obj').flatMap((o) => this.conjuncts(o));
  }

  /** Indirect objects ("gave Ukraine weapons" → Ukraine), with their conjuncts. */
  indirectObjects(predicate: number): number[] {
    return this.children(predicate, 'iobj').flatMap((o) => this.conjuncts(o));
  }

  /** The agent of a passive: the noun of its by-phrase ("was attacked by Russia" → Russia), with conjuncts. */
  agent(predicate: number): number[] {
    return this.children(predicate, 'obl:agent').flatMap((a) => this.conjuncts(a));
  }

  /**
   * Who acts, whatever the voice: the agent of a passive, else the subjects. A by-agent on a verb with no
   * object names the doer even where the parser missed the passive ("vulnerable to attacks by the Houthis"
   * read with "attacks" a verb): the subject it would inherit is the one it is done to. With an object
   * the by-phrase is the object's ("rejected calls by Annan").
   */
  agents(predicate: number): number[] {
    const agentOnly = this.child(predicate, 'obl:agent') >= 0 && this.child(predicate, 'obj') < 0;
    return this.isPassive(predicate) || agentOnly ? this.agent(predicate) : this.subjects(predicate);
  }

  /** Who or what is acted upon, whatever the voice: a passive's subjects, else the objects. */
  patients(predicate: number): number[] {
    return this.isPassive(predicate) ? this.subjects(predicate) : this.objects(predicate);
  }

  /** The owner named by a possessive ("Russia's army", "his remarks") of `noun`, or -1. */
  possessor(noun: number): number {
    return this.child(noun, 'nmod:poss');
  }

  /**
   * Dependents of `w` introduced by a preposition ("met in Miami", "the talks on Ukraine"), each with its
   * preposition in lower case ("according to" for a fixed pair); only those of `preposition` when given.
   */
  prepositional(w: number, preposition?: string): Array<{ preposition: string; index: number }> {
    const out: Array<{ preposition: string; index: number }> = [];
    for (const c of this.children(w, 'obl', 'obl:agent', 'obl:unmarked', 'nmod', 'nmod:unmarked', 'advcl')) {
      // The marker nearest before the noun ("with … in Miami": "in"), should the parser hang two on it.
      let marker = -1;
      for (const m of this.children(c, 'case', 'mark')) if (m < c) marker = m;
      if (marker < 0) marker = this.child(c, 'case', 'mark');
      if (marker < 0) continue;
      const words = [marker, ...this.children(marker, 'fixed')].map((m) => this.lower(m));
      const name = words.join(' ');
      if (preposition === undefined || name === preposition.toLowerCase())
        out.push({ preposition: name, index: c });
    }
    return out;
  }

  /**
   * `w` with every word coordinated with it, in text order: "Russia, China and Iran" asked of any of the
   * three gives all three.
   */
  conjuncts(w: number): number[] {
    let first = w;
    while (this.tokens[first]!.dep === 'conj' && this.tokens[first]!.head >= 0)
      first = this.tokens[first]!.head;
    const out = [first];
    for (let k = 0; k < out.length; k++) out.push(...this.children(out[k]!, 'conj'));
    return out.sort((a, b) => a - b);
  }

  // Reported speech.

  /**
   * What a verb of saying reports: its clausal complement ("said that talks failed", "“Talks failed,”
   * said Lavrov", "told reporters the talks failed"), or -1.
   */
  reported(predicate: number): number {
    const complement = this.child(predicate, 'ccomp');
    return complement >= 0 ? complement : this.child(predicate, 'parataxis');
  }
}

/** Word classes a preposition's object has. */
const NOMINAL_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * The parse with a preposition the parser made a nominal dependent, its object hung under it ("a meeting
 * with/nmod Rustem/goeswith Umerov"), set right: the object takes the preposition's place and the
 * preposition becomes its `case`, as UD has it, so "meeting with X" reads X whatever the slip. A preposition
 * is never a nominal in UD, so no correct parse is changed; an untouched parse is returned as it is.
 */
function withPrepositionsAsCase(tokens: readonly SyntaxToken[]): readonly SyntaxToken[] {
  let fixed: SyntaxToken[] | null = null;
  for (let w = 0; w < tokens.length; w++) {
    const token = tokens[w]!;
    if (token.upos !== 'ADP' || (token.dep !== 'nmod' && token.dep !== 'obl')) continue;
    const object = tokens.findIndex((t, c) => c > w && t.head === w && NOMINAL_TAGS.has(t.upos));
    if (object < 0) continue;
    fixed ??= tokens.map((t) => ({ ...t }));
    fixed[object] = { ...fixed[object]!, head: token.head, dep: token.dep };
    fixed[w] = { ...fixed[w]!, head: object, dep: 'case' };
  }
  return fixed ?? tokens;
}

/**
 * Trees already built, by the sentence's parse: the quotes, events and figures stages each ask for the
 * same sentences' trees, and a tree never changes, so each parse is indexed (and repaired) once. Weak, so
 * a tree lives no longer than the reading holding its parse.
 */
const built = new WeakMap<readonly SyntaxToken[], Tree>();

/**
 * The tree of one parsed sentence of `text`; an unparsed sentence (an old stored reading) has no words.
 * Built once per parse: asking again for the same sentence gives the same tree.
 */
export function treeOf(text: string, sentence: Sentence): Tree {
  const tokens = sentence.tokens;
  if (tokens === undefined) return new Tree(text, []);
  const known = built.get(tokens);
  if (known !== undefined && known.text === text) return known;
  const tree = new Tree(text, tokens);
  built.set(tokens, tree);
  return tree;
}

/** Relations that attach a clause to a word. */
const CLAUSAL: ReadonlySet<Deprel> = new Set([
  'root',
  'ccomp',
  'xcomp',
  'advcl',
  'advcl:relcl',
  'acl',
  'acl:relcl',
  'csubj',
  'csubj:pass',
  'parataxis',
]);

const RELATIVE: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);
