import { allSame } from './digits';

/**
 * ABA routing transit number: 9 digits, the first two in the Federal Reserve ranges (00–12
 * banks, 21–32 thrifts, 61–72 electronic, 80 traveller's cheques) and the 3-7-1 weighted checksum
 * divisible by 10.
 */
export const isAbaRouting = (value: string): boolean => {
  if (!/^\d{9}$/.test(value) || allSame(value)) return false;
  const p = Number(value.slice(0, 2));
  if (!(p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80)) return false;
  const d = (i: number): number => value.charCodeAt(i) - 48;
  const sum = 3 * (d(0) + d(3) + d(6)) + 7 * (d(1) + d(4) + d(7)) + (d(2) + d(5) + d(8));
  return sum % 10 === 0;
};
