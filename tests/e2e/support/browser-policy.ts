import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_EXTENSION_ID } from '../../../src/contracts/extension-id';
import { chromiumPath, managedPolicyDir } from './browser';

/**
 * The extension's enterprise policy for ONE test browser, set the way admins deploy it: a JSON
 * file in the folder Chromium reads (/etc/chromium/policies/managed).
 *
 * That folder is machine-wide, so tests running side by side would read each other's files.
 * When we can (root, and `unshare --mount` works), the browser runs in its own mount namespace
 * where a private temporary folder is bind-mounted over the policy folder: Chromium reads the
 * file at the usual path, nobody else sees it, and nothing is left in /etc. Otherwise the file
 * goes to the machine-wide folder under a unique name and is removed afterwards (then
 * `*.managed.spec.ts` files must not run alongside other specs; playwright.config orders them).
 */
export interface BrowserPolicy {
  /** Writes `{"3rdparty":{"extensions":{<id>: config}}}`; a running browser picks it up in ~5 s. */
  set(config: Record<string, unknown>): void;
  clear(): void;
  /** Whether only this browser sees the policy. */
  readonly isolated: boolean;
  /** The executable to launch so that the browser reads this policy (a wrapper when isolated). */
  executable(): string;
  /** Removes the policy file and temporary folders. */
  dispose(): void;
}

let canIsolate: boolean | undefined;
/** Root, and `unshare --mount` with a bind mount works here. `SAG_SHARED_POLICY=1` turns it off. */
export function policyIsolationAvailable(): boolean {
  if (canIsolate !== undefined) return canIsolate;
  if (process.env.SAG_SHARED_POLICY || process.getuid?.() !== 0) return (canIsolate = false);
  const probe = mkdtempSync(join(tmpdir(), 'sag-ns-'));
  try {
    const r = spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', `mount --bind "${probe}" "${probe}"`], { stdio: 'ignore', timeout: 5_000 });
    canIsolate = r.status === 0;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
  return canIsolate;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
let counter = 0;

export function createBrowserPolicy(): BrowserPolicy {
  const browser = chromiumPath();
  const target = managedPolicyDir(browser);
  const isolated = policyIsolationAvailable();
  const work = mkdtempSync(join(tmpdir(), 'sag-policy-'));
  const dir = isolated ? join(work, 'managed') : target;
  const file = join(dir, isolated ? 'shadow-ai-guard.json' : `shadow-ai-guard-e2e-${process.pid}-${++counter}.json`);
  return {
    isolated,
    set(config) {
      mkdirSync(dir, { recursive: true }); // the Debian package does not ship the folder
      writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [DEV_EXTENSION_ID]: config } } }));
    },
    clear() {
      rmSync(file, { force: true });
    },
    executable() {
      if (!isolated) return browser;
      mkdirSync(dir, { recursive: true });
      mkdirSync(target, { recursive: true }); // the mount point must exist
      const wrapper = join(work, 'chromium-private-policy.sh');
      const inner = `mount --bind ${shellQuote(dir)} ${shellQuote(target)} && exec ${shellQuote(browser)} "$@"`;
      writeFileSync(wrapper, `#!/bin/sh\nexec unshare --mount --propagation private /bin/sh -c ${shellQuote(inner)} chromium "$@"\n`);
      chmodSync(wrapper, 0o755);
      return wrapper;
    },
    dispose() {
      rmSync(file, { force: true });
      rmSync(work, { recursive: true, force: true });
    },
  };
}
