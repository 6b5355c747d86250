/**
 * Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter). The letter is
 * TRWAGMYFPDXBNJZSQVHLCKE[number mod 23]; for a NIE the leading X/Y/Z counts as 0/1/2.
 */
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export const esControlLetter = (n: number): string => LETTERS[n % 23]!;

export const isEsDni = (value: string): boolean => {
  const v = value.replace(/[ .-]/g, '').toUpperCase();
  if (!/^\d{8}[A-Z]$/.test(v)) return false;
  const n = Number(v.slice(0, 8));
  return n > 0 && esControlLetter(n) === v[8];
};

export const isEsNie = (value: string): boolean => {
  const v = value.replace(/[ .-]/g, '').toUpperCase();
  if (!/^[XYZ]\d{7}[A-Z]$/.test(v)) return false;
  const n = Number(`${'XYZ'.indexOf(v[0]!)}${v.slice(1, 8)}`);
  return esControlLetter(n) === v[8];
};
