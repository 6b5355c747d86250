import { allSame } from './digits';

/**
 * Dutch citizen service number (BSN): 9 digits passing the "11-proef":
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11).
 */
export const isNlBsn = (value: string): boolean => {
  const d = value.replace(/[ .]/g, '');
  if (!/^\d{9}$/.test(d) || allSame(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (d.charCodeAt(i) - 48);
  sum -= d.charCodeAt(8) - 48;
  return sum % 11 === 0;
};
