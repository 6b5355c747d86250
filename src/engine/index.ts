/**
 * Detection engine, public API. Pure: runs in Node, a worker or the background alike.
 *
 *   const scanner = createScanner({ custom, disabledRules, minScore });
 *   const findings = scanner.scan(text);            // sorted, non-overlapping, original offsets
 *   const session = new RedactionSession();
 *   const { text: safe } = session.redact(text, findings);
 *   session.restore(answer);
 */
import type { Finding } from '../contracts/findings';
import { CustomDetectorsSchema, type CustomDetectors, type CustomDetectorsInput } from '../contracts/custom-detectors';
import type { Rule } from './types';
import { RULES } from './registry';
import { CompiledScanner, DEFAULT_MIN_SCORE } from './scan';
import { makeConfidentialRule } from './rules/confidential';
import { buildCustomRules } from './rules/custom';

export { RULES } from './registry';
export { mask } from './mask';
export { RedactionSession, type Replacement } from './redact';
export { fingerprintValue } from './rules/custom';
export { sha256Hex } from './sha256';
export { normalize, type Normalized } from './normalize';
export { DEFAULT_MIN_SCORE } from './scan';
export type { Rule, MatchContext, DetectedSpan } from './types';

export interface ScannerOptions {
  /** Policy-supplied detectors (validated with CustomDetectorsSchema; defaults filled in). */
  custom?: CustomDetectors | CustomDetectorsInput;
  /** Rule ids to switch off (built-in or `custom.<id>`). */
  disabledRules?: readonly string[];
  /** Findings scoring below this are dropped (default 0.3). */
  minScore?: number;
}

export interface Scanner {
  scan(text: string): Finding[];
  readonly rules: readonly Rule[];
}

/**
 * Compiles a scanner: rules, keyword automaton and custom detectors are built once here.
 * Throws on an invalid custom detector (the message names the detector id).
 */
export function createScanner(options: ScannerOptions = {}): Scanner {
  const custom = options.custom ? CustomDetectorsSchema.parse(options.custom) : undefined;
  const disabled = new Set(options.disabledRules ?? []);
  let rules: Rule[] = [...RULES];
  if (custom && custom.markings.length > 0) {
    const marking = makeConfidentialRule(custom.markings);
    rules = rules.map((r) => (r.id === marking.id ? marking : r));
  }
  if (custom) {
    const customRules = buildCustomRules(custom);
    // Custom detectors rank after the built-in credential/financial/pii rules, before
    // markings and source code.
    const at = rules.findIndex((r) => r.category === 'confidential' || r.category === 'source_code');
    rules.splice(at < 0 ? rules.length : at, 0, ...customRules);
  }
  rules = rules.filter((r) => !disabled.has(r.id));
  const compiled = new CompiledScanner(rules, options.minScore ?? DEFAULT_MIN_SCORE);
  return {
    scan: (text: string) => compiled.scan(text),
    rules: compiled.rules,
  };
}
