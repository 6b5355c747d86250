import type { DiscoveredAccount, DiscoveredCandidate, DiscoveredExtension, DiscoveredGrant, DiscoverySnapshot } from '../../contracts/events';
import { csvRows } from '../../engine/inventory-export';
import { strings } from '../strings';

/**
 * The shadow-AI discovery inventory (`ui-bg/get-discovery` → `DiscoverySnapshot`): AI browser
 * extensions, unknown AI apps for review, OAuth grants to AI apps, and accounts per AI host.
 * Metadata only: names, hosts, ids, scopes, reason codes and domains — never page or prompt text.
 */

const t = strings.popup;
const timeFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

function When({ iso }: { iso: string }) {
  return <time dateTime={iso}>{timeFormat.format(new Date(iso))}</time>;
}

function Seen({ item }: { item: { firstSeen: string; lastSeen: string } }) {
  return (
    <span class="muted seen">
      {t.firstSeen} <When iso={item.firstSeen} /> · {t.lastSeen} <When iso={item.lastSeen} />
    </span>
  );
}

function Reasons({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul class="codes" aria-label={t.reasons} data-col="reasons">
      {reasons.map((r) => (
        <li key={r}>
          <code>{r}</code>
        </li>
      ))}
    </ul>
  );
}

function ExtensionsSection({ extensions }: { extensions: DiscoveredExtension[] }) {
  return (
    <section aria-labelledby="ext-h">
      <h2 id="ext-h">{t.extensionsHeading}</h2>
      {extensions.length === 0 ? (
        <p class="muted">{t.extensionsEmpty}</p>
      ) : (
        <ul class="items" data-testid="ai-extensions">
          {extensions.map((e) => {
            const state = e.removed ? 'removed' : e.enabled ? 'enabled' : 'disabled';
            return (
              <li key={e.id} data-id={e.id} data-risk={e.risk} data-state={state}>
                <div class="item-head">
                  <strong class="name">{e.name}</strong> <span class="muted" data-col="version">{t.extensionVersion(e.version)}</span>{' '}
                  <span class={`badge risk-${e.risk}`} data-col="risk">
                    {t.risks[e.risk] ?? e.risk}
                  </span>{' '}
                  <span class={`badge state-${state}`} data-col="state">
                    {e.removed ? t.extensionRemoved : e.enabled ? t.extensionEnabled : t.extensionDisabled}
                  </span>
                </div>
                <Reasons reasons={e.reasons} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function CandidatesSection({ candidates }: { candidates: DiscoveredCandidate[] }) {
  return (
    <section aria-labelledby="cand-h">
      <h2 id="cand-h">{t.candidatesHeading}</h2>
      {candidates.length === 0 ? (
        <p class="muted">{t.candidatesEmpty}</p>
      ) : (
        <ul class="items" data-testid="ai-candidates">
          {candidates.map((c) => (
            <li key={c.host} data-host={c.host}>
              <div class="item-head">
                <strong class="host">{c.host}</strong>{' '}
                <span class="badge" data-col="score">
                  {t.candidateScore(Math.round(c.score * 100))}
                </span>{' '}
                <span class="muted">{t.candidateVisits(c.visits)}</span>
              </div>
              <Reasons reasons={c.reasons} />
              <Seen item={c} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function GrantsSection({ grants }: { grants: DiscoveredGrant[] }) {
  return (
    <section aria-labelledby="grants-h">
      <h2 id="grants-h">{t.grantsHeading}</h2>
      {grants.length === 0 ? (
        <p class="muted">{t.grantsEmpty}</p>
      ) : (
        <ul class="items" data-testid="oauth-grants">
          {grants.map((g) => {
            const risky = new Set(g.riskyScopes);
            return (
              <li key={`${g.provider}:${g.clientId}`} data-provider={g.provider} data-client-id={g.clientId}>
                <div class="item-head">
                  <strong data-col="app">{g.appId ?? g.host ?? t.grantUnknownApp}</strong>
                  {g.host && g.appId && <span class="muted host"> · {g.host}</span>}{' '}
                  <span class="badge" data-col="provider">
                    {t.providers[g.provider] ?? g.provider}
                  </span>
                  {g.offline && (
                    <>
                      {' '}
                      <span class="badge flag" data-col="offline">
                        {t.offline}
                      </span>
                    </>
                  )}
                  {g.adminConsent && (
                    <>
                      {' '}
                      <span class="badge flag" data-col="admin-consent">
                        {t.adminConsent}
                      </span>
                    </>
                  )}
                </div>
                <div class="muted">
                  {t.clientId}: <code data-col="client-id">{g.clientId}</code>
                </div>
                <div>
                  <span class="muted">{t.scopes}: </span>
                  {g.scopes.length === 0 ? (
                    <span class="muted">{t.scopesNone}</span>
                  ) : (
                    <ul class="codes" aria-label={t.scopes} data-col="scopes">
                      {g.scopes.map((s) =>
                        risky.has(s) ? (
                          <li key={s} class="risky" data-risky="true" title={t.riskyScope}>
                            <span aria-hidden="true">⚠ </span>
                            <code>{s}</code>
                            <span class="visually-hidden"> ({t.riskyScope})</span>
                          </li>
                        ) : (
                          <li key={s}>
                            <code>{s}</code>
                          </li>
                        ),
                      )}
                    </ul>
                  )}
                </div>
                <span class="muted seen">
                  {t.lastSeen} <When iso={g.lastSeen} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function AccountsSection({ accounts }: { accounts: DiscoveredAccount[] }) {
  return (
    <section aria-labelledby="acct-h">
      <h2 id="acct-h">{t.accountsHeading}</h2>
      {accounts.length === 0 ? (
        <p class="muted">{t.accountsEmpty}</p>
      ) : (
        <table class="grid" data-testid="ai-accounts">
          <thead>
            <tr>
              <th scope="col">{t.colApp}</th>
              <th scope="col">{t.colAccount}</th>
              <th scope="col">{t.colDomain}</th>
              <th scope="col">{t.lastSeen}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.host} data-host={a.host} data-type={a.type}>
                <th scope="row" class="host">{a.host}</th>
                <td>
                  <span class={`badge account-${a.type}`} data-col="type">
                    {t.accountTypes[a.type] ?? a.type}
                  </span>
                </td>
                <td data-col="domain">{a.domain}</td>
                <td>
                  <When iso={a.lastSeen} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function DiscoverySections({ discovery }: { discovery: DiscoverySnapshot }) {
  return (
    <>
      <ExtensionsSection extensions={discovery.extensions} />
      <CandidatesSection candidates={discovery.candidates} />
      <GrantsSection grants={discovery.grants} />
      <AccountsSection accounts={discovery.accounts} />
    </>
  );
}

/**
 * One CSV of the discovery inventory (RFC 4180 with the formula guard of `csvRows`): a row per
 * item, `section` saying which list it comes from; list values are space-separated.
 */
export function discoveryCsv(d: DiscoverySnapshot): string {
  const header = ['section', 'subject', 'app_id', 'id', 'version', 'status', 'risk', 'score', 'reasons', 'scopes', 'risky_scopes', 'offline', 'admin_consent', 'domain', 'first_seen', 'last_seen'];
  const join = (xs: readonly string[]) => xs.join(' ');
  const rows = [
    ...d.extensions.map((e) => ['extension', e.name, e.appId, e.id, e.version, e.removed ? 'removed' : e.enabled ? 'enabled' : 'disabled', e.risk, e.confidence, join(e.reasons), '', '', '', '', '', e.firstSeen, e.lastSeen]),
    ...d.candidates.map((c) => ['candidate', c.host, null, '', '', '', '', c.score, join(c.reasons), '', '', '', '', '', c.firstSeen, c.lastSeen]),
    ...d.grants.map((g) => ['oauth_grant', g.host ?? '', g.appId, g.clientId, '', g.provider, '', '', '', join(g.scopes), join(g.riskyScopes), g.offline, g.adminConsent, '', g.firstSeen, g.lastSeen]),
    ...d.accounts.map((a) => ['account', a.host, a.appId, '', '', a.type, '', '', '', '', '', '', '', a.domain, a.firstSeen, a.lastSeen]),
  ];
  return csvRows([header, ...rows]);
}
