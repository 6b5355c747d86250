import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { buildFixtureAssets, type FixtureBuild } from '../sites/build';
import { generateSelfSignedCert } from '../sites/cert';
import { CHAT_HOSTS, EDITORS, FIXTURE_HOSTS, genericMarkup, isEditorKind, isMarkupKind, isUploadMode, MARKUPS, siteFor, UPLOAD_MODES, type EditorKind, type MarkupKind } from '../sites/catalog';
import { renderChatPage, renderIdentityPage, renderIndexPage, renderOtherPage, STRICT_CSP, type AssetRefs } from '../sites/render';

/**
 * Local HTTPS server for the fixture AI sites (docs/fixture-sites.md). Chromium reaches it under
 * the real hostnames through `--host-resolver-rules` (`hostResolverRules`) and accepts its
 * self-signed certificate with `--ignore-certificate-errors`. One server serves every host; the
 * Host header picks the site.
 */

export { CHAT_HOSTS, EDITORS, FIXTURE_HOSTS, MARKUPS };
export type { EditorKind, MarkupKind };

export interface SentRecord {
  host: string;
  editor: EditorKind;
  text: string;
  at: number;
}

/** One upload a page made (POST /__fixture/uploaded): what it read from its file input. */
export interface UploadRecord {
  host: string;
  files: { name: string; type: string; size: number; text: string }[];
  at: number;
}

export interface SeenRequest {
  host: string;
  method: string;
  path: string;
  body: string;
}

export interface FixtureServer {
  port: number;
  /** "MAP chatgpt.com 127.0.0.1:PORT, MAP claude.ai 127.0.0.1:PORT, …" for `--host-resolver-rules=`. */
  hostResolverRules: string;
  /** Content hash of the page-side build in use. */
  buildId: string;
  /** https://host/path?query — `path` defaults to the host's chat page (e.g. `/chat/` on huggingface.co). */
  url(host: string, path?: string, query?: Record<string, string>): string;
  /** What pages actually sent (POSTed to /__fixture/sent), oldest first; optionally one host's. */
  sent(host?: string): SentRecord[];
  clearSent(): void;
  /** What pages "uploaded" through their file inputs (POSTed to /__fixture/uploaded), oldest first; optionally one host's. */
  uploads(host?: string): UploadRecord[];
  /** Resolves once at least `count` records (of `host`) exist; rejects after `timeout` ms (5 s). */
  waitForSent(count: number, opts?: { host?: string; timeout?: number }): Promise<SentRecord[]>;
  /** Every request the server saw, with its body (privacy tests assert canaries never appear). */
  requests(): SeenRequest[];
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /** Default CSP of every page ('strict'); a request's `?csp=none|strict` overrides it. */
  csp?: 'strict' | 'none';
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

const MAX_BODY = 5 * 1024 * 1024;

export async function startFixtureServer(opts: FixtureServerOptions = {}): Promise<FixtureServer> {
  const build: FixtureBuild = await buildFixtureAssets();
  const assets: AssetRefs = { base: `/__fixture/assets/${build.id}/`, files: build.files };
  const { key, cert } = generateSelfSignedCert([...FIXTURE_HOSTS, 'localhost', '127.0.0.1']);
  const defaultCsp = opts.csp ?? 'strict';

  const sentLog: SentRecord[] = [];
  const uploadLog: UploadRecord[] = [];
  const seen: SeenRequest[] = [];
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const w of [...waiters]) w();
  };

  async function handle(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', 'https://fixture.invalid');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    seen.push({ host, method, path: `${path}${url.search}`, body });

    const send = (status: number, type: string, payload: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(method === 'HEAD' ? undefined : payload);
    };

    if (path === '/__fixture/health') return send(200, 'application/json', JSON.stringify({ ok: true, build: build.id }));

    if (path === '/__fixture/sent') {
      if (method !== 'POST') return send(405, 'text/plain', 'POST only', { allow: 'POST' });
      let parsed: { text?: unknown; editor?: unknown };
      try {
        parsed = JSON.parse(body) as typeof parsed;
      } catch {
        return send(400, 'text/plain', 'bad JSON');
      }
      if (typeof parsed.text !== 'string' || !isEditorKind(parsed.editor)) return send(400, 'text/plain', 'need {text, editor}');
      sentLog.push({ host, editor: parsed.editor, text: parsed.text, at: Date.now() });
      notify();
      return send(204, 'text/plain', '');
    }

    if (path === '/__fixture/uploaded') {
      if (method !== 'POST') return send(405, 'text/plain', 'POST only', { allow: 'POST' });
      let parsed: { files?: unknown };
      try {
        parsed = JSON.parse(body) as typeof parsed;
      } catch {
        return send(400, 'text/plain', 'bad JSON');
      }
      if (!Array.isArray(parsed.files)) return send(400, 'text/plain', 'need {files: [...]}');
      uploadLog.push({ host, files: parsed.files as UploadRecord['files'], at: Date.now() });
      return send(204, 'text/plain', '');
    }

    if (path.startsWith('/__fixture/assets/')) {
      const [id, ...rest] = path.slice('/__fixture/assets/'.length).split('/');
      const file = rest.join('/');
      if (id !== build.id || !build.files.has(file)) return send(404, 'text/plain', 'no such asset');
      const data = await readFile(join(build.dir, file));
      return send(200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', data, { 'cache-control': 'public, max-age=3600, immutable' });
    }

    if (path === '/favicon.ico') return send(204, 'image/x-icon', '');

    const site = siteFor(host);
    if (!site) return send(host === '127.0.0.1' || host === 'localhost' ? 200 : 404, 'text/html; charset=utf-8', renderIndexPage(FIXTURE_HOSTS));

    const cspMode = url.searchParams.get('csp') ?? defaultCsp;
    const cspHeader: Record<string, string> = cspMode === 'none' ? {} : { 'content-security-policy': STRICT_CSP };
    const html = (page: string) => send(200, 'text/html; charset=utf-8', page, cspHeader);

    if (site.kind === 'identity') return html(renderIdentityPage(site, path, assets));
    if (site.appPrefix && path !== site.appPrefix && !path.startsWith(`${site.appPrefix}/`)) return html(renderOtherPage(site, path, assets));
    const requested = url.searchParams.get('editor');
    if (requested !== null && !isEditorKind(requested)) return send(400, 'text/plain', `unknown editor ${requested} (one of ${EDITORS.join(', ')})`);
    const markup = url.searchParams.get('markup') ?? 'site';
    if (!isMarkupKind(markup)) return send(400, 'text/plain', `unknown markup ${markup} (one of ${MARKUPS.join(', ')})`);
    const upload = url.searchParams.get('upload');
    if (upload !== null && !isUploadMode(upload)) return send(400, 'text/plain', `unknown upload mode ${upload} (one of ${UPLOAD_MODES.join(', ')})`);
    return html(renderChatPage(markup === 'generic' ? genericMarkup(site) : site, requested ?? site.editor, assets));
  }

  const server: Server = createServer({ key, cert }, (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`fixture server error: ${String(err)}`);
      });
    });
  });
  server.keepAliveTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const sent = (host?: string) => sentLog.filter((r) => host === undefined || r.host === host).map((r) => ({ ...r }));

  return {
    port,
    hostResolverRules: FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', '),
    buildId: build.id,
    url(host, path, query) {
      const site = siteFor(host);
      const u = new URL(path ?? (site?.kind === 'chat' ? site.chatPath : '/'), `https://${host}`);
      for (const [k, v] of Object.entries(query ?? {})) u.searchParams.set(k, v);
      return u.toString();
    },
    sent,
    clearSent() {
      sentLog.length = 0;
    },
    uploads: (host) => uploadLog.filter((r) => host === undefined || r.host === host).map((r) => ({ ...r, files: r.files.map((f) => ({ ...f })) })),
    waitForSent(count, { host, timeout = 5_000 } = {}) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const records = sent(host);
          if (records.length < count) return;
          cleanup();
          resolve(records);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`waitForSent: ${sent(host).length}/${count} sent${host ? ` on ${host}` : ''} after ${timeout} ms`));
        }, timeout);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    requests: () => seen.map((r) => ({ ...r })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
