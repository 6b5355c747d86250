/**
 * One shared pass over the text for the digit-based rules (cards, phones, SSNs, IBANs, national
 * IDs…), which have no keyword to prefilter on.
 *
 * Run as separate global regexes, each of those rules makes V8 try every digit (or letter) of the
 * text as a match start, and together they cost about as much as the rest of the pipeline. Instead,
 * `numericIndex` walks the text once and records:
 *
 *  - token starts: a digit not preceded by a word character, and a "+", "(" or "(+" right before
 *    such a digit (phone prefixes), each with the number of digits in the run of number characters (digits, space, ( ) . - + and
 *    the letters A/B of Corsican NIRs) that follows, up to `RUN_LIMIT` characters;
 *  - letter–digit joints: a digit right after a letter (IBAN "DE44…", NINO "AB12…", NIE "X123…").
 *
 * A rule then tries its own pattern (sticky) only at the starts that can begin one of its matches
 * and carry enough digits for its validator; every digit rule's pattern opens with a lookbehind
 * that forbids a word character before the match, so no match can begin anywhere else. Matches are
 * taken left to right without overlap, exactly like the global regex, so the candidates are the
 * same; the regex stays the rule's definition.
 *
 * The index is built once per scan (the pipeline passes a per-scan memo to `detect`), so the
 * walk is paid once however many rules use it.
 */
import type { DetectedSpan, ScanMemo } from './types';

/** Characters of a number run looked at after a start (longer matches than this do not exist). */
const RUN_LIMIT = 40;

export interface NumericIndex {
  /** Token starts (sorted) and the digit count of the number run from each (capped at 255). */
  readonly starts: Int32Array;
  readonly digits: Uint8Array;
  /**
   * Consecutive digits at each start, before the first other character (capped at 255; 0 for a
   * "+" or "(" start): "123-45-6789" → 3, "4111111111111111" → 16.
   */
  readonly leads: Uint8Array;
  readonly count: number;
  /** Digits preceded by a letter (sorted). */
  readonly joints: Int32Array;
  readonly jointCount: number;
  /**
   * Per joint: the length of the run of ASCII letters right before it (capped: `JOINT_RUN_CAP` or
   * more reads as `JOINT_RUN_CAP`), and flags: `JOINT_LOWER` the run has a lower-case letter,
   * `JOINT_WORD_BEFORE` the character before the run is a word character. Computed once here
   * for all the letter–digit rules.
   */
  readonly jointRuns: Uint8Array;
  readonly jointFlags: Uint8Array;
  /**
   * Indexes (into `starts`) of the token starts with at least `LONG_DIGITS` digits, in order:
   * every digit rule needs at least that many, and most starts in prose ("2023", "14") have fewer,
   * so the detectors walk this short list instead of all starts.
   */
  readonly long: Int32Array;
  readonly longCount: number;
}

/** Fewest digits any digit-run rule needs (phone numbers: 7). */
const LONG_DIGITS = 7;

const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Character classes for the walk: 1 digit, 2 other number-run character, 0 anything else. */
const RUN_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) RUN_CLASS[c] = 1;
for (const ch of ' ().-+AaBb') RUN_CLASS[ch.charCodeAt(0)] = 2;

const KEY = Symbol('numericIndex');

export function numericIndex(text: string, memo?: ScanMemo): NumericIndex {
  const hit = memo?.get(KEY) as NumericIndex | undefined;
  if (hit !== undefined) return hit;
  // Inside a scan (memo given) the index lives only until the scan ends and scans are
  // synchronous, so one builder's buffers are reused from scan to scan: no allocation per scan.
  const idx = buildIndex(text, memo === undefined ? new IndexBuilder() : SHARED.reset());
  memo?.set(KEY, idx);
  return idx;
}

/** A digit after a non-digit: the beginning of every digit run but one at the text start. */
const RUN_BEGIN = /\D\d/g;

/** Growable output of `buildIndex` (a class, not closures: this runs on every scan). */
class IndexBuilder {
  starts: Int32Array = new Int32Array(64);
  digits: Uint8Array = new Uint8Array(64);
  leads: Uint8Array = new Uint8Array(64);
  count = 0;
  joints: Int32Array = new Int32Array(64);
  jointRuns: Uint8Array = new Uint8Array(64);
  jointFlags: Uint8Array = new Uint8Array(64);
  jointCount = 0;
  long: Int32Array = new Int32Array(16);
  longCount = 0;

  push(p: number, d: number, lead: number): void {
    const count = this.count;
    if (count === this.starts.length) {
      this.starts = grow(this.starts);
      this.digits = grow8(this.digits);
      this.leads = grow8(this.leads);
    }
    if (d >= LONG_DIGITS) {
      if (this.longCount === this.long.length) this.long = grow(this.long);
      this.long[this.longCount++] = count;
    }
    this.starts[count] = p;
    this.digits[count] = d;
    this.leads[count] = lead;
    this.count = count + 1;
  }

  reset(): this {
    this.count = 0;
    this.jointCount = 0;
    this.longCount = 0;
    return this;
  }

  joint(q: number, run: number, flags: number): void {
    const k = this.jointCount;
    if (k === this.joints.length) {
      this.joints = grow(this.joints);
      this.jointRuns = grow8(this.jointRuns);
      this.jointFlags = grow8(this.jointFlags);
    }
    this.joints[k] = q;
    this.jointRuns[k] = run;
    this.jointFlags[k] = flags;
    this.jointCount = k + 1;
  }
}

const SHARED = new IndexBuilder();

/** Letter runs are measured up to this length (longer ones read as this): rules need ≤ 14. */
const JOINT_RUN_CAP = 15;
const JOINT_LOWER = 1;
const JOINT_WORD_BEFORE = 2;

function buildIndex(t: string, b: IndexBuilder): NumericIndex {
  const n = t.length;
  // The regex engine finds run beginnings far faster than a character loop in JS.
  const re = RUN_BEGIN;
  re.lastIndex = 0;
  let q = n > 0 && t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57 ? 0 : -1;
  if (q < 0 && re.test(t)) q = re.lastIndex - 1;
  while (q >= 0) {
    const prev = q > 0 ? t.charCodeAt(q - 1) : 32;
    if (isLetterCode(prev)) {
      // The letter run before the digit ("DE|44", "xAB|12"): its length, case, what precedes it.
      let p = q - 1;
      let flags = prev >= 97 ? JOINT_LOWER : 0;
      const lim = Math.max(0, q - JOINT_RUN_CAP);
      while (p > lim) {
        const c = t.charCodeAt(p - 1);
        if (c >= 97 && c <= 122) flags |= JOINT_LOWER;
        else if (c < 65 || c > 90) break;
        p--;
      }
      if (p > 0 && isWordCode(t.charCodeAt(p - 1))) flags |= JOINT_WORD_BEFORE;
      b.joint(q, q - p, flags);
    } else if (prev !== 95) {
      // A token start: count the digits of the number run from here.
      let d = 0;
      let lead = -1;
      const lim = Math.min(n, q + RUN_LIMIT);
      for (let j = q; j < lim; j++) {
        const k = t.charCodeAt(j);
        const cls = k < 128 ? RUN_CLASS[k]! : 0;
        if (cls === 1) d++;
        else {
          if (lead < 0) lead = d;
          if (cls === 0) break;
        }
      }
      if (lead < 0) lead = d; // the run is all digits (to the limit or the text end)
      if (lead > 255) lead = 255;
      if (prev === 43 /* + */) {
        if (q > 1 && t.charCodeAt(q - 2) === 40 /* ( */) b.push(q - 2, d, 0);
        b.push(q - 1, d, 0);
      } else if (prev === 40 /* ( */) b.push(q - 1, d, 0);
      b.push(q, d, lead);
    }
    q = re.test(t) ? re.lastIndex - 1 : -1;
  }
  return {
    starts: b.starts,
    digits: b.digits,
    leads: b.leads,
    count: b.count,
    joints: b.joints,
    jointCount: b.jointCount,
    jointRuns: b.jointRuns,
    jointFlags: b.jointFlags,
    long: b.long,
    longCount: b.longCount,
  };
}

function ascending(a: number, b: number): number {
  return a - b;
}

function isAscending(a: readonly number[]): boolean {
  for (let i = 1; i < a.length; i++) if (a[i]! < a[i - 1]!) return false;
  return true;
}

function grow8(a: Uint8Array): Uint8Array {
  const b = new Uint8Array(a.length * 2);
  b.set(a);
  return b;
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Detector for a rule whose matches start at a token start (a digit, "+" or "("): tries the
 * rule's pattern at each start whose run has at least `minDigits` digits and, if `leads` is
 * given, begins with one of those counts of consecutive digits (the pattern's groupings:
 * `\d{3}(?:-\d{2}-\d{4}|\d{6})` → 3 or 9) followed, for a short first group, by one of
 * `separators` ("-" and " " there). That skips most of the ~30 000 sticky regex calls per MB of
 * dense text that cannot match; tests check the spans equal the global pattern's.
 */
export function digitRunDetector(
  pattern: RegExp,
  minDigits: number,
  leads?: readonly number[],
  /** Characters that may follow a first group shorter than `minDigits` ("123-45-…": "-"). */
  separators?: string,
): (text: string, memo?: ScanMemo) => DetectedSpan[] {
  const re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
  let sep: Uint8Array | null = null;
  if (separators !== undefined) {
    sep = new Uint8Array(128);
    for (const ch of separators) sep[ch.charCodeAt(0)] = 1;
  }
  let leadMask = -1; // every lead (bits 0..31; longer leads are never filtered out)
  if (leads !== undefined) {
    leadMask = 0;
    for (const l of leads) {
      if (l < 1 || l > 31) throw new Error(`digitRunDetector: lead ${l} out of range 1..31`);
      leadMask |= 1 << l;
    }
  }
  return (text, memo) => {
    const { starts, digits, leads: lead, count, long, longCount } = numericIndex(text, memo);
    const out: DetectedSpan[] = [];
    let after = 0;
    // Starts with fewer digits than the rule needs are skipped either way (they never move `after`).
    const useLong = minDigits >= LONG_DIGITS;
    const total = useLong ? longCount : count;
    for (let i = 0; i < total; i++) {
      const k = useLong ? long[i]! : i;
      const p = starts[k]!;
      if (p < after || digits[k]! < minDigits) continue;
      const l = lead[k]!;
      if (l < 32 && ((leadMask >>> l) & 1) === 0) continue;
      if (sep !== null && l < minDigits && l > 0) {
        const c = text.charCodeAt(p + l);
        if (!(c < 128 && sep[c] === 1)) continue;
      }
      re.lastIndex = p;
      const m = re.exec(text);
      if (m === null || m[0].length === 0) continue;
      after = p + m[0].length;
      out.push({ start: p, end: after });
    }
    return out;
  };
}

/**
 * Detector for a rule whose matches start with letters followed by a digit (IBAN, NINO, NIE,
 * codice fiscale): `offsets` lists how many letters a match may have before its first digit (2
 * for "DE|44"), `spaced` how far before a token start preceded by a space or dash ("AB |12",
 * "X-|1234567") that carries at least `spacedDigits` digits. A start is tried only where the
 * whole run of letters before the joint has one of those lengths (upper-case letters if the
 * pattern is case-sensitive) and follows no word character: that discards nearly all of the
 * ~30 000 joints per MB of identifiers and hex before the rule's regex runs.
 */
export function letterDigitDetector(
  pattern: RegExp,
  offsets: readonly number[],
  {
    spaced = [],
    spacedDigits = 1,
    first,
  }: {
    spaced?: readonly number[];
    spacedDigits?: number;
    /** Letters a match can start with (the pattern's first class), e.g. "XYZ" for NIE. */
    first?: string;
  } = {},
): (text: string, memo?: ScanMemo) => DetectedSpan[] {
  const re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
  const upperOnly = !pattern.flags.includes('i');
  const maxRun = Math.max(0, ...offsets, ...spaced.map((o) => o - 1));
  if (maxRun >= JOINT_RUN_CAP) throw new Error(`letterDigitDetector: letter runs are measured up to ${JOINT_RUN_CAP - 1}`);
  const runOk = new Uint8Array(maxRun + 1);
  for (const o of offsets) runOk[o] = 1;
  let firstOk: Uint8Array | null = null;
  if (first !== undefined) {
    firstOk = new Uint8Array(128);
    for (const ch of first) firstOk[ch.charCodeAt(0)] = 1;
  }
  const spacedOk = new Uint8Array(maxRun + 1);
  for (const o of spaced) if (o > 1) spacedOk[o - 1] = 1;
  /** Start of the letter run ending just before `q` if its length is allowed by `ok`, else -1. */
  const runStart = (text: string, q: number, ok: Uint8Array): number => {
    let p = q;
    const lim = Math.max(0, q - maxRun - 1);
    while (p > lim) {
      const c = text.charCodeAt(p - 1);
      if (c >= 65 && c <= 90) p--;
      else if (c >= 97 && c <= 122) {
        if (upperOnly) return -1; // a lower-case letter: part of a word, or not this rule's letters
        p--;
      } else break;
    }
    const len = q - p;
    if (len > maxRun || ok[len] !== 1) return -1;
    if (firstOk !== null && firstOk[text.charCodeAt(p)] !== 1) return -1;
    return p > 0 && isWordCode(text.charCodeAt(p - 1)) ? -1 : p;
  };
  return (text, memo) => {
    const idx = numericIndex(text, memo);
    const cands: number[] = [];
    const { joints, jointRuns, jointFlags } = idx;
    const reject = JOINT_WORD_BEFORE | (upperOnly ? JOINT_LOWER : 0);
    for (let k = 0; k < idx.jointCount; k++) {
      const len = jointRuns[k]!;
      if (len > maxRun || runOk[len] !== 1 || (jointFlags[k]! & reject) !== 0) continue;
      const p = joints[k]! - len;
      if (firstOk !== null && firstOk[text.charCodeAt(p)] !== 1) continue;
      cands.push(p);
    }
    if (spaced.length > 0) {
      const starts = idx.starts;
      for (let k = 0; k < idx.count; k++) {
        if (idx.digits[k]! < spacedDigits) continue;
        const q = starts[k]!;
        const b = text.charCodeAt(q - 1);
        if (b !== 32 && b !== 45) continue;
        const p = runStart(text, q - 1, spacedOk);
        if (p >= 0) cands.push(p);
      }
      if (!isAscending(cands)) cands.sort(ascending);
    }
    const out: DetectedSpan[] = [];
    let after = 0;
    for (let i = 0; i < cands.length; i++) {
      const p = cands[i]!;
      if (p < after) continue;
      re.lastIndex = p;
      const m = re.exec(text);
      if (m === null || m[0].length === 0) continue;
      after = p + m[0].length;
      out.push({ start: p, end: after });
    }
    return out;
  };
}
