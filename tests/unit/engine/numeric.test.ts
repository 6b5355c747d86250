import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/engine';
import { numericIndex } from '../../../src/engine/numeric';

/**
 * The digit rules' `detect` hooks (src/engine/numeric.ts) must yield exactly the spans their
 * documented global `pattern` yields: they only skip positions where the pattern cannot match.
 */
// IBAN's detect also takes a last group of four letters that makes the number check (LETTER_TAIL).
const DIGIT_RULES = RULES.filter((r) => r.detect && /numeric|digitRun|letterDigit|LETTER_TAIL/.test(r.detect.toString() + r.detect.name));
/** `[a, b]` is the pattern's `[a, y]` with a group of four letters added (IBAN's letter tail). */
const withTail = (text: string, y: number, b: number) => b === y + 5 && /^ [A-Z]{4}$/.test(text.slice(y, b));
/** The IBAN detector drops up to two trailing groups, one with a lower-case letter, when that makes the IBAN check ("… 5281 inom 10"). */
const withoutWordTail = (text: string, b: number, y: number) => y > b && /^(?: \S+){1,2}$/.test(text.slice(b, y)) && /[a-z]/.test(text.slice(b, y));

function regexSpans(re: RegExp, text: string): [number, number][] {
  const g = new RegExp(re.source, re.flags);
  const out: [number, number][] = [];
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Deterministic pseudo-random texts full of digit groups, separators and letter prefixes. */
function texts(): string[] {
  let seed = 12345;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = [' ', ',', ';', '\t', '|', '"', "'", '(', ')', '[', ']', '+', '-', '.', '/', ':', '\n', 'A', 'B', 'DE', 'GB', 'X', 'Y-', 'AB ', 'x', '_', '2A', 'nl'];
  const out: string[] = [];
  for (let t = 0; t < 300; t++) {
    let s = '';
    while (s.length < 400) {
      if (rnd(3) === 0) s += pieces[rnd(pieces.length)];
      else {
        const len = 1 + rnd(12);
        for (let i = 0; i < len; i++) s += String(rnd(10));
      }
    }
    out.push(s);
  }
  for (const r of RULES) for (const p of [...r.samples.positive, ...r.samples.negative]) out.push(p, `x,${p},y`, `${p};${p}`);
  return out;
}

describe('numeric index detectors', () => {
  it('covers the keyword-less digit rules', () => {
    const ids = DIGIT_RULES.map((r) => r.id);
    for (const id of ['financial.payment_card', 'financial.iban', 'pii.phone', 'pii.us_ssn', 'pii.uk_nino', 'pii.in_aadhaar', 'pii.br_cpf', 'pii.es_nie']) expect(ids).toContain(id);
  });
  const all = texts();
  it.each(DIGIT_RULES.map((r) => [r.id, r] as const))('%s: detect = global pattern (up to the validator digit floor)', (_id, rule) => {
    for (const text of all) {
      const got = [...rule.detect!(text)].map((s) => [s.start, s.end] as const);
      const want = regexSpans(rule.pattern, text);
      // A detector may skip matches with fewer digits than its validator accepts; nothing else.
      const gotKeys = new Set(got.map(([a, b]) => `${a}:${b}`));
      for (const [a, b] of want) {
        if (gotKeys.has(`${a}:${b}`) || (gotKeys.has(`${a}:${b + 5}`) && withTail(text, b, b + 5)) || got.some(([x, y]) => x === a && withoutWordTail(text, y, b))) continue;
        const digits = text.slice(a, b).replace(/\D/g, '').length;
        expect(rule.validate ? rule.validate(text.slice(a, b), { text, start: a, end: b }) : true, `${rule.id} missed ${JSON.stringify(text.slice(a, b))} (${digits} digits) in ${JSON.stringify(text)}`).toBe(false);
      }
      for (const [a, b] of got) expect(want.some(([x, y]) => x === a && (y === b || withTail(text, y, b) || withoutWordTail(text, b, y))), `${rule.id} extra ${JSON.stringify(text.slice(a, b))}`).toBe(true);
    }
  });
  it('indexes token starts, phone prefixes and letter–digit joints', () => {
    const idx = numericIndex('a (+44 20) x,123 DE44 _9 7');
    expect([...idx.starts.slice(0, idx.count)]).toEqual([2, 3, 4, 7, 13, 25]);
    expect([...idx.joints.slice(0, idx.jointCount)]).toEqual([19]);
  });
});
