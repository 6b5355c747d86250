import { parseManagedConfig, type ManagedConfig, type ManagedConfigIssue } from '../contracts/managed-config';
import { SignedPolicyEnvelopeSchema, type PolicyRefusalReason, type PolicyStatus, type SignedPolicyEnvelope } from '../contracts/policy';
import {
  MAX_ENVELOPE_BYTES,
  choosePolicy,
  decide,
  evaluatePolicyUpdate,
  refreshMinutesFor,
  verifySignedPolicy,
  type AcceptedPolicy,
  type DecideContext,
  type EffectivePolicy,
  type FindingRef,
  type PolicyDecision,
} from '../engine/policy';
import type { PolicyChannel, Tier } from '../contracts/policy';
import type { ManagedStorageArea } from '../platform/managed-storage';
import type { AlarmScheduler, KeyValueStore } from '../platform/local-storage';

/** The alarm that polls the endpoint. */
export const POLICY_ALARM = 'policy-refresh';
/** storage.local keys. */
export const CACHE_KEY = 'policy.lastGood';
export const STATUS_KEY = 'policy.status';
export const MANAGED_SNAPSHOT_KEY = 'policy.managedSnapshot';

interface CachedPolicy {
  envelope: SignedPolicyEnvelope;
  etag: string | null;
  /** When the endpoint last confirmed it (200 or 304). */
  confirmedAt: number;
}

interface PersistedStatus {
  lastSync: number | null;
  lastError: { reason: PolicyRefusalReason | 'managed_config_invalid'; message: string; at: number } | null;
  reachable: boolean | null;
}

export interface PolicyStoreDeps {
  managed: ManagedStorageArea;
  local: KeyValueStore;
  alarms: AlarmScheduler;
  fetch: typeof fetch;
  now?: () => number;
  /** 0..1; jitter for the first poll so a fleet does not poll in lockstep. */
  random?: () => number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  /** Abort a policy request after this long (default 15 s). */
  fetchTimeoutMs?: number;
  /**
   * Chrome publishes managed storage a few seconds after start. Until it does (or this long has
   * passed), the last managed configuration seen is kept, so a cold start never runs a weaker
   * policy for those seconds. Default 15 s.
   */
  managedGraceMs?: number;
  log?: (message: string) => void;
}

export type PolicyChangeListener = (status: PolicyStatus, effective: EffectivePolicy) => void;

/**
 * Keeps the policy in force in the background: reads managed storage (and follows its live
 * changes), polls the org endpoint on an alarm with ETags, verifies what it gets, caches the last
 * good endpoint policy in storage.local, and picks the policy in force with `choosePolicy`.
 * MV3-safe: every wake-up calls `start()`; state lives in storage, the alarm survives restarts.
 */
export class PolicyStore {
  private readonly now: () => number;
  private managed: ManagedConfig = {};
  private managedIssues: ManagedConfigIssue[] = [];
  private cache: CachedPolicy | null = null;
  private accepted: AcceptedPolicy | null = null;
  private persisted: PersistedStatus = { lastSync: null, lastError: null, reachable: null };
  private effective: EffectivePolicy;
  private listeners = new Set<PolicyChangeListener>();
  private unsubscribe: (() => void)[] = [];
  private starting: Promise<void> | null = null;
  private syncing: Promise<void> | null = null;
  private graceTimer: unknown = null;
  private lastEmitted = '';
  /** When the current managed-config problem was first seen (stable, so it is reported once). */
  private configErrorSince: { key: string; at: number } | null = null;

  constructor(private readonly deps: PolicyStoreDeps) {
    this.now = deps.now ?? Date.now;
    this.effective = choosePolicy({ managed: {}, endpoint: null, now: this.now() });
  }

  /**
   * Registers the managed-storage and alarm listeners (synchronously, before any await, as MV3
   * requires for events that wake the worker), then loads state, schedules polling and syncs if
   * due. Idempotent; `ready()` resolves when the first load is done.
   */
  start(): Promise<void> {
    if (this.starting) return this.starting;
    this.unsubscribe.push(this.deps.managed.onChanged(() => void this.reloadManaged(false)));
    this.unsubscribe.push(
      this.deps.alarms.onAlarm((name) => {
        if (name === POLICY_ALARM) void this.sync();
      }),
    );
    this.starting = this.load();
    return this.starting;
  }

  /** Resolves once the stored state and managed storage have been read. */
  ready(): Promise<void> {
    return this.starting ?? this.start();
  }

  stop(): void {
    for (const u of this.unsubscribe.splice(0)) u();
    if (this.graceTimer !== null) (this.deps.clearTimeout ?? clearTimeout)(this.graceTimer as ReturnType<typeof setTimeout>);
    this.graceTimer = null;
  }

  onChange(listener: PolicyChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The policy in force (re-chosen if it has expired since). */
  current(): EffectivePolicy {
    const exp = this.effective.policy.expiresAt;
    if (exp !== undefined && Date.parse(exp) <= this.now()) this.recompute();
    return this.effective;
  }

  /** The parsed managed configuration (valid fields only) and what was wrong with the rest. */
  getManaged(): { config: ManagedConfig; issues: ManagedConfigIssue[] } {
    return { config: this.managed, issues: this.managedIssues };
  }

  /**
   * `decide()` with the policy in force, the clock, and the user's managed groups.
   * The catalog's default tier for the app (e.g. `blocked` for an app regulators banned) applies
   * only under an org policy: the built-in default protects data but blocks no app on its own
   * (it would tell the user "your organisation does not allow this app" when no org said so),
   * and failing closed blocks every app anyway.
   */
  decide(host: string, findings: readonly FindingRef[], channel: PolicyChannel, catalogTier?: Tier, account?: DecideContext['account']): PolicyDecision {
    const { policy, source } = this.current();
    const orgPolicy = source !== 'fail-closed' && source !== 'default';
    const app = { host, catalogTier: orgPolicy ? catalogTier : undefined };
    return decide(policy, app, findings, channel, { now: this.now(), groups: this.managed.identity?.groups, account });
  }

  getStatus(): PolicyStatus {
    return this.statusOf(this.current());
  }

  private statusOf({ source, policy, skipped }: EffectivePolicy): PolicyStatus {
    const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
    const fromPolicy = source !== 'default' && source !== 'fail-closed';
    const err = this.persisted.lastError ?? this.configError();
    return {
      source,
      version: fromPolicy ? policy.version : null,
      orgId: this.managed.orgId ?? (fromPolicy ? policy.orgId : null),
      lastSync: iso(this.persisted.lastSync),
      lastError: err ? { reason: err.reason, message: err.message, at: iso(err.at)! } : null,
      endpoint: this.managed.endpoint ?? null,
      reachable: this.managed.endpoint ? this.persisted.reachable : null,
      expiresAt: fromPolicy ? (policy.expiresAt ?? null) : null,
      pinnedKeyIds: (this.managed.signingKeys ?? []).map((k) => k.kid),
      refreshMinutes: this.managed.endpoint ? this.refreshMinutes() : null,
      skipped: skipped.map(({ source: s, reason, message }) => ({ source: s, reason, message })),
    };
  }

  /** Polls the endpoint now (alarm, options page "sync now"). Concurrent calls share one request. */
  sync(): Promise<void> {
    this.syncing ??= this.doSync().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  // ---------------------------------------------------------------------------------------------

  private async load(): Promise<void> {
    const [cache, status] = await Promise.all([this.deps.local.get<CachedPolicy>(CACHE_KEY), this.deps.local.get<PersistedStatus>(STATUS_KEY)]);
    if (status) this.persisted = status;
    const env = cache ? SignedPolicyEnvelopeSchema.safeParse(cache.envelope) : null;
    this.cache = cache && env?.success ? { ...cache, envelope: env.data } : null;
    await this.reloadManaged(true);
  }

  /** Re-reads managed storage; re-verifies the cache against the (possibly rotated) keys. */
  private async reloadManaged(initial: boolean): Promise<void> {
    let raw = await this.deps.managed.read();
    const empty = !raw || (typeof raw === 'object' && Object.keys(raw).length === 0);
    if (empty && initial) {
      const snapshot = await this.deps.local.get<unknown>(MANAGED_SNAPSHOT_KEY);
      if (snapshot && typeof snapshot === 'object' && Object.keys(snapshot).length > 0) {
        raw = snapshot;
        this.log('managed storage not published yet; using the last managed configuration seen');
        const set = this.deps.setTimeout ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
        this.graceTimer = set(() => {
          this.graceTimer = null;
          void this.reloadManaged(false);
        }, this.deps.managedGraceMs ?? 15_000);
      }
    } else {
      await this.deps.local.set(MANAGED_SNAPSHOT_KEY, raw ?? {});
    }
    const { config, issues } = parseManagedConfig(raw);
    const before = JSON.stringify(this.managed);
    this.managed = config;
    this.managedIssues = issues;
    for (const i of issues) this.log(`managed config: ${i.path || '(root)'}: ${i.message}`);

    await this.reverifyCache();
    this.recompute();
    await this.schedule();
    if (this.managed.endpoint && (initial ? this.syncDue() : JSON.stringify(this.managed) !== before)) void this.sync();
  }

  private async reverifyCache(): Promise<void> {
    this.accepted = null;
    if (!this.cache || !this.managed.endpoint) return;
    const r = await verifySignedPolicy(this.cache.envelope, this.managed.signingKeys ?? [], this.now(), { orgId: this.managed.orgId });
    if (r.ok) this.accepted = { policy: r.policy, envelope: r.envelope };
    else if (r.reason === 'expired') {
      // Keep it for version comparison only; choosePolicy will not put it in force.
      const lenient = await verifySignedPolicy(this.cache.envelope, this.managed.signingKeys ?? [], Number.NaN, { orgId: this.managed.orgId });
      if (lenient.ok) this.accepted = { policy: lenient.policy, envelope: lenient.envelope };
    } else {
      this.log(`cached policy no longer valid (${r.reason}): ${r.message}`);
      this.cache = null;
      await this.deps.local.remove(CACHE_KEY);
    }
  }

  private refreshMinutes(): number {
    return refreshMinutesFor(this.managed, this.accepted?.policy ?? this.managed.inlinePolicy ?? null);
  }

  private syncDue(): boolean {
    const last = this.persisted.lastSync;
    return !this.accepted || last === null || this.now() - last >= this.refreshMinutes() * 60_000;
  }

  /** Creates the polling alarm (only if missing or its period changed: waking must not postpone it). */
  private async schedule(): Promise<void> {
    if (!this.managed.endpoint) {
      await this.deps.alarms.clear(POLICY_ALARM);
      return;
    }
    const period = this.refreshMinutes();
    const existing = await this.deps.alarms.get(POLICY_ALARM);
    if (existing?.periodInMinutes === period) return;
    const random = this.deps.random ?? Math.random;
    await this.deps.alarms.create(POLICY_ALARM, { delayInMinutes: Math.max(0.5, period * random()), periodInMinutes: period });
  }

  private configError(): PersistedStatus['lastError'] {
    const first = this.managedIssues.find((i) => i.message !== 'unknown setting, ignored');
    const message =
      this.managed.endpoint && !this.managed.orgId
        ? 'managed config sets "endpoint" but no "orgId"'
        : first
          ? `managed config ${first.path}: ${first.message}`
          : null;
    if (message === null) {
      this.configErrorSince = null;
      return null;
    }
    // A stable time: the status (and the "policy refused" event keyed on it) must not change
    // on every read while the same problem persists.
    if (this.configErrorSince?.key !== message) this.configErrorSince = { key: message, at: this.now() };
    return { reason: 'managed_config_invalid', message, at: this.configErrorSince.at };
  }

  private async doSync(): Promise<void> {
    await this.starting;
    const { endpoint, orgId, enrollmentToken } = this.managed;
    if (!endpoint || !orgId) return;
    const url = `${endpoint.replace(/\/+$/, '')}/v1/orgs/${encodeURIComponent(orgId)}/policy`;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (enrollmentToken) headers.authorization = `Bearer ${enrollmentToken}`;
    if (this.accepted && this.cache?.etag) headers['if-none-match'] = this.cache.etag;

    const ctl = new AbortController();
    const set = this.deps.setTimeout ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
    const clear = this.deps.clearTimeout ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
    const timer = set(() => ctl.abort(), this.deps.fetchTimeoutMs ?? 15_000);
    let res: Response;
    let body: string | null = null;
    try {
      res = await this.deps.fetch(url, { method: 'GET', headers, signal: ctl.signal, credentials: 'omit', redirect: 'error' });
      if (res.status === 200) {
        const declared = Number(res.headers.get('content-length') ?? 0);
        const type = res.headers.get('content-type') ?? '';
        if (!/^application\/json\b/i.test(type)) return await this.fail('wrong_content_type', `The endpoint answered with Content-Type "${type || 'none'}", expected application/json.`, true);
        if (declared > MAX_ENVELOPE_BYTES) return await this.fail('oversized', `The endpoint's policy is ${declared} bytes; the limit is ${MAX_ENVELOPE_BYTES}.`, true);
        body = await readCapped(res, MAX_ENVELOPE_BYTES);
        if (body === null) return await this.fail('oversized', `The endpoint's policy is over the limit of ${MAX_ENVELOPE_BYTES} bytes.`, true);
      }
    } catch (e) {
      return await this.fail('network_error', `Could not reach ${url}: ${(e as Error).name === 'AbortError' ? 'timed out' : (e as Error).message}.`, false);
    } finally {
      clear(timer);
    }

    const now = this.now();
    if (res.status === 304 && this.accepted && this.cache) {
      this.cache = { ...this.cache, confirmedAt: now };
      await this.deps.local.set(CACHE_KEY, this.cache);
      return await this.succeed(now);
    }
    if (res.status !== 200 || body === null) {
      return await this.fail('http_error', `The endpoint answered HTTP ${res.status}${res.status === 401 || res.status === 403 ? ' (check the enrollment token)' : ''}.`, true);
    }
    const result = await evaluatePolicyUpdate(this.accepted, body, this.managed.signingKeys ?? [], now, { orgId });
    if (!result.ok) {
      this.log(`policy refused (${result.reason}): ${result.message}`);
      return await this.fail(result.reason, result.message, true);
    }
    const etag = res.headers.get('etag');
    this.cache = { envelope: result.envelope, etag, confirmedAt: now };
    this.accepted = { policy: result.policy, envelope: result.envelope };
    await this.deps.local.set(CACHE_KEY, this.cache);
    if (!result.unchanged) this.log(`policy version ${result.policy.version} accepted from the endpoint`);
    await this.succeed(now);
    await this.schedule();
  }

  private async succeed(now: number): Promise<void> {
    this.persisted = { lastSync: now, lastError: null, reachable: true };
    await this.deps.local.set(STATUS_KEY, this.persisted);
    this.recompute();
  }

  private async fail(reason: PolicyRefusalReason, message: string, reachable: boolean): Promise<void> {
    this.persisted = { ...this.persisted, lastError: { reason, message, at: this.now() }, reachable };
    await this.deps.local.set(STATUS_KEY, this.persisted);
    this.recompute();
  }

  private recompute(): void {
    this.effective = choosePolicy({
      managed: this.managed,
      inlinePolicyInvalid: this.managedIssues.some((i) => i.path.startsWith('inlinePolicy')),
      endpoint: this.accepted && this.cache ? { ...this.accepted, confirmedAt: this.cache.confirmedAt } : null,
      now: this.now(),
    });
    const status = this.statusOf(this.effective);
    // The whole document (an inline policy can change without a new version) and the managed
    // identity (groups pick exceptions): listeners must hear of any change a decision depends on.
    const key = JSON.stringify([status, this.effective.policy, this.managed.identity ?? null]);
    if (key === this.lastEmitted) return;
    this.lastEmitted = key;
    for (const l of this.listeners) {
      try {
        l(status, this.effective);
      } catch (e) {
        this.log(`policy change listener failed: ${(e as Error).message}`);
      }
    }
  }

  private log(message: string): void {
    (this.deps.log ?? ((m: string) => console.info(`[shadow-ai-guard] ${m}`)))(message);
  }
}

/**
 * The response body as text, or null once it exceeds `limit` bytes (stops reading there: a
 * response without Content-Length, or one that lies about it, cannot make the worker buffer
 * an unbounded body).
 */
async function readCapped(res: Response, limit: number): Promise<string | null> {
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
