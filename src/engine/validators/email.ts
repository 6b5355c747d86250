import type { MatchContext } from '../types';
/**
 * Checks an e-mail candidate from the `pii.email` regex (which already bounds the local part to
 * 64 and the labels to 63 characters). Rejected on purpose:
 *  - HiDPI asset names `icon@2x.png`, `logo@1.5x.webp` — file names, not addresses;
 *  - `git@host` — the SSH remote user of git hosts (`git@github.com:org/repo.git`), no person.
 * Documentation domains (example.com) stay detected: people write real-looking addresses there
 * too, and a rule cannot lower its score per value.
 */
export const isEmailAddress = (raw: string, ctx?: MatchContext): boolean => {
  // URL-encoded form (name%40example.com): the last "%40" is the "@".
  let value = raw;
  if (raw.indexOf('@') === -1) {
    const pct = raw.lastIndexOf('%40');
    if (pct <= 0) return false;
    value = `${raw.slice(0, pct)}@${raw.slice(pct + 3)}`;
  }
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  // Right after another "@": the tail of a longer token, e.g. a password with an unescaped "@"
  // in a connection URL (mysql://etl:p@ss@db.internal), not an address.
  if (ctx !== undefined && ctx.start > 0 && ctx.text.charCodeAt(ctx.start - 1) === 64) return false;
  if (ctx !== undefined && inUrlAuthority(ctx.text, ctx.start)) return false;
  // Local part: no leading, trailing or doubled dot; not the SSH user "git".
  if (value.charCodeAt(0) === 46 || value.charCodeAt(at - 1) === 46 || value.lastIndexOf('..', at) !== -1) return false;
  if (at === 3 && value.slice(0, 3).toLowerCase() === 'git') return false;
  const domain = value.slice(at + 1);
  if (ASSET_SCALE.test(domain)) return false;
  // Labels: non-empty, not starting or ending with "-"; at least two; the last alphabetic (2+).
  let labels = 0;
  let start = 0;
  for (let i = 0; i <= domain.length; i++) {
    if (i < domain.length && domain.charCodeAt(i) !== 46) continue;
    if (i === start || domain.charCodeAt(start) === 45 || domain.charCodeAt(i - 1) === 45) return false;
    labels++;
    if (i === domain.length) {
      if (i - start < 2) return false;
      for (let j = start; j < i; j++) {
        const c = domain.charCodeAt(j) | 0x20;
        if (c < 97 || c > 122) return false;
      }
    }
    start = i + 1;
  }
  return labels >= 2;
};

/** `2x.png`, `1.5x.webp`: HiDPI asset names. */
const ASSET_SCALE = /^\d+(?:\.\d+)?x\./i;

/**
 * The candidate sits in the `user:password@host` part of a URL (sftp://partner:p4ss!word@files.…):
 * walking back from it reaches "://" before any "/", space or quote. That is a login, reported by
 * the URL-password rules, not an e-mail address. An address in a URL's path or query is kept.
 */
function inUrlAuthority(t: string, start: number): boolean {
  const lim = Math.max(0, start - 300);
  for (let i = start - 1; i >= lim; i--) {
    const c = t.charCodeAt(i);
    if (c === 47 /* / */) return i >= 2 && t.charCodeAt(i - 1) === 47 && t.charCodeAt(i - 2) === 58;
    if (c <= 32 || c === 34 || c === 39 || c === 60 || c === 62 || c === 96) return false;
  }
  return false;
}
