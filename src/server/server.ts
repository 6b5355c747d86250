import { timingSafeEqual, createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeZodError } from '../engine/policy';
import { EventDb } from './db';
import { EventBatchSchema } from './events';
import { inventoryPage } from './inventory-page';
import { PolicySource } from './policy-source';

export interface ServerOptions {
  /** Default 8787; 0 picks a free port (tests). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** SQLite file, or `:memory:`. */
  dbPath: string;
  org: {
    id: string;
    /** The policy document (JSON) served, signed, to browsers. */
    policyFile: string;
    /** PKCS#8 PEM of the org's Ed25519 signing key. */
    signingKeyPem: string;
    kid: string;
    /** Browsers present it as `Authorization: Bearer …` for policy and events. */
    enrollmentToken: string;
  };
  /** Required for the inventory API. */
  adminToken: string;
  /** Largest request body accepted (default 1 MiB); larger → 413. */
  maxBodyBytes?: number;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), closes the database. */
  close(graceMs?: number): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension|extension|safari-web-extension):\/\/[a-zA-Z0-9._-]+$/;
const corsPreflight = {
  'access-control-allow-methods': 'GET, POST',
  'access-control-allow-headers': 'authorization, content-type, if-none-match',
  'access-control-max-age': '600',
};
const sha = (s: string) => createHash('sha256').update(s).digest();
/** Constant-time token comparison (hashes first, so lengths do not leak either). */
const tokenMatches = (given: string | null, expected: string) => given !== null && timingSafeEqual(sha(given), sha(expected));
const bearer = (req: IncomingMessage): string | null => /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === null ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === null ? {} : { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) }),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `request body over ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `request body over ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The reference org endpoint:
 *
 * | route | auth | |
 * |---|---|---|
 * | `GET /healthz` | none | `{ok, db}` |
 * | `GET /v1/orgs/{org}/policy` | enrollment token | signed envelope, `ETag`; 304 on `If-None-Match` |
 * | `POST /v1/orgs/{org}/events` | enrollment token | `{events:[…]}`, idempotent by id; 413 when too large |
 * | `GET /v1/orgs/{org}/inventory` | admin token | inventory across devices: per app visits, prompts, findings by category, actions, devices, users, first/last seen |
 * | `GET /inventory` | none (the page asks for the admin token) | read-only inventory page |
 */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;
  const db = new EventDb(opts.dbPath);
  const policy = new PolicySource({ file: opts.org.policyFile, orgId: opts.org.id, privateKeyPem: opts.org.signingKeyPem, kid: opts.org.kid, log });
  await policy.get(); // sign at startup (and log problems early)

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    if (url.pathname === '/healthz') {
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method not allowed');
      return send(res, 200, { ok: true, db: db.ping() ? 'ok' : 'down' });
    }
    if (url.pathname === '/inventory' || url.pathname.startsWith('/inventory/')) {
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method not allowed');
      const page = inventoryPage(url.pathname, opts.org.id);
      if (!page) throw new HttpError(404, 'not found');
      res.writeHead(page.status, { ...page.headers, 'content-length': String(Buffer.byteLength(page.body)) });
      res.end(method === 'HEAD' ? undefined : page.body);
      return;
    }
    const m = /^\/v1\/orgs\/([^/]+)\/(policy|events|inventory)$/.exec(url.pathname);
    if (!m) throw new HttpError(404, 'not found');
    if (method === 'OPTIONS' && m[2] !== 'inventory') return send(res, 204, null, corsPreflight);
    const [, orgRaw, what] = m;
    const org = decodeURIComponent(orgRaw!);
    if (org !== opts.org.id) throw new HttpError(404, 'unknown org');

    if (what === 'inventory') {
      if (method !== 'GET') throw new HttpError(405, 'method not allowed');
      if (!tokenMatches(bearer(req), opts.adminToken)) throw new HttpError(401, 'admin token required');
      return send(res, 200, { orgId: org, ...db.inventory(org) });
    }

    if (!tokenMatches(bearer(req), opts.org.enrollmentToken)) throw new HttpError(401, 'enrollment token required');

    if (what === 'policy') {
      if (method !== 'GET') throw new HttpError(405, 'method not allowed');
      const served = await policy.get();
      if (!served) throw new HttpError(503, 'no valid policy to serve');
      const inm = req.headers['if-none-match'];
      if (inm && inm.split(',').some((t) => t.trim() === served.etag)) return send(res, 304, null, { etag: served.etag });
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(served.body)),
        etag: served.etag,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      res.end(served.body);
      return;
    }

    // events
    if (method !== 'POST') throw new HttpError(405, 'method not allowed');
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'expected application/json');
    const text = await readBody(req, maxBody);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'body is not JSON');
    }
    const batch = EventBatchSchema.safeParse(json);
    if (!batch.success) throw new HttpError(400, `invalid event batch ${describeZodError(batch.error)}`);
    const result = db.insertEvents(org, batch.data.events, new Date().toISOString());
    return send(res, 200, result);
  }

  let closing: Promise<void> | null = null;
  const server = createServer((req, res) => {
    // Browser extensions call policy/events from their own origin (chrome-extension://…,
    // moz-extension://…): allow exactly those origins, so no host permission is needed.
    const origin = req.headers.origin;
    if (origin && EXTENSION_ORIGIN.test(origin) && !/\/inventory$/.test(req.url ?? '')) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', 'etag');
      res.setHeader('vary', 'origin');
    }
    const started = performance.now();
    if (closing) res.setHeader('connection', 'close');
    res.on('finish', () => {
      if (closing) server.closeIdleConnections();
      const path = (req.url ?? '').split('?')[0];
      log(`${new Date().toISOString()} ${req.method} ${path} ${res.statusCode} ${Math.round(performance.now() - started)}ms`);
    });
    route(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      const message = err instanceof HttpError ? err.message : 'internal error';
      if (!(err instanceof HttpError)) log(`error: ${(err as Error).stack ?? String(err)}`);
      if (res.headersSent) return res.destroy();
      // Do not keep reading a body we refused (large uploads): answer and close the connection.
      send(res, status, { error: message }, status === 413 ? { connection: 'close' } : {});
      if (status === 413) req.resume();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8787, opts.host ?? '127.0.0.1', () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  const url = `http://${host}:${addr.port}`;

  return {
    url,
    port: addr.port,
    close(graceMs = 10_000) {
      closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(force);
          db.close();
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
