import type { DetectedSpan, ScanMemo } from '../types';
import { digitRunDetector } from '../numeric';

/*
 * Linear scanners for the two PII formats whose regexes are slow as a whole-text search:
 * an e-mail regex has to try every word start as a possible local part, and an IPv6 regex every
 * hex character. Both formats have a cheap anchor character ("@", ":") that indexOf finds at
 * memory speed; from each anchor we step back at most 64 (4) characters to the token start and
 * run the rule's own pattern there as a sticky regex. Same matches as the documented pattern,
 * a fraction of the cost.
 */

const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** Characters of an e-mail local part: word characters and . % + - */
const isLocal = (c: number): boolean => isWord(c) || c === 46 || c === 37 || c === 43 || c === 45;

const EMAIL_AT = /[\w.%+-]{1,64}(?:@|%40)(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\b(?![-@])/iy;

/**
 * E-mail candidates: same spans as PII email `pattern`, found from each "@" and each "%40" (an
 * address URL-encoded in a link or a log line: `?email=jane.doe%40example.com`).
 */
export function* scanEmails(text: string): Generator<DetectedSpan> {
  let from = 0;
  let nextAt = text.indexOf('@');
  let nextPct = text.indexOf('%40');
  while (nextAt !== -1 || nextPct !== -1) {
    const at = nextPct === -1 || (nextAt !== -1 && nextAt < nextPct) ? nextAt : nextPct;
    let s = at;
    while (s > 0 && at - s < 64 && isLocal(text.charCodeAt(s - 1))) s--;
    // Skipped: an empty local part, a run longer than 64, or a start inside the previous match
    // (a "%40" right after an address: its local part would begin in that address's domain).
    if (s !== at && s >= from && !(s > 0 && isLocal(text.charCodeAt(s - 1)))) {
      EMAIL_AT.lastIndex = s;
      const m = EMAIL_AT.exec(text);
      if (m) {
        from = s + m[0].length;
        yield { start: s, end: from };
      }
    }
    if (at === nextAt) nextAt = text.indexOf('@', Math.max(at + 1, from));
    else nextPct = text.indexOf('%40', Math.max(at + 1, from));
    if (nextAt !== -1 && nextAt < from) nextAt = text.indexOf('@', from);
    if (nextPct !== -1 && nextPct < from) nextPct = text.indexOf('%40', from);
  }
}

/**
 * May an address start at `s`? Not inside a token (word char, dot, backslash, slash, dash;
 * for IPv6 also colon), except after a "/" that itself does not follow a word ("http://").
 */
const addressStart = (text: string, s: number, colonBreaks: boolean): boolean => {
  if (s === 0) return true;
  const p = text.charCodeAt(s - 1);
  if (p === 47) return s === 1 || !(isWord(text.charCodeAt(s - 2)) || text.charCodeAt(s - 2) === 46); // '/'
  return !(isWord(p) || p === 46 || p === 92 || p === 45 || (colonBreaks && p === 58));
};

const IPV6_AT = /[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:.])/iy;

/**
 * IP candidates: IPv4 tried (sticky) only at the digit-run starts of the shared numeric index
 * that carry at least 4 digits and begin with 1–3 digits (its lookbehind allows no other start), IPv6 from each ":" back
 * to the start of its first group. Spans sorted by start.
 */
export const scanIps = (ipv4: RegExp) => {
  const v4 = digitRunDetector(ipv4, 4, [1, 2, 3], '.'); // \d{1,3}\.
  return (text: string, memo?: ScanMemo): DetectedSpan[] => {
    const spans: DetectedSpan[] = v4(text, memo);
    const v4count = spans.length;
    let from = 0;
    for (let c = text.indexOf(':'); c !== -1; c = text.indexOf(':', Math.max(c + 1, from))) {
      let s = c;
      while (s > 0 && c - s < 4 && isHex(text.charCodeAt(s - 1))) s--;
      if (s === c || (s > 0 && isHex(text.charCodeAt(s - 1)))) continue;
      if (!addressStart(text, s, true)) continue;
      IPV6_AT.lastIndex = s;
      const m = IPV6_AT.exec(text);
      if (!m) continue;
      from = s + m[0].length;
      spans.push({ start: s, end: from });
    }
    if (v4count > 0 && spans.length > v4count) spans.sort((a, b) => a.start - b.start);
    return spans;
  };
};
