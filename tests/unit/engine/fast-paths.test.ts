import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/engine';
import { digitRunDetector, letterDigitDetector, numericIndex } from '../../../src/engine/numeric';
import { KeywordAutomaton } from '../../../src/engine/prefilter';
import { CompiledScanner } from '../../../src/engine/scan';
import { detectSourceCode } from '../../../src/engine/rules/source-code';

/** Fast paths added for throughput: each must give exactly what the plain path gives. */

function rule(over: Partial<Rule> & Pick<Rule, 'id' | 'pattern'>): Rule {
  return {
    category: 'custom',
    label: over.id,
    placeholder: 'X',
    description: 'test',
    keywords: [],
    score: 0.8,
    samples: { positive: [], negative: [] },
    ...over,
  };
}

function rnd(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
}

function regexSpans(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  const g = new RegExp(re.source, re.flags);
  for (let m = g.exec(text); m !== null; m = g.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

describe('numeric index: long-run list', () => {
  const r = rnd(99);
  const texts: string[] = [];
  for (let k = 0; k < 200; k++) {
    let t = '';
    while (t.length < 300) {
      const len = 1 + r(14);
      for (let i = 0; i < len; i++) t += String(r(10));
      t += ['x', ',', ';', 'q', '\n'][r(5)]!;
    }
    texts.push(t);
  }

  it('lists exactly the token starts with at least 7 digits, in order', () => {
    for (const t of texts) {
      const idx = numericIndex(t);
      const expected: number[] = [];
      for (let k = 0; k < idx.count; k++) if (idx.digits[k]! >= 7) expected.push(k);
      expect(Array.from(idx.long.subarray(0, idx.longCount))).toEqual(expected);
    }
  });

  it('digitRunDetector gives the regex spans with and without the long list', () => {
    // Tokens are digits between separators with no run characters, so a run's digit count is the token length.
    const re = /(?<![\w])\d+(?!\w)/g;
    for (const t of texts) {
      const all = regexSpans(re, t);
      for (const min of [1, 3, 6, 7, 9, 12]) {
        const got = Array.from(digitRunDetector(re, min)(t, new Map()), (s) => [s.start, s.end]);
        expect(got).toEqual(all.filter(([a, b]) => b - a >= min));
      }
    }
  });

  it('letterDigitDetector merges joint and spaced candidates in text order', () => {
    const re = /[A-Z]{2} ?\d{3}(?!\w)/g;
    const det = letterDigitDetector(re, [2], [3]);
    const text = 'AB 123 CD456 x EF 789, GH012 IJ 345';
    expect(Array.from(det(text, new Map()), (s) => text.slice(s.start, s.end))).toEqual(['AB 123', 'CD456', 'EF 789', 'GH012', 'IJ 345']);
  });
});

describe('keyword automaton: inlined match reporting', () => {
  it('reports every keyword ending at a position, including suffix chains', () => {
    const a = new KeywordAutomaton(['he', 'she', 'his', 'hers', 'e']);
    const got: string[] = [];
    a.scan('USHERS', (k, end) => got.push(`${a.patterns[k]}@${end}`));
    expect(got.sort()).toEqual(['e@4', 'he@4', 'hers@6', 'she@4'].sort());
  });
});

describe('source-code detector fast paths', () => {
  it('returns nothing for texts shorter than a block can be', () => {
    expect(detectSourceCode('x = 1;\ny = 2;\nz = 3;')).toEqual([]);
  });

  it('still recognises shell endings and pipes/substitutions on later lines', () => {
    const sh = [
      'Here is the job:',
      '',
      'for f in logs/*.gz; do',
      '  zcat "$f" | grep ERROR >> errors.txt',
      'done',
      'if [ -s errors.txt ]; then',
      '  COUNT=$(wc -l < errors.txt)',
      'fi',
    ].join('\n');
    const spans = detectSourceCode(sh);
    expect(spans.length).toBe(1);
    expect(sh.slice(spans[0]!.start, spans[0]!.end)).toMatch(/^for f in[\s\S]*fi$/);
  });
});

describe('container resolution', () => {
  const secret = rule({ id: 'custom.secret', pattern: /SECRET\d{4}/g, keywords: ['secret'], score: 0.9 });
  const box = (id: string, re: RegExp) => rule({ id, pattern: re, container: true, score: 0.5 });

  it('splits disjoint containers around findings inside them (merge path)', () => {
    const s = new CompiledScanner([secret, box('custom.box', /\[[^\]]*\]/g)]);
    const text = '[aaaaaaaaaaaaaaaaaaaa SECRET1234 bbbbbbbbbbbbbbbbbbbbbb] mid SECRET5678 [cccccccccccccccccccc SECRET0000]';
    const f = s.scan(text).map((x) => [x.rule, text.slice(x.start, x.end)]);
    expect(f).toEqual([
      ['custom.box', '[aaaaaaaaaaaaaaaaaaaa'],
      ['custom.secret', 'SECRET1234'],
      ['custom.box', 'bbbbbbbbbbbbbbbbbbbbbb]'],
      ['custom.secret', 'SECRET5678'],
      ['custom.box', '[cccccccccccccccccccc'],
      ['custom.secret', 'SECRET0000'],
    ]);
  });

  it('keeps the ranked path for overlapping containers', () => {
    const s = new CompiledScanner([secret, box('custom.outer', /<<[^>]*>>/g), box('custom.inner', /\{[^}]*\}/g)]);
    const text = '<<xxxxxxxxxxxxxxxxxxxx {yyyyyyyyyyyyyyyyyyyy SECRET1234} zzzzzzzzzzzzzzzzzzzz>>';
    const f = s.scan(text);
    for (let i = 1; i < f.length; i++) expect(f[i]!.start).toBeGreaterThanOrEqual(f[i - 1]!.end);
    expect(f.map((x) => x.rule)).toContain('custom.secret');
    expect(f.filter((x) => x.rule !== 'custom.secret').length).toBeGreaterThanOrEqual(2);
  });
});
