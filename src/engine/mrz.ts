/**
 * The machine-readable zone of a passport (ICAO Doc 9303, part 4: the TD3 format), the two
 * 44-character lines under the photo page. Line 2 holds, by position: the document number (1–9,
 * padded with "<"), its check digit (10), the nationality (11–13), the birth date YYMMDD (14–19) and
 * its check digit (20), the sex (21), the expiry date and its check digit (22–28), the optional
 * data (29–42) and two more check digits. A pasted MRZ carries no passport word on its line; two
 * check digits that hold say what it is, as a field position does (../hl7.ts).
 */
import type { DetectedSpan } from './types';

/** A TD3 line 2: number, check, nationality, birth date, check, sex, expiry, check, optional data, checks. */
const TD3_LINE_2 = /(?<![A-Z0-9<])([A-Z0-9][A-Z0-9<]{8})(\d)[A-Z<]{3}(\d{6})(\d)[MFX<]\d{6}\d[A-Z0-9<]{14}[\d<]\d(?![A-Z0-9<])/g;

/** ICAO 9303 check digit: weights 7, 3, 1 repeating; digits as themselves, A–Z as 10–35, "<" as 0. */
export function mrzCheckDigit(field: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0;
    sum += v * weights[i % 3]!;
  }
  return sum % 10;
}

/**
 * A TD3 line 1 at the end of the line before: "P", the type, the issuing state, the name with its
 * "<<" ("P<VNMNGUYEN<<THI<HOA<<<…"), maybe after a label ("MRZ line 1: ").
 */
const TD3_LINE_1_BEFORE = /P[A-Z<][A-Z]{3}[A-Z]{1,39}<<[A-Z<]{1,39}[ \t]*\r?\n[^\n]{0,20}$/;

/**
 * The document numbers of the TD3 line 2s in `t` whose number and birth-date check digits hold, or
 * that follow their line 1 (a typed or misread zone is still a passport's: the two lines together
 * are as telling as the check digits).
 */
export function* mrzDocumentNumbers(t: string): Iterable<DetectedSpan> {
  if (!t.includes('<')) return;
  for (const m of t.matchAll(TD3_LINE_2)) {
    const [, number, numberCheck, birth, birthCheck] = m;
    const checked = mrzCheckDigit(number!) === Number(numberCheck) && mrzCheckDigit(birth!) === Number(birthCheck);
    if (!checked && !TD3_LINE_1_BEFORE.test(t.slice(Math.max(0, m.index - 90), m.index))) continue;
    // The number without its "<" padding.
    const length = number!.replace(/<+$/, '').length;
    yield { start: m.index, end: m.index + length, structural: true };
  }
}
