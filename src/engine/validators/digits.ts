/** Small helpers shared by the checksum validators. Candidates are short, so these stay cheap. */

/** The ASCII digits of `value`, separators dropped. */
export const digitsOf = (value: string): string => value.replace(/\D+/g, '');

/** Numeric value of the ASCII digit at `i`, or -1. */
export const digitAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** True when every character of `s` is the same (000000000, 111111111…): never a real ID. */
export const allSame = (s: string): boolean => {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) !== s.charCodeAt(0)) return false;
  return true;
};
