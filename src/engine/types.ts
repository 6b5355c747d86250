import type { Category } from '../contracts/findings';

/**
 * A detection rule is data. The pipeline (src/engine/scan.ts) runs it as:
 *   normalised text → keyword prefilter (rule runs only if one of `keywords` occurs,
 *   case-insensitively; a rule with no keywords always runs, keep those few and cheap)
 *   → `pattern` (global regex on the normalised text) → `secretGroup` → `validate`
 *   → `minEntropy` → context scoring → `allow` list → Finding with original-text offsets.
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
  /** Checksum / structure validator on the sensitive value; false drops the candidate. */
  validate?: (value: string) => boolean;
  /** Minimum Shannon entropy (bits/char) of the value. */
  minEntropy?: number;
  /** Context words looked for near the match (lower-case). */
  context?: {
    words: readonly string[];
    /** Characters before/after the match searched for a context word. Default 60. */
    window?: number;
    /** If true, a candidate without a context word is dropped; else it only scores lower. */
    required?: boolean;
  };
  /** Values (exact, case-insensitive) or patterns that are known placeholders/examples. */
  allow?: readonly (string | RegExp)[];
  /** Score when validated, before context adjustment (0..1). */
  score: number;
  /** Checked by tests: every positive must yield a finding of this rule, no negative may. */
  samples: { positive: readonly string[]; negative: readonly string[] };
}
