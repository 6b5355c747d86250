/**
 * Italian codice fiscale (DM 23/12/1976): 6 letters (surname, name), year, month letter, day
 * (+40 for women), municipality (letter + 3 digits), check letter. Omocodia may replace digits by
 * L M N P Q R S T U V. The check letter is the sum of odd-position values (table below) and
 * even-position values (0–9 / A–Z as 0–25), mod 26, as a letter.
 */
// Odd-position value of 0-9 then A-Z.
const ODD = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, // 0-9
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23, // A-Z
] as const;
const MONTHS = 'ABCDEHLMPRST';
const OMOCODE = 'LMNPQRSTUV';
const NUMERIC_POSITIONS = [6, 7, 9, 10, 12, 13, 14] as const;

const index36 = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c - 55);
const evenValue = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c - 65);

/** Check letter for the first 15 characters (upper case). */
export const codiceFiscaleCheckChar = (first15: string): string => {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15.charCodeAt(i);
    // Positions are 1-based in the standard: index 0 is "odd".
    sum += i % 2 === 0 ? ODD[index36(c)]! : evenValue(c);
  }
  return String.fromCharCode(65 + (sum % 26));
};

const numericAt = (v: string, i: number): number => {
  const ch = v[i]!;
  const o = OMOCODE.indexOf(ch);
  return o >= 0 ? o : ch.charCodeAt(0) - 48;
};

export const isItCodiceFiscale = (value: string): boolean => {
  const v = value.toUpperCase();
  if (!/^[A-Z]{6}[\dLMNP-V]{2}[ABCDEHLMPRST][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]$/.test(v)) return false;
  // At least one real digit: a 16-letter word can otherwise fit the letter-only (fully
  // omocodic) shape.
  if (!NUMERIC_POSITIONS.some((i) => /\d/.test(v[i]!))) return false;
  if (!MONTHS.includes(v[8]!)) return false;
  const day = numericAt(v, 9) * 10 + numericAt(v, 10);
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  return codiceFiscaleCheckChar(v.slice(0, 15)) === v[15];
};
