import {
  DEFAULT_EVENT_SETTINGS,
  EVENT_SCHEMA_VERSION,
  EventCode,
  EventSettingsSchema,
  EventToken,
  InventoryEvent,
  type CategoryCounts,
  type EventAppTier,
  type EventEnvelope,
  type EventSettings,
} from '../../contracts/events';
import type { Category } from '../../contracts/findings';
import type { Action, Channel, FindingSummary, UserDecision } from '../../contracts/messages';
import { EventDb, getOrCreateMeta } from '../../platform/event-db';
import { Inventory } from '../inventory/inventory';
import { normalizeHost } from './host';
import { accountDomainOf, pseudonymize } from './identity';
import { EventQueue, type EventQueueOptions, type FlushReport, type OtlpSinkConfig, type SinkStats } from './queue';

/**
 * The one place the background reports what happened: builds metadata-only events, updates the
 * local inventory, and queues the events for delivery. See docs/events.md.
 *
 * No endpoint configured → events are NOT built or queued (the inventory is still updated).
 * Decision: a device with no org has no recipient, and piling up metadata for a recipient
 * configured later would send history from before the employee was told where it goes.
 */

export interface RecorderConfig {
  /** Org endpoint base URL from managed config; null disables org delivery. */
  endpoint: string | null;
  orgId: string | null;
  /** Enrollment token for `Authorization: Bearer`. */
  enrollmentToken: string | null;
  /** Optional OpenTelemetry collector (OTLP/HTTP logs). */
  otlp: OtlpSinkConfig | null;
  /** Identity to pseudonymize: managed-config user id or profile email. Never sent as is. */
  identity: string | null;
  /** HMAC key from managed config (≥ 16 chars); without it `user` is null. */
  identityKey: string | null;
  /** Version of the policy in force (envelope `policyVersion`). */
  policyVersion: number | null;
  /**
   * Policy's event settings (partial input; defaults fill the rest). The policy's `events` object
   * can be passed as is: its delivery fields (`enabled`, `types`, `batchSize`,
   * `flushIntervalSeconds`, `retryMaxSeconds`) tune the queue, unknown fields are ignored.
   */
  settings: Partial<EventSettings> & DeliverySettings;
  /** Bound of the local queue per sink. */
  maxQueuedEvents?: number;
}

/** The delivery part of the policy's `events` settings (src/contracts/policy.ts). */
export interface DeliverySettings {
  /** false: build and queue no events at all (the local inventory is still kept). */
  enabled?: boolean;
  /** Event types to send; absent = all. `queue_overflow` is always sent (losses are never silent). */
  types?: readonly string[];
  /** Flush as soon as this many events wait. */
  batchSize?: number;
  /** Flush at the latest this long after an event was queued. */
  flushIntervalSeconds?: number;
  /** Cap of the retry backoff after failed deliveries. */
  retryMaxSeconds?: number;
}

const SETTING_KEYS = Object.keys(EventSettingsSchema.shape) as (keyof EventSettings)[];

/** The privacy settings (the fields of EventSettingsSchema) of a policy's `events` object. */
export function eventSettingsOf(raw: Partial<EventSettings> & DeliverySettings): EventSettings {
  const picked: Record<string, unknown> = {};
  for (const k of SETTING_KEYS) if (raw[k] !== undefined) picked[k] = raw[k];
  const parsed = EventSettingsSchema.safeParse(picked);
  return parsed.success ? parsed.data : DEFAULT_EVENT_SETTINGS;
}

const positive = (n: unknown): number | undefined => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined);

export interface PromptCheckedInput {
  host: string;
  channel: Channel;
  action: Action;
  userDecision: UserDecision;
  findings: readonly FindingSummary[];
  justification?: string;
  appId?: string | null;
  tier?: EventAppTier | null;
  /** Overrides the configured policy version (e.g. the Decision's). */
  policyVersion?: number | null;
}

export interface VisitInput {
  host: string;
  appId?: string | null;
  tier: EventAppTier;
  /** Signed-in account (address or domain) when known; only its domain is kept. */
  account?: string | null;
}

export interface PolicyAppliedInput {
  version: number;
  source: string;
  previousVersion?: number | null;
}

export interface PolicyRefusedInput {
  version: number | null;
  source: string;
  reason: string;
}

export interface ProtectionStatusInput {
  host: string;
  adapterId: string | null;
  interceptionAlive: boolean;
  scanner: 'worker' | 'background';
}

export interface EventRecorderOptions {
  db: EventDb;
  extensionVersion: string;
  queue?: EventQueue;
  inventory?: Inventory;
  /** Options for the queue the recorder creates when none is given. */
  queueOptions?: Omit<EventQueueOptions, 'db' | 'envelope'>;
  now?: () => number;
  uuid?: () => string;
  /** How long record* calls wait for the first configure() before going on. Default 5 s. */
  configWaitMs?: number;
}

const EMPTY_CONFIG: RecorderConfig = {
  endpoint: null,
  orgId: null,
  enrollmentToken: null,
  otlp: null,
  identity: null,
  identityKey: null,
  policyVersion: null,
  settings: {},
};

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Tidies a justification: no control characters, trimmed, at most 500 chars; null if empty. */
export function cleanJustification(text: string | undefined): string | null {
  if (!text) return null;
  const t = text.replace(CONTROL, ' ').trim().slice(0, 500).trim();
  return t === '' ? null : t;
}

/** Categories with summed counts, and the distinct valid rule ids (sorted). */
export function summarizeFindings(findings: readonly FindingSummary[]): { categories: CategoryCounts; rules: string[] } {
  const categories: Partial<Record<Category, number>> = {};
  const rules = new Set<string>();
  for (const f of findings) {
    categories[f.category] = Math.min((categories[f.category] ?? 0) + f.count, 1_000_000);
    if (EventToken.safeParse(f.rule).success) rules.add(f.rule);
  }
  return { categories, rules: [...rules].sort().slice(0, 200) };
}

export class EventRecorder {
  readonly db: EventDb;
  readonly queue: EventQueue;
  readonly inventory: Inventory;
  private readonly extensionVersion: string;
  private readonly now: () => number;
  private readonly uuid: () => string;
  private readonly configWaitMs: number;
  private config: RecorderConfig = EMPTY_CONFIG;
  private settings: EventSettings = DEFAULT_EVENT_SETTINGS;
  private configured = false;
  private readonly ready: Promise<void>;
  private markReady!: () => void;
  private userCache: { identity: string | null; key: string | null; value: Promise<string | null> } | null = null;

  constructor(opts: EventRecorderOptions) {
    this.db = opts.db;
    this.extensionVersion = opts.extensionVersion;
    this.now = opts.now ?? opts.queueOptions?.now ?? Date.now;
    this.uuid = opts.uuid ?? (() => crypto.randomUUID());
    this.configWaitMs = opts.configWaitMs ?? 5000;
    this.queue = opts.queue ?? new EventQueue({ serviceVersion: opts.extensionVersion, now: this.now, ...opts.queueOptions, db: opts.db });
    this.inventory = opts.inventory ?? new Inventory({ db: opts.db, now: this.now });
    this.queue.setEnvelopeProvider(async () => {
      if (!this.delivering()) return null;
      const { id: _id, ts: _ts, ...rest } = await this.envelope(undefined);
      return rest;
    });
    this.ready = new Promise((resolve) => (this.markReady = resolve));
  }

  /**
   * Sets delivery, identity and policy settings. Call at every background start (before or right
   * after registering listeners) and whenever managed config or the policy in force changes.
   * Fields left out keep their value.
   */
  configure(patch: Partial<RecorderConfig>): void {
    this.config = { ...this.config, ...patch, settings: { ...this.config.settings, ...patch.settings } };
    const c = this.config;
    this.settings = eventSettingsOf(c.settings);
    const enabled = c.settings.enabled !== false;
    const orgOk = enabled && !!c.endpoint && !!c.orgId && EventToken.safeParse(c.orgId).success;
    const flushS = positive(c.settings.flushIntervalSeconds);
    const retryS = positive(c.settings.retryMaxSeconds);
    this.queue.configure(
      {
        org: orgOk ? { endpoint: c.endpoint!, orgId: c.orgId!, token: c.enrollmentToken } : null,
        otlp: enabled ? c.otlp : null,
      },
      {
        ...(c.maxQueuedEvents !== undefined ? { maxEvents: c.maxQueuedEvents } : {}),
        ...(positive(c.settings.batchSize) ? { batchSize: c.settings.batchSize } : {}),
        ...(flushS ? { flushIntervalMs: flushS * 1000 } : {}),
        ...(retryS ? { maxDelayMs: retryS * 1000 } : {}),
      },
    );
    if (!this.configured) {
      this.configured = true;
      this.markReady();
    }
  }

  /** True when at least one sink is configured (events are built and queued). */
  delivering(): boolean {
    return this.queue.enabledSinks().length > 0;
  }

  async recordPromptChecked(input: PromptCheckedInput): Promise<InventoryEvent | null> {
    await this.whenReady();
    const host = normalizeHost(input.host);
    if (!host) return null;
    await this.inventory.recordOutcome(host, {
      channel: input.channel,
      action: input.action,
      userDecision: input.userDecision,
      findings: input.findings,
      appId: input.appId,
      tier: input.tier,
    });
    if (!this.delivering()) return null;
    const { categories, rules } = summarizeFindings(input.findings);
    const justification = cleanJustification(input.justification);
    const s = this.settings;
    const appId = input.appId && EventToken.safeParse(input.appId).success ? input.appId : undefined;
    return this.emit({
      ...(await this.envelope(input.policyVersion)),
      type: 'prompt_checked',
      ...(appId ? { appId } : {}),
      host,
      ...(input.tier ? { tier: input.tier } : {}),
      channel: input.channel,
      categories,
      rules: s.includeRuleIds ? rules : [],
      action: input.action,
      userDecision: input.userDecision,
      ...(justification && s.includeJustification ? { justification } : {}),
      ...(justification && !s.includeJustification ? { justificationGiven: true } : {}),
    });
  }

  /** A visit of an AI app: always counted locally; `ai_app_used` at most once per host per interval. */
  async recordVisit(input: VisitInput): Promise<InventoryEvent | null> {
    await this.whenReady();
    const host = normalizeHost(input.host);
    if (!host) return null;
    await this.inventory.recordVisit(host, input.appId, input.tier);
    if (!this.delivering()) return null;
    if (!(await this.due(`usage:${host}`, ''))) return null;
    const appId = input.appId && EventToken.safeParse(input.appId).success ? input.appId : undefined;
    const domain = this.settings.includeAccountDomain ? normalizeHost(accountDomainOf(input.account)) : null;
    return this.emit(
      {
        ...(await this.envelope(undefined)),
        type: 'ai_app_used',
        ...(appId ? { appId } : {}),
        host,
        tier: input.tier,
        ...(domain ? { accountDomain: domain } : {}),
      },
      `usage:${host}`,
      '',
    );
  }

  /** The policy now in force; also becomes the envelope's policyVersion. */
  async recordPolicyApplied(input: PolicyAppliedInput): Promise<InventoryEvent | null> {
    this.config = { ...this.config, policyVersion: input.version };
    await this.whenReady();
    if (!this.delivering()) return null;
    return this.emit({
      ...(await this.envelope(input.version)),
      type: 'policy_applied',
      version: input.version,
      source: toCode(input.source),
      ...(input.previousVersion !== undefined ? { previousVersion: input.previousVersion } : {}),
    });
  }

  async recordPolicyRefused(input: PolicyRefusedInput): Promise<InventoryEvent | null> {
    await this.whenReady();
    if (!this.delivering()) return null;
    return this.emit({
      ...(await this.envelope(undefined)),
      type: 'policy_refused',
      version: input.version,
      source: toCode(input.source),
      reason: toCode(input.reason),
    });
  }

  /** Protection health per host: sent when it changes, else at most once per interval. */
  async recordProtectionStatus(input: ProtectionStatusInput): Promise<InventoryEvent | null> {
    await this.whenReady();
    const host = normalizeHost(input.host);
    if (!host || !this.delivering()) return null;
    const adapterId = input.adapterId && EventToken.safeParse(input.adapterId).success ? input.adapterId : null;
    const signature = `${adapterId ?? ''}|${input.interceptionAlive}|${input.scanner}`;
    if (!(await this.due(`protection:${host}`, signature))) return null;
    return this.emit(
      {
        ...(await this.envelope(undefined)),
        type: 'protection_status',
        host,
        adapterId,
        interceptionAlive: input.interceptionAlive,
        scanner: input.scanner,
      },
      `protection:${host}`,
      signature,
    );
  }

  /** Sends what is due (call from the flush alarm and at background start). */
  flush(): Promise<FlushReport> {
    return this.queue.flush();
  }

  snapshot() {
    return this.inventory.snapshot();
  }

  stats(): Promise<Record<'org' | 'otlp', SinkStats>> {
    return this.queue.stats();
  }

  // ─── internals ─────────────────────────────────────────────────────────────────────────────

  private async whenReady(): Promise<void> {
    if (this.configured) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.ready, new Promise<void>((r) => (timer = setTimeout(r, this.configWaitMs)))]);
    clearTimeout(timer);
  }

  private async envelope(policyVersion: number | null | undefined): Promise<EventEnvelope> {
    const c = this.config;
    const device = await getOrCreateMeta(this.db, 'deviceId', () => crypto.randomUUID());
    return {
      id: this.uuid(),
      ts: new Date(this.now()).toISOString(),
      schemaVersion: EVENT_SCHEMA_VERSION,
      user: this.settings.includeUser ? await this.user() : null,
      device,
      extensionVersion: this.extensionVersion,
      policyVersion: policyVersion === undefined ? c.policyVersion : policyVersion,
      orgId: c.orgId && EventToken.safeParse(c.orgId).success ? c.orgId : null,
    };
  }

  private user(): Promise<string | null> {
    const { identity, identityKey } = this.config;
    if (!this.userCache || this.userCache.identity !== identity || this.userCache.key !== identityKey) {
      this.userCache = { identity, key: identityKey, value: pseudonymize(identity, identityKey).catch(() => null) };
    }
    return this.userCache.value;
  }

  /** Whether a throttled event for `key` may go now (its signature changed or the interval passed). */
  private async due(key: string, signature: string): Promise<boolean> {
    const row = await this.db.meta.get(`lastSent:${key}`);
    const last = row?.value as { at: number; sig: string } | undefined;
    if (!last || last.sig !== signature) return true;
    return this.now() - last.at >= this.settings.usageIntervalMinutes * 60_000;
  }

  private async emit(candidate: unknown, throttleKey?: string, signature?: string): Promise<InventoryEvent | null> {
    const parsed = InventoryEvent.safeParse(candidate);
    const types = this.config.settings.types;
    if (parsed.success && types && !types.includes(parsed.data.type)) return null;
    if (!parsed.success) {
      console.warn('[shadow-ai-guard] event not built', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`));
      return null;
    }
    const queued = await this.queue.enqueue(parsed.data);
    if (!queued) return null;
    if (throttleKey) await this.db.meta.put({ key: `lastSent:${throttleKey}`, value: { at: this.now(), sig: signature ?? '' } });
    return parsed.data;
  }
}

/** Codes are lower-case tokens; anything else becomes `other` (never free text). */
function toCode(s: string): string {
  const c = s
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .slice(0, 64)
    .replace(/[_-]+$/, '');
  return EventCode.safeParse(c).success ? c : 'other';
}

/** Builds the recorder over the default database, with browser.alarms as the flush timer. */
export function createEventRecorder(opts: Omit<EventRecorderOptions, 'db'> & { db?: EventDb }): EventRecorder {
  // In a live service worker, also wake with a timer: alarms fire at most every 30 s in Chrome.
  return new EventRecorder({ ...opts, queueOptions: { inMemoryWake: true, ...opts.queueOptions }, db: opts.db ?? new EventDb() });
}
