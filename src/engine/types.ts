import type { Category } from '../contracts/findings';

/**
 * A detection rule is data. The pipeline (src/engine/scan.ts) runs it as:
 *   normalised text → keyword prefilter (rule runs only if one of `keywords` occurs,
 *   case-insensitively; a rule with no keywords always runs, keep those few and cheap)
 *   → `pattern` (global regex on the normalised text) → `secretGroup` → `validate`
 *   → `minEntropy` → `allow` list → `rescore` → context scoring → Finding with original-text
 *   offsets.
 *
 * Scoring: a candidate starts at `score` (or what `rescore` says). If the rule has `context`, a context word within the
 * window adds 0.1 (max 1); without one the candidate is dropped (`required`) or loses 0.2.
 * Candidates below the scanner's `minScore` (default 0.3) are dropped, so a rule with
 * `score` < 0.5 effectively needs a context word.
 */
export interface Rule {
  /** Stable id `<category>.<name>`; never renamed once shipped (policies reference it). */
  id: string;
  category: Category;
  /** Human label shown to users, e.g. "AWS access key ID". */
  label: string;
  /** Redaction placeholder stem: findings become `[${placeholder}_1]`. Upper snake case. */
  placeholder: string;
  /** One sentence: what it finds and how it is validated (README detector table). */
  description: string;
  /** Lower-case literals for the prefilter. */
  keywords: readonly string[];
  /** Must have the `g` flag. Must be linear-time on adversarial input (no nested quantifiers). */
  pattern: RegExp;
  /** Capture group holding the sensitive value (default 0 = whole match). */
  secretGroup?: number;
  /**
   * Checksum / structure validator on the sensitive value; false drops the candidate.
   * `ctx` (optional to use) gives the whole normalised text and the value's position in it,
   * for validators that look at the surroundings (line start, quotes, brackets).
   */
  validate?: (value: string, ctx: MatchContext) => boolean;
  /**
   * Score from the value itself (e.g. a verified token checksum), replacing `score` before the
   * context adjustment; undefined keeps `score`.
   */
  rescore?: (value: string) => number | undefined;
  /** Minimum Shannon entropy (bits/char) of the value. */
  minEntropy?: number;
  /** Context words looked for near the match (lower-case). */
  context?: {
    words: readonly string[];
    /** Characters before/after the match searched for a context word. Default 60. */
    window?: number;
    /** If true, a candidate without a context word is dropped; else it only scores lower. */
    required?: boolean;
    /**
     * Words that count only as a whole table cell (a column's name: NO/DE "Pass" heading passport
     * numbers, a word too common in prose to be context anywhere else). List the cell's written
     * forms ("| pass |", ",pass,") among `keywords` too, so the rule runs on such a table.
     */
    cells?: readonly string[];
  };
  /** Values (exact, case-insensitive) or patterns that are known placeholders/examples. */
  allow?: readonly (string | RegExp)[];
  /** Score when validated, before context adjustment (0..1). */
  score: number;
  /** Checked by tests: every positive must yield a finding of this rule, no negative may. */
  samples: { positive: readonly string[]; negative: readonly string[] };
  /**
   * Windowing (extension): the pattern runs only on the text within `reach` characters
   * (default 512) of a keyword occurrence, so a keyword that is frequent in a 10 MB text does
   * not make the rule scan all of it. A match must therefore start and end within `reach`
   * of a keyword. Raise it for long matches (PEM blocks). Ignored for rules without keywords.
   */
  reach?: number;
  /**
   * Anchored (extension): every match starts exactly where one of `keywords` starts (compared
   * case-insensitively), e.g. a token whose prefix is the keyword. The pipeline then tries the
   * pattern (sticky) only at keyword occurrences instead of scanning, so the rule costs nothing
   * on text without its prefix, whatever the text's size. Leading lookbehinds are fine.
   */
  anchored?: boolean;
  /**
   * Non-regex detector (extension): when present, the pipeline calls it on the whole normalised
   * text (after the keyword prefilter) instead of running `pattern`; `pattern` is then only
   * documentation (still a `g` regex). Must be linear-time. Spans are normalised-text offsets.
   * `minEntropy`, `context`, `allow`, `validate` still apply to each span. `memo` is a per-scan
   * map the detectors of one scan share (e.g. the digit-run index of ../numeric.ts, built once);
   * it is absent when a detector is called on its own.
   */
  detect?: (text: string, memo?: ScanMemo) => Iterable<DetectedSpan>;
  /**
   * A container finding (extension), e.g. a source-code block: when a higher-ranked finding
   * overlaps it, it is split around that finding instead of being dropped.
   */
  container?: boolean;
  /**
   * Two findings of this rule separated only by text matching this pattern become one finding
   * ("VERTRAULICH – nur für den internen Gebrauch", "CONFIDENTIAL · INTERNAL"): one marking, one
   * placeholder, whichever part a reader would call the marking.
   */
  joinGap?: RegExp;
}

/** Per-scan scratch space shared by the `detect` hooks of one scan (keys: module symbols). */
export type ScanMemo = Map<symbol, unknown>;

/** Where a candidate sits in the normalised text; passed to `Rule.validate`. */
export interface MatchContext {
  /** The whole normalised text. */
  text: string;
  /** Offsets of the sensitive value in `text` (end exclusive). */
  start: number;
  end: number;
  /**
   * Set by the scanner: whether the header cell of the value's column matches `re`, when the
   * value sits in a delimited table (CSV, TSV, `;`/`|` exports: a run of lines with the same
   * number of delimiters, headed by its first line). False outside a table.
   */
  columnHeader?: (re: RegExp) => boolean;
  /** Set by the scanner: whether the value sits in a row of such a table (whatever its header). */
  inTableRow?: () => boolean;
  /** Set by the scanner: whether the header line of the value's table (any of its cells) matches `re`. */
  tableHeader?: (re: RegExp) => boolean;
}

/** A span returned by `Rule.detect` (normalised-text offsets); `score` overrides `Rule.score`. */
export interface DetectedSpan {
  start: number;
  end: number;
  score?: number;
  /**
   * The detector read what the value is from the text's structure (a field of a fixed-width record
   * such as a NACHA entry): that is its context, so the rule's context words are not needed.
   */
  structural?: boolean;
}
