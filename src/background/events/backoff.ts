/**
 * Retry timing for event delivery: exponential backoff with full jitter
 * (delay = random × min(cap, base × 2^failures)), and `Retry-After` parsing.
 */

export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 10 * 60_000;
/** A server cannot park a sink for longer than this, whatever its Retry-After says. */
export const RETRY_AFTER_MAX_MS = 24 * 60 * 60_000;

/** Full-jitter delay after `failures` earlier consecutive failures (0 for the first failure). */
export function backoffDelay(failures: number, random: () => number, baseMs = BACKOFF_BASE_MS, capMs = BACKOFF_CAP_MS): number {
  const exp = Math.min(capMs, baseMs * 2 ** Math.min(Math.max(0, failures), 30));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * exp);
}

/**
 * Parses a `Retry-After` header value: delta-seconds or an HTTP-date. Returns milliseconds to
 * wait from `now`, or null when absent or unreadable. Clamped to [0, RETRY_AFTER_MAX_MS].
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (value == null) return null;
  const v = value.trim();
  if (v === '') return null;
  let ms: number;
  if (/^\d+$/.test(v)) ms = Number(v) * 1000;
  else {
    const at = Date.parse(v);
    if (Number.isNaN(at)) return null;
    ms = at - now;
  }
  return Math.min(Math.max(0, ms), RETRY_AFTER_MAX_MS);
}

/** How to treat an HTTP status from a sink. */
export type StatusClass = 'ok' | 'retry' | 'auth' | 'too_large' | 'poison';

export function classifyStatus(status: number): StatusClass {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 408 || status === 429) return 'retry';
  // The batch is fine, the credentials are not (revoked/rotated enrollment token): keep the
  // events and retry with backoff until managed config brings a working token.
  if (status === 401 || status === 403) return 'auth';
  if (status === 413) return 'too_large';
  if (status >= 400 && status < 500) return 'poison';
  return 'retry';
}
