/**
 * The scanning pipeline (see Rule in ./types for the per-rule contract):
 *
 *   normalise (offset map) → one Aho–Corasick pass over all rule keywords → for each rule with
 *   a keyword hit: run its regex only on windows of ±`reach` around the hits (rules without
 *   keywords run on the whole text; `detect` rules run their detector) → secret group →
 *   validate → entropy → allow list → context score → min score → overlap resolution →
 *   findings with offsets in the original text, masked previews and 1-based lines.
 *
 * Everything that can be is compiled once in the constructor (regex clones, automaton, allow
 * sets), so scanning a short prompt costs one pass of the automaton plus the few candidate rules.
 */
import type { Finding } from '../contracts/findings';
import { escapeRe } from './escape';
import type { MatchContext, Rule, ScanMemo } from './types';
import { normalize } from './normalize';
import { KeywordAutomaton } from './prefilter';
import { shannonEntropy } from './entropy';
import { mask } from './mask';
import { lineEnd, lineEndWithin, lineStartWithin } from './lines';

export const DEFAULT_MIN_SCORE = 0.3;
const DEFAULT_REACH = 512;
const DEFAULT_CONTEXT_WINDOW = 60;
const CONTEXT_BONUS = 0.1;
const CONTEXT_PENALTY = 0.2;
/** A window edge is moved outwards to whitespace if there is some within this distance. */
const EDGE_SLACK = 128;
/** Container pieces shorter than this (after trimming) are dropped when splitting. */
const MIN_CONTAINER_PIECE = 16;

interface CompiledRule {
  readonly rule: Rule;
  readonly priority: number;
  readonly re: RegExp;
  /** Sticky clone for anchored rules (tried only at keyword positions). */
  readonly sticky: RegExp | null;
  readonly group: number;
  readonly reach: number;
  readonly allowExact: ReadonlySet<string>;
  readonly allowRe: readonly RegExp[];
  readonly ctxWords: readonly string[];
  /** The context words as one case-insensitive alternation (no lower-cased copy of the window). */
  readonly ctxRe: RegExp | null;
  /** ctxRe and the rule's cell words (`context.cells`): for a table's header line and cells only. */
  readonly ctxHeaderRe: RegExp | null;
  readonly ctxWindow: number;
  readonly ctxRequired: boolean;
  readonly alwaysRun: boolean;
}

interface Candidates {
  start: number[];
  end: number[];
  score: number[];
  rule: number[];
}

export class CompiledScanner {
  readonly rules: readonly Rule[];
  private readonly compiled: CompiledRule[];
  private readonly automaton: KeywordAutomaton;
  /** keyword index → compiled rule indexes */
  private readonly keywordRules: number[][];
  private readonly minScore: number;
  /** Normalised text of the scan in progress (the scanner is synchronous and not re-entrant). */
  private current = '';
  /** Per-scan prefilter state, filled by `onKeyword`. */
  private winStart: (number[] | undefined)[] = [];
  private winEnd: (number[] | undefined)[] = [];
  private unsorted: Uint8Array | null = null;
  private hits: (number[] | undefined)[] = [];
  private tablesSorted = true;
  /** Tables found in this scan (`withTables`), sorted by start before `columnContext` reads them. */
  private tables: Table[] = [];
  /** Header-line start → its table (null: the line starts none), so each line is examined once. */
  private readonly tableHeaders = new Map<number, Table | null>();

  /** The candidate being validated (`consider`), for `columnHeader`. */
  private validating: MatchContext | null = null;
  /** Per delimiter: line start → start of the header line of its table (`headerLineOf`). */
  private readonly headerLines = DELIMITERS.map(() => new Map<number, number>());
  /** Line start → per delimiter, the header line start of the table the line is a row of (-1: none); null: no table. */
  private readonly rowHeads = new Map<number, Int32Array | null>();
  /** Lines (by start) that hold a SQL `VALUES (`, for `insertColumnMatches` (asked once per line). */
  private readonly valuesLines = new Map<number, boolean>();
  /** `MatchContext.columnHeader`, one function for every candidate (no closure per candidate). */
  private readonly columnHeader = (re: RegExp): boolean => {
    const c = this.validating;
    return c !== null && this.columnHeaderMatches(c.text, c.start, c.end, re);
  };
  /** `MatchContext.inTableRow`. */
  private readonly inTableRow = (): boolean => {
    const c = this.validating;
    return c !== null && this.columnHeaderMatches(c.text, c.start, c.end, null);
  };
  /** `MatchContext.tableHeader`. */
  private readonly tableHeader = (re: RegExp): boolean => {
    const c = this.validating;
    return c !== null && this.columnHeaderMatches(c.text, c.start, c.end, re, true);
  };

  /** Keyword hit → rule windows (or, for anchored rules, the keyword's start position). */
  private readonly onKeyword = (k: number, end: number): void => {
    const rs = this.keywordRules[k]!;
    const begin = end - this.automaton.lengths[k]!;
    const winStart = this.winStart;
    for (let j = 0; j < rs.length; j++) {
      const r = rs[j]!;
      const cr = this.compiled[r]!;
      const ws = winStart[r];
      if (cr.sticky !== null) {
        if (ws === undefined) winStart[r] = [begin];
        else {
          const last = ws[ws.length - 1]!;
          if (begin !== last) {
            if (begin < last) (this.unsorted ??= new Uint8Array(this.compiled.length))[r] = 1;
            ws.push(begin);
          }
        }
        continue;
      }
      // Rules that need context keep their hits: a hit on a table's header line makes the table
      // their context (`withTables`).
      if (cr.ctxRequired) (this.hits[r] ??= []).push(begin);
      const a = begin - cr.reach;
      const b = end + cr.reach;
      if (ws === undefined) {
        winStart[r] = [a];
        this.winEnd[r] = [b];
        continue;
      }
      const we = this.winEnd[r]!;
      const last = we.length - 1;
      if (a <= we[last]!) {
        if (b > we[last]!) we[last] = b;
      } else {
        ws.push(a);
        we.push(b);
      }
    }
  };

  constructor(rules: readonly Rule[], minScore = DEFAULT_MIN_SCORE) {
    this.rules = rules;
    this.minScore = minScore;
    const keywordIndex = new Map<string, number>();
    const keywords: string[] = [];
    this.keywordRules = [];
    this.compiled = rules.map((rule, priority) => {
      if (!rule.pattern.global) throw new Error(`Rule ${rule.id}: pattern needs the g flag`);
      const group = rule.secretGroup ?? 0;
      let flags = rule.pattern.flags.replace('y', '');
      if (group > 0 && !flags.includes('d')) flags += 'd';
      const re = new RegExp(rule.pattern.source, flags);
      const sticky = rule.anchored && !rule.detect ? new RegExp(rule.pattern.source, flags.replace('g', '') + 'y') : null;
      const allowExact = new Set<string>();
      const allowRe: RegExp[] = [];
      for (const a of rule.allow ?? []) {
        if (typeof a === 'string') allowExact.add(a.toLowerCase());
        else allowRe.push(new RegExp(a.source, a.flags.replace(/[gy]/g, '')));
      }
      const kws = rule.keywords.map((k) => k.toLowerCase()).filter((k) => k.length > 0);
      for (const k of kws) {
        let ki = keywordIndex.get(k);
        if (ki === undefined) {
          ki = keywords.length;
          keywords.push(k);
          keywordIndex.set(k, ki);
          this.keywordRules.push([]);
        }
        const list = this.keywordRules[ki]!;
        if (!list.includes(priority)) list.push(priority);
      }
      const ctxRe = contextRegex(rule.context?.words ?? []);
      return {
        rule,
        priority,
        re,
        sticky,
        group,
        reach: rule.reach ?? DEFAULT_REACH,
        allowExact,
        allowRe,
        ctxWords: rule.context?.words.map((w) => w.toLowerCase()) ?? [],
        ctxRe,
        ctxHeaderRe: rule.context?.cells?.length ? contextRegex(rule.context.words, rule.context.cells) : ctxRe,
        ctxWindow: rule.context?.window ?? DEFAULT_CONTEXT_WINDOW,
        ctxRequired: rule.context?.required ?? false,
        alwaysRun: kws.length === 0,
      };
    });
    this.automaton = new KeywordAutomaton(keywords, true);
  }

  scan(original: string): Finding[] {
    if (original.length === 0) return [];
    const norm = normalize(original);
    const t = norm.text;
    const n = t.length;
    const compiled = this.compiled;
    const R = compiled.length;

    // 1. Prefilter: per rule, merged windows around keyword hits (anchored rules: hit positions).
    const winStart: (number[] | undefined)[] = (this.winStart = new Array(R));
    const winEnd: (number[] | undefined)[] = (this.winEnd = new Array(R));
    this.unsorted = null;
    this.hits = new Array(R);
    this.automaton.scan(t, this.onKeyword);
    const unsorted = this.unsorted as Uint8Array | null;

    // 2. Candidates.
    const cand: Candidates = { start: [], end: [], score: [], rule: [] };
    const memo: ScanMemo = new Map();
    for (let r = 0; r < R; r++) {
      const cr = compiled[r]!;
      const ws = winStart[r];
      if (!cr.alwaysRun && ws === undefined) continue;
      if (cr.rule.detect) {
        for (const span of cr.rule.detect(t, memo)) this.consider(cand, cr, t, span.start, span.end, span.score ?? cr.rule.score, span.structural === true);
        continue;
      }
      if (cr.alwaysRun) {
        this.runRegex(cand, cr, t, 0, n);
        continue;
      }
      if (cr.sticky !== null) {
        const positions = unsorted !== null && unsorted[r] ? ws!.sort((x, y) => x - y) : ws!;
        this.runAnchored(cand, cr, t, positions);
        continue;
      }
      let windows = widen(t, ws!, winEnd[r]!);
      if (cr.ctxRequired) windows = this.withTables(t, cr, windows, this.hits[r]!);
      for (let w = 0; w < windows.length; w += 2) this.runRegex(cand, cr, t, windows[w]!, windows[w + 1]!);
    }
    this.tables = [];
    // Map.clear() allocates a new backing store even on an empty map: on 1 KB prompts, where
    // these maps usually stay empty, six unconditional clears were ~4 % of a scan.
    if (this.tableHeaders.size > 0) this.tableHeaders.clear();
    for (const m of this.headerLines) if (m.size > 0) m.clear();
    if (this.rowHeads.size > 0) this.rowHeads.clear();
    if (this.valuesLines.size > 0) this.valuesLines.clear();
    this.hits = [];
    this.winStart = [];
    this.winEnd = [];
    if (cand.start.length === 0) return [];

    // 3. Overlaps, 4. findings.
    this.current = t;
    const chosen = this.joinAdjacent(t, this.resolve(cand));
    this.current = '';
    sortCand = NO_CANDIDATES;
    this.winStart = [];
    this.winEnd = [];
    const findings: Finding[] = [];
    let line = 1;
    // The next newline not yet counted, found once: searching again from the previous finding for
    // each one would rescan a long line (a text with no newline at all) once per finding.
    let nextNewline = original.indexOf('\n');
    for (const c of chosen) {
      const start = norm.toOriginalStart(c.start);
      const end = Math.max(start + 1, norm.toOriginalEnd(c.end));
      // Count newlines between the previous finding and this one (findings are sorted).
      while (nextNewline !== -1 && nextNewline < start) {
        line++;
        nextNewline = original.indexOf('\n', nextNewline + 1);
      }
      const rule = compiled[c.rule]!.rule;
      findings.push({
        rule: rule.id,
        category: rule.category,
        start,
        end,
        score: Math.round(Math.min(1, Math.max(0, c.score)) * 1000) / 1000,
        label: rule.label.slice(0, 200),
        preview: mask(t.slice(c.start, c.end)).slice(0, 80),
        line,
      });
    }
    return findings;
  }

  /**
   * A column header is context for its whole column: in a pasted CSV/TSV export
   * ("name\tpassport\tdob" then hundreds of rows) the birth word is far from most dates. For a
   * rule that needs context, each line with one of its keyword hits and a context word, that has
   * a delimiter (tab ; | , or aligned runs of spaces) repeated the same number of times on the next line, starts a table;
   * the rule's windows are extended over the table, and `columnContext` decides a value in it by
   * its header cell. Each line is examined once per scan (a long line not at all): linear.
   */
  private withTables(t: string, cr: CompiledRule, windows: number[], hits: readonly number[]): number[] {
    const re = cr.ctxHeaderRe!;
    let added: number[] | null = null;
    let lastLine = -1;
    for (const h of hits) {
      if (h <= lastLine) continue;
      const ls = h === 0 ? 0 : t.lastIndexOf('\n', h - 1) + 1;
      let le = t.indexOf('\n', h);
      if (le < 0) le = t.length;
      lastLine = le;
      if (le - ls > MAX_HEADER || !re.test(t.slice(ls, le))) continue;
      // The hit's line is the header, or the caption of a table that starts on the next line
      // (or the one after a blank line: "… check the passport numbers:\n\nSEQ,NAME,DOC_NO").
      let table = this.tableOf(t, ls, le);
      if (table === null && le < t.length) {
        let ns = le + 1;
        if (t.charCodeAt(ns) === 10) ns++;
        else if (t.charCodeAt(ns) === 13 && t.charCodeAt(ns + 1) === 10) ns += 2;
        let ne = t.indexOf('\n', ns);
        if (ne < 0) ne = t.length;
        if (ns < t.length && ne - ns <= MAX_HEADER) table = this.tableOf(t, ns, ne);
      }
      if (table !== null) (added ??= []).push(table.headerEnd, table.end);
      // A one-line SQL insert names its columns and holds its values on the hit's own line.
      else if (INSERT_LINE.test(t.slice(ls, le))) (added ??= []).push(h, le);
    }
    if (added === null) return windows;
    const pairs: [number, number][] = [];
    for (let i = 0; i < windows.length; i += 2) pairs.push([windows[i]!, windows[i + 1]!]);
    for (let i = 0; i < added.length; i += 2) pairs.push([added[i]!, added[i + 1]!]);
    pairs.sort((x, y) => x[0] - y[0]);
    const out: number[] = [];
    for (const [a, b] of pairs) {
      if (out.length > 0 && a <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, b);
      else out.push(a, b);
    }
    return out;
  }

  /** The table whose header is the line t[ls, le) (cached per scan: each line examined once). */
  private tableOf(t: string, ls: number, le: number): Table | null {
    let table = this.tableHeaders.get(ls);
    if (table === undefined) {
      table = tableAt(t, ls, le);
      this.tableHeaders.set(ls, table);
      if (table !== null) {
        // Sorted once before use (`columnContext`): another rule's hits can come in any order.
        this.tables.push(table);
        this.tablesSorted = false;
      }
    }
    return table;
  }

  /** Index of the first table (sorted by start) that starts after `pos`. */
  private firstTableAfter(pos: number): number {
    const tables = this.tables;
    if (!this.tablesSorted) {
      tables.sort((x, y) => x.start - y.start);
      this.tablesSorted = true;
    }
    let lo = 0;
    let hi = tables.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tables[mid]!.start <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Where the first table starting after `pos` starts (MAX_SAFE_INTEGER if none). */
  private nextTableStart(pos: number): number {
    const i = this.firstTableAfter(pos);
    return i < this.tables.length ? this.tables[i]!.start : Number.MAX_SAFE_INTEGER;
  }

  /**
   * For a value in a table row (see `withTables`): whether its column's header cell, its own row
   * or the line above the table has a context word. NOT_IN_TABLE otherwise.
   */
  private columnContext(t: string, vs: number, ve: number, re: RegExp, headerRe: RegExp): boolean | typeof NOT_IN_TABLE {
    const tables = this.tables;
    // The last table starting before the value, and the few before it (tables with different
    // delimiters may overlap; those with the same one do not).
    const lo = this.firstTableAfter(vs);
    for (let i = lo - 1; i >= 0 && i >= lo - DELIMITERS.length; i--) {
      const tb = tables[i]!;
      if (vs < tb.headerEnd || ve > tb.end) continue;
      const d = tb.delimiter;
      if (t.slice(vs, ve).includes(d)) return NOT_IN_TABLE;
      // The row's bounds, looked for over a bounded distance (a huge row is not a table row).
      let ls = vs;
      const lim = Math.max(tb.headerEnd, vs - MAX_ROW);
      while (ls > lim && t.charCodeAt(ls - 1) !== 10) ls--;
      if (ls === lim && t.charCodeAt(ls - 1) !== 10) return NOT_IN_TABLE;
      let le = ve;
      const rlim = Math.min(tb.end, ve + MAX_ROW);
      while (le < rlim && t.charCodeAt(le) !== 10) le++;
      if (re.test(t.slice(ls, le))) return true;
      // A caption right above the table ("Birth dates of the new starters:"), or above the blank
      // line before it; only when no header cell names the context itself (then the header decides
      // column by column: a "created_at" column under "…with their birth dates:" is not one).
      // A sentence above lines with as many commas is text, not a header: the ordinary readings
      // apply (the value's window, a question answered on the line below).
      if ((tb.prose ??= proseCell(t.slice(tb.start, tb.headerEnd), d))) return NOT_IN_TABLE;
      // A first line that holds values (a record, not column names) names nothing: the caption decides.
      tb.namesColumns ??= namesColumns(t, tb.start, tb.headerEnd, d);
      let named = (tb.headerNames ??= new Map()).get(headerRe);
      if (named === undefined) tb.headerNames.set(headerRe, (named = tb.namesColumns && headerRe.test(t.slice(tb.start, tb.headerEnd))));
      if (tb.start > 0 && !named) {
        let ce = tb.start - 1;
        if (ce > 0 && t.charCodeAt(ce - 1) === 10) ce--;
        let cs = ce;
        const clim = Math.max(0, cs - MAX_HEADER);
        while (cs > clim && t.charCodeAt(cs - 1) !== 10) cs--;
        const caption = t.slice(cs, ce);
        if (re.test(caption) && !HOLDS_VALUE.test(caption)) return true;
      }
      return tb.namesColumns && headerCellMatches(t, tb.start, tb.headerEnd, d, countIn(t, d, ls, vs), headerRe);
    }
    return NOT_IN_TABLE;
  }

  /** Merges neighbours of one rule across a `joinGap` (chosen findings are sorted and disjoint). */
  private joinAdjacent(t: string, chosen: Chosen[]): Chosen[] {
    let out: Chosen[] | null = null;
    for (let i = 1; i < chosen.length; i++) {
      const c = chosen[i]!;
      const gap = this.compiled[c.rule]!.rule.joinGap;
      if (gap === undefined) {
        out?.push(c);
        continue;
      }
      const prev = out !== null ? out[out.length - 1]! : chosen[i - 1]!;
      if (prev.rule === c.rule && c.start - prev.end <= MAX_JOIN_GAP && gap.test(t.slice(prev.end, c.start))) {
        out ??= chosen.slice(0, i);
        prev.end = c.end;
        prev.score = Math.max(prev.score, c.score);
        continue;
      }
      out?.push(c);
    }
    return out ?? chosen;
  }

  /**
   * For `MatchContext.columnHeader`: the value's line is a row of a delimited table (a line above
   * it has the same number of delimiters), and the cell of the table's first line in the value's
   * column matches `re`. Found from the value itself, so it serves rules without keywords (a
   * phone column headed "tel"), unlike `withTables`. `re` null: whether the value is in such a
   * row at all, whatever its header. `wholeLine`: `re` is tested on the whole header line (what
   * the table is about: a "microchip" column makes a studbook), not the value's own cell.
   */
  private columnHeaderMatches(t: string, vs: number, ve: number, re: RegExp | null, wholeLine = false): boolean {
    // A row's bounds, over a bounded distance (called per value: a long line must not be searched
    // from its start each time); a row longer than MAX_ROW, or the text's first line, is no row.
    const ls = lineStartWithin(t, vs, MAX_ROW);
    if (ls < 0) return false;
    if (re !== null && !wholeLine && this.holdsValues(t, ls) && insertColumnMatches(t, ls, vs, re)) return true;
    if (ls === 0) return false;
    const le = lineEndWithin(t, vs, MAX_ROW - (vs - ls));
    if (le < 0) return false;
    // Once per line, however many values it holds: which delimiters make it a table row.
    let heads = this.rowHeads.get(ls);
    if (heads === undefined) {
      heads = null;
      for (let di = 0; di < DELIMITERS.length; di++) {
        const c = cellSeparators(t, DELIMITERS[di]!, ls, le);
        if (c === 0) continue;
        const hs = this.headerLineOf(t, di, c, ls);
        if (hs !== ls && !listItem(t, hs) && !listItem(t, ls) && namesColumns(t, hs, lineEnd(t, hs), DELIMITERS[di]!)) (heads ??= new Int32Array(DELIMITERS.length).fill(-1))[di] = hs;
      }
      this.rowHeads.set(ls, heads);
    }
    if (heads === null) return false;
    for (let di = 0; di < DELIMITERS.length; di++) {
      const hs = heads[di]!;
      const d = DELIMITERS[di]!;
      if (hs < 0 || t.slice(vs, ve).includes(d)) continue;
      if (re === null) return true;
      if (wholeLine ? re.test(t.slice(hs, lineEnd(t, hs))) : headerCellMatches(t, hs, lineEnd(t, hs), d, countIn(t, d, ls, vs), re)) return true;
    }
    return false;
  }

  /** Whether the line starting at `ls` holds a SQL `VALUES (` (within MAX_ROW characters), once per line and scan. */
  private holdsValues(t: string, ls: number): boolean {
    let v = this.valuesLines.get(ls);
    if (v === undefined) {
      let le = t.indexOf('\n', ls);
      if (le < 0 || le - ls > MAX_ROW) le = Math.min(t.length, ls + MAX_ROW);
      v = VALUES_OPEN.test(t.slice(ls, le));
      this.valuesLines.set(ls, v);
    }
    return v;
  }

  /**
   * The first line of the run of lines, up from `ls`, that have `c` cells separators of
   * DELIMITERS[di]. Every line walked is remembered with the answer, so a column of thousands of
   * rows is walked once per scan, not once per value.
   */
  private headerLineOf(t: string, di: number, c: number, ls: number): number {
    const known = this.headerLines[di]!;
    const d = DELIMITERS[di]!;
    const walked: number[] = [];
    let cur = ls;
    for (;;) {
      const h = known.get(cur);
      if (h !== undefined) {
        cur = h;
        break;
      }
      walked.push(cur);
      if (cur === 0) break;
      const ps = cur < 2 ? 0 : t.lastIndexOf('\n', cur - 2) + 1;
      if (cur - 1 - ps > MAX_ROW || cellSeparators(t, d, ps, cur - 1) !== c) break;
      cur = ps;
    }
    for (const w of walked) known.set(w, cur);
    return cur;
  }

  private runRegex(cand: Candidates, cr: CompiledRule, t: string, a: number, b: number): void {
    const n = t.length;
    const sub = a === 0 && b === n ? t : t.slice(a, b);
    const re = cr.re;
    const g = cr.group;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sub)) !== null) {
      const len = m[0].length;
      if (len === 0) {
        re.lastIndex++;
        continue;
      }
      // A match touching a cut window edge must not be part of a longer token.
      if (m.index === 0 && a > 0 && isWordAt(t, a - 1) && isWordAt(t, a)) continue;
      const mEnd = m.index + len;
      if (mEnd === sub.length && b < n && isWordAt(t, b - 1) && isWordAt(t, b)) continue;
      let vs: number;
      let ve: number;
      if (g > 0) {
        const idx = m.indices?.[g];
        if (!idx) continue;
        vs = a + idx[0];
        ve = a + idx[1];
      } else {
        vs = a + m.index;
        ve = vs + len;
      }
      this.consider(cand, cr, t, vs, ve, cr.rule.score);
    }
  }

  private runAnchored(cand: Candidates, cr: CompiledRule, t: string, positions: readonly number[]): void {
    const re = cr.sticky!;
    const g = cr.group;
    let after = 0; // matches do not overlap, like a global regex
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i]!;
      if (p < after) continue;
      re.lastIndex = p;
      const m = re.exec(t);
      if (m === null || m[0].length === 0) continue;
      after = p + m[0].length;
      if (g > 0) {
        const idx = m.indices?.[g];
        if (idx) this.consider(cand, cr, t, idx[0], idx[1], cr.rule.score);
      } else this.consider(cand, cr, t, p, after, cr.rule.score);
    }
  }

  private consider(cand: Candidates, cr: CompiledRule, t: string, vs: number, ve: number, base: number, structural = false): void {
    if (ve <= vs) return;
    const rule = cr.rule;
    const value = t.slice(vs, ve);
    if (rule.validate) {
      const ctx: MatchContext = { text: t, start: vs, end: ve, columnHeader: this.columnHeader, inTableRow: this.inTableRow, tableHeader: this.tableHeader };
      this.validating = ctx;
      const ok = rule.validate(value, ctx);
      this.validating = null;
      if (!ok) return;
    }
    if (rule.minEntropy !== undefined && shannonEntropy(value) < rule.minEntropy) return;
    if (cr.allowExact.size > 0 && cr.allowExact.has(value.toLowerCase())) return;
    for (const re of cr.allowRe) if (re.test(value)) return;
    let score = rule.rescore?.(value) ?? base;
    if (structural) score = Math.min(1, score + CONTEXT_BONUS);
    else if (cr.ctxWords.length > 0) {
      // In a table (found for a rule that needs context), its header cell or its own row is the
      // context, not the rows around it: a "created" column next to a "dob" column is not dates of birth.
      const column = cr.ctxRequired && this.tables.length > 0 ? this.columnContext(t, vs, ve, cr.ctxRe!, cr.ctxHeaderRe!) : NOT_IN_TABLE;
      // Outside the tables `withTables` found (detect rules get none), the value's own column
      // header still counts for a rule that needs context: a "sin" column in a payroll export.
      // Above a table, its header names the table's columns, not the text before it: "Dato i dag er
      // 1. marts 2025." over "navn;email;fødselsdato" is no birth date.
      const inContext =
        column === NOT_IN_TABLE
          ? hasContext(t, vs, ve, cr.ctxRe!, cr.ctxWindow, cr.ctxRequired && this.tables.length > 0 ? this.nextTableStart(ve) : t.length) ||
            (cr.ctxRequired && (this.columnHeaderMatches(t, vs, ve, cr.ctxHeaderRe!) || answersQuestion(t, vs, cr.ctxRe!) || lineLabelNames(t, vs, cr.ctxRe!)))
          : column;
      if (inContext) score = Math.min(1, score + CONTEXT_BONUS);
      else if (cr.ctxRequired) return;
      else score -= CONTEXT_PENALTY;
    }
    if (score < this.minScore) return;
    cand.start.push(vs);
    cand.end.push(ve);
    cand.score.push(score);
    cand.rule.push(cr.priority);
  }

  /**
   * Non-overlapping selection: higher score, then longer, then earlier rule (priority) wins.
   * Ordinary candidates are resolved first (greedy by rank inside each cluster of overlapping
   * candidates); then each container candidate (source-code block) takes what is left of its
   * span: every finding inside it stays and the container is split around them.
   */
  private resolve(c: Candidates): Chosen[] {
    const N = c.start.length;
    const items: number[] = [];
    const containers: number[] = [];
    for (let k = 0; k < N; k++) (this.compiled[c.rule[k]!]!.rule.container ? containers : items).push(k);
    // Module-level comparators over `sortCand` (no closures per scan).
    sortCand = c;
    const rank = byRank;

    if (!sortedByPosition(c, items)) items.sort(byPosition);
    const out: Chosen[] = [];
    let i = 0;
    while (i < items.length) {
      let j = i + 1;
      let maxEnd = c.end[items[i]!]!;
      while (j < items.length && c.start[items[j]!]! < maxEnd) {
        maxEnd = Math.max(maxEnd, c.end[items[j]!]!);
        j++;
      }
      if (j === i + 1) {
        out.push(chosenOf(c, items[i]!));
      } else {
        const cluster = items.slice(i, j).sort(rank);
        const acc: Chosen[] = []; // sorted by start, non-overlapping
        for (const k of cluster) {
          const s = c.start[k]!;
          const e = c.end[k]!;
          const p = lowerBoundByStart(acc, s);
          if (p > 0 && acc[p - 1]!.end > s) continue;
          if (p < acc.length && acc[p]!.start < e) continue;
          acc.splice(p, 0, chosenOf(c, k));
        }
        for (const a of acc) out.push(a);
      }
      i = j;
    }

    if (containers.length > 0) {
      // Pairwise disjoint containers (one source-code detector: always) do not see each other's
      // pieces, so the order does not matter: one merge pass in start order, O(n), instead of a
      // splice into `out` per container (O(n) each, quadratic on large pastes).
      containers.sort((x, y) => c.start[x]! - c.start[y]!);
      let disjoint = true;
      for (let q = 1; q < containers.length && disjoint; q++) if (c.start[containers[q]!]! < c.end[containers[q - 1]!]!) disjoint = false;
      if (disjoint) return this.mergeContainers(c, out, containers);
      containers.sort(rank);
      for (const k of containers) {
        const s = c.start[k]!;
        const e = c.end[k]!;
        // First accepted finding ending after s (ends are sorted too: no overlaps).
        let lo = 0;
        let hi = out.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (out[mid]!.end <= s) lo = mid + 1;
          else hi = mid;
        }
        let to = lo;
        const kept: Chosen[] = [];
        while (to < out.length && out[to]!.start < e) {
          const o = out[to]!;
          // Specific findings inside a container always stay; the container is split around them.
          kept.push(o);
          to++;
        }
        const replacement: Chosen[] = [];
        let pos = s;
        const t = this.current;
        const piece = (ps: number, pe: number) => {
          while (ps < pe && isSpace(t.charCodeAt(ps))) ps++;
          while (pe > ps && isSpace(t.charCodeAt(pe - 1))) pe--;
          if (pe - ps >= MIN_CONTAINER_PIECE) replacement.push({ start: ps, end: pe, score: c.score[k]!, rule: c.rule[k]!, k: -1 });
        };
        for (const o of kept) {
          if (o.start > pos) piece(pos, Math.min(o.start, e));
          replacement.push(o);
          pos = Math.max(pos, o.end);
        }
        if (pos < e) piece(pos, e);
        if (kept.length === 0 && replacement.length === 1) replacement[0]!.k = k;
        out.splice(lo, to - lo, ...replacement);
      }
    }
    return out;
  }

  /** `resolve` for containers that do not overlap each other (sorted by start): same result. */
  private mergeContainers(c: Candidates, out: Chosen[], containers: readonly number[]): Chosen[] {
    const t = this.current;
    const res: Chosen[] = [];
    let i = 0;
    for (const k of containers) {
      const s = c.start[k]!;
      const e = c.end[k]!;
      while (i < out.length && out[i]!.end <= s) res.push(out[i++]!);
      const before = res.length;
      let pos = s;
      let kept = 0;
      while (i < out.length && out[i]!.start < e) {
        const o = out[i++]!;
        if (o.start > pos) containerPiece(t, res, pos, Math.min(o.start, e), c.score[k]!, c.rule[k]!);
        res.push(o);
        kept++;
        pos = Math.max(pos, o.end);
      }
      if (pos < e) containerPiece(t, res, pos, e, c.score[k]!, c.rule[k]!);
      if (kept === 0 && res.length === before + 1) res[before]!.k = k;
    }
    while (i < out.length) res.push(out[i++]!);
    return res;
  }
}

/** Candidates being resolved, for the comparators below (the scanner is synchronous). */
const NO_CANDIDATES: Candidates = { start: [], end: [], score: [], rule: [] };
let sortCand: Candidates = NO_CANDIDATES;

function chosenOf(c: Candidates, k: number): Chosen {
  return { start: c.start[k]!, end: c.end[k]!, score: c.score[k]!, rule: c.rule[k]!, k };
}

function byRank(x: number, y: number): number {
  const c = sortCand;
  return c.score[y]! - c.score[x]! || c.end[y]! - c.start[y]! - (c.end[x]! - c.start[x]!) || c.rule[x]! - c.rule[y]!;
}

function byPosition(x: number, y: number): number {
  const c = sortCand;
  return c.start[x]! - c.start[y]! || c.end[y]! - c.end[x]!;
}

/** True if `items` is already in `byPosition` order (common: one candidate rule, in text order). */
function sortedByPosition(c: Candidates, items: readonly number[]): boolean {
  for (let i = 1; i < items.length; i++) {
    const x = items[i - 1]!;
    const y = items[i]!;
    const d = c.start[x]! - c.start[y]! || c.end[y]! - c.end[x]!;
    if (d > 0) return false;
  }
  return true;
}

interface Chosen {
  start: number;
  end: number;
  score: number;
  rule: number;
  /** Candidate index; -1 for a container piece (already placed, always kept). */
  k: number;
}

/** Appends the trimmed container piece t[ps, pe) to `out` if it is long enough. */
function containerPiece(t: string, out: Chosen[], ps: number, pe: number, score: number, rule: number): void {
  while (ps < pe && isSpace(t.charCodeAt(ps))) ps++;
  while (pe > ps && isSpace(t.charCodeAt(pe - 1))) pe--;
  if (pe - ps >= MIN_CONTAINER_PIECE) out.push({ start: ps, end: pe, score, rule, k: -1 });
}

function lowerBoundByStart(list: readonly Chosen[], s: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.start < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A delimited table: header line [start, headerEnd), rows up to `end`. */
interface Table {
  readonly start: number;
  readonly headerEnd: number;
  readonly end: number;
  readonly delimiter: string;
  /** Per context regex: whether some header cell matches it (asked for every value in the table). */
  headerNames?: Map<RegExp, boolean>;
  /** Whether the first line names columns (`namesColumns`), asked once per table. */
  namesColumns?: boolean;
  /** Whether the first line is a sentence (`PROSE_CELL`), asked once per table. */
  prose?: boolean;
}

/** Longest header line considered (a longer line is prose or data, not a header). */
const MAX_HEADER = 2000;
/** The longest gap `Rule.joinGap` is tried on. */
const MAX_JOIN_GAP = 8;
const NOT_IN_TABLE = -1;
/** Longest row whose start `columnContext` looks for. */
const MAX_ROW = 4000;
/**
 * Cells separators: tab, semicolon, pipe, comma, and GAP, a run of two or more spaces between the
 * cells of a table aligned with spaces (a roster pasted from a terminal or a PDF: "Pilot   Født
 * Mobil" over "Siri Dahl   02.11.1991   928 41 375"), whose cells may hold single spaces.
 */
const GAP = '  ';
const DELIMITERS = ['\t', ';', '|', ',', GAP];

/**
 * Occurrences of the delimiter `ch` in t[s, e) that separate cells: not inside a quoted cell
 * (RFC 4180's "Huber, Franz", SQL's 'Huber, Franz'). A quote opens a quoted cell only at the start
 * of a cell (after the delimiter, a "(" or the line start, spaces aside), and the cell ends at the
 * same quote followed by the delimiter, ")" or the end of the line, so an apostrophe in a word
 * ("O'Brien", "don't") is text. A loop: an indexOf could search far past the line. Linear: a
 * quote that finds no end is remembered, and a quote that does moves the walk past its end.
 */
function countIn(t: string, ch: string, s: number, e: number): number {
  if (ch === GAP) return gapStarts(t, s, e).length;
  const c = ch.charCodeAt(0);
  let n = 0;
  let cellStart = true;
  let openDouble = true;
  let openSingle = true;
  for (let i = s; i < e; i++) {
    const x = t.charCodeAt(i);
    if (x === c) {
      n++;
      cellStart = true;
    } else if (cellStart && ((x === 34 /* " */ && openDouble) || (x === 39 /* ' */ && openSingle))) {
      const end = quotedCellEnd(t, x, c, i + 1, e);
      if (end < 0) {
        if (x === 34) openDouble = false;
        else openSingle = false;
      } else i = end;
      cellStart = false;
    } else if (x === 40 /* ( */) cellStart = true;
    else if (x !== 32 && x !== 9) cellStart = false;
  }
  return n;
}

/** The closing quote `q` of a quoted cell opened before `from`: followed by the delimiter `d`, ")" or the line end (spaces aside); -1 if none. */
function quotedCellEnd(t: string, q: number, d: number, from: number, e: number): number {
  // On this line only (an indexOf would search on past its end for every quote that has none).
  for (let j = from; j < e; j++) {
    if (t.charCodeAt(j) !== q) continue;
    let k = j + 1;
    while (k < e && (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9)) k++;
    if (k >= e || t.charCodeAt(k) === d || t.charCodeAt(k) === 41 /* ) */) return j;
  }
  return -1;
}

/**
 * Where the cells after each GAP start, in t[s, e): runs of two or more spaces after the line's
 * first visible character and before another one (trailing spaces separate nothing; a run that
 * ends at `e` counts when a character follows it there: the cell of the value being placed).
 */
function gapStarts(t: string, s: number, e: number): number[] {
  const out: number[] = [];
  let i = s;
  while (i < e && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
  for (; i < e; i++) {
    if (t.charCodeAt(i) !== 32 || t.charCodeAt(i + 1) !== 32) continue;
    let j = i + 2;
    while (j < e && t.charCodeAt(j) === 32) j++;
    const next = t.charCodeAt(j);
    if (j < t.length && next !== 10 && next !== 13 && next !== 9 && next !== 32) out.push(j);
    i = j - 1;
  }
  return out;
}

/**
 * A table aligned with spaces is aligned: each row's cells start where the header's do (or end
 * where they end, numbers set flush right), give or take two columns. Lines of prose with double
 * spaces after their full stops have as many gaps by chance, not in the same places. `h`: the
 * header's `gapStarts`, found once per table.
 */
function alignedRow(t: string, hs: number, he: number, h: readonly number[], rs: number, re: number): boolean {
  const r = gapStarts(t, rs, re);
  for (let k = 0; k < h.length; k++) {
    if (Math.abs(h[k]! - hs - (r[k]! - rs)) <= 2) continue;
    const hEnd = (k + 1 < h.length ? h[k + 1]! : he) - hs;
    const rEnd = (k + 1 < r.length ? r[k + 1]! : re) - rs;
    if (Math.abs(hEnd - rEnd) > 2) return false;
  }
  return true;
}

/**
 * Cells separators on the line t[s, e): `countIn`, except that the comma closing a SQL VALUES
 * tuple (`(1201, 'Hannah', '1988-02-29'),`) ends a row, it does not separate cells. So
 * `INSERT INTO t (id, name, dob) VALUES` heads its tuples like a CSV header its rows.
 */
function cellSeparators(t: string, d: string, s: number, e: number): number {
  const n = countIn(t, d, s, e);
  if (d !== ',' || n === 0) return n;
  let j = e;
  while (j > s && isSpace(t.charCodeAt(j - 1))) j--;
  return j - s >= 2 && t.charCodeAt(j - 1) === 44 /* , */ && t.charCodeAt(j - 2) === 41 /* ) */ ? n - 1 : n;
}

/**
 * The table whose header is the line t[ls, le): a delimiter that occurs the same number of times
 * (≥ 1) on the header and on each following line, for at least one row, and not on the line
 * before (the header is the first line of its run); rows end at a line with another count (a
 * blank line, prose). Null when the line does not start a table. Runs of lines with the same
 * count are disjoint, so however many lines are asked about, each row is walked once per delimiter.
 */
function tableAt(t: string, ls: number, le: number): Table | null {
  if (le >= t.length || listItem(t, ls)) return null;
  const ps = ls === 0 ? -1 : t.lastIndexOf('\n', ls - 2) + 1;
  for (const d of DELIMITERS) {
    const c = cellSeparators(t, d, ls, le);
    if (c === 0 || (ps >= 0 && cellSeparators(t, d, ps, ls - 1) === c)) continue;
    let end = le;
    let rows = 0;
    const headerGaps = d === GAP ? gapStarts(t, ls, le) : [];
    for (;;) {
      const rs = end + 1;
      if (rs >= t.length) break;
      let re = t.indexOf('\n', rs);
      if (re < 0) re = t.length;
      if (cellSeparators(t, d, rs, re) !== c || listItem(t, rs) || (d === GAP && !alignedRow(t, ls, le, headerGaps, rs, re))) break;
      rows++;
      end = re;
    }
    if (rows > 0) return { start: ls, headerEnd: le, end, delimiter: d };
  }
  return null;
}

/**
 * A line that holds a value of its own, a date or a long number ("Doğum tarihi: 07.11.1988",
 * "Tf Kaya, Deniz — … Steuer-ID 49370353684 — …"): it labels that value, it does not label others.
 * So it is no caption for the table below it, and as a table's first line it is a record, not a
 * header: two records with a comma each would otherwise read as a header and a row, the first
 * record's words ("Handy") heading the second's columns. Such a line still starts a table (the
 * rows under a caption: "… they want SURNAME;DOB;PASSPORT:" then records); it only names no column.
 */
const HOLDS_VALUE = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{6}/;

/**
 * Six words in a row with no cell separator between them: a sentence, not a header cell ("Živjo,
 * v skupnem dokumentu za pravice smo pozabili …, kaj moram zbrisati:" above "Prevajalka: Maja
 * Kranjc, maja.kranjc@…, 041 482 193" has as many commas, and names no column).
 */
const PROSE_CELL = /(?:[^\s,;|]+[ ]+){5}[^\s,;|]/;

/** Whether the line t[ls, le) can name columns: see HOLDS_VALUE and PROSE_CELL. */
function namesColumns(t: string, ls: number, le: number, d: string): boolean {
  if (le - ls > MAX_HEADER) return false;
  const line = t.slice(ls, le);
  return !HOLDS_VALUE.test(line) && !proseCell(line, d);
}

/** A cell of six words or more (PROSE_CELL); a line aligned with spaces is tested cell by cell. */
function proseCell(line: string, d: string): boolean {
  return d === GAP ? line.split(/ {2,}/).some((cell) => PROSE_CELL.test(cell)) : PROSE_CELL.test(line);
}

/**
 * A bulleted or numbered list item ("- Ana Ruiz, geb. …, tel. …", "2. …", indented or not): a list
 * of records written with commas has the same number of them on every line, but its first item is
 * a record, not a header naming columns, and an item is not a table row.
 */
function listItem(t: string, line: number): boolean {
  let ls = line;
  while (t.charCodeAt(ls) === 32 || t.charCodeAt(ls) === 9) ls++; // an indented item
  const c = t.charCodeAt(ls);
  if ((c === 45 /* - */ || c === 42 /* * */ || c === 8226 /* • */) && t.charCodeAt(ls + 1) === 32) return true;
  let i = ls;
  while (i < ls + 3 && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
  return i > ls && (t.charCodeAt(i) === 46 || t.charCodeAt(i) === 41) /* . ) */ && t.charCodeAt(i + 1) === 32;
}

/**
 * A one-line SQL insert, `INSERT INTO services (name, jelszo) VALUES ('scada_ro', 'Kohó#2026!olv');`:
 * its own column list heads its values, as a header line heads a table's rows (a statement whose
 * tuples follow on their own lines is a table: `cellSeparators`). The value's column is the number
 * of commas outside quotes between the tuple's bracket and the value.
 */
const VALUES_OPEN = /values\s*\(/i;
const INSERT_REACH = 1200;
const INSERT_LINE = /INSERT\s+INTO\s+[^\s(]{1,80}\s*\([^()]{1,400}\)\s*VALUES\s*\(/i;
const INSERT_HEAD = /INSERT\s+INTO\s+[^\s(]{1,80}\s*\(([^()]{1,400})\)\s*VALUES\s*(?:\([^()]*\)\s*,\s*)*\(([^()]*)$/i;
function insertColumnMatches(t: string, ls: number, vs: number, re: RegExp): boolean {
  // The statement's head and the tuple so far, within the last INSERT_REACH characters.
  const before = t.slice(Math.max(ls, vs - INSERT_REACH), vs);
  const m = INSERT_HEAD.exec(before);
  if (m === null) return false;
  let column = 0;
  let quote = 0;
  const tail = m[2]!;
  for (let i = 0; i < tail.length; i++) {
    const c = tail.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 39 /* ' */ || c === 34 /* " */) quote = c;
    else if (c === 44 /* , */) column++;
  }
  const name = m[1]!.split(',')[column];
  return name !== undefined && cellNameMatches(name.trim().replace(/^[`"[]|[`"\]]$/g, ''), re);
}

/** A header cell is often a name: "дата_народження", "date_of_birth" read as their words too. */
function cellNameMatches(cell: string, re: RegExp): boolean {
  return re.test(cell) || (cell.includes('_') && re.test(cell.replace(/_/g, ' ')));
}

/** Whether cell number `column` (0-based) of the header line t[hs, he), split at `d`, matches `re`. */
function headerCellMatches(t: string, hs: number, he: number, d: string, column: number, re: RegExp): boolean {
  if (d === GAP) {
    const starts = gapStarts(t, hs, he);
    if (column > starts.length) return false;
    const cs = column === 0 ? hs : starts[column - 1]!;
    const ce = column < starts.length ? starts[column]! : he;
    return cellNameMatches(t.slice(cs, ce).trim(), re);
  }
  let cs = hs;
  for (let k = 0; k < column; k++) {
    cs = t.indexOf(d, cs);
    if (cs === -1 || cs >= he) return false;
    cs++;
  }
  let ce = t.indexOf(d, cs);
  if (ce === -1 || ce > he) ce = he;
  return cellNameMatches(t.slice(cs, ce), re);
}

function isWordAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/**
 * Clamps the windows to the text, moves each edge outwards to the nearest whitespace (so a
 * window does not cut a token in two), and merges the ones that then overlap. Returns a flat
 * [start, end, start, end, …] list. If the windows cover most of the text, the whole text.
 */
function widen(t: string, starts: number[], ends: number[]): number[] {
  const n = t.length;
  const out: number[] = [];
  let covered = 0;
  for (let i = 0; i < starts.length; i++) {
    let a = Math.max(0, starts[i]!);
    let b = Math.min(n, ends[i]!);
    if (a > 0) {
      const lim = Math.max(0, a - EDGE_SLACK);
      let p = a;
      while (p > lim && !isSpace(t.charCodeAt(p - 1))) p--;
      a = p === lim && lim > 0 && !isSpace(t.charCodeAt(p - 1)) ? a : p;
    }
    if (b < n) {
      const lim = Math.min(n, b + EDGE_SLACK);
      let p = b;
      while (p < lim && !isSpace(t.charCodeAt(p))) p++;
      b = p === lim && lim < n && !isSpace(t.charCodeAt(p)) ? b : p;
    }
    const last = out.length - 1;
    if (last > 0 && a <= out[last]!) {
      if (b > out[last]!) {
        covered += b - out[last]!;
        out[last] = b;
      }
    } else {
      out.push(a, b);
      covered += b - a;
    }
  }
  if (covered > n * 0.6) return [0, n];
  return out;
}

/**
 * A reply in a chat or interview transcript takes its context from the question right above it:
 * "[09:14] Operasyon: … doğum tarihi ve pasaport numarası?" then "[09:16] Hasta yakını: Klaus
 * Hoffmann, 02.09.1949, …". The value's line opens with a speaker label (after a timestamp), and
 * the line before it ends in a question mark. The value stands within REPLY_REACH of its line's start
 * and the question line is at most MAX_ROW long, so each value costs a bounded look.
 */
const SPEAKER = /^[ \t>]*(?:\[[\d:.,/ -]{3,20}\][ \t]*)?\p{L}[\p{L}\p{M} .'-]{0,30}:/u;
const QUESTION_END = /[?？؟][ \t\r]*$/;
/** How far into its reply line a value may stand (a reply answers near its speaker label). */
const REPLY_REACH = 120;
function answersQuestion(t: string, vs: number, re: RegExp): boolean {
  const ls = lineStartWithin(t, vs, REPLY_REACH);
  if (ls <= 0 || !SPEAKER.test(t.slice(ls, vs))) return false;
  const pe = ls - 1;
  const ps = lineStartWithin(t, pe, MAX_ROW);
  if (ps < 0) return false;
  const question = t.slice(ps, pe);
  return QUESTION_END.test(question) && re.test(question);
}

/** How far into its line a form label's colon may be ("Date of birth (as on the passport):"). */
const LABEL_REACH = 40;
/**
 * "Geburtsdatum: 14.07.1987 (laut Mandantin ein Tippfehler, richtig sei 14.07.1978)": a form line's
 * label, before a colon near the line's start, names every value on the line, however far along.
 */
function lineLabelNames(t: string, vs: number, re: RegExp): boolean {
  const ls = lineStartWithin(t, vs, MAX_ROW);
  if (ls < 0) return false;
  const lim = Math.min(vs, ls + LABEL_REACH);
  let c = ls;
  while (c < lim && t.charCodeAt(c) !== 58 /* : */ && t.charCodeAt(c) !== 0xff1a /* ： */) c++;
  return c < lim && re.test(t.slice(ls, c));
}

/** A context word within `window` characters of the value, before `limit` (a table below). */
function hasContext(t: string, vs: number, ve: number, re: RegExp, window: number, limit: number): boolean {
  const lo = Math.max(0, vs - window);
  const hi = Math.min(t.length, ve + window, limit);
  return re.test(t.slice(lo, hi));
}

/**
 * Context words → one case-insensitive regex of literal alternatives: the same substring test as
 * lower-casing the window and calling `includes` per word, without the copy. Words whose
 * lower-casing is not one-to-one (rare non-ASCII) are matched in their lower-case and upper-case
 * forms as well as case-insensitively.
 */
function contextRegex(words: readonly string[], cells: readonly string[] = []): RegExp | null {
  if (words.length === 0) return null;
  const alts = new Set<string>();
  // A cell word: between a cell delimiter (or a line's or slice's edge) and the next, spaces around.
  for (const c of cells) alts.add(`(?<![^|,;\\t\\n])[ \\t]*${escapeRe(c.toLowerCase())}[ \\t]*(?![^|,;\\t\\n\\r])`);
  for (const w of words) {
    // A short Latin word (or abbreviation: "nar.", "geb.") counts as a whole word: "dob" is in Czech "odbory" (unions), "pan" in
    // "company"; longer words and other scripts stay substrings ("geburtsdatum", "出生日期").
    const whole = /^[a-z]{1,3}\.?$/i.test(w);
    // Latin letters and digits as the boundary, without the `u` flag: this regex runs for every
    // candidate of a rule with context words, and a `u` regex is markedly slower.
    for (const v of new Set([w.toLowerCase(), w.toUpperCase()])) alts.add(whole ? `(?<![${WORD_CHARS}])${escapeRe(v)}(?![${WORD_CHARS}])` : escapeRe(v));
  }
  return new RegExp([...alts].join('|'), 'i');
}

/** Letters (Latin, with accents) and digits, as a character-class body. */
const WORD_CHARS = 'A-Za-z0-9\\u00C0-\\u024F';

