import { allSame } from './digits';

/**
 * Passport numbers have no checksum in their printed form (the MRZ check digit is not typed),
 * so the rule relies on required context ("passport", "Reisepass", …). This only removes what
 * is clearly not a passport number: one repeated character, and 8-digit runs that are dates
 * (YYYYMMDD, DDMMYYYY) such as an issue or expiry date next to the word "passport".
 */
export const isPassportNumber = (value: string): boolean => {
  // The series may stand apart from the number ("pasport AB 9036172", Uzbekistan, Kazakhstan;
  // Russia's foreign passports "75 1839274").
  // Russia's internal passports: "45 17 318274" / "4517 318274" (series, number).
  // Ukraine's booklet passports: two letters, then six digits ("FT 482017").
  const v = value.toUpperCase().replace(/^(\d{2}) ?(\d{2}) (?=\d{6}$)/, '$1$2').replace(/^([A-Z]{1,2}|\d{2}) (?=\d{7,8}$)/, '$1').replace(/^([A-Z]{2}) (?=\d{6}$)/, '$1');
  if (/^\d{10}$/.test(v)) return value.includes(' ') && !allSame(v);
  if (!(/^[A-Z0-9]{6,9}$/.test(v) || /^[A-Z]\d{9}$/.test(v)) || allSame(v)) return false;
  const digits = v.replace(/\D/g, '');
  if (digits.length < 2) return false;
  if (/^(?:\d{6,9}|[A-Z]\d{6,9})$/.test(v) && allSame(v.slice(1))) return false;
  if (/^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(v)) return false;
  if (/^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}$/.test(v)) return false;
  return true;
};
