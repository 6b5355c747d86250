import { allSame } from './digits';
import { luhnValid } from './luhn';

/**
 * Canadian Social Insurance Number: 9 digits, Luhn. The first digit is the region of issue (1–7)
 * or 9 (temporary residents); 8 is not used for SINs (business numbers) and 0 is never issued, only
 * printed in examples such as the 046 454 286 of documentation and forms, which count as
 * documentation values do elsewhere (the AWS example key, SSN area 000): not a person's number.
 */
export const isCaSin = (value: string): boolean => {
  const d = value.replace(/[ -]/g, '');
  if (!/^\d{9}$/.test(d) || d[0] === '8' || d[0] === '0' || allSame(d)) return false;
  return luhnValid(d);
};
