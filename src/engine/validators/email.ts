/**
 * Checks an e-mail candidate from the `pii.email` regex (which already bounds the local part to
 * 64 and the labels to 63 characters). Rejected on purpose:
 *  - HiDPI asset names `icon@2x.png`, `logo@1.5x.webp` — file names, not addresses;
 *  - `git@host` — the SSH remote user of git hosts (`git@github.com:org/repo.git`), no person.
 * Documentation domains (example.com) stay detected: people write real-looking addresses there
 * too, and a rule cannot lower its score per value.
 */
export const isEmailAddress = (value: string): boolean => {
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  if (local.toLowerCase() === 'git') return false;
  if (/^\d+(?:\.\d+)?x\./.test(domain)) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.startsWith('-') || label.endsWith('-')) return false;
  }
  return /^[a-z]{2,}$/.test(labels[labels.length - 1]!);
};
