/**
 * Escapes regex syntax characters, so a word list becomes literal alternatives. No escaped "-" or
 * "/": a `u`-flag regex rejects escapes it does not know.
 */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
