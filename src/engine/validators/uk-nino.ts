/**
 * UK National Insurance number (HMRC NIM39110): two prefix letters, six digits, suffix A–D.
 * D F I Q U V never appear in the prefix, O never second, and BG GB KN NK NT TN ZZ are not
 * allocated (so HMRC's own placeholder QQ 12 34 56 C is not a NINO).
 */
const BAD_PREFIX = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export const isUkNino = (value: string): boolean => {
  const v = value.replace(/ /g, '').toUpperCase();
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(v)) return false;
  return !BAD_PREFIX.has(v.slice(0, 2));
};
