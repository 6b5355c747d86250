import { allSame } from './digits';

/**
 * Brazilian CPF: 9 digits and two mod-11 check digits (weights 10..2, then 11..2; a remainder
 * of 10 counts as 0). Numbers of one repeated digit pass the arithmetic but are invalid.
 */
export const cpfCheckDigit = (digits: string): number => {
  let sum = 0;
  const w = digits.length + 1;
  for (let i = 0; i < digits.length; i++) sum += (digits.charCodeAt(i) - 48) * (w - i);
  const r = (sum * 10) % 11;
  return r === 10 ? 0 : r;
};

export const isBrCpf = (value: string): boolean => {
  const d = value.replace(/[.\- ]/g, '');
  if (!/^\d{11}$/.test(d) || allSame(d)) return false;
  return cpfCheckDigit(d.slice(0, 9)) === d.charCodeAt(9) - 48 && cpfCheckDigit(d.slice(0, 10)) === d.charCodeAt(10) - 48;
};
