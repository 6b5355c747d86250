import { createHash, generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto';

/**
 * A self-signed TLS certificate generated in-process with node:crypto (no openssl binary, no npm
 * package): an ECDSA P-256 key and a hand-encoded DER X.509 v3 certificate whose
 * subjectAltName lists every fixture host. Chromium runs with --ignore-certificate-errors, so
 * the certificate only has to be well-formed; the SANs keep it honest for other clients.
 */
export interface GeneratedCert {
  key: string;
  cert: string;
  /** SHA-256 of the DER certificate, base64 (usable with --ignore-certificate-errors-spki-list style tooling). */
  fingerprint256: string;
}

// ---- minimal DER encoder ----------------------------------------------------------------------

function len(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const tlv = (tag: number, body: Buffer): Buffer => Buffer.concat([Buffer.from([tag]), len(body.length), body]);
const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));
const explicit = (n: number, inner: Buffer) => tlv(0xa0 | n, inner);
const octets = (body: Buffer) => tlv(0x04, body);
const bitString = (body: Buffer) => tlv(0x03, Buffer.concat([Buffer.from([0]), body]));
const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, 'utf8'));
const bool = (b: boolean) => tlv(0x01, Buffer.from([b ? 0xff : 0]));

function integer(bytes: Buffer): Buffer {
  let body = bytes;
  while (body.length > 1 && body[0] === 0 && (body[1]! & 0x80) === 0) body = body.subarray(1);
  if ((body[0]! & 0x80) !== 0) body = Buffer.concat([Buffer.from([0]), body]);
  return tlv(0x02, body);
}

function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const out: number[] = [40 * parts[0]! + parts[1]!];
  for (const part of parts.slice(2)) {
    const chunk: number[] = [];
    let v = part;
    do {
      chunk.unshift(v & 0x7f);
      v = Math.floor(v / 128);
    } while (v > 0);
    for (let i = 0; i < chunk.length - 1; i++) chunk[i]! |= 0x80;
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

function time(d: Date): Buffer {
  // UTCTime for 1950–2049, GeneralizedTime otherwise (RFC 5280 4.1.2.5).
  const iso = d.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z'; // YYYYMMDDHHMMSSZ
  const year = d.getUTCFullYear();
  return year < 2050 ? tlv(0x17, Buffer.from(iso.slice(2), 'ascii')) : tlv(0x18, Buffer.from(iso, 'ascii'));
}

const OID = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
};

function generalNames(hosts: readonly string[]): Buffer {
  const names = hosts.map((h) =>
    /^\d+\.\d+\.\d+\.\d+$/.test(h)
      ? tlv(0x87, Buffer.from(h.split('.').map(Number))) // [7] iPAddress
      : tlv(0x82, Buffer.from(h, 'ascii')), // [2] dNSName (IA5String)
  );
  return seq(...names);
}

/** Generates a fresh key pair and a self-signed certificate for `hosts` (first = CN). */
export function generateSelfSignedCert(hosts: readonly string[], days = 7): GeneratedCert {
  if (hosts.length === 0) throw new Error('generateSelfSignedCert: no hosts');
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const name = seq(set(seq(oid(OID.organization), utf8('Shadow AI Guard e2e fixtures'))), set(seq(oid(OID.commonName), utf8(hosts[0]!))));
  const notBefore = new Date(Date.now() - 60 * 60 * 1000);
  const notAfter = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  const sigAlg = seq(oid(OID.ecdsaWithSha256));
  const serial = randomBytes(16);
  serial[0] = serial[0]! & 0x7f; // positive

  const extensions = seq(
    seq(oid(OID.basicConstraints), bool(true), octets(seq())), // critical, cA = FALSE (default)
    seq(oid(OID.keyUsage), bool(true), octets(tlv(0x03, Buffer.from([0x07, 0x80])))), // digitalSignature
    seq(oid(OID.extKeyUsage), octets(seq(oid(OID.serverAuth)))),
    seq(oid(OID.subjectAltName), octets(generalNames(hosts))),
  );

  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))), // v3
    integer(serial),
    sigAlg,
    name,
    seq(time(notBefore), time(notAfter)),
    name,
    spki,
    explicit(3, extensions),
  );
  const signature = sign('sha256', tbs, { key: privateKey, dsaEncoding: 'der' });
  const der = seq(tbs, sigAlg, bitString(signature));

  const cert = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;
  const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  // Self-check: Node's X.509 parser must accept it and the SANs must match.
  const parsed = new X509Certificate(cert);
  if (!parsed.checkHost(hosts.find((h) => !/^\d/.test(h)) ?? hosts[0]!) || !parsed.verify(publicKey)) {
    throw new Error('generateSelfSignedCert: generated certificate failed its self-check');
  }
  return { key, cert, fingerprint256: createHash('sha256').update(der).digest('base64') };
}
