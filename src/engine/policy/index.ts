/** Org policy: decide(), the built-in default, signature verification, precedence, lint. Pure. */
export { actionRank, stricter, strictest } from './actions';
export { DEFAULT_POLICY, FAIL_CLOSED_POLICY, FAIL_CLOSED_MESSAGE, NATIONAL_ID_RULES } from './default-policy';
export {
  decide,
  matchAppEntry,
  resolveTier,
  exceptionApplies,
  type AppRef,
  type DecideContext,
  type FindingRef,
  type FindingDecision,
  type PolicyDecision,
  type UserOption,
  type ActionSource,
} from './decide';
export {
  base64ToBytes,
  bytesToBase64,
  generateSigningKeyPair,
  importPrivateKeyPem,
  kidForPublicKey,
  publicKeyOfPrivatePem,
  signPolicyJson,
  verifyEd25519,
  utf8,
  type SigningKeyPair,
} from './crypto';
export {
  evaluatePolicyUpdate,
  verifySignedPolicy,
  checkPolicyDocument,
  describeZodError,
  refuse,
  CLOCK_SKEW_MS,
  MAX_ENVELOPE_BYTES,
  type AcceptedPolicy,
  type PolicyRefusal,
  type PolicyUpdateResult,
  type PolicyCheckOptions,
} from './update';
export { choosePolicy, refreshMinutesFor, staleAfterMs, type EffectivePolicy, type PolicyInputs, type SkippedSource } from './precedence';
export { lintPolicy, type KnownRule, type LintMessage } from './lint';
