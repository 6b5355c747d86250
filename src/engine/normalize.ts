/**
 * Text normalisation with an offset map back to the original text.
 *
 * Per code point: invisible characters (zero-width, soft hyphen, bidi controls, variation
 * selectors) are removed; everything else goes through NFKC (full-width → ASCII, ligatures,
 * compatibility digits) and then a look-alike fold (Cyrillic/Greek homoglyphs of Latin letters,
 * Unicode dashes and smart quotes → ASCII, other scripts' decimal digits → ASCII digits). Normalising per code point (not per string) keeps
 * the pass O(n) and the map exact; combining sequences are left as they are.
 *
 * Fast path: a text with no character ≥ U+0080 is returned as is (identity map), since every
 * ASCII character normalises to itself.
 *
 * The map is stored sparsely: one entry per changed code point (identity runs in between are
 * implicit), so memory is proportional to the number of changes, not to the text length.
 */

const INVISIBLE = new Set<number>([
  0x00ad, // soft hyphen
  0x034f, // combining grapheme joiner
  0x061c, // Arabic letter mark
  0x115f, 0x1160, 0x17b4, 0x17b5, // Hangul/Khmer fillers
  0x180e, // Mongolian vowel separator
  0x200b, 0x200c, 0x200d, 0x200e, 0x200f, // zero-width space/non-joiner/joiner, LRM, RLM
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, // bidi embeddings/overrides
  0x2060, 0x2061, 0x2062, 0x2063, 0x2064, // word joiner, invisible operators
  0x2066, 0x2067, 0x2068, 0x2069, // bidi isolates
  0x3164, 0xffa0, // Hangul fillers
  0xfeff, // zero-width no-break space / BOM
]);

function isInvisible(cp: number): boolean {
  return INVISIBLE.has(cp) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || (cp >= 0xe0000 && cp <= 0xe007f);
}

/** Look-alikes of ASCII letters and punctuation that NFKC leaves alone. */
const FOLD: Record<string, string> = {
  // Cyrillic capitals
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
  Ѕ: 'S', І: 'I', Ј: 'J', Ү: 'Y', Ԛ: 'Q', Ԝ: 'W', Ӏ: 'I',
  // Cyrillic small
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', һ: 'h',
  ӏ: 'l', ԛ: 'q', ԝ: 'w', ү: 'y', ɡ: 'g',
  // Greek capitals
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X',
  // Greek small
  ο: 'o', α: 'a', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', υ: 'u', τ: 't',
  // punctuation
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-', '⁃': '-',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '“': '"', '”': '"', '„': '"', '‟': '"', '′': "'", '″': '"',
  '\u2028': '\n', '\u2029': '\n',
  // Turkish dotted capital I and dotless i: the keyword pass and case-insensitive regexes see
  // "GİZLİ" and "şıfre" as GIZLI / şifre (İ lower-cases to two code units, ı to itself).
  İ: 'I', ı: 'i',
};

export interface Normalized {
  /** The normalised text the rules run on. */
  readonly text: string;
  /** True when `text` is the original (fast path or nothing changed). */
  readonly identity: boolean;
  /** Original offset of the character at normalised offset `i` (start of a span). */
  toOriginalStart(i: number): number;
  /** Original offset just after the character at normalised offset `end - 1` (end of a span). */
  toOriginalEnd(end: number): number;
}

/** Replacement for one code point, or null when it normalises to itself. Cached per process. */
const cache = new Map<number, string | null>();
/** BMP fast path: 0 unknown, 1 unchanged, 2 changed (replacement in `cache`). */
const bmpStatus = new Uint8Array(0x10000);

function replacementFor(cp: number): string | null {
  if (cp < 0x10000) {
    const st = bmpStatus[cp]!;
    if (st === 1) return null;
    if (st === 2) return cache.get(cp)!;
    const out = computeReplacement(cp);
    bmpStatus[cp] = out === null ? 1 : 2;
    if (out !== null) cache.set(cp, out);
    return out;
  }
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  const out = computeReplacement(cp);
  if (cache.size < 50_000) cache.set(cp, out);
  return out;
}

function computeReplacement(cp: number): string | null {
  let out: string | null;
  if (isInvisible(cp)) {
    out = '';
  } else {
    const src = String.fromCodePoint(cp);
    let nf = src.normalize('NFKC');
    let folded = '';
    for (const ch of nf) folded += FOLD[ch] ?? asciiDigit(ch) ?? ch;
    nf = folded;
    out = nf === src ? null : nf;
  }
  return out;
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * The ASCII digit for a decimal digit of another script (Arabic-Indic ٣, Devanagari ३, Bengali ৩,
 * Thai ๓, …), which NFKC leaves alone: dates and numbers written in them then reach the rules.
 * Unicode encodes every decimal digit set as one run of ten, 0 to 9 (its stability policy for
 * Numeric_Type=Decimal), so the value is the distance from the run's start, modulo ten.
 */
function asciiDigit(ch: string): string | undefined {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80 || !DECIMAL_DIGIT.test(ch)) return undefined;
  let start = cp;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((cp - start) % 10);
}

const NON_ASCII = /[\u0080-\uffff]/;

class IdentityMap implements Normalized {
  readonly identity = true;
  constructor(readonly text: string) {}
  toOriginalStart(i: number): number {
    return i;
  }
  toOriginalEnd(end: number): number {
    return end;
  }
}

class SparseMap implements Normalized {
  readonly identity = false;
  constructor(
    readonly text: string,
    private readonly normStart: Int32Array,
    private readonly normEnd: Int32Array,
    private readonly origStart: Int32Array,
    private readonly origEnd: Int32Array,
  ) {}

  /** Index of the last change whose normalised start is ≤ i, or -1. */
  private find(i: number): number {
    let lo = 0;
    let hi = this.normStart.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.normStart[mid]! <= i) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  toOriginalStart(i: number): number {
    const k = this.find(i);
    if (k < 0) return i;
    if (i < this.normEnd[k]!) return this.origStart[k]!;
    return this.origEnd[k]! + (i - this.normEnd[k]!);
  }

  toOriginalEnd(end: number): number {
    if (end <= 0) return this.toOriginalStart(0);
    const last = end - 1;
    const k = this.find(last);
    if (k < 0) return end;
    if (last < this.normEnd[k]!) return this.origEnd[k]!;
    return this.origEnd[k]! + (end - this.normEnd[k]!);
  }
}

export function normalize(text: string): Normalized {
  const first = text.search(NON_ASCII);
  if (first < 0) return new IdentityMap(text);

  const parts: string[] = [];
  const nS: number[] = [];
  const nE: number[] = [];
  const oS: number[] = [];
  const oE: number[] = [];
  let runStart = 0; // original offset where the current unchanged run began
  let outLen = 0; // normalised length emitted so far (excluding the current run)
  const n = text.length;
  const next = new RegExp(NON_ASCII.source, 'g');
  let i = first;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // Short ASCII runs (accented prose) are stepped over here; long ones are jumped over by
      // the regex engine, which scans much faster than a JS loop.
      const stop = Math.min(n, i + 32);
      let j = i + 1;
      while (j < stop && text.charCodeAt(j) < 0x80) j++;
      if (j < stop) {
        i = j;
        continue;
      }
      next.lastIndex = j;
      const m = next.exec(text);
      if (m === null) break;
      i = m.index;
      continue;
    }
    let cp = c;
    let len = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        len = 2;
      }
    }
    const rep = c >= 0xd800 && c <= 0xdfff && len === 1 ? null : replacementFor(cp);
    if (rep !== null) {
      if (i > runStart) {
        parts.push(text.slice(runStart, i));
        outLen += i - runStart;
      }
      nS.push(outLen);
      oS.push(i);
      if (rep.length > 0) parts.push(rep);
      outLen += rep.length;
      nE.push(outLen);
      oE.push(i + len);
      runStart = i + len;
    }
    i += len;
  }
  if (nS.length === 0) return new IdentityMap(text);
  if (runStart < n) parts.push(text.slice(runStart));
  return new SparseMap(parts.join(''), Int32Array.from(nS), Int32Array.from(nE), Int32Array.from(oS), Int32Array.from(oE));
}

/** Normalises a standalone string (custom keywords, fingerprint candidates) the same way. */
export function normalizeString(s: string): string {
  return normalize(s).text;
}

/**
 * Every spelling of a word that a case-insensitive rule may meet, lower-cased: as written (rule
 * harnesses and callers that scan un-normalised text) and as normalisation leaves its lower,
 * upper and capitalised forms. The look-alike fold is not case-symmetric ("Н" folds to Latin "H",
 * "н" stays Cyrillic; "Ε" to "E", "ε" stays Greek), so "РОДЕНА" and "родена" normalise to strings
 * that differ by more than case, and a case-insensitive match on one misses the other. Keyword,
 * context-word and marking lists in such scripts go through here instead of listing forms by hand.
 * Greek words also get their unaccented spellings: Greek in capitals drops the tonos
 * ("ΔΙΑΒΑΤΗΡΙΟΥ" for "διαβατηρίου"), and hurried typing often does in lower case too.
 */
export function foldedSpellings(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const word of words) {
    const forms = GREEK.test(word) ? [word, word.normalize('NFD').replace(TONOS, '').normalize('NFC')] : [word];
    for (const w of forms) {
      out.add(w.toLowerCase());
      for (const c of [w.toLowerCase(), w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()]) out.add(normalizeString(c).toLowerCase());
    }
  }
  return [...out];
}

const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;
/** The acute (tonos) after canonical decomposition. */
const TONOS = /\u0301/g;
