import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DiscoverySnapshotSchema, InventorySnapshotSchema, type DiscoverySnapshot, type InventoryApp, type InventorySnapshot } from '../../contracts/events';
import { CATEGORIES } from '../../contracts/findings';
import { StatusResponse } from '../../contracts/messages';
import { toCsv, toJson } from '../../engine/inventory-export';
import { sendToBackground } from '../../platform/send';
import { strings } from '../strings';
import { DiscoverySections, discoveryCsv } from './DiscoverySections';
import { UsageChart } from './UsageChart';

/**
 * The compliance view: protection status of this browser and this tab, the local usage inventory
 * (apps with their tier, counts, categories caught, recent actions, 30-day use) and evidence
 * exports, plus the shadow-AI discovery inventory (AI extensions, unknown AI apps, OAuth grants,
 * accounts). Metadata only, like everything the extension keeps: no prompt text is ever shown.
 */

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; status: StatusResponse; inventory: InventorySnapshot | null; discovery: DiscoverySnapshot | null }
  | { kind: 'error' };

const t = strings.popup;
const ACTION_ORDER = ['block', 'redact', 'justify', 'warn', 'monitor', 'allow'] as const;

/** The active tab of the window the popup belongs to (no permission needed for the id). */
async function activeTabId(): Promise<number | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  } catch {
    return undefined;
  }
}

async function load(): Promise<State> {
  const tabId = await activeTabId();
  const [rawStatus, rawInventory, rawDiscovery] = await Promise.all([
    sendToBackground({ type: 'ui-bg/get-status', ...(tabId !== undefined ? { tabId } : {}) }),
    sendToBackground({ type: 'ui-bg/get-inventory' }),
    // Discovery is optional: without it (undefined, or not a snapshot) the rest still shows.
    sendToBackground({ type: 'ui-bg/get-discovery' }),
  ]);
  const status = StatusResponse.safeParse(rawStatus);
  if (!status.success) return { kind: 'error' };
  const inventory = InventorySnapshotSchema.safeParse(rawInventory);
  const discovery = DiscoverySnapshotSchema.safeParse(rawDiscovery);
  return { kind: 'ready', status: status.data, inventory: inventory.success ? inventory.data : null, discovery: discovery.success ? discovery.data : null };
}

/** Offers `text` as a file download (Blob + `<a download>`). */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileStamp = (iso: string) => iso.slice(0, 19).replace(/[:T]/g, '-');
const timeFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const sum = (o: Partial<Record<string, number>>) => Object.values(o).reduce<number>((a, n) => a + (n ?? 0), 0);

function TierBadge({ tier }: { tier: InventoryApp['tier'] }) {
  return <span class={`tier tier-${tier ?? 'unknown'}`}>{tier ? (t.tiers[tier] ?? tier) : t.tierUnknown}</span>;
}

function actionsText(actions: InventoryApp['actions']): string {
  const parts = ACTION_ORDER.filter((a) => (actions[a] ?? 0) > 0).map((a) => `${actions[a]} ${t.actions[a] ?? a}`);
  return parts.length > 0 ? parts.join(', ') : '—';
}

function StatusSection({ status }: { status: StatusResponse }) {
  const { policy, tab } = status;
  const endpoint =
    policy.endpoint === null ? t.endpointNone : policy.reachable === null ? t.endpointUntried : policy.reachable ? t.endpointReachable : t.endpointUnreachable;
  return (
    <section aria-labelledby="status-h">
      <h2 id="status-h">{t.statusHeading}</h2>
      <dl class="status" data-testid="status">
        <dt>{t.thisTab}</dt>
        <dd data-testid="tab-protection" data-protected={tab ? 'true' : 'false'} class={tab ? 'ok' : 'muted'}>
          {tab ? `${t.tabProtected(tab.host)} (${t.scannerVia[tab.scanner] ?? tab.scanner})` : t.tabNotProtected}
        </dd>
        <dt>{t.policy}</dt>
        <dd data-testid="policy-status">
          {t.policySource[policy.source] ?? policy.source}
          {policy.version !== null && `, ${t.policyVersion(policy.version)}`}
        </dd>
        <dt>{t.endpoint}</dt>
        <dd data-testid="endpoint-status" class={policy.reachable === false ? 'warn' : undefined}>
          {endpoint}
        </dd>
        <dt>{t.queue}</dt>
        <dd data-testid="queue-depth">{status.queueDepth === null ? t.queueNone : status.queueDepth}</dd>
        <dt>{t.interceptedLabel}</dt>
        <dd>
          <output data-testid="intercepted-count">{status.interceptedCount}</output>
          {status.lastInterceptedHost && <span class="muted"> · {t.lastHost(status.lastInterceptedHost)}</span>}
        </dd>
      </dl>
    </section>
  );
}

function AppsSection({ apps }: { apps: InventoryApp[] }) {
  return (
    <section aria-labelledby="apps-h">
      <h2 id="apps-h">{t.appsHeading}</h2>
      {apps.length === 0 ? (
        <p class="muted">{t.appsEmpty}</p>
      ) : (
        <table class="grid" data-testid="apps">
          <thead>
            <tr>
              <th scope="col">{t.colApp}</th>
              <th scope="col">{t.colTier}</th>
              <th scope="col" class="num">{t.colVisits}</th>
              <th scope="col" class="num">{t.colPrompts}</th>
              <th scope="col" class="num">{t.colFindings}</th>
              <th scope="col">{t.colActions}</th>
            </tr>
          </thead>
          <tbody>
            {apps.map((a) => (
              <tr key={a.host} data-host={a.host}>
                <th scope="row" class="host">{a.host}</th>
                <td>
                  <TierBadge tier={a.tier} />
                </td>
                <td class="num" data-col="visits">{a.visits}</td>
                <td class="num" data-col="prompts">{a.promptsChecked}</td>
                <td class="num" data-col="findings">{sum(a.findings)}</td>
                <td data-col="actions">{actionsText(a.actions)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CategoriesSection({ categories }: { categories: InventorySnapshot['categories'] }) {
  const caught = CATEGORIES.filter((c) => categories[c] > 0);
  return (
    <section aria-labelledby="cat-h">
      <h2 id="cat-h">{t.categoriesHeading}</h2>
      {caught.length === 0 ? (
        <p class="muted">{t.categoriesEmpty}</p>
      ) : (
        <ul class="chips" data-testid="categories">
          {caught.map((c) => (
            <li key={c} data-category={c}>
              {t.categories[c] ?? c} <strong>{categories[c]}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RecentSection({ recent }: { recent: InventorySnapshot['recent'] }) {
  return (
    <section aria-labelledby="recent-h">
      <h2 id="recent-h">{t.recentHeading}</h2>
      {recent.length === 0 ? (
        <p class="muted">{t.recentEmpty}</p>
      ) : (
        <div class="scroll">
          <table class="grid" data-testid="recent">
            <thead>
              <tr>
                <th scope="col">{t.colTime}</th>
                <th scope="col">{t.colApp}</th>
                <th scope="col">{t.colChannel}</th>
                <th scope="col">{t.colAction}</th>
                <th scope="col">{t.colDecision}</th>
                <th scope="col">{t.colCategories}</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((r, i) => (
                <tr key={`${r.time}-${i}`} data-action={r.action}>
                  <td>
                    <time dateTime={r.time}>{timeFormat.format(new Date(r.time))}</time>
                  </td>
                  <td class="host">{r.host}</td>
                  <td>{t.channels[r.channel] ?? r.channel}</td>
                  <td>
                    <span class={`action action-${r.action}`}>{t.actions[r.action] ?? r.action}</span>
                  </td>
                  <td>{t.decisions[r.userDecision] ?? r.userDecision}</td>
                  <td>{r.categories.map((c) => t.categories[c] ?? c).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The JSON export: the inventory (`toJson`) with the discovery snapshot under `discovery`. */
function exportJson(inventory: InventorySnapshot, discovery: DiscoverySnapshot | null): string {
  if (!discovery) return toJson(inventory);
  const base = JSON.parse(toJson(inventory)) as Record<string, unknown>;
  return JSON.stringify({ ...base, discovery }, null, 2) + '\n';
}

function ExportSection({ inventory, discovery }: { inventory: InventorySnapshot; discovery: DiscoverySnapshot | null }) {
  const stamp = fileStamp(inventory.generatedAt);
  return (
    <section aria-labelledby="export-h">
      <h2 id="export-h">{t.exportHeading}</h2>
      <p class="muted">{t.exportLead}</p>
      <div class="buttons">
        <button type="button" onClick={() => download(`ai-inventory-apps-${stamp}.csv`, 'text/csv', toCsv(inventory, 'apps'))}>
          {t.exportAppsCsv}
        </button>
        <button type="button" onClick={() => download(`ai-inventory-actions-${stamp}.csv`, 'text/csv', toCsv(inventory, 'recent'))}>
          {t.exportRecentCsv}
        </button>
        {discovery && (
          <button type="button" onClick={() => download(`ai-discovery-${stamp}.csv`, 'text/csv', discoveryCsv(discovery))}>
            {t.exportDiscoveryCsv}
          </button>
        )}
        <button type="button" onClick={() => download(`ai-inventory-${stamp}.json`, 'application/json', exportJson(inventory, discovery))}>
          {t.exportJson}
        </button>
      </div>
    </section>
  );
}

/** While the popup is open it re-reads every few seconds, so a visit or prompt recorded meanwhile shows. */
const REFRESH_MS = 2_000;

export function Popup() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let open = true;
    let shown = false; // once data is on screen, a failed refresh keeps it instead of an error
    const refresh = () =>
      void load().then(
        (next) => {
          if (!open || (shown && next.kind !== 'ready')) return;
          shown ||= next.kind === 'ready';
          setState(next);
        },
        () => {
          if (open && !shown) setState({ kind: 'error' });
        },
      );
    refresh();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, REFRESH_MS);
    return () => {
      open = false;
      clearInterval(timer);
    };
  }, []);

  return (
    <main class="popup" aria-busy={state.kind === 'loading'}>
      <h1>{strings.productName}</h1>
      {state.kind === 'loading' && <p>{t.loading}</p>}
      {state.kind === 'error' && <p role="alert">{t.unavailable}</p>}
      {state.kind === 'ready' && (
        <>
          <StatusSection status={state.status} />
          {state.inventory && (
            <>
              <AppsSection apps={state.inventory.apps} />
              <CategoriesSection categories={state.inventory.categories} />
              <section aria-labelledby="chart-h">
                <h2 id="chart-h">{t.chartHeading}</h2>
                <UsageChart days={state.inventory.daily} />
              </section>
              <RecentSection recent={state.inventory.recent} />
            </>
          )}
          {state.discovery && <DiscoverySections discovery={state.discovery} />}
          {state.inventory && <ExportSection inventory={state.inventory} discovery={state.discovery} />}
          <footer class="muted">{t.version(state.status.extensionVersion)}</footer>
        </>
      )}
    </main>
  );
}
