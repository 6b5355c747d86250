import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ManagedConfig } from '../../../src/contracts/managed-config';
import type { PolicyDocumentInput } from '../../../src/contracts/policy';
import { generateSigningKeyPair, signPolicyJson, type SigningKeyPair } from '../../../src/engine/policy/crypto';
import { startServer, type RunningServer } from '../../../src/server/server';

/** A response served for `GET /v1/orgs/{org}/policy` instead of the reference server's. */
export interface CraftedResponse {
  status?: number;
  /** Default `application/json; charset=utf-8`. */
  contentType?: string;
  body: string;
  headers?: Record<string, string>;
}

/** One policy request as the front saw it. */
export interface PolicyRequest {
  at: number;
  ifNoneMatch: string | null;
  /** What answered: the reference server (`real`) or a crafted response. */
  served: 'real' | 'crafted';
}

/**
 * The reference org endpoint (src/server), run in-process for a test with its own key and policy
 * file, behind a small front server. The front passes everything through to the reference server
 * (so its auth, ETags and CORS are what the extension meets), except that a test can make it
 * serve a crafted policy response (bad envelopes, wrong content type, oversized bodies), and can
 * stop it to simulate a dead endpoint.
 */
export interface OrgServer {
  /** The endpoint URL browsers are pointed at (the front). */
  url: string;
  /** The reference server itself. */
  upstreamUrl: string;
  orgId: string;
  key: SigningKeyPair;
  enrollmentToken: string;
  adminToken: string;
  /** Replaces the policy file the server signs and serves (takes effect on the next poll). */
  setPolicy(policy: PolicyDocumentInput): void;
  /** From now on answer policy requests with `response` (null: the reference server again). */
  serve(response: CraftedResponse | null): void;
  /** A signed envelope (JSON text) of `policy` (a document, or exact JSON text), by `key` (default: the org key). */
  sign(policy: PolicyDocumentInput | string, key?: SigningKeyPair, kid?: string): Promise<string>;
  /** Policy requests seen so far (newest last). */
  policyRequests: PolicyRequest[];
  /** Stops answering (connections refused), like a dead endpoint. */
  stop(): Promise<void>;
  /** Managed config pointing a browser at this server, the way admins deploy it. */
  managedConfig(extra?: Partial<ManagedConfig>): ManagedConfig;
  /** The org inventory, read with the admin token. */
  inventory(): Promise<unknown>;
  close(): Promise<void>;
}

const POLICY_PATH = /^\/v1\/orgs\/[^/]+\/policy$/;
const EXTENSION_ORIGIN = /^chrome-extension:\/\/[a-z]{32}$/;

export async function startOrgServer(policy: PolicyDocumentInput, opts: { orgId?: string; port?: number } = {}): Promise<OrgServer> {
  const orgId = opts.orgId ?? 'acme-e2e';
  const dir = mkdtempSync(join(tmpdir(), 'sag-org-'));
  const policyFile = join(dir, 'policy.json');
  const key = await generateSigningKeyPair();
  const enrollmentToken = `enroll-${key.kid}`;
  const adminToken = `admin-${key.kid}`;
  writeFileSync(policyFile, JSON.stringify(policy));
  const upstream: RunningServer = await startServer({
    port: 0,
    dbPath: ':memory:',
    org: { id: orgId, policyFile, signingKeyPem: key.privateKeyPem, kid: key.kid, enrollmentToken },
    adminToken,
    log: () => undefined,
  });

  let crafted: CraftedResponse | null = null;
  const policyRequests: PolicyRequest[] = [];

  const proxy = (req: IncomingMessage, res: ServerResponse) => {
    const fwd = request(
      { host: '127.0.0.1', port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    fwd.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(fwd);
  };

  const front = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const isPolicyGet = req.method === 'GET' && POLICY_PATH.test(path);
    if (isPolicyGet) {
      const inm = req.headers['if-none-match'];
      policyRequests.push({ at: Date.now(), ifNoneMatch: typeof inm === 'string' ? inm : null, served: crafted ? 'crafted' : 'real' });
    }
    if (!isPolicyGet || !crafted) return proxy(req, res);
    const body = Buffer.from(crafted.body, 'utf8');
    const origin = req.headers.origin;
    res.writeHead(crafted.status ?? 200, {
      'content-type': crafted.contentType ?? 'application/json; charset=utf-8',
      'content-length': String(body.length),
      'cache-control': 'no-cache',
      ...(origin && EXTENSION_ORIGIN.test(origin) ? { 'access-control-allow-origin': origin, vary: 'origin' } : {}),
      ...crafted.headers,
    });
    res.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;

  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= new Promise<void>((resolve) => {
      front.close(() => resolve());
      front.closeAllConnections();
    }));

  return {
    url,
    upstreamUrl: upstream.url,
    orgId,
    key,
    enrollmentToken,
    adminToken,
    policyRequests,
    setPolicy(next) {
      writeFileSync(policyFile, JSON.stringify(next));
    },
    serve(response) {
      crafted = response;
    },
    async sign(doc, by = key, kid) {
      const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
      return JSON.stringify(await signPolicyJson(text, by.privateKeyPem, kid ?? by.kid));
    },
    stop,
    managedConfig(extra = {}) {
      return {
        endpoint: url,
        orgId,
        signingKeys: [{ kid: key.kid, publicKey: key.publicKey }],
        enrollmentToken,
        ...extra,
      };
    },
    async inventory() {
      const res = await fetch(`${upstream.url}/v1/orgs/${orgId}/inventory`, { headers: { authorization: `Bearer ${adminToken}` } });
      return res.json();
    },
    async close() {
      await stop();
      await upstream.close(500);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
