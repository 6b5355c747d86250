/**
 * Masked previews: enough to recognise which secret it was, never enough to use it.
 *
 * - fewer than 12 characters: fully masked (`••••••••`);
 * - 12–19 characters: first 2 and last 2 characters (4 revealed);
 * - 20 or more: first 4 and last 4 (for prefixed tokens the first 4 are mostly the public
 *   prefix, e.g. `AKIA••••••••MPLE`; at most 40 % of the value).
 * The masked middle is always 8 bullets, so the preview does not reveal the length either.
 * Whitespace in the revealed ends is collapsed so a multi-line value stays on one line.
 * Cost is O(1) in the value's length (only the ends are read).
 */
const BULLETS = '••••••••';

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

/** Whitespace runs collapsed to one space; printable ASCII (the usual case) skips the regex. */
function collapse(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** First/last `k` characters, not splitting a surrogate pair (a cut pair is dropped). */
function head(v: string, k: number): string {
  let s = v.slice(0, k);
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) s = s.slice(0, -1);
  return collapse(s);
}
function tail(v: string, k: number): string {
  let s = v.slice(v.length - k);
  const first = s.charCodeAt(0);
  if (first >= 0xdc00 && first <= 0xdfff) s = s.slice(1);
  return collapse(s);
}

export function mask(value: string): string {
  let a = 0;
  let b = value.length;
  while (a < b && isSpace(value.charCodeAt(a))) a++;
  while (b > a && isSpace(value.charCodeAt(b - 1))) b--;
  const n = b - a;
  if (n < 12) return BULLETS;
  const v = a === 0 && b === value.length ? value : value.slice(a, b);
  const k = n < 20 ? 2 : 4;
  return head(v, k) + BULLETS + tail(v, k);
}
