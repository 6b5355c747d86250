import type { Category } from '../../contracts/findings';
import { TIERS, type ActionTable, type PolicyDocument } from '../../contracts/policy';
import { PROTECTED_AI_HOSTS } from '../sites/ai-hosts';
import { checkPolicyDocument } from './update';

export interface LintMessage {
  level: 'error' | 'warning';
  /** Dotted path in the document. */
  path: string;
  message: string;
}

export interface KnownRule {
  id: string;
  category: Category;
}

/**
 * Checks what the schema cannot: references to rules and apps that do not exist, exceptions that
 * can never apply, actions that are shadowed. `knownRules` is the engine's rule catalog (`RULES`);
 * null skips the rule checks (with a warning). Pure; `now` for expiry checks.
 */
export function lintPolicy(raw: unknown, knownRules: readonly KnownRule[] | null, now: number): { policy: PolicyDocument | null; messages: LintMessage[] } {
  const messages: LintMessage[] = [];
  const err = (path: string, message: string) => messages.push({ level: 'error', path, message });
  const warn = (path: string, message: string) => messages.push({ level: 'warning', path, message });

  const checked = checkPolicyDocument(raw, now);
  if (!checked.ok) {
    if (checked.reason === 'malformed') {
      err('', checked.message);
      return { policy: null, messages };
    }
    err(checked.reason === 'expired' ? 'expiresAt' : 'issuedAt', checked.message);
  }
  // Lint the rest even when expired / not yet valid: parse again without the time checks.
  // (With `now` NaN no time comparison holds.)
  const reparsed = checked.ok ? checked : checkPolicyDocument(raw, Number.NaN);
  const policy = reparsed.ok ? reparsed.policy : null;
  if (!policy) return { policy: null, messages };

  if (policy.expiresAt === undefined) warn('expiresAt', 'no expiresAt: a leaked old policy could be replayed to a browser that never saw a newer one');

  const customIds = new Set<string>();
  for (const kind of ['keywords', 'patterns', 'fingerprints'] as const) {
    policy.detectors[kind].forEach((d, i) => {
      const id = `custom.${d.id}`;
      if (customIds.has(id)) err(`detectors.${kind}.${i}.id`, `duplicate custom detector id "${d.id}"`);
      customIds.add(id);
    });
  }
  const ruleCategory = new Map<string, Category>();
  for (const r of knownRules ?? []) ruleCategory.set(r.id, r.category);
  for (const id of customIds) ruleCategory.set(id, 'custom');
  if (!knownRules) warn('', 'the engine rule catalog is not available: rule ids were not checked');
  const checkRule = (path: string, id: string) => {
    if (knownRules && !ruleCategory.has(id)) err(path, `unknown rule id "${id}"`);
  };

  const tables: [string, ActionTable | undefined][] = [['default', policy.actions.default], ...TIERS.map((t) => [t, policy.actions[t]] as [string, ActionTable | undefined])];
  for (const [name, table] of tables) {
    if (!table) continue;
    if (name === 'blocked' && (table.rules || table.categories)) {
      warn('actions.blocked', 'actions for tier "blocked" never apply: apps of that tier are blocked entirely');
    }
    for (const [id, action] of Object.entries(table.rules ?? {})) {
      checkRule(`actions.${name}.rules.${id}`, id);
      const cat = ruleCategory.get(id);
      if (cat && table.categories?.[cat] === action) warn(`actions.${name}.rules.${id}`, `redundant: the same as the "${cat}" category action of this table`);
    }
    if (knownRules) {
      for (const [cat, action] of Object.entries(table.categories ?? {})) {
        const rulesOfCat = [...ruleCategory].filter(([, c]) => c === cat).map(([id]) => id);
        if (action && rulesOfCat.length > 0 && rulesOfCat.every((id) => table.rules?.[id] !== undefined)) {
          warn(`actions.${name}.categories.${cat}`, `shadowed: every rule of category "${cat}" has its own action in this table`);
        }
      }
    }
  }
  for (const id of Object.keys(policy.coaching.rules ?? {})) checkRule(`coaching.rules.${id}`, id);

  const knownHosts = new Set<string>([...PROTECTED_AI_HOSTS, ...Object.keys(policy.apps)]);
  const hostKnown = (h: string) => [...knownHosts].some((k) => k === h || k.endsWith(`.${h}`) || h.endsWith(`.${k}`));
  const seenIds = new Set<string>();
  policy.exceptions.forEach((e, i) => {
    const p = `exceptions.${i}`;
    if (seenIds.has(e.id)) err(`${p}.id`, `duplicate exception id "${e.id}"`);
    seenIds.add(e.id);
    const expires = Date.parse(e.expiresAt);
    if (expires <= now) warn(`${p}.expiresAt`, `exception "${e.id}" expired at ${e.expiresAt} and never applies`);
    if (e.startsAt !== undefined && Date.parse(e.startsAt) >= expires) err(`${p}.startsAt`, `exception "${e.id}" starts after it expires and can never apply`);
    if (policy.expiresAt !== undefined && e.startsAt !== undefined && Date.parse(e.startsAt) >= Date.parse(policy.expiresAt)) {
      warn(`${p}.startsAt`, `exception "${e.id}" starts after the policy expires`);
    }
    (e.rules ?? []).forEach((r, j) => checkRule(`${p}.rules.${j}`, r));
    (e.apps ?? []).forEach((h, j) => {
      if (!hostKnown(h)) warn(`${p}.apps.${j}`, `exception "${e.id}" names app "${h}", which is neither a known AI app nor in "apps": it never applies`);
    });
    if (e.tier !== undefined && (e.rules?.length || e.categories?.length)) warn(p, `exception "${e.id}" sets a tier; its rules/categories are ignored`);
    if (e.tier !== undefined && !(e.apps?.length)) warn(`${p}.apps`, `exception "${e.id}" sets the tier of every app`);
    if (e.action !== undefined && !(e.apps?.length) && !(e.rules?.length) && !(e.categories?.length)) {
      warn(p, `exception "${e.id}" sets action "${e.action}" for every finding on every app`);
    }
  });

  for (const host of Object.keys(policy.apps)) {
    if (!PROTECTED_AI_HOSTS.some((h) => h === host || h.endsWith(`.${host}`))) {
      warn(`apps.${host}`, `"${host}" is not in the built-in AI app catalog: the extension covers it only if it registers content scripts for policy hosts`);
    }
  }
  if (policy.refreshMinutes < 5) warn('refreshMinutes', `every browser polls the endpoint every ${policy.refreshMinutes} minutes`);
  return { policy, messages };
}
