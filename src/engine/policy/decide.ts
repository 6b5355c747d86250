import type { Category } from '../../contracts/findings';
import type { AccountAction, ActionTable, PolicyAction, PolicyChannel, PolicyDocument, PolicyException, Tier } from '../../contracts/policy';
import { actionRank, strictest } from './actions';
import { DEFAULT_POLICY, FAIL_CLOSED_POLICY } from './default-policy';

/** What `decide` needs of a finding (a `Finding` or a `FindingSummary` both fit). */
export interface FindingRef {
  rule: string;
  category: Category;
  /** Occurrences (default 1). */
  count?: number;
}

/**
 * The app a prompt is going to: its host (lower case, no port), e.g. `chatgpt.com`, optionally
 * with the built-in catalog's default tier for it, which applies when the policy's `apps` do
 * not list the host (before the policy's `defaultTier`).
 */
export type AppRef = string | { host: string; catalogTier?: Tier };

export interface DecideContext {
  /** Current time (ms since epoch or Date): exceptions expire. Passed in to keep decide pure. */
  now: number | Date;
  /** The user's groups (managed config `identity.groups`), for group-scoped exceptions. */
  groups?: readonly string[];
  /**
   * Type of the account signed in to the app, when the page showed one (engine
   * `classifyAccount` against managed `identity.corporateDomains`). Absent = not known: policy
   * `accounts` rules do not apply.
   */
  account?: 'corporate' | 'personal' | 'unknown';
}

/** Choices the inline UI may offer the user. */
export type UserOption = 'redact' | 'edit' | 'send_anyway' | 'cancel';

/** Which table entry produced a finding's action. */
export type ActionSource = 'exception' | 'tier_rule' | 'rule' | 'tier_category' | 'category' | 'baseline_rule' | 'baseline_category' | 'none';

export interface FindingDecision {
  rule: string;
  category: Category;
  count: number;
  action: PolicyAction;
  source: ActionSource;
  /** Set when `source` is `exception`. */
  exceptionId?: string;
}

export interface PolicyDecision {
  /** The strictest action over all findings; `block` when the app is blocked. */
  action: PolicyAction;
  /** The app's tier after tier exceptions. */
  tier: Tier;
  /**
   * `app_blocked`: the app's tier is `blocked`; the prompt's content is irrelevant.
   * `account_blocked`: policy `accounts` blocks this account type on this app (content irrelevant).
   * `account`: an account rule (warn / justify / monitor) is at least as strict as any finding.
   */
  reason: 'app_blocked' | 'account_blocked' | 'account' | 'findings' | 'clean';
  /** The account rule's action, when one applied (`accounts` in the policy). */
  accountAction?: AccountAction;
  /** One entry per distinct rule id, in input order. */
  findings: FindingDecision[];
  /** Rule ids whose action equals `action` (why the decision is what it is). */
  decisiveRules: string[];
  /** Categories of the decisive rules. */
  decisiveCategories: Category[];
  /** Plain-text coaching for the user; absent for allow/monitor. */
  coaching?: string;
  /** What the inline UI may offer; empty for allow/monitor (nothing to ask, it goes as is). */
  allowedUserActions: UserOption[];
  /** `send_anyway` needs a written justification (action justify, or redact-or-justify). */
  requiresJustification: boolean;
  /** Ids of the exceptions that changed the tier or a finding's action. */
  appliedExceptions: string[];
  /** The org policy's version; null under the built-in default or fail-closed policy. */
  policyVersion: number | null;
}

const versionOf = (p: PolicyDocument): number | null => (p === DEFAULT_POLICY || p === FAIL_CLOSED_POLICY ? null : p.version);
const hostOf = (app: AppRef): string => (typeof app === 'string' ? app : app.host).toLowerCase().replace(/\.$/, '');
const ms = (t: number | Date): number => (typeof t === 'number' ? t : t.getTime());

/**
 * The policy's `apps` entry for a host: the key equal to the host, else the longest key the host
 * is a subdomain of (`openai.com` covers `chat.openai.com`). Undefined when none matches.
 */
export function matchAppEntry(policy: PolicyDocument, host: string): { key: string; tier: Tier } | undefined {
  const h = hostOf(host);
  let best: { key: string; tier: Tier } | undefined;
  for (const [key, entry] of Object.entries(policy.apps)) {
    if ((h === key || h.endsWith(`.${key}`)) && (!best || key.length > best.key.length)) best = { key, tier: entry.tier };
  }
  return best;
}

const hostMatches = (host: string, patterns: readonly string[] | undefined): boolean =>
  !patterns || patterns.length === 0 || patterns.some((p) => host === p || host.endsWith(`.${p}`));

/** Whether an exception is in its validity window and targets this app and user. */
export function exceptionApplies(e: PolicyException, host: string, ctx: DecideContext): boolean {
  const now = ms(ctx.now);
  if (now >= Date.parse(e.expiresAt)) return false;
  if (e.startsAt !== undefined && now < Date.parse(e.startsAt)) return false;
  if (!hostMatches(host, e.apps)) return false;
  if (e.groups && e.groups.length > 0 && !e.groups.some((g) => ctx.groups?.includes(g))) return false;
  return true;
}

const exceptionCovers = (e: PolicyException, f: FindingRef): boolean => {
  const byRule = e.rules && e.rules.length > 0;
  const byCat = e.categories && e.categories.length > 0;
  if (!byRule && !byCat) return true;
  return Boolean((byRule && e.rules!.includes(f.rule)) || (byCat && e.categories!.includes(f.category)));
};

/**
 * The app's tier: first applicable tier exception (document order), else the policy's `apps`,
 * else the catalog's default tier for the app, else the policy's `defaultTier`.
 */
export function resolveTier(policy: PolicyDocument, app: AppRef, ctx: DecideContext): { tier: Tier; exceptionId?: string } {
  const host = hostOf(app);
  const ex = policy.exceptions.find((e) => e.tier !== undefined && exceptionApplies(e, host, ctx));
  if (ex?.tier) return { tier: ex.tier, exceptionId: ex.id };
  const catalogTier = typeof app === 'string' ? undefined : app.catalogTier;
  return { tier: matchAppEntry(policy, host)?.tier ?? catalogTier ?? policy.defaultTier };
}

function actionFor(policy: PolicyDocument, tier: Tier, f: FindingRef): { action: PolicyAction; source: ActionSource } {
  const tierTable: ActionTable | undefined = policy.actions[tier];
  const defTable: ActionTable | undefined = policy.actions.default;
  const base: ActionTable | undefined = policy.baseline === 'default' ? DEFAULT_POLICY.actions.default : undefined;
  const steps: [PolicyAction | undefined, ActionSource][] = [
    [tierTable?.rules?.[f.rule], 'tier_rule'],
    [defTable?.rules?.[f.rule], 'rule'],
    [tierTable?.categories?.[f.category], 'tier_category'],
    [defTable?.categories?.[f.category], 'category'],
    [base?.rules?.[f.rule], 'baseline_rule'],
    [base?.categories?.[f.category], 'baseline_category'],
  ];
  for (const [action, source] of steps) if (action) return { action, source };
  return { action: 'allow', source: 'none' };
}

function coachingFor(policy: PolicyDocument, tier: Tier, decisive: FindingDecision[]): string | undefined {
  const sources = policy.baseline === 'default' && policy !== DEFAULT_POLICY ? [policy.coaching, DEFAULT_POLICY.coaching] : [policy.coaching];
  for (const c of sources) {
    for (const f of decisive) if (c.rules?.[f.rule]) return c.rules[f.rule];
    for (const f of decisive) if (c.categories?.[f.category]) return c.categories[f.category];
    if (c.tiers?.[tier]) return c.tiers[tier];
    if (c.default) return c.default;
  }
  return undefined;
}

/**
 * The `accounts` rule for an account type on an app: the longest `accounts.apps` key covering
 * the host, then the tier's rule, then `default`; the first that names the type. Corporate (or
 * unknown-because-not-shown) accounts never have a rule.
 */
export function accountActionFor(policy: PolicyDocument, host: string, tier: Tier, account: DecideContext['account']): AccountAction | undefined {
  const a = policy.accounts;
  if (!a || (account !== 'personal' && account !== 'unknown')) return undefined;
  const h = hostOf(host);
  let best: { key: string; action: AccountAction } | undefined;
  for (const [key, rule] of Object.entries(a.apps ?? {})) {
    const action = rule[account];
    if (action && (h === key || h.endsWith(`.${key}`)) && (!best || key.length > best.key.length)) best = { key, action };
  }
  return best?.action ?? a[tier]?.[account] ?? a.default?.[account];
}

const DEFAULT_ACCOUNT_COACHING = 'Sign in with your work account to use this AI app.';

/**
 * Decides what happens to a prompt (or paste, drop, file) on an app. Pure: no clock, no I/O.
 *
 * 1. **Tier.** The first applicable exception with a `tier` (document order) sets the app's tier;
 *    else the longest matching `apps` key; else `defaultTier`.
 * 2. **Blocked app.** Tier `blocked` → action `block`, reason `app_blocked`, whatever the content
 *    (a clean prompt too); the user may only cancel.
 * 3. **Per finding** (one entry per distinct rule id, counts summed), the first that says something:
 *    an applicable exception covering the finding (its `rules`/`categories`, neither = all; first in
 *    document order; it may relax or tighten) → the tier table's rule → `actions.default` rule →
 *    the tier table's category → `actions.default` category → (if `baseline` is `default`) the
 *    built-in default's rule, then category → `allow`. So a rule-id action always beats a category
 *    action of the same table level, and anything the policy names beats the baseline.
 * 4. **Strictest wins**: block > redact > justify > warn > monitor > allow. No findings → `allow`.
 * 5. **User options** by action: allow/monitor → none (it goes as is; monitor records an event);
 *    warn → send anyway, redact, edit, cancel; justify → the same, send anyway needs a
 *    justification; redact → redact, edit, cancel, plus send anyway with a justification when
 *    `settings.redactAllowsJustifiedSend`; block → edit, cancel.
 * 6. **Channel.** `file`: a file cannot be rewritten, so `redact` and `edit` are never offered
 *    (redact then leaves cancel, plus justified send when allowed). `typed` (scan while typing)
 *    is advisory: the same decision, the caller shows it as a hint. Others change nothing.
 * 7. **Coaching**: for the decisive findings, the first of rule > category > tier > default text,
 *    from the policy, then (baseline `default`) from the built-in default.
 * 8. **Account** (`ctx.account`, policy `accounts`, see {@link accountActionFor}): `block` blocks
 *    the app for this account like a blocked tier (reason `account_blocked`, only cancel);
 *    another action joins the findings' actions (strictest wins; reason `account` when it is
 *    the decisive one), with `accounts.coaching`. Unknown account or no rule: no effect.
 */
export function decide(policy: PolicyDocument, app: AppRef, findings: readonly FindingRef[], channel: PolicyChannel, ctx: DecideContext): PolicyDecision {
  const host = hostOf(app);
  const applied = new Set<string>();
  const { tier, exceptionId: tierEx } = resolveTier(policy, host, ctx);
  if (tierEx) applied.add(tierEx);

  const accountAction = accountActionFor(policy, host, tier, ctx.account);
  const accountCoaching = policy.accounts?.coaching ?? DEFAULT_ACCOUNT_COACHING;

  if (tier !== 'blocked' && accountAction === 'block') {
    return {
      action: 'block',
      tier,
      reason: 'account_blocked',
      accountAction,
      findings: [],
      decisiveRules: [],
      decisiveCategories: [],
      coaching: accountCoaching,
      allowedUserActions: ['cancel'],
      requiresJustification: false,
      appliedExceptions: [...applied],
      policyVersion: versionOf(policy),
    };
  }

  if (tier === 'blocked') {
    return {
      action: 'block',
      tier,
      reason: 'app_blocked',
      findings: [],
      decisiveRules: [],
      decisiveCategories: [],
      coaching: coachingFor(policy, tier, []),
      allowedUserActions: ['cancel'],
      requiresJustification: false,
      appliedExceptions: [...applied],
      policyVersion: versionOf(policy),
    };
  }

  const merged = new Map<string, FindingRef & { count: number }>();
  for (const f of findings) {
    const prev = merged.get(f.rule);
    if (prev) prev.count += f.count ?? 1;
    else merged.set(f.rule, { rule: f.rule, category: f.category, count: f.count ?? 1 });
  }

  const actionExceptions = policy.exceptions.filter((e) => e.action !== undefined && exceptionApplies(e, host, ctx));
  const perFinding: FindingDecision[] = [];
  for (const f of merged.values()) {
    const ex = actionExceptions.find((e) => exceptionCovers(e, f));
    if (ex?.action) {
      applied.add(ex.id);
      perFinding.push({ ...f, action: ex.action, source: 'exception', exceptionId: ex.id });
    } else {
      perFinding.push({ ...f, ...actionFor(policy, tier, f) });
    }
  }

  const findingsAction = strictest(perFinding.map((f) => f.action));
  const action = accountAction ? strictest([findingsAction, accountAction]) : findingsAction;
  const byAccount = accountAction !== undefined && actionRank(accountAction) > 0 && actionRank(accountAction) >= actionRank(findingsAction);
  const decisive = actionRank(action) > 0 ? perFinding.filter((f) => f.action === action) : [];
  const options = userOptions(action, channel, policy.settings.redactAllowsJustifiedSend);
  const coaching =
    actionRank(action) < actionRank('warn') ? undefined : byAccount && decisive.length === 0 ? accountCoaching : coachingFor(policy, tier, decisive);
  return {
    action,
    tier,
    reason: byAccount && decisive.length === 0 ? 'account' : perFinding.length > 0 ? 'findings' : 'clean',
    ...(accountAction ? { accountAction } : {}),
    findings: perFinding,
    decisiveRules: decisive.map((f) => f.rule),
    decisiveCategories: [...new Set(decisive.map((f) => f.category))],
    coaching,
    allowedUserActions: options,
    requiresJustification: options.includes('send_anyway') && (action === 'justify' || action === 'redact'),
    appliedExceptions: [...applied],
    policyVersion: versionOf(policy),
  };
}

function userOptions(action: PolicyAction, channel: PolicyChannel, redactAllowsJustifiedSend: boolean): UserOption[] {
  let opts: UserOption[];
  switch (action) {
    case 'allow':
    case 'monitor':
      return [];
    case 'warn':
    case 'justify':
      opts = ['send_anyway', 'redact', 'edit', 'cancel'];
      break;
    case 'redact':
      opts = redactAllowsJustifiedSend ? ['redact', 'send_anyway', 'edit', 'cancel'] : ['redact', 'edit', 'cancel'];
      break;
    case 'block':
      opts = ['edit', 'cancel'];
      break;
  }
  if (channel === 'file') opts = opts.filter((o) => o !== 'redact' && o !== 'edit');
  return opts;
}
