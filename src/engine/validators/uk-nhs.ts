import { allSame } from './digits';

/**
 * UK NHS number (England, Wales, Isle of Man): 10 digits, the last a mod-11 check digit over the
 * first nine with weights 10…2 (11 → 0; a remainder giving 10 is never issued).
 */
export const isUkNhsNumber = (value: string): boolean => {
  const d = value.replace(/[ -]/g, '');
  if (!/^\d{10}$/.test(d) || allSame(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === d.charCodeAt(9) - 48;
};
