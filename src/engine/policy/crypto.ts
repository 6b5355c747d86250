import type { SignedPolicyEnvelope } from '../../contracts/policy';

/**
 * Ed25519 through WebCrypto (`crypto.subtle`), available alike in the extension background
 * (Chrome 137+, Firefox 129+), workers and Node 20. Keys: public = raw 32 bytes, base64;
 * private = PKCS#8, PEM ("-----BEGIN PRIVATE KEY-----"), which `openssl` and node:crypto read too.
 */

const ED25519 = { name: 'Ed25519' } as const;

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Throws on invalid base64. */
export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export const utf8 = (s: string): Uint8Array<ArrayBuffer> => {
  const enc = new TextEncoder().encode(s);
  const out = new Uint8Array(new ArrayBuffer(enc.length));
  out.set(enc);
  return out;
};

const hex = (b: ArrayBuffer): string => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');

/** Default key id: the first 16 hex digits of SHA-256(raw public key). */
export async function kidForPublicKey(publicKeyB64: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', base64ToBytes(publicKeyB64))).slice(0, 16);
}

export async function importPublicKey(publicKeyB64: string): Promise<CryptoKey> {
  const raw = base64ToBytes(publicKeyB64);
  if (raw.length !== 32) throw new Error('an Ed25519 public key is 32 bytes');
  return crypto.subtle.importKey('raw', raw, ED25519, false, ['verify']);
}

/** True iff `signatureB64` is a valid Ed25519 signature of `data` by the key. Never throws. */
export async function verifyEd25519(publicKeyB64: string, data: Uint8Array<ArrayBuffer>, signatureB64: string): Promise<boolean> {
  try {
    const key = await importPublicKey(publicKeyB64);
    const sig = base64ToBytes(signatureB64);
    if (sig.length !== 64) return false;
    return await crypto.subtle.verify(ED25519, key, sig, data);
  } catch {
    return false;
  }
}

export function pemToDer(pem: string): Uint8Array<ArrayBuffer> {
  const m = /-----BEGIN PRIVATE KEY-----([\s\S]*?)-----END PRIVATE KEY-----/.exec(pem);
  if (!m?.[1]) throw new Error('expected a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----)');
  return base64ToBytes(m[1].replace(/\s+/g, ''));
}

export function derToPem(der: Uint8Array): string {
  const b64 = bytesToBase64(der);
  return `-----BEGIN PRIVATE KEY-----\n${b64.replace(/.{1,64}/g, '$&\n')}-----END PRIVATE KEY-----\n`;
}

export async function importPrivateKeyPem(pem: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', pemToDer(pem), ED25519, true, ['sign']);
}

export interface SigningKeyPair {
  kid: string;
  /** Raw 32-byte public key, base64: what admins pin in managed config. */
  publicKey: string;
  /** PKCS#8 PEM: keep it secret, on the machine that signs policies. */
  privateKeyPem: string;
}

export async function generateSigningKeyPair(kid?: string): Promise<SigningKeyPair> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  const privateKeyPem = derToPem(new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)));
  return { kid: kid ?? (await kidForPublicKey(publicKey)), publicKey, privateKeyPem };
}

/** The public key (raw, base64) of a PKCS#8 PEM private key. */
export async function publicKeyOfPrivatePem(pem: string): Promise<string> {
  const key = await importPrivateKeyPem(pem);
  const jwk = await crypto.subtle.exportKey('jwk', key);
  if (!jwk.x) throw new Error('not an Ed25519 private key');
  return bytesToBase64(base64ToBytes(jwk.x.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (jwk.x.length % 4)) % 4)));
}

/**
 * Signs the exact policy JSON text: the envelope carries those bytes (base64) and the signature
 * over them, so whatever whitespace or key order the file has is what gets verified.
 */
export async function signPolicyJson(policyJson: string, privateKeyPem: string, kid: string): Promise<SignedPolicyEnvelope> {
  const key = await importPrivateKeyPem(privateKeyPem);
  const bytes = utf8(policyJson);
  const sig = new Uint8Array(await crypto.subtle.sign(ED25519, key, bytes));
  return { payload: bytesToBase64(bytes), kid, alg: 'Ed25519', signature: bytesToBase64(sig) };
}
