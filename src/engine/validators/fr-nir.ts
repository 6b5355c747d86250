/**
 * French social security number (NIR / numéro INSEE): sex (1 2, 3 4 7 8 for provisional
 * numbers), year, month (01–12, 20–42 or 50–99 when unknown), département (2A/2B for Corsica),
 * commune, order, then a two-digit key = 97 − (first 13 digits mod 97), Corsica counted as
 * 2A → 19, 2B → 18.
 */
const mod97Of13 = (n13: string): number => {
  let r = 0;
  for (let i = 0; i < n13.length; i++) r = (r * 10 + n13.charCodeAt(i) - 48) % 97;
  return r;
};

/** The 13 key-bearing digits of a NIR body (Corsica substituted), or undefined. */
const numericBody = (body: string): string | undefined => {
  const b = body.toUpperCase();
  const dept = b.slice(5, 7);
  let digits = b;
  if (dept === '2A') digits = `${b.slice(0, 5)}19${b.slice(7)}`;
  else if (dept === '2B') digits = `${b.slice(0, 5)}18${b.slice(7)}`;
  return /^\d{13}$/.test(digits) ? digits : undefined;
};

/** The key for a 13-character NIR body. */
export const frNirKey = (body: string): number => {
  const n = numericBody(body);
  return n === undefined ? -1 : 97 - mod97Of13(n);
};

export const isFrNir = (value: string): boolean => {
  const v = value.replace(/ /g, '');
  if (!/^[1-478]\d{4}(?:\d{2}|2[AaBb])\d{8}$/.test(v)) return false;
  const month = Number(v.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false;
  if (v.slice(5, 7) === '00') return false;
  const key = Number(v.slice(13));
  return key >= 1 && key <= 97 && frNirKey(v.slice(0, 13)) === key;
};
