import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BASE_CHROMIUM_ARGS, chromiumPath } from './browser';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface LaunchOptions {
  /** `--host-resolver-rules` value mapping AI hostnames to the fixture server. */
  hostResolverRules: string;
  /** Load the built extension (default true); false gives the "no extension" baseline. */
  withExtension?: boolean;
  headless?: boolean;
  userDataDir?: string;
}

/** Real Chromium with the built extension, as the e2e fixture and the benchmarks use it. */
export async function launchChromium(opts: LaunchOptions): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'sag-e2e-'));
  const ext = opts.withExtension === false ? [] : [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
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
