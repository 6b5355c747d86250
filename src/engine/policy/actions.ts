import { ACTIONS, type PolicyAction } from '../../contracts/policy';

/** Strictness rank: allow 0 < monitor < warn < justify < redact < block 5. */
export const actionRank = (a: PolicyAction): number => ACTIONS.indexOf(a);

/** The stricter of two actions. */
export const stricter = (a: PolicyAction, b: PolicyAction): PolicyAction => (actionRank(b) > actionRank(a) ? b : a);

/** The strictest of a list (`allow` for an empty list). */
export const strictest = (actions: Iterable<PolicyAction>): PolicyAction => {
  let out: PolicyAction = 'allow';
  for (const a of actions) out = stricter(out, a);
  return out;
};
