import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BASE_CHROMIUM_ARGS, chromiumPath } from './browser';
import type { BrowserPolicy } from './browser-policy';

/**
 * The unpacked build under test. `SAG_EXTENSION_DIR` loads another one instead, e.g. a copy
 * broken on purpose to check that a test can fail, without touching the shared `.output/`.
 */
export const EXTENSION_DIR = resolve(process.env.SAG_EXTENSION_DIR ?? '.output/chrome-mv3');

export interface LaunchOptions {
  /** `--host-resolver-rules` value mapping AI hostnames to the fixture server. */
  hostResolverRules: string;
  /** Load the built extension (default true); false gives the "no extension" baseline. */
  withExtension?: boolean;
  headless?: boolean;
  userDataDir?: string;
  /**
   * The enterprise policy this browser reads (see browser-policy.ts). Without one, the browser
   * reads the machine-wide policy folder as it is.
   */
  policy?: BrowserPolicy;
  /** More unpacked extensions (absolute paths) loaded next to ours, e.g. a test fixture extension. Ignored without ours. */
  extraExtensions?: readonly string[];
}

/** Real Chromium with the built extension, as the e2e fixture and the benchmarks use it. */
export async function launchChromium(opts: LaunchOptions): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'sag-e2e-'));
  const dirs = [EXTENSION_DIR, ...(opts.extraExtensions ?? [])].join(',');
  const ext = opts.withExtension === false ? [] : [`--disable-extensions-except=${dirs}`, `--load-extension=${dirs}`];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: opts.policy?.executable() ?? chromiumPath(),
    headless: opts.headless ?? !process.env.HEADED,
    ignoreHTTPSErrors: true,
    args: [...BASE_CHROMIUM_ARGS, ...ext, `--host-resolver-rules=${opts.hostResolverRules}`],
  });
  return {
    context,
    async close() {
      await context.close();
      if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
