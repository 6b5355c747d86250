import { describe, expect, it } from 'vitest';
import { RULES, type Rule } from '../../../src/engine';
import { CompiledScanner } from '../../../src/engine/scan';

/**
 * Every rule must run in linear time. Each rule is fed adversarial inputs at two sizes (20k and
 * 80k characters); the time ratio must stay near 4 (linear), far from 16 (quadratic). Minimum of
 * several runs to de-noise; no absolute times are asserted.
 */
const SMALL = 20_000;
const LARGE = 80_000;
const MAX_RATIO = 8;
/** Below this time at 80k characters a rule cannot be quadratic (see below); the ratio is not timed. */
const QUADRATIC_FLOOR_MS = 25;

function generators(rule: Rule): ((n: number) => string)[] {
  const kw = rule.keywords[0] ?? 'key';
  const fill = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  return [
    fill('1234567890'),
    fill('1 2-3.4 5/6 '),
    fill('aAbBcCdDeEfF'),
    fill('A'),
    fill('-_-.=:/+'),
    fill('"\'"\'(['),
    fill(`${kw} `),
    fill(`${kw}=`),
    fill(`${kw}: "a1B2c3D4e5F6g7H8`),
    fill('a@b.c'),
    fill(' \n'),
    fill('{\n  x = f(a);\n'),
    fill('-----BEGIN PRIVATE KEY-----\nMIIE'),
    fill('https://u:p'),
    // Line-based detectors: per-line searches must stop at the line's end.
    fill('ab.\n'),
    fill('x[0 = 1\n'),
    fill('abcdefgh\n'),
    // Delimited tables whose header lines carry the keyword (column-header context).
    fill(`${kw},1990-01-12\n`),
    fill(`${kw}\t${kw}\n1\t2\n\n`),
    // The rule's own finding, over and over on one line: per-finding work (validators, context,
    // line numbers) must not search the line from its start or to its end each time.
    fill(`${(rule.samples?.positive[0] ?? kw).replace(/\s+/g, ' ')} `),
  ];
}

/** Min times of interleaved runs (so both sizes see the same machine load). */
function measure(scanner: CompiledScanner, small: string, large: string, runs: number): [number, number] {
  let ts = Infinity;
  let tl = Infinity;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    scanner.scan(small);
    ts = Math.min(ts, performance.now() - t);
    t = performance.now();
    scanner.scan(large);
    tl = Math.min(tl, performance.now() - t);
  }
  return [ts, tl];
}

describe('linear-time rules', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const scanner = new CompiledScanner([rule]);
    for (const gen of generators(rule)) {
      const small = gen(SMALL);
      const large = gen(LARGE);
      scanner.scan(small); // warm up (regex tier-up, JIT)
      scanner.scan(large);
      let ratio = Infinity;
      let detail = '';
      // A quadratic rule is ~16× every time; noise is not. Retry a few times before failing.
      for (let attempt = 0; attempt < 4 && ratio >= MAX_RATIO; attempt++) {
        const [ts, tl] = measure(scanner, small, large, 3 + attempt * 2);
        // Under 25 ms for 80k characters: too fast to be quadratic, and too short to time under
        // load (parallel suites measured 0.3 / 2.5 ms and 0.37 / 4.3 ms for a rule that is linear
        // alone). A quadratic rule does ~n²/2 = 3.2e9 steps at this size (3.2e8 if it only starts
        // at one character in ten): hundreds of milliseconds at least.
        ratio = tl < QUADRATIC_FLOOR_MS ? 0 : tl / Math.max(ts, 0.05);
        detail = `small ${ts.toFixed(2)}ms large ${tl.toFixed(2)}ms`;
      }
      expect(ratio, `${rule.id} on ${JSON.stringify(small.slice(0, 24))}… ${detail}`).toBeLessThan(MAX_RATIO);
    }
  });
});

/**
 * A search that runs past its line to the next match (indexOf for a ":" that no later line has)
 * is quadratic, but at memchr speed: under the floor above at 80k characters. Line-based detectors
 * get larger texts of short lines that have none of the characters they look for.
 */
describe('linear-time line detectors on many short lines', () => {
  const lines = ['abc def\n', 'x y z 1 2\n', 'plain words here\n'];
  it.each(RULES.filter((r) => r.detect && r.category === 'source_code').map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const scanner = new CompiledScanner([rule]);
    for (const unit of lines) {
      const small = unit.repeat(Math.ceil(200_000 / unit.length));
      const large = unit.repeat(Math.ceil(1_600_000 / unit.length));
      scanner.scan(small);
      scanner.scan(large);
      let ratio = Infinity;
      for (let attempt = 0; attempt < 4 && ratio >= 16; attempt++) {
        const [ts, tl] = measure(scanner, small, large, 3 + attempt * 2);
        // 8× the text: ~8 if linear, ~64 if quadratic.
        ratio = tl / Math.max(ts, 0.05);
      }
      expect(ratio, `${rule.id} on ${JSON.stringify(unit)}`).toBeLessThan(16);
    }
  });
});

