/**
 * Redaction with typed, numbered placeholders (`[EMAIL_1]`, `[AWS_KEY_2]`). One session per
 * conversation: the same value always gets the same placeholder, and the session keeps the
 * mapping (on the device only) so an answer that quotes the placeholders can be restored.
 */
import type { Finding } from '../contracts/findings';
import type { Rule } from './types';
import { RULES } from './registry';

export interface Replacement {
  placeholder: string;
  /** Offsets of the replaced value in the ORIGINAL text given to `redact` (end exclusive). */
  start: number;
  end: number;
  rule: string;
}

const PLACEHOLDER_RE = /\[([A-Z][A-Z0-9_]*_[0-9]+)\]/g;

function stemFromId(id: string): string {
  const tail = id.includes('.') ? id.slice(id.indexOf('.') + 1) : id;
  return tail.toUpperCase().replace(/[^A-Z0-9_]/g, '_') || 'REDACTED';
}

export class RedactionSession {
  private readonly stems = new Map<string, string>();
  private readonly byValue = new Map<string, string>();
  private readonly byPlaceholder = new Map<string, string>();
  private readonly counters = new Map<string, number>();

  /** `rules`: extra rules (e.g. `scanner.rules`, with custom detectors) to take stems from. */
  constructor(rules: readonly Rule[] = []) {
    for (const r of [...RULES, ...rules]) this.stems.set(r.id, r.placeholder);
  }

  private stem(ruleId: string): string {
    return this.stems.get(ruleId) ?? stemFromId(ruleId);
  }

  /** Placeholder for a value, allocating the next number for its stem if it is new. */
  placeholderFor(value: string, ruleId: string): string {
    const known = this.byValue.get(value);
    if (known) return known;
    const stem = this.stem(ruleId);
    const n = (this.counters.get(stem) ?? 0) + 1;
    this.counters.set(stem, n);
    const placeholder = `[${stem}_${n}]`;
    this.byValue.set(value, placeholder);
    this.byPlaceholder.set(placeholder, value);
    return placeholder;
  }

  /**
   * Replaces every finding's span with its placeholder. Findings may come in any order;
   * overlapping or out-of-range ones are skipped. `replacements` lists what was replaced, with
   * offsets into the original `text` (apply them back to front to edit a document in place).
   */
  redact(text: string, findings: readonly Finding[]): { text: string; replacements: Replacement[] } {
    const sorted = [...findings].filter((f) => f.start >= 0 && f.end <= text.length && f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
    const parts: string[] = [];
    const replacements: Replacement[] = [];
    let pos = 0;
    for (const f of sorted) {
      if (f.start < pos) continue;
      const placeholder = this.placeholderFor(text.slice(f.start, f.end), f.rule);
      parts.push(text.slice(pos, f.start), placeholder);
      replacements.push({ placeholder, start: f.start, end: f.end, rule: f.rule });
      pos = f.end;
    }
    parts.push(text.slice(pos));
    return { text: parts.join(''), replacements };
  }

  /** Puts the original values back for every placeholder this session issued. */
  restore(text: string): string {
    return text.replace(PLACEHOLDER_RE, (m) => this.byPlaceholder.get(m) ?? m);
  }

  /** Number of distinct values redacted so far. */
  get size(): number {
    return this.byValue.size;
  }
}
