import { allSame } from './digits';

// Verhoeff's dihedral-group D5 check (J. Verhoeff, 1969): multiplication table, position
// permutation and inverse.
const D: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9] as const;

const verhoeffState = (digits: string, offset: number): number => {
  let c = 0;
  for (let i = digits.length - 1, pos = offset; i >= 0; i--, pos++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    c = D[c]![P[pos % 8]![d]!]!;
  }
  return c;
};

/** Verhoeff check over a digit string that ends in its check digit. */
export const verhoeffValid = (digits: string): boolean => digits.length > 0 && verhoeffState(digits, 0) === 0;

/** The Verhoeff check digit to append to `payload`. */
export const verhoeffCheckDigit = (payload: string): number => {
  const c = verhoeffState(payload, 1);
  return c < 0 ? -1 : INV[c]!;
};

/** Indian Aadhaar number: 12 digits, not starting with 0 or 1, Verhoeff check digit. */
export const isAadhaar = (value: string): boolean => {
  const d = value.replace(/[ -]/g, '');
  if (!/^[2-9]\d{11}$/.test(d) || allSame(d)) return false;
  return verhoeffValid(d);
};
