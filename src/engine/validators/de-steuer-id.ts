/**
 * German tax identification number (Steuerliche Identifikationsnummer, § 139b AO): 11 digits,
 * first not 0. In the first ten digits exactly one digit repeats — twice, or three times but not
 * three in a row — and the rest occur at most once. Digit 11 is the ISO 7064 MOD 11,10 check.
 */
export const steuerIdCheckDigit = (first10: string): number => {
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (first10.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
};

export const isDeSteuerId = (value: string): boolean => {
  const d = value.replace(/[ /]/g, '');
  if (!/^[1-9]\d{10}$/.test(d)) return false;
  const counts = new Uint8Array(10);
  for (let i = 0; i < 10; i++) counts[d.charCodeAt(i) - 48]!++;
  let repeated = -1;
  for (let digit = 0; digit < 10; digit++) {
    const n = counts[digit]!;
    if (n < 2) continue;
    if (repeated >= 0 || n > 3) return false;
    repeated = digit;
  }
  if (repeated < 0) return false;
  if (counts[repeated] === 3) {
    const r = String(repeated).repeat(3);
    if (d.slice(0, 10).includes(r)) return false;
  }
  return steuerIdCheckDigit(d) === d.charCodeAt(10) - 48;
};
