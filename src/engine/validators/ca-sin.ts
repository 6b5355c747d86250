import { allSame } from './digits';
import { luhnValid } from './luhn';

/**
 * Canadian Social Insurance Number: 9 digits, Luhn. A first digit of 8 is not used for SINs
 * (business numbers); 0 is reserved for fictitious numbers such as the 046 454 286 example that
 * documentation and forms use — kept, as it is what people paste.
 */
export const isCaSin = (value: string): boolean => {
  const d = value.replace(/[ -]/g, '');
  if (!/^\d{9}$/.test(d) || d[0] === '8' || allSame(d)) return false;
  return luhnValid(d);
};
