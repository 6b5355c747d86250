/**
 * Aho–Corasick keyword automaton: finds every occurrence of a set of literals in one pass.
 *
 * Compiled once (per scanner). The alphabet is compressed to the characters that occur in the
 * patterns (everything else is one class), and when the table fits (states × classes ≤ 4 M) the
 * automaton is a full DFA: one table lookup per input character, no failure-link walking, no
 * allocation. Very large dictionaries (custom keyword lists with tens of thousands of terms) fall
 * back to a sparse goto/fail automaton, still linear.
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
  private readonly numClasses: number;
  /** Dense mode: delta[state * C + class] = next * C, or -(next * C) - 1 if `next` has outputs. */
  private readonly delta: Int32Array | null;
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
    this.cls = cls;
    const C = (this.numClasses = next);

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

    if (S * C <= DENSE_LIMIT) {
      const delta = new Int32Array(S * C);
      const enc = (t: number) => (hasOut[t] ? -(t * C) - 1 : t * C);
      // Root row.
      for (let c = 0; c < C; c++) {
        const t = children[0]!.get(c);
        delta[c] = enc(t ?? 0);
      }
      for (const s of order) {
        const f = fail[s]!;
        const row = s * C;
        const frow = f * C;
        for (let c = 0; c < C; c++) {
          const t = children[s]!.get(c);
          delta[row + c] = t !== undefined ? enc(t) : delta[frow + c]!;
        }
      }
      this.delta = delta;
      this.gotoMaps = null;
    } else {
      this.delta = null;
      this.gotoMaps = children;
    }
  }

  /** Calls `onMatch(patternIndex, endExclusive)` for every occurrence, in text order. */
  scan(text: string, onMatch: MatchCallback): void {
    const n = text.length;
    const cls = this.cls;
    const delta = this.delta;
    if (delta !== null) {
      const C = this.numClasses;
      const own = this.own;
      const dict = this.dict;
      let s = 0;
      for (let i = 0; i < n; i++) {
        const v = delta[s + cls[text.charCodeAt(i)]!]!;
        if (v < 0) {
          s = -v - 1;
          // `report`, inlined (a call per hit costs about a third of the whole pass).
          const state = (s / C) | 0;
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
