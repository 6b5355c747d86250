/**
 * Aho–Corasick keyword automaton: finds every occurrence of a set of literals in one pass.
 *
 * Compiled once (per scanner). The alphabet is compressed to the characters that occur in the
 * patterns (everything else is one class), and when the tables fit the automaton is a full DFA:
 * one table lookup per input character, no failure-link walking, no allocation. Very large
 * dictionaries (custom keyword lists with tens of thousands of terms) fall back to a sparse
 * goto/fail automaton, still linear.
 *
 * The DFA is split by character class. Classes of ASCII characters (~50) get a full row per
 * state; the other classes (~300, from keywords in other scripts) are rare in most text, and
 * their rows are shared: a state's row for them is its failure state's row unless the state has
 * a child on such a class, so only those states own one. One table of every state × every class
 * was 7.1 MB; the two are 2 MB together, which builds in about half the time (createScanner
 * 37 → 21 ms) and keeps more of the rows a scan visits in cache (1 KB prompts ~3 % faster).
 *
 * Case-insensitive mode folds ASCII and simple one-unit Unicode case pairs to one class.
 */

const DENSE_LIMIT = 4_000_000;

export type MatchCallback = (pattern: number, end: number) => void;

export class KeywordAutomaton {
  /** The patterns as given (index = pattern id reported to callbacks). */
  readonly patterns: readonly string[];
  /** Lengths in UTF-16 units of each pattern. */
  readonly lengths: Int32Array;
  private readonly cls: Uint16Array;
  /** Classes 0 … low-1 hold ASCII characters (class 0: characters in no pattern); low … are the others. */
  private readonly low: number;
  /** Row stride of `delta`: the `low` classes, then the offset of the state's row in `high`. */
  private readonly stride: number;
  /**
   * Dense mode, ASCII classes: delta[state * stride + class] = next * stride, or
   * -(next * stride) - 1 if `next` has outputs; delta[state * stride + low] = offset of the
   * state's row in `high`.
   */
  private readonly delta: Int32Array | null;
  /** Dense mode, other classes: high[row + class - low], same encoding as `delta`. */
  private readonly high: Int32Array | null;
  /** Sparse mode. */
  private readonly gotoMaps: Map<number, number>[] | null;
  private readonly fail: Int32Array;
  /** Pattern ending exactly at this state, or -1. */
  private readonly own: Int32Array;
  /** Next state on the failure chain that has an own pattern, or -1. */
  private readonly dict: Int32Array;
  private readonly hasOut: Uint8Array;

  constructor(patterns: readonly string[], caseInsensitive = true) {
    this.patterns = patterns;
    this.lengths = Int32Array.from(patterns, (p) => p.length);

    // Alphabet compression.
    const cls = new Uint16Array(65536);
    let next = 1;
    const classOf = (code: number): number => {
      if (cls[code] === 0) {
        // Case pairs are not one-to-one ("ς" and "σ" both upper-case to "Σ"): a character joins
        // the class a case variant already has, so all three stay one class whichever comes first.
        let id = 0;
        if (caseInsensitive) for (const other of caseVariants(code)) if (cls[other] !== 0) id ||= cls[other]!;
        if (id === 0) {
          if (next >= 65535) throw new Error('KeywordAutomaton: alphabet too large');
          id = next++;
        }
        cls[code] = id;
        if (caseInsensitive) {
          for (const other of caseVariants(code)) if (cls[other] === 0) cls[other] = id;
        }
      }
      return cls[code]!;
    };
    const encoded = patterns.map((p) => {
      const out = new Array<number>(p.length);
      for (let i = 0; i < p.length; i++) out[i] = classOf(p.charCodeAt(i));
      return out;
    });
    // Renumber: classes with an ASCII character first (see the header).
    const C = next;
    const renumber = new Uint16Array(C);
    let low = 1;
    for (let code = 0; code < 0x80; code++) {
      const c = cls[code]!;
      if (c !== 0 && renumber[c] === 0) renumber[c] = low++;
    }
    let other = low;
    for (let c = 1; c < C; c++) if (renumber[c] === 0) renumber[c] = other++;
    for (let code = 0; code < cls.length; code++) cls[code] = renumber[cls[code]!]!;
    for (const codes of encoded) for (let i = 0; i < codes.length; i++) codes[i] = renumber[codes[i]!]!;
    this.cls = cls;
    this.low = low;

    // Trie.
    const children: Map<number, number>[] = [new Map()];
    const own: number[] = [-1];
    encoded.forEach((codes, pi) => {
      if (codes.length === 0) return;
      let s = 0;
      for (const c of codes) {
        let t = children[s]!.get(c);
        if (t === undefined) {
          t = children.length;
          children.push(new Map());
          own.push(-1);
          children[s]!.set(c, t);
        }
        s = t;
      }
      if (own[s] === -1) own[s] = pi;
    });
    const S = children.length;
    const fail = new Int32Array(S);
    const dict = new Int32Array(S).fill(-1);
    const order: number[] = [];
    const queue: number[] = [];
    for (const t of children[0]!.values()) {
      fail[t] = 0;
      queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      order.push(s);
      for (const [c, t] of children[s]!) {
        let f = fail[s]!;
        while (f > 0 && !children[f]!.has(c)) f = fail[f]!;
        const ft = children[f]!.get(c);
        fail[t] = ft !== undefined && ft !== t ? ft : 0;
        queue.push(t);
      }
    }
    for (const s of order) {
      const f = fail[s]!;
      dict[s] = own[f]! >= 0 ? f : dict[f]!;
    }
    this.fail = fail;
    this.own = Int32Array.from(own);
    this.dict = dict;
    const hasOut = new Uint8Array(S);
    for (let s = 0; s < S; s++) if (own[s]! >= 0 || dict[s]! >= 0) hasOut[s] = 1;
    this.hasOut = hasOut;

    const W = (this.stride = low + 1);
    const H = C - low;
    // States that own a row for the other classes: the root, and those with a child on one.
    let highRows = 1;
    for (let s = 1; s < S; s++) for (const c of children[s]!.keys()) if (c >= low) {
      highRows++;
      break;
    }
    if (S * W + highRows * H <= DENSE_LIMIT) {
      const delta = new Int32Array(S * W);
      const high = new Int32Array(highRows * H);
      const enc = (t: number) => (hasOut[t] ? -(t * W) - 1 : t * W);
      // Root rows.
      for (let c = 0; c < C; c++) {
        const t = enc(children[0]!.get(c) ?? 0);
        if (c < low) delta[c] = t;
        else high[c - low] = t;
      }
      delta[low] = 0;
      let nextRow = H;
      // Breadth-first: a state's failure state (shallower) has its rows already.
      for (const s of order) {
        const f = fail[s]!;
        const row = s * W;
        const frow = f * W;
        const kids = children[s]!;
        for (let c = 0; c < low; c++) {
          const t = kids.get(c);
          delta[row + c] = t !== undefined ? enc(t) : delta[frow + c]!;
        }
        let own = false;
        for (const c of kids.keys()) if (c >= low) own = true;
        if (!own) {
          delta[row + low] = delta[frow + low]!;
          continue;
        }
        const hrow = nextRow;
        nextRow += H;
        const fhrow = delta[frow + low]!;
        for (let c = low; c < C; c++) {
          const t = kids.get(c);
          high[hrow + c - low] = t !== undefined ? enc(t) : high[fhrow + c - low]!;
        }
        delta[row + low] = hrow;
      }
      this.delta = delta;
      this.high = high;
      this.gotoMaps = null;
    } else {
      this.delta = null;
      this.high = null;
      this.gotoMaps = children;
    }
  }

  /** Calls `onMatch(patternIndex, endExclusive)` for every occurrence, in text order. */
  scan(text: string, onMatch: MatchCallback): void {
    const n = text.length;
    const cls = this.cls;
    const delta = this.delta;
    if (delta !== null) {
      const W = this.stride;
      const low = this.low;
      const high = this.high!;
      const own = this.own;
      const dict = this.dict;
      let s = 0;
      for (let i = 0; i < n; i++) {
        const c = cls[text.charCodeAt(i)]!;
        const v = c < low ? delta[s + c]! : high[delta[s + low]! + c - low]!;
        if (v < 0) {
          s = -v - 1;
          // `report`, inlined (a call per hit costs about a third of the whole pass).
          const state = (s / W) | 0;
          let o = own[state]! >= 0 ? state : dict[state]!;
          while (o >= 0) {
            onMatch(own[o]!, i + 1);
            o = dict[o]!;
          }
        } else s = v;
      }
      return;
    }
    const children = this.gotoMaps!;
    const fail = this.fail;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const c = cls[text.charCodeAt(i)]!;
      if (c === 0) {
        s = 0;
        continue;
      }
      for (;;) {
        const t = children[s]!.get(c);
        if (t !== undefined) {
          s = t;
          break;
        }
        if (s === 0) break;
        s = fail[s]!;
      }
      if (this.hasOut[s]) this.report(s, i + 1, onMatch);
    }
  }

  /** True if any pattern occurs in the text (stops at the first). */
  test(text: string): boolean {
    let found = false;
    try {
      this.scan(text, () => {
        found = true;
        throw STOP;
      });
    } catch (e) {
      if (e !== STOP) throw e;
    }
    return found;
  }

  private report(state: number, end: number, onMatch: MatchCallback): void {
    let s = this.own[state]! >= 0 ? state : this.dict[state]!;
    while (s >= 0) {
      onMatch(this.own[s]!, end);
      s = this.dict[s]!;
    }
  }
}

const STOP = Symbol('stop');

function caseVariants(code: number): number[] {
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return [code + 32];
    if (code >= 0x61 && code <= 0x7a) return [code - 32];
    return [];
  }
  const ch = String.fromCharCode(code);
  const out: number[] = [];
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
    if (v.length === 1 && v.charCodeAt(0) !== code) out.push(v.charCodeAt(0));
  }
  return out;
}
