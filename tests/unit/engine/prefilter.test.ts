import { describe, expect, it } from 'vitest';
import { KeywordAutomaton } from '../../../src/engine/prefilter';

function all(ac: KeywordAutomaton, text: string): [string, number][] {
  const out: [string, number][] = [];
  ac.scan(text, (p, end) => out.push([ac.patterns[p]!, end]));
  return out;
}

/** Reference: every occurrence by brute force. */
function naive(patterns: string[], text: string, ci: boolean): [string, number][] {
  const out: [string, number][] = [];
  const t = ci ? text.toLowerCase() : text;
  for (let end = 1; end <= text.length; end++) {
    for (const p of patterns) {
      const q = ci ? p.toLowerCase() : p;
      if (end >= q.length && t.slice(end - q.length, end) === q) out.push([p, end]);
    }
  }
  return out;
}

const sortHits = (h: [string, number][]) => [...h].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));

describe('KeywordAutomaton', () => {
  it('finds overlapping and nested keywords, case-insensitively', () => {
    const ac = new KeywordAutomaton(['he', 'she', 'his', 'hers', 'ghp_']);
    const text = 'uSHErs and GHP_x his';
    expect(sortHits(all(ac, text))).toEqual(sortHits(naive(['he', 'she', 'his', 'hers', 'ghp_'], text, true)));
  });

  it('keeps case pairs that are not one-to-one in one class, whichever letter comes first', () => {
    // Final "ς" and "σ" both upper-case to "Σ": a keyword with "ς" first must not split them.
    const ac = new KeywordAutomaton(['κωδικός', 'εμπιστευτικό']);
    expect(all(ac, 'ΕΜΠΙΣΤΕΥΤΙΚΌ').map(([p]) => p)).toEqual(['εμπιστευτικό']);
    expect(all(ac, 'ΚΩΔΙΚΌΣ').map(([p]) => p)).toEqual(['κωδικός']);
  });

  it('matches the brute-force reference on random inputs', () => {
    let seed = 42;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const alpha = 'abAB_-';
    for (let round = 0; round < 50; round++) {
      const patterns = [...new Set(Array.from({ length: 6 }, () => Array.from({ length: 1 + rnd(4) }, () => alpha[rnd(alpha.length)]).join('')))];
      const text = Array.from({ length: 200 }, () => alpha[rnd(alpha.length)]).join('');
      for (const ci of [true, false]) {
        // Patterns equal up to case share one automaton state (the first one is reported).
        const ps = ci ? patterns.filter((p, i) => patterns.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i) : patterns;
        const ac = new KeywordAutomaton(ps, ci);
        expect(sortHits(all(ac, text))).toEqual(sortHits(naive(ps, text, ci)));
      }
    }
  });

  it('matches the brute-force reference with keywords mixing ASCII and other scripts', () => {
    // ASCII classes and the others live in two tables (rows of the others shared along failure
    // links): keywords that cross between them, and texts that do, exercise both.
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const alpha = 'aBé-ΩωЖж密 '; // no Σ: toLowerCase() of a whole string makes a final sigma ς
    for (let round = 0; round < 80; round++) {
      const raw = Array.from({ length: 8 }, () => Array.from({ length: 1 + rnd(4) }, () => alpha[rnd(alpha.length)]).join(''));
      const patterns = raw.filter((p, i) => raw.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i);
      const text = Array.from({ length: 300 }, () => alpha[rnd(alpha.length)]).join('');
      const ac = new KeywordAutomaton(patterns);
      expect(sortHits(all(ac, text))).toEqual(sortHits(naive(patterns, text, true)));
    }
  });

  it('handles non-ASCII keywords and case folding', () => {
    const ac = new KeywordAutomaton(['münchen', 'ΣΟΦΙΑ']);
    expect(all(ac, 'in MÜNCHEN und σοφια')).toEqual([
      ['münchen', 10],
      ['ΣΟΦΙΑ', 20],
    ]);
  });

  it('switches to the sparse automaton for huge dictionaries and stays correct', () => {
    const terms = Array.from({ length: 30_000 }, (_, i) => `term${i}x${(i * 7919) % 10007}`);
    const ac = new KeywordAutomaton(terms);
    const text = `prefix ${terms[12345]} middle ${terms[29999]!.toUpperCase()} end`;
    expect(all(ac, text).map(([p]) => p)).toEqual([terms[12345], terms[29999]]);
    expect(ac.test('nothing here')).toBe(false);
    expect(ac.test(text)).toBe(true);
  });
});
