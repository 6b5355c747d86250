/**
 * Line bounds looked for over a bounded distance. Validators and context checks run once per
 * candidate; an unbounded search for the line's start would make a text that is one long line
 * quadratic, so each caller says how far a line that matters to it can reach.
 */

/** End of the line starting at `ls`, unbounded: only for a line already known to be short (a table's header). */
export function lineEnd(t: string, ls: number): number {
  const le = t.indexOf('\n', ls);
  return le < 0 ? t.length : le;
}

/** Start of the line holding position `i` (after its "\n"), or -1 if it lies more than `max` characters back. */
export function lineStartWithin(t: string, i: number, max: number): number {
  const lim = Math.max(0, i - max);
  let ls = i;
  while (ls > lim && t.charCodeAt(ls - 1) !== 10) ls--;
  return ls > 0 && ls === lim && t.charCodeAt(ls - 1) !== 10 ? -1 : ls;
}

/** End of the line holding position `i` (its "\n" or the text's end), or -1 if it lies more than `max` characters on. */
export function lineEndWithin(t: string, i: number, max: number): number {
  const lim = Math.min(t.length, i + max);
  let le = i;
  while (le < lim && t.charCodeAt(le) !== 10) le++;
  return le < t.length && le === lim && t.charCodeAt(le) !== 10 ? -1 : le;
}

/** Where a window of `max` characters before position `i` starts, cut at the start of i's line. */
export function windowStart(t: string, i: number, max: number): number {
  const ls = lineStartWithin(t, i, max);
  return ls < 0 ? i - max : ls;
}

/** Where a window of `max` characters from position `i` ends, cut at the end of i's line. */
export function windowEnd(t: string, i: number, max: number): number {
  const le = lineEndWithin(t, i, max);
  return le < 0 ? i + max : le;
}
