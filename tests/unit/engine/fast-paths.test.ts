import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/engine';
import { digitRunDetector, letterDigitDetector, numericIndex } from '../../../src/engine/numeric';
import { KeywordAutomaton } from '../../../src/engine/prefilter';
import { CompiledScanner } from '../../../src/engine/scan';
import { shannonEntropy } from '../../../src/engine/entropy';
import { CODE_CHAR, detectSourceCode, hasCodeChar, hasOperator, OPERATORS } from '../../../src/engine/rules/source-code';

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
    const det = letterDigitDetector(re, [2], { spaced: [3] });
    const text = 'AB 123 CD456 x EF 789, GH012 IJ 345';
    expect(Array.from(det(text, new Map()), (s) => text.slice(s.start, s.end))).toEqual(['AB 123', 'CD456', 'EF 789', 'GH012', 'IJ 345']);
  });

  it('letterDigitDetector tries a start only where the whole letter run before the digit fits', () => {
    const re = /[A-Z]{2} ?\d{3}(?!\w)/g;
    const det = letterDigitDetector(re, [2], { spaced: [3], spacedDigits: 3 });
    // xAB123: the run is part of a word; ABC123: three letters; Ab123: lower case in a
    // case-sensitive pattern; AB 12: too few digits for the spaced form.
    const text = 'xAB123 ABC123 Ab123 AB 12 ok: CD456 and EF 789';
    expect(Array.from(det(text, new Map()), (s) => text.slice(s.start, s.end))).toEqual(['CD456', 'EF 789']);
    const ci = letterDigitDetector(/[A-Z]{2}\d{3}(?!\w)/gi, [2]);
    expect(Array.from(ci('see Ab123 now', new Map()), (s) => s.start)).toEqual([4]);
  });

  it('letterDigitDetector finds a match at any of several letter-run lengths, in text order', () => {
    const re = /[A-Z]{1,3}\d{2}(?!\w)/g;
    const det = letterDigitDetector(re, [1, 3]);
    const text = 'ABC12 AB12 A12';
    expect(Array.from(det(text, new Map()), (s) => text.slice(s.start, s.end))).toEqual(['ABC12', 'A12']);
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

describe('source-code detector: operator and code-character scans equal their regexes', () => {
  // Lines from code, shell, prose and edge cases, plus random lines over the characters the
  // operator forms are made of: the hand-written scans must agree with the documented regexes.
  const fixed = [
    'x = 1', 'x == 1', 'a => b', 'p->q', 'A::B', 'a != b', 'a && b', 'a || b', 'i += 1', 'i -= 1', 'x := 2', '1 << 2', '4 >> 1',
    'i++', '// note', '/* c */', 'end */', '$HOME', '${x}', '$(cmd)', '$1', 'cat f | grep x', 'a |b', 'a | B', 'cmd 2>&1', 'foo(',
    'obj.method(x)', '.bar(', '3x(', '_x(', '9(', '(x)', 'x.y[0] = z', "a['k'] = 1", 'x = ', 'x ==', 'x =  y', '  x = y', 'x =\u00a0y',
    'Hello, how are you today?', 'See section (a) below.', 'price: 5 = five', 'é(', 'naïve(x)', '', '=', '|', '$', '2>&',
  ];
  const alphabet = 'ab_Z09 .=-:!&|+<>/*$2({[]\'"\t\u00a0é';
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const random = Array.from({ length: 4000 }, () => Array.from({ length: 1 + rand(12) }, () => alphabet[rand(alphabet.length)]).join(''));

  it('hasOperator(t, s, e) === OPERATORS.test(t.slice(s, e))', () => {
    for (const line of [...fixed, ...random]) {
      const t = `  ${line}\n`;
      expect(hasOperator(t, 2, 2 + line.length), JSON.stringify(line)).toBe(OPERATORS.test(line));
    }
  });

  it('hasCodeChar(t, s, e) === CODE_CHAR.test(t.slice(s, e))', () => {
    for (const line of [...fixed, ...random]) {
      const t = `$(${line}$`;
      expect(hasCodeChar(t, 2, 2 + line.length), JSON.stringify(line)).toBe(CODE_CHAR.test(line));
    }
  });
});

describe('entropy: table form equals the definition', () => {
  /** −Σ p·log2(p) over the UTF-16 units, written out. */
  const plain = (s: string): number => {
    const m = new Map<number, number>();
    for (let i = 0; i < s.length; i++) m.set(s.charCodeAt(i), (m.get(s.charCodeAt(i)) ?? 0) + 1);
    let h = 0;
    for (const k of m.values()) h -= (k / s.length) * Math.log2(k / s.length);
    return h;
  };
  it('on fixed strings', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaaaaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(shannonEntropy('aabb')).toBe(1);
    expect(shannonEntropy('ééaa')).toBe(1);
  });
  it('on random strings of every length up to 2 000 (ASCII, non-ASCII, skewed alphabets)', () => {
    const r = rnd(7);
    for (let k = 0; k < 3000; k++) {
      const len = 1 + r(k < 2500 ? 80 : 2000);
      const alphabet = 1 + r(k % 3 === 0 ? 4 : 90);
      let s = '';
      for (let i = 0; i < len; i++) s += String.fromCharCode((k % 5 === 0 ? 0x400 : 33) + r(alphabet));
      expect(Math.abs(shannonEntropy(s) - plain(s))).toBeLessThan(1e-9);
    }
  });
});
