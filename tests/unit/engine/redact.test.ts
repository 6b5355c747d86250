import { describe, expect, it } from 'vitest';
import { createScanner, mask, RedactionSession } from '../../../src/engine';

const GHP = 'ghp_t1FAKEdS1XdL9gqguFqLopfwlUEZwjEJ20VJ';
const AKIA = 'AKIAZ7FAKEKEYQ2W3E4R';

describe('mask', () => {
  it('shows only the ends of long values', () => {
    expect(mask(AKIA)).toBe('AKIA••••••••3E4R');
    expect(mask('abcdefghijklmn')).toBe('ab••••••••mn');
  });

  it('fully masks short values', () => {
    for (const v of ['', 'a', 'hunter2', '12345678901']) expect(mask(v)).toBe('••••••••');
  });

  it('never reveals the whole value or more than 8 characters, whatever the input', () => {
    let seed = 1;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let i = 0; i < 500; i++) {
      const len = rnd(120);
      const v = Array.from({ length: len }, () => String.fromCharCode(33 + rnd(90))).join('');
      const m = mask(v);
      const revealed = m.replace(/•/g, '');
      expect(revealed.length).toBeLessThanOrEqual(8);
      if (v.length > 0) expect(m).not.toContain(v);
      expect(revealed.length).toBeLessThanOrEqual(Math.floor(v.length * 0.4));
    }
  });

  it('keeps multi-line values on one line and does not split surrogate pairs', () => {
    expect(mask('-----BEGIN\nKEY\nMATERIAL\nHERE-----')).not.toContain('\n');
    expect(mask('😀😀😀😀😀😀😀😀😀😀😀')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('RedactionSession', () => {
  const scanner = createScanner();

  it('replaces findings with typed placeholders and restores them', () => {
    const session = new RedactionSession();
    const text = `key ${AKIA} and token ${GHP}; again ${AKIA}`;
    const findings = scanner.scan(text);
    const { text: red, replacements } = session.redact(text, findings);
    expect(red).toBe('key [AWS_KEY_1] and token [GITHUB_TOKEN_1]; again [AWS_KEY_1]');
    expect(replacements.map((r) => r.placeholder)).toEqual(['[AWS_KEY_1]', '[GITHUB_TOKEN_1]', '[AWS_KEY_1]']);
    for (const r of replacements) expect([AKIA, GHP]).toContain(text.slice(r.start, r.end));
    expect(red).not.toContain(AKIA);
    expect(session.restore(red)).toBe(text);
  });

  it('keeps placeholders stable across messages of one conversation', () => {
    const session = new RedactionSession();
    const a = `first ${AKIA}`;
    const b = `other key AKIAZ7FAKEKEYQ2W3E5R then ${AKIA}`;
    expect(session.redact(a, scanner.scan(a)).text).toBe('first [AWS_KEY_1]');
    expect(session.redact(b, scanner.scan(b)).text).toBe('other key [AWS_KEY_2] then [AWS_KEY_1]');
    expect(session.restore('The model said [AWS_KEY_2] and [AWS_KEY_1] and [UNKNOWN_9].')).toBe(
      `The model said AKIAZ7FAKEKEYQ2W3E5R and ${AKIA} and [UNKNOWN_9].`,
    );
    // A new session starts numbering again.
    expect(new RedactionSession().redact(b, scanner.scan(b)).text).toBe('other key [AWS_KEY_1] then [AWS_KEY_2]');
  });

  it('round-trips text with unicode and multiple categories', () => {
    const session = new RedactionSession();
    const text = `😀 Grüße — password = "Hx7nWo2x!hq2"\nCONFIDENTIAL\nssh: ${GHP}`;
    const { text: red } = session.redact(text, scanner.scan(text));
    expect(red).toContain('[PASSWORD_1]');
    expect(red).toContain('[MARKING_1]');
    expect(session.restore(red)).toBe(text);
  });

  it('skips overlapping or out-of-range findings instead of corrupting the text', () => {
    const session = new RedactionSession();
    const base = { category: 'credential' as const, score: 1, label: 'x', preview: '••••••••', line: 1 };
    const out = session.redact('abcdefghij', [
      { ...base, rule: 'credential.github_pat', start: 2, end: 5 },
      { ...base, rule: 'credential.github_pat', start: 4, end: 8 },
      { ...base, rule: 'credential.github_pat', start: 8, end: 50 },
    ]);
    expect(out.text).toBe('ab[GITHUB_TOKEN_1]fghij');
  });

  it('derives a stem for rules it does not know', () => {
    const session = new RedactionSession();
    const base = { category: 'custom' as const, score: 1, label: 'x', preview: '••••••••', line: 1 };
    expect(session.redact('hello atlas', [{ ...base, rule: 'custom.code_names', start: 6, end: 11 }]).text).toBe('hello [CODE_NAMES_1]');
  });
});
