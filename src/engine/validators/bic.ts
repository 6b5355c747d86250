import { ISO_COUNTRIES } from './iso-countries';

/**
 * Upper-case English words that happen to have BIC structure (4 letters, an ISO country code,
 * 2 + optional 3 alphanumerics). Shouted text near "bank" would otherwise match.
 */
const WORDS = new Set([
  'BUSINESS', 'CUSTOMER', 'DOCUMENT', 'REQUIRED', 'OVERSEAS', 'QUESTION', 'ANALYSIS', 'DISCOUNT',
  'TRANSFER', 'ACCOUNTS', 'PAYMENTS', 'SHIPPING', 'DEPOSITS', 'TRANSACTION', 'BENEFICIARY',
  'INFORMATION', 'INSTRUCTION', 'CORPORATION', 'DEPARTMENT', 'STATEMENT', 'CONFIRMED',
  'RECEIVED', 'APPROVED', 'COMPLETE', 'CURRENCY', 'EXCHANGE', 'DATABASE', 'PASSWORD', 'ADDRESSES',
  'EMPLOYEE', 'CONTRACT', 'PURCHASE', 'PRIORITY', 'SECURITY', 'FINANCES', 'BANKCODE', 'SWIFTBIC',
  'INTERNAL', 'EXTERNAL', 'ATTACHED', 'PERSONAL', 'CHECKING', 'TRANSFERS', 'WIRETRANSFER',
]);

/**
 * SWIFT/BIC (ISO 9362): 4-letter party prefix, a real ISO 3166 country code, 2-character
 * location, optional 3-character branch; upper case as printed on statements.
 */
export const isSwiftBic = (value: string): boolean => {
  if (!/^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(value)) return false;
  if (!ISO_COUNTRIES.has(value.slice(4, 6))) return false;
  // A form's placeholder ("BIC XXXXDEXXXXX", "AAAADEFFXXX"): the party prefix one letter repeated.
  if (/^(.)\1{3}/.test(value)) return false;
  return !WORDS.has(value);
};
