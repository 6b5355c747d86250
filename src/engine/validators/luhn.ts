/**
 * Luhn (ISO/IEC 7812-1 annex B) mod-10 check over the digits of `value`; spaces and dashes are
 * skipped, any other character fails. Used for payment cards and Canadian SINs.
 */
export const luhnValid = (value: string): boolean => {
  let sum = 0;
  let double = false;
  let n = 0;
  for (let i = value.length - 1; i >= 0; i--) {
    const c = value.charCodeAt(i);
    if (c === 32 || c === 45) continue; // ' ' '-'
    let d = c - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
    n++;
  }
  return n > 0 && sum % 10 === 0;
};

/** The Luhn check digit that completes `payload` (digits only). */
export const luhnCheckDigit = (payload: string): number => {
  for (let d = 0; d <= 9; d++) if (luhnValid(payload + d)) return d;
  return -1;
};
