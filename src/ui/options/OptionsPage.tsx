import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { StatusResponse } from '../../contracts/messages';
import { PolicyStatusSchema, type PolicyStatus } from '../../contracts/policy';
import { sendToBackground } from '../../platform/send';
import { strings } from '../strings';

const t = strings.options;

/** How often the page re-reads the status while it is visible. */
export const OPTIONS_REFRESH_MS = 3_000;

type Load = { kind: 'loading' } | { kind: 'ready'; status: StatusResponse } | { kind: 'error' };
type Sync = { kind: 'idle' } | { kind: 'syncing' } | { kind: 'done'; at: Date; ok: boolean };

async function fetchStatus(): Promise<StatusResponse | null> {
  const parsed = StatusResponse.safeParse(await sendToBackground({ type: 'ui-bg/get-status' }));
  return parsed.success ? parsed.data : null;
}

function Time({ iso }: { iso: string | null }) {
  if (!iso) return <>{t.never}</>;
  return <time dateTime={iso}>{new Date(iso).toLocaleString()}</time>;
}

function Row({ label, testId, children, data }: { label: string; testId: string; children: ComponentChildren; data?: Record<string, string> }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId} {...data}>
        {children}
      </dd>
    </>
  );
}

/**
 * The options page: what the organisation configured and which policy is in force, for users
 * and for admins troubleshooting a deployment. Read-only, apart from "Sync now".
 */
export function OptionsPage() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [sync, setSync] = useState<Sync>({ kind: 'idle' });
  const inFlight = useRef(false);

  const refresh = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const status = await fetchStatus();
      setLoad((prev) => (status ? { kind: 'ready', status } : prev.kind === 'ready' ? prev : { kind: 'error' }));
    } finally {
      inFlight.current = false;
    }
  }, []);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => {
      if (!document.hidden) void refresh();
    }, OPTIONS_REFRESH_MS);
    const onVisible = () => {
      if (!document.hidden) void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  const syncNow = async () => {
    setSync({ kind: 'syncing' });
    const parsed = PolicyStatusSchema.safeParse(await sendToBackground({ type: 'ui-bg/sync-policy' }));
    const policy: PolicyStatus | null = parsed.success ? parsed.data : null;
    if (policy) setLoad((prev) => (prev.kind === 'ready' ? { kind: 'ready', status: { ...prev.status, policy } } : prev));
    // A managed-config problem is not something a sync can fix; it is shown on its own.
    const refused = policy?.lastError && policy.lastError.reason !== 'managed_config_invalid';
    setSync({ kind: 'done', at: new Date(), ok: policy !== null && !refused });
    await refresh();
  };

  return (
    <main class="options" aria-busy={load.kind === 'loading'}>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      {load.kind === 'loading' && <p>{t.loading}</p>}
      {load.kind === 'error' && <p role="alert">{t.unavailable}</p>}
      {load.kind === 'ready' && <StatusView status={load.status} sync={sync} onSync={() => void syncNow()} />}
    </main>
  );
}

function StatusView({ status, sync, onSync }: { status: StatusResponse; sync: Sync; onSync: () => void }) {
  const p = status.policy;
  const reach = p.reachable === null ? 'unknown' : p.reachable ? 'yes' : 'no';
  return (
    <>
      <section aria-labelledby="sag-policy-h">
        <h2 id="sag-policy-h">{t.policyHeading}</h2>
        <dl>
          <Row label={t.source} testId="policy-source" data={{ 'data-source': p.source }}>
            <span class={`badge ${p.source === 'endpoint' ? 'ok' : p.source === 'fail-closed' ? 'bad' : ''}`}>
              <code>{p.source}</code>
            </span>
            {t.sources[p.source]}
            {p.skipped.map((s) => (
              <div class="muted" key={`${s.source}:${s.reason}`}>
                {t.skipped(s.source, s.reason)}: {s.message}
              </div>
            ))}
          </Row>
          <Row label={t.version} testId="policy-version">
            {p.version ?? t.none}
          </Row>
          <Row label={t.org} testId="policy-org">
            {p.orgId ?? t.none}
          </Row>
          <Row label={t.expires} testId="policy-expires">
            {p.expiresAt ? <Time iso={p.expiresAt} /> : p.version === null ? t.none : t.neverExpires}
          </Row>
        </dl>
      </section>

      <section aria-labelledby="sag-endpoint-h">
        <h2 id="sag-endpoint-h">{t.endpointHeading}</h2>
        <dl>
          <Row label={t.endpoint} testId="policy-endpoint">
            {p.endpoint ? <code>{p.endpoint}</code> : t.noEndpoint}
          </Row>
          {p.endpoint && (
            <>
              <Row label={t.reachable} testId="policy-reachable" data={{ 'data-reachable': reach }}>
                <span class={reach === 'yes' ? 'ok' : reach === 'no' ? 'bad' : ''}>
                  <span class="badge">{reach === 'yes' ? t.reachableYes : reach === 'no' ? t.reachableNo : t.reachableUnknown}</span>
                </span>
              </Row>
              <Row label={t.lastSync} testId="policy-last-sync">
                <Time iso={p.lastSync} />
              </Row>
              {p.refreshMinutes !== null && (
                <Row label={t.refresh} testId="policy-refresh">
                  {t.everyMinutes(p.refreshMinutes)}
                </Row>
              )}
            </>
          )}
        </dl>
        {p.endpoint && (
          <div class="actions">
            <button type="button" onClick={onSync} disabled={sync.kind === 'syncing'} data-testid="sync-now">
              {sync.kind === 'syncing' ? t.syncing : t.syncNow}
            </button>
            <span role="status" aria-live="polite" data-testid="sync-result" class="muted">
              {sync.kind === 'done' ? (sync.ok ? t.synced(sync.at.toLocaleTimeString()) : t.syncFailed) : ''}
            </span>
          </div>
        )}
      </section>

      {p.lastError && (
        <section class="alert" role="alert" aria-labelledby="sag-error-h" data-testid="policy-error" data-reason={p.lastError.reason}>
          <h2 id="sag-error-h">{t.errorHeading}</h2>
          <p data-testid="policy-error-explanation">{t.reasons[p.lastError.reason]}</p>
          <dl>
            <Row label={t.errorCode} testId="policy-error-reason">
              <code>{p.lastError.reason}</code>
            </Row>
            <Row label={t.errorDetail} testId="policy-error-message">
              {p.lastError.message}
            </Row>
            <Row label={t.errorAt} testId="policy-error-at">
              <Time iso={p.lastError.at} />
            </Row>
          </dl>
          {p.lastError.reason !== 'managed_config_invalid' && <p class="muted">{t.errorKeeps}</p>}
        </section>
      )}

      <section aria-labelledby="sag-managed-h">
        <h2 id="sag-managed-h">{t.managedHeading}</h2>
        <dl>
          <Row label={t.pinnedKeys} testId="pinned-keys">
            {p.pinnedKeyIds.length === 0 ? (
              t.none
            ) : (
              <ul>
                {p.pinnedKeyIds.map((kid) => (
                  <li key={kid}>
                    <code>{kid}</code>
                  </li>
                ))}
              </ul>
            )}
          </Row>
          <Row label={t.issues} testId="managed-issues">
            {status.managedIssues.length === 0 ? (
              t.noIssues
            ) : (
              <ul>
                {status.managedIssues.map((i) => (
                  <li key={`${i.path}:${i.message}`}>
                    <code>{i.path || '(root)'}</code>: {i.message}
                  </li>
                ))}
              </ul>
            )}
          </Row>
        </dl>
      </section>
      <footer class="muted">{t.extensionVersion(status.extensionVersion)}</footer>
    </>
  );
}
