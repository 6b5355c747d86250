/**
 * The org endpoint's read-only inventory page: `GET /inventory` (HTML), `/inventory/app.js`,
 * `/inventory/app.css`. The page holds no data and no secret: the admin pastes the admin token
 * into a form, the page keeps it in sessionStorage (this tab only) and calls
 * `GET /v1/orgs/{org}/inventory` with `Authorization: Bearer …`. Strict CSP (no inline script or
 * style, same-origin fetch only, not frameable); everything is rendered with textContent.
 */

export const INVENTORY_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function inventoryPageHtml(orgId: string): string {
  const org = escapeHtml(orgId);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>AI usage inventory · ${org}</title>
<link rel="stylesheet" href="/inventory/app.css">
<script type="module" src="/inventory/app.js"></script>
</head>
<body>
<main id="app" data-org="${org}">
<h1>AI usage inventory <small>org ${org}</small></h1>
<p class="lead">Metadata reported by Shadow AI Guard across all devices: apps, counts, categories and actions. Never prompt text.</p>
<form id="login">
<label for="token">Admin token</label>
<input id="token" name="token" type="password" autocomplete="off" required>
<button type="submit">Show inventory</button>
<p id="error" role="alert"></p>
</form>
<section id="result" hidden>
<p><button type="button" id="logout">Forget token</button> <button type="button" id="refresh">Refresh</button></p>
<dl id="totals"></dl>
<h2>Apps</h2>
<table id="apps"><thead><tr><th scope="col">Host</th><th scope="col">App</th><th scope="col">Tier</th><th scope="col">Visits</th><th scope="col">Prompts checked</th><th scope="col">Findings</th><th scope="col">Actions</th><th scope="col">Devices</th><th scope="col">Users</th><th scope="col">First seen</th><th scope="col">Last seen</th></tr></thead><tbody></tbody></table>
<h2>Data caught</h2>
<ul id="categories"></ul>
<h2>Events by type</h2>
<ul id="types"></ul>
</section>
</main>
</body>
</html>
`;
}

export const INVENTORY_PAGE_CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:0;color-scheme:light dark}
main{max-width:1100px;margin:0 auto;padding:16px 20px}
h1 small{font-weight:400;opacity:.7;font-size:60%}
.lead{opacity:.8}
form{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
#error{color:#c62828;flex-basis:100%;margin:4px 0 0}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 8px 4px 0;border-bottom:1px solid color-mix(in srgb,currentColor 18%,transparent);vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}
dd{margin:0;font-weight:600}
`;

/** The page's script (served as /inventory/app.js; plain ES2020, DOM only, no innerHTML). */
export const INVENTORY_PAGE_JS = `const KEY = 'sag-admin-token';
const main = document.getElementById('app');
const org = main.dataset.org;
const $ = (id) => document.getElementById(id);
const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = String(text); if (cls) e.className = cls; return e; };
const pairs = (o) => Object.entries(o || {}).filter(([, n]) => n > 0).map(([k, n]) => k + ' ' + n).join(', ') || '—';
const sum = (o) => Object.values(o || {}).reduce((a, n) => a + n, 0);

async function show() {
  const token = sessionStorage.getItem(KEY);
  $('login').hidden = !!token;
  $('result').hidden = !token;
  if (!token) return;
  const res = await fetch('/v1/orgs/' + encodeURIComponent(org) + '/inventory', { headers: { authorization: 'Bearer ' + token }, cache: 'no-store' });
  if (res.status === 401) { sessionStorage.removeItem(KEY); $('error').textContent = 'That token was refused.'; return show(); }
  if (!res.ok) { $('error').textContent = 'The inventory is unavailable (HTTP ' + res.status + ').'; return; }
  const inv = await res.json();
  const totals = $('totals');
  totals.replaceChildren();
  for (const [k, v] of [['Events', inv.totalEvents], ['Devices', inv.devices], ['Users (pseudonymous)', inv.users], ['Last event', inv.lastEventAt || '—']]) {
    totals.append(el('dt', k), el('dd', v));
  }
  const body = $('apps').tBodies[0];
  body.replaceChildren();
  for (const a of inv.apps.filter((x) => x.host)) {
    const tr = el('tr');
    tr.dataset.host = a.host;
    tr.append(el('th', a.host), el('td', a.appId || '—'), el('td', a.tier || '—'), el('td', a.visits, 'num'), el('td', a.promptsChecked, 'num'),
      el('td', sum(a.findings) + (sum(a.findings) ? ' (' + pairs(a.findings) + ')' : '')), el('td', pairs(a.actions)),
      el('td', a.devices, 'num'), el('td', a.users, 'num'), el('td', a.firstSeen || '—'), el('td', a.lastSeen || '—'));
    tr.firstChild.scope = 'row';
    body.append(tr);
  }
  const cats = $('categories');
  cats.replaceChildren(...Object.entries(inv.categories).map(([k, n]) => el('li', k + ': ' + n)));
  if (!cats.children.length) cats.append(el('li', 'Nothing caught yet.'));
  $('types').replaceChildren(...Object.entries(inv.byType).map(([k, n]) => el('li', k + ': ' + n)));
}

$('login').addEventListener('submit', (e) => {
  e.preventDefault();
  $('error').textContent = '';
  sessionStorage.setItem(KEY, $('token').value.trim());
  $('token').value = '';
  void show();
});
$('logout').addEventListener('click', () => { sessionStorage.removeItem(KEY); void show(); });
$('refresh').addEventListener('click', () => void show());
void show();
`;

export interface PageResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Answers `/inventory`, `/inventory/app.js`, `/inventory/app.css`; null for other paths. */
export function inventoryPage(pathname: string, orgId: string): PageResponse | null {
  const common = { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
  switch (pathname) {
    case '/inventory':
    case '/inventory/':
      return {
        status: 200,
        headers: { ...common, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': INVENTORY_PAGE_CSP, 'x-frame-options': 'DENY' },
        body: inventoryPageHtml(orgId),
      };
    case '/inventory/app.js':
      return { status: 200, headers: { ...common, 'content-type': 'text/javascript; charset=utf-8' }, body: INVENTORY_PAGE_JS };
    case '/inventory/app.css':
      return { status: 200, headers: { ...common, 'content-type': 'text/css; charset=utf-8' }, body: INVENTORY_PAGE_CSS };
    default:
      return null;
  }
}
