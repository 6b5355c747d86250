/**
 * Fake but format-valid sensitive values for e2e tests. Each is unique to this test run, so a
 * privacy test can search every outbound byte for it. Assembled at runtime so the literal never
 * sits in the source as a whole secret.
 */
const runId = Date.now().toString(36).toUpperCase();
const alnum = (seed: string, n: number) => {
  const chars = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';
  let out = '';
  let h = 2166136261;
  for (let i = 0; out.length < n; i++) {
    h = Math.imul(h ^ (seed.charCodeAt(i % seed.length) + i), 16777619) >>> 0;
    out += chars[h % chars.length];
  }
  return out;
};

/** A GitHub classic personal access token (ghp_ + 36 alphanumerics). Default policy: block. */
export const GITHUB_TOKEN = ['ghp', '_', alnum(`gh${runId}`, 36)].join('');
/** An e-mail address. Default policy: warn. */
export const EMAIL = `jane.canary.${runId.toLowerCase()}@example-corp.com`;
/** A Luhn-valid Visa test-range card number. Default policy: redact (or justify). */
export const CARD = '4539 1488 0343 6467';
