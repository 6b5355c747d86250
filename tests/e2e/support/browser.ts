import { accessSync, constants } from 'node:fs';

/** Chromium flags measured to work headless as root on this machine kind (see docs/browser-testing-recipe). */
export const BASE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--ignore-certificate-errors',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

/** The browser to test with: $CHROMIUM_PATH if set, else the first installed candidate. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  const list = fromEnv ? [fromEnv] : CANDIDATES;
  for (const path of list) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // try the next one
    }
  }
  throw new Error(
    fromEnv
      ? `CHROMIUM_PATH=${fromEnv} is not an executable file.`
      : `No Chromium/Chrome found (looked at ${CANDIDATES.join(', ')}). Run \`bash scripts/ensure-browser.sh\` or set CHROMIUM_PATH.`,
  );
}

/**
 * Where this browser reads machine-wide enterprise policy on Linux: Google Chrome reads
 * /etc/opt/chrome/policies, Chromium /etc/chromium/policies. $SAG_POLICY_DIR overrides.
 */
export function managedPolicyDir(executable: string): string {
  if (process.env.SAG_POLICY_DIR) return process.env.SAG_POLICY_DIR;
  return /google|\/opt\/chrome/.test(executable) ? '/etc/opt/chrome/policies/managed' : '/etc/chromium/policies/managed';
}
