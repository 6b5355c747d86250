import type { ChatSite, EditorKind, IdentitySite } from './catalog';

/** Node-side HTML rendering of the fixture pages. No inline script anywhere (strict CSP). */

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface AssetRefs {
  /** URL prefix of the built assets, e.g. `/__fixture/assets/<build id>/`. */
  base: string;
  files: ReadonlySet<string>;
}

function head(title: string, assets: AssetRefs, extra: string[]): string {
  const css = (name: string) => (assets.files.has(name) ? `<link rel="stylesheet" href="${assets.base}${name}">` : '');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
${css('shell.css')}
${extra.map(css).join('\n')}
<script src="${assets.base}shell.js"></script>
</head>`;
}

export function renderChatPage(site: ChatSite, editor: EditorKind, assets: AssetRefs): string {
  const mount = `<div class="fx-mount" data-fixture-mount data-fixture-attrs="${escapeHtml(JSON.stringify(site.composerAttrs))}"></div>`;
  const layout = site.layout.replace('{{composer}}', mount);
  const history = ['Trip ideas for Lisbon', 'Regex for ISO dates', 'Quarterly summary draft']
    .map((t) => `<li><a href="${site.chatPath}">${escapeHtml(t)}</a></li>`)
    .join('');
  // Discovery fixtures (issue 7): account profile element (shown with ?account=), streamed answers, description.
  const discovery = [
    site.account ? ` data-fixture-account="${escapeHtml(JSON.stringify(site.account))}"` : '',
    site.streams ? ' data-fixture-stream="1"' : '',
    site.upload ? ` data-fixture-upload="${escapeHtml(JSON.stringify(site.upload))}"` : '',
  ].join('');
  const meta = site.description ? `<meta name="description" content="${escapeHtml(site.description)}">\n` : '';
  return `${head(`${site.app}`, assets, [`editor-${editor}.css`]).replace('<title>', `${meta}<title>`)}
<body class="fx-chat" data-fixture-host="${escapeHtml(site.host)}" data-fixture-editor="${editor}" data-fixture-send="${escapeHtml(site.send)}"${discovery} style="--accent: ${site.accent}">
<div class="fx-app">
  <nav class="fx-sidebar" aria-label="Chat history">
    <div class="fx-brand">${escapeHtml(site.app)}</div>
    <a class="fx-new" href="${site.chatPath}">New chat</a>
    <ol class="fx-history">${history}</ol>
  </nav>
  <main class="fx-main">
    <header class="fx-header"><h1>${escapeHtml(site.app)}</h1><span class="fx-badge">${escapeHtml(site.host)} · ${editor}</span></header>
    <section class="sent-log fx-messages" aria-live="polite" aria-label="Messages"></section>
    <div class="fx-composer-area">
${layout}
    </div>
  </main>
</div>
<script type="module" src="${assets.base}editor-${editor}.js"></script>
</body>
</html>`;
}

/** A non-chat page on a chat host (e.g. huggingface.co outside /chat): a search box, no composer. */
export function renderOtherPage(site: ChatSite, path: string, assets: AssetRefs): string {
  return `${head(site.app, assets, [])}
<body class="fx-other" style="--accent: ${site.accent}">
<main class="fx-main fx-plain">
  <h1>${escapeHtml(site.host)}</h1>
  <p>Not the chat app (${escapeHtml(path)}). The chat lives at <a href="${site.chatPath}">${site.chatPath}</a>.</p>
  <form role="search" class="fx-search"><input type="search" name="q" placeholder="Search models, datasets, users…" aria-label="Search"><textarea name="notes" aria-label="Notes" placeholder="Notes"></textarea><button type="submit">Search</button></form>
</main>
</body>
</html>`;
}

/** Identity-provider hosts: any path answers a plain sign-in page (OAuth authorize URLs load). */
export function renderIdentityPage(site: IdentitySite, path: string, assets: AssetRefs): string {
  return `${head(`Sign in – ${site.app}`, assets, [])}
<body class="fx-identity" style="--accent: ${site.accent}">
<main class="fx-main fx-plain">
  <h1>Sign in to ${escapeHtml(site.app)}</h1>
  <p class="fx-path">${escapeHtml(site.host)}${escapeHtml(path)}</p>
  <form method="post" action="${escapeHtml(path)}" class="fx-signin">
    <label>Email or phone <input type="email" name="identifier" autocomplete="username"></label>
    <button type="submit">Next</button>
  </form>
</main>
</body>
</html>`;
}

export function renderIndexPage(hosts: readonly string[]): string {
  return `<!doctype html><meta charset="utf-8"><title>Fixture server</title><h1>Fixture server</h1><p>Open one of these hosts through Chromium's --host-resolver-rules:</p><ul>${hosts
    .map((h) => `<li>${escapeHtml(h)}</li>`)
    .join('')}</ul>`;
}
