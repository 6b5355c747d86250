import { describe, expect, it } from 'vitest';
import { lineEndWithin, lineStartWithin } from '../../../src/engine/lines';

describe('bounded line bounds', () => {
  const t = 'first\nsecond line\nthird';
  it('finds the start and the end of the line holding a position', () => {
    expect(lineStartWithin(t, 9, 100)).toBe(6);
    expect(lineEndWithin(t, 9, 100)).toBe(17);
    expect(lineStartWithin(t, 2, 100)).toBe(0);
    expect(lineEndWithin(t, 20, 100)).toBe(t.length);
  });
  it('gives up past the limit, but not on a line that starts or ends exactly there', () => {
    expect(lineStartWithin(t, 12, 3)).toBe(-1);
    expect(lineStartWithin(t, 12, 6)).toBe(6);
    expect(lineEndWithin(t, 6, 5)).toBe(-1);
    expect(lineEndWithin(t, 6, 11)).toBe(17);
  });
  it('reports a line longer than the limit on one long text', () => {
    const long = 'x'.repeat(1_000_000);
    expect(lineStartWithin(long, 999_000, 120)).toBe(-1);
    expect(lineEndWithin(long, 10, 120)).toBe(-1);
  });
});
