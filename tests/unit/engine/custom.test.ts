import { describe, expect, it } from 'vitest';
import { createScanner, fingerprintValue } from '../../../src/engine';

describe('custom detectors from policy', () => {
  it('finds dictionary keywords at word boundaries, case-insensitively by default', () => {
    const scanner = createScanner({
      custom: { keywords: [{ id: 'code_names', label: 'Project code name', terms: ['Atlas', 'Blue Falcon', 'C++ Core'] }] },
    });
    const text = 'Project ATLAS and blue falcon; atlases are books; C++ Core team';
    const f = scanner.scan(text).filter((x) => x.rule === 'custom.code_names');
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(['ATLAS', 'blue falcon', 'C++ Core']);
    expect(f[0]!.category).toBe('custom');
    expect(f[0]!.label).toBe('Project code name');
  });

  it('supports case-sensitive and substring dictionaries', () => {
    const scanner = createScanner({
      custom: { keywords: [{ id: 'cs', label: 'x', terms: ['NEO'], caseSensitive: true, wholeWord: false }] },
    });
    expect(scanner.scan('neo NEONATE').map((f) => f.start)).toEqual([4]);
  });

  it('matches keywords through normalisation (zero-width, full-width)', () => {
    const scanner = createScanner({ custom: { keywords: [{ id: 'names', label: 'x', terms: ['falcon'] }] } });
    const text = 'the ｆａｌ\u200Bcon plan';
    const f = scanner.scan(text);
    expect(f.length).toBe(1);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe('ｆａｌ\u200Bcon');
  });

  it('runs admin regexes with RE2 semantics', () => {
    const scanner = createScanner({
      custom: { patterns: [{ id: 'ticket', label: 'Internal ticket', regex: 'PRJ-[0-9]{4,6}', caseInsensitive: true }] },
    });
    const f = scanner.scan('see prj-12345 and PRJ-99');
    expect(f.map((x) => [x.rule, x.start, x.end])).toEqual([['custom.ticket', 4, 13]]);
  });

  it('rejects an invalid regex with an error naming the detector', () => {
    expect(() => createScanner({ custom: { patterns: [{ id: 'broken', label: 'x', regex: '(unclosed' }] } })).toThrow(/broken/);
    // Backreferences / lookaround are not RE2.
    expect(() => createScanner({ custom: { patterns: [{ id: 'backref', label: 'x', regex: '(a)\\1' }] } })).toThrow(/backref/);
  });

  it('runs a catastrophic-looking pattern in linear time', () => {
    const scanner = createScanner({ custom: { patterns: [{ id: 'evil', label: 'x', regex: '(a+)+$' }] } });
    const text = 'a'.repeat(50_000) + '!';
    const t = performance.now();
    expect(scanner.scan(text).filter((f) => f.rule === 'custom.evil')).toEqual([]);
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(scanner.scan('xx aaaa').some((f) => f.rule === 'custom.evil')).toBe(true);
  });

  it('matches exact-data fingerprints without shipping the plaintext', () => {
    const salt = 'org-salt-2024';
    const scanner = createScanner({
      custom: {
        fingerprints: [
          { id: 'customer_ids', label: 'Customer ID', salt, normalize: 'lowercase', minLength: 8, hashes: [fingerprintValue('CUST-00981234', salt, 'lowercase')] },
          { id: 'accounts', label: 'Account number', salt, normalize: 'digits', minLength: 8, hashes: [fingerprintValue('4402 1187 3350', salt, 'digits')] },
        ],
      },
    });
    const text = 'Customer cust-00981234, other CUST-00981235. Account 4402-1187-3350 and 440211873351.';
    const f = scanner.scan(text);
    expect(f.map((x) => [x.rule, text.slice(x.start, x.end)])).toEqual([
      ['custom.customer_ids', 'cust-00981234'],
      ['custom.accounts', '4402-1187-3350'],
    ]);
  });

  it('extends the confidential marking rule with policy markings', () => {
    const scanner = createScanner({ custom: { markings: ['ACME Restricted', 'Project Falcon Eyes'] } });
    expect(scanner.scan('Heads up: ACME RESTRICTED material').some((f) => f.rule === 'confidential.marking')).toBe(true);
    expect(scanner.scan('Heads up: ACME Restricted material').some((f) => f.rule === 'confidential.marking')).toBe(true);
    expect(scanner.scan('the acme restricted area').some((f) => f.rule === 'confidential.marking')).toBe(false);
    expect(createScanner().scan('Heads up: ACME Restricted material').some((f) => f.rule === 'confidential.marking')).toBe(false);
  });

  it('can disable a custom detector by rule id', () => {
    const custom = { keywords: [{ id: 'names', label: 'x', terms: ['falcon'] }] };
    expect(createScanner({ custom, disabledRules: ['custom.names'] }).scan('falcon')).toEqual([]);
  });
});
