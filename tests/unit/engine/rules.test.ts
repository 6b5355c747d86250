import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/contracts/findings';
import { createScanner, RULES } from '../../../src/engine';
import { CompiledScanner } from '../../../src/engine/scan';

/**
 * Table-driven over every built-in rule: the contract of a rule (unique id, prefix = category,
 * global regex, samples) and its samples against a full scanner. A rule that misses one of its
 * positives or fires on one of its negatives fails the build.
 */
const scanner = createScanner();

describe('rule registry', () => {
  it('has unique ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers every category except custom, with ≥ 60 credential formats', () => {
    const byCategory = new Map<string, number>();
    for (const r of RULES) byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + 1);
    for (const c of CATEGORIES.filter((c) => c !== 'custom')) expect(byCategory.get(c) ?? 0, c).toBeGreaterThan(0);
    expect(byCategory.get('credential')).toBeGreaterThanOrEqual(60);
  });
});

describe('anchored rules', () => {
  // An anchored rule is only tried where a keyword starts; the same rule scanning the whole
  // text must not find anything more on the samples of all rules (else the flag is wrong).
  const anchored = RULES.filter((r) => r.anchored);
  const fast = new CompiledScanner(anchored);
  const full = new CompiledScanner(anchored.map((r) => ({ ...r, anchored: false, keywords: [] })));
  const corpus = RULES.flatMap((r) => [...r.samples.positive, ...r.samples.negative]);

  it('find exactly what a full scan finds', () => {
    expect(anchored.length).toBeGreaterThan(50);
    for (const text of corpus) expect(fast.scan(text), text).toEqual(full.scan(text));
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('is well formed', () => {
    expect(id).toMatch(/^[a-z_]+\.[a-z0-9_]+$/);
    expect(id.split('.')[0]).toBe(rule.category);
    expect(rule.pattern.flags).toContain('g');
    expect(rule.placeholder).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(rule.label.length).toBeGreaterThan(0);
    expect(rule.description.length).toBeGreaterThan(0);
    expect(rule.score).toBeGreaterThan(0);
    expect(rule.score).toBeLessThanOrEqual(1);
    for (const k of rule.keywords) expect(k).toBe(k.toLowerCase());
    expect(rule.samples.positive.length).toBeGreaterThan(0);
    expect(rule.samples.negative.length).toBeGreaterThan(0);
  });

  it.each(rule.samples.positive.map((s) => [s] as const))('finds positive %j', (sample) => {
    const findings = scanner.scan(sample);
    const hit = findings.find((f) => f.rule === id);
    expect(hit, `findings: ${JSON.stringify(findings.map((f) => f.rule))}`).toBeDefined();
    expect(hit!.preview).not.toBe(sample.slice(hit!.start, hit!.end));
  });

  it.each(rule.samples.negative.map((s) => [s] as const))('ignores negative %j', (sample) => {
    expect(scanner.scan(sample).filter((f) => f.rule === id)).toEqual([]);
  });
});

/**
 * Rules whose keywords are their context words (a birth word, "passport", "routing"): the keyword
 * pass is what opens a window, so a context word that contains none of the keywords never counts
 * on its own. The two lists are kept by hand; this keeps them in step.
 */
describe.each(['pii.date_of_birth', 'pii.passport', 'pii.de_steuer_id', 'pii.nl_bsn', 'pii.ca_sin', 'pii.uk_nhs_number', 'financial.aba_routing', 'financial.swift_bic'])(
  '%s: every context word opens a window',
  (id) => {
    const rule = RULES.find((r) => r.id === id)!;
    it.each(rule.context!.words.map((w) => [w] as const))('%j contains a keyword', (word) => {
      expect(rule.keywords.some((k) => word.toLowerCase().includes(k))).toBe(true);
    });
  },
);
