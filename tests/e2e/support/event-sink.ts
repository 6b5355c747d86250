import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A controllable org endpoint for delivery and privacy tests: a small node:http proxy in front of
 * the reference server (tests/e2e/support/org-server.ts) that records every request body and can
 * be switched between faults:
 *
 * | mode | what the extension sees |
 * |---|---|
 * | `pass` | the reference server, unchanged |
 * | `refuse` | nothing listens on the port: connection refused |
 * | `error500` | `500 Internal Server Error` (the request does not reach the server) |
 * | `slow` | the request is forwarded at once (the server stores the events), the answer comes `delayMs` later — a worker stopped meanwhile never sees it |
 *
 * The port stays the same across modes, so the managed config never changes.
 *
 * Managed policy is machine-wide: while a managed spec runs, EVERY Chromium on the machine (other
 * test runs too) is pointed at this sink. `acceptDevice(id)` keeps the upstream server clean:
 * until it is called, events POSTs are answered 503 and not forwarded; after, only that device's
 * batches are forwarded, others get a 200 and are dropped (recorded as `foreign`).
 */

export type SinkMode = 'pass' | 'refuse' | 'error500' | 'slow';

export interface SinkRequest {
  at: number;
  method: string;
  path: string;
  /** Mode when the request arrived. */
  mode: SinkMode;
  origin: string | null;
  body: string;
  /** Event ids in an events POST (empty otherwise). */
  ids: string[];
  /** Status the upstream server answered (null: not forwarded). */
  upstreamStatus: number | null;
  /** Whether the client was still connected to receive the answer. */
  answered: boolean;
  /** The `device` of the batch's first event. */
  device: string | null;
  /** Not from the accepted device (or before one was set): not forwarded. */
  foreign: boolean;
}

export interface EventSink {
  url: string;
  port: number;
  readonly mode: SinkMode;
  setMode(mode: SinkMode, opts?: { delayMs?: number }): Promise<void>;
  /** Forwards events of this device only (see above). */
  acceptDevice(device: string): void;
  /** Every request that arrived (not those refused at the TCP level), oldest first. */
  requests(): SinkRequest[];
  /** Events POSTs of the accepted device only. */
  eventPosts(): SinkRequest[];
  /** Resolves with the first events POST arriving after call time that `pred` accepts. */
  nextEventPost(opts?: { timeout?: number; pred?: (r: SinkRequest) => boolean }): Promise<SinkRequest>;
  close(): Promise<void>;
}

const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host', 'content-encoding']);

export async function startEventSink(upstream: string): Promise<EventSink> {
  let mode: SinkMode = 'pass';
  let delayMs = 2000;
  const log: SinkRequest[] = [];
  const waiters = new Set<(r: SinkRequest) => void>();
  let server: Server | null = null;
  const sockets = new Set<Socket>();
  let port = 0;
  let device: string | null = null;

  async function handle(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const path = req.url ?? '/';
    let ids: string[] = [];
    let from: string | null = null;
    if (req.method === 'POST' && /\/events$/.test(path)) {
      try {
        const events = (JSON.parse(body) as { events?: { id?: string; device?: string }[] }).events ?? [];
        ids = events.map((e) => String(e.id));
        from = events[0]?.device ?? null;
      } catch {
        ids = [];
      }
    }
    const rec: SinkRequest = {
      at: Date.now(),
      method: req.method ?? 'GET',
      path,
      mode,
      origin: (req.headers.origin as string | undefined) ?? null,
      body,
      ids,
      upstreamStatus: null,
      answered: false,
      device: from,
      foreign: ids.length > 0 && (device === null || from !== device),
    };
    log.push(rec);
    const origin = req.headers.origin;
    const cors: Record<string, string> = origin ? { 'access-control-allow-origin': origin, vary: 'origin' } : {};
    if (rec.foreign) {
      res.writeHead(device === null ? 503 : 200, { 'content-type': 'application/json', ...cors });
      res.end(JSON.stringify(device === null ? { error: 'not ready' } : { accepted: ids.length, duplicates: 0 }));
      return;
    }
    const notify = () => {
      if (rec.ids.length > 0 && !rec.foreign) for (const w of [...waiters]) w(rec);
    };

    if (rec.mode === 'error500') {
      notify();
      res.writeHead(500, { 'content-type': 'application/json', ...cors });
      res.end('{"error":"injected fault"}');
      rec.answered = !res.destroyed;
      return;
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (!HOP.has(k) && typeof v === 'string') headers[k] = v;
    const up = await fetch(upstream + path, { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body });
    rec.upstreamStatus = up.status;
    const payload = Buffer.from(await up.arrayBuffer());
    notify(); // the server has stored the batch (when it accepted it)
    if (rec.mode === 'slow') await new Promise((r) => setTimeout(r, delayMs));
    if (res.destroyed || req.socket.destroyed) return; // the worker was stopped meanwhile
    const out: Record<string, string> = {};
    up.headers.forEach((v, k) => {
      if (!HOP.has(k)) out[k] = v;
    });
    res.writeHead(up.status, out);
    res.end(payload);
    rec.answered = true;
  }

  const listen = async (): Promise<void> => {
    const s = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        handle(req, res, Buffer.concat(chunks).toString('utf8')).catch(() => {
          if (!res.headersSent && !res.destroyed) res.writeHead(502).end();
        });
      });
    });
    s.on('connection', (sock) => {
      sockets.add(sock);
      sock.on('close', () => sockets.delete(sock));
    });
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve());
    });
    port = (s.address() as AddressInfo).port;
    server = s;
  };

  const stop = async (): Promise<void> => {
    const s = server;
    server = null;
    if (!s) return;
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      for (const sock of sockets) sock.destroy();
    });
  };

  await listen();

  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    get mode() {
      return mode;
    },
    async setMode(next, opts = {}) {
      if (opts.delayMs !== undefined) delayMs = opts.delayMs;
      if (next === mode) return;
      if (next === 'refuse') await stop();
      else if (mode === 'refuse') await listen();
      mode = next;
    },
    acceptDevice(id) {
      device = id;
    },
    requests: () => [...log],
    eventPosts: () => log.filter((r) => r.ids.length > 0 && !r.foreign),
    nextEventPost({ timeout = 15_000, pred = () => true } = {}) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(w);
          reject(new Error(`no events POST reached the sink within ${timeout} ms`));
        }, timeout);
        const w = (r: SinkRequest) => {
          if (!pred(r)) return;
          clearTimeout(timer);
          waiters.delete(w);
          resolve(r);
        };
        waiters.add(w);
      });
    },
    async close() {
      await stop();
    },
  };
}
