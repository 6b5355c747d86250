/**
 * All built-in rules, in priority order (earlier wins a tie in overlap resolution):
 * credential, financial, pii, confidential, source_code.
 */
import type { Rule } from './types';
import { CREDENTIAL_RULES } from './rules/credential';
import { FINANCIAL_RULES } from './rules/financial';
import { PII_RULES } from './rules/pii';
import { CONFIDENTIAL_RULES } from './rules/confidential';
import { SOURCE_CODE_RULES } from './rules/source-code';

export const RULES: readonly Rule[] = Object.freeze([
  ...CREDENTIAL_RULES,
  ...FINANCIAL_RULES,
  ...PII_RULES,
  ...CONFIDENTIAL_RULES,
  ...SOURCE_CODE_RULES,
]);
