/**
 * Pseudonymous user ids: HMAC-SHA-256 (WebCrypto) of the managed/profile identity, keyed with a
 * secret from managed config, hex, first 32 chars (128 bits). Without the org's key the value
 * cannot be linked back to an address by hashing candidate addresses — which is exactly why
 * there is NO unkeyed fallback: no key (or a key too short to resist guessing) means `user: null`.
 */

export const MIN_IDENTITY_KEY_LENGTH = 16;
export const PSEUDONYM_HEX_LENGTH = 32;

const enc = new TextEncoder();

/** Normalises an identity before hashing, so `Ann@Example.com ` and `ann@example.com` agree. */
export function normalizeIdentity(identity: string): string {
  return identity.normalize('NFKC').trim().toLowerCase();
}

export async function pseudonymize(identity: string | null | undefined, key: string | null | undefined): Promise<string | null> {
  if (!identity || !key || key.length < MIN_IDENTITY_KEY_LENGTH) return null;
  const normalized = normalizeIdentity(identity);
  if (normalized === '') return null;
  const k = await crypto.subtle.importKey('raw', enc.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', k, enc.encode(normalized)));
  let hex = '';
  for (const b of mac) hex += b.toString(16).padStart(2, '0');
  return hex.slice(0, PSEUDONYM_HEX_LENGTH);
}

/** Domain part of an account address (`ann@Example.com` → `example.com`), or null. */
export function accountDomainOf(account: string | null | undefined): string | null {
  if (!account) return null;
  const at = account.lastIndexOf('@');
  const domain = (at >= 0 ? account.slice(at + 1) : account).trim().toLowerCase().replace(/\.$/, '');
  return domain === '' ? null : domain;
}
