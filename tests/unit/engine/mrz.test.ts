import { describe, expect, it } from 'vitest';
import { mrzCheckDigit, mrzDocumentNumbers } from '../../../src/engine/mrz';

describe('passport machine-readable zones (ICAO 9303 TD3)', () => {
  const numbers = (t: string) => [...mrzDocumentNumbers(t)].map((s) => t.slice(s.start, s.end));

  it('computes the 7-3-1 check digit (letters from 10, "<" as 0)', () => {
    // ICAO 9303 part 3's worked example: document number L898902C3 has check digit 6.
    expect(mrzCheckDigit('L898902C3')).toBe(6);
    expect(mrzCheckDigit('740812')).toBe(2);
    expect(mrzCheckDigit('<<<<<<<<<')).toBe(0);
  });

  it("reads line 2's document number when its check digit and the birth date's hold", () => {
    const mrz = 'P<GBRHOLLOWAY<<ANNA<MARIE<<<<<<<<<<<<<<<<<<<\n5318702648GBR8504124F3009222<<<<<<<<<<<<<<06';
    expect(numbers(mrz)).toEqual(['531870264']);
    // A short number keeps its "<" padding out of the span.
    expect(numbers('C7418226<4VNM9202117F3106046<<<<<<<<<<<<<<02')).toEqual(['C7418226']);
    expect([...mrzDocumentNumbers(mrz)][0]!.structural).toBe(true);
  });

  it('reads a typed line 2 whose check digits fail when its line 1 is right above it', () => {
    expect(numbers('MRZ line 1: P<VNMNGUYEN<<THI<HOA<<<<<<<<<<<<<<<<<<<<<<<\nMRZ line 2: C7418226<0VNM9202115F3106046<<<<<<<<<<<<<<02')).toEqual(['C7418226']);
  });

  it('reads nothing when a check digit fails or the line is not a TD3 line 2', () => {
    expect(numbers('5318702649GBR8504124F3009222<<<<<<<<<<<<<<06')).toEqual([]);
    expect(numbers('5318702648GBR8504125F3009222<<<<<<<<<<<<<<06')).toEqual([]);
    expect(numbers('P<GBRHOLLOWAY<<ANNA<MARIE<<<<<<<<<<<<<<<<<<<')).toEqual([]);
  });
});
