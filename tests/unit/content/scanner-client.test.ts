// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/contracts/findings';
import type { ScannerApi, ScannerConfig } from '../../../src/contracts/scanner-api';
import { createScannerClient } from '../../../src/content/scanner-client';

const finding = (rule: string): Finding => ({ rule, category: 'custom', label: rule, preview: '…', line: 1, start: 0, end: 1, score: 1 });

/** A worker stand-in: finds `custom.<keyword>` for each configured keyword present in the text. */
function fakeWorker() {
  let keywords: string[] = [];
  const api: ScannerApi & { alive: boolean } = {
    alive: true,
    configure(config: ScannerConfig) {
      keywords = ((config.custom as { keywords?: string[] } | undefined)?.keywords ?? []).slice();
    },
    scan(text) {
      if (!api.alive) throw new Error('worker gone');
      return keywords.filter((k) => text.includes(k)).map((k) => finding(`custom.${k}`));
    },
    redact: (text) => ({ text, replacements: [] }),
  };
  return api;
}

const config = (...keywords: string[]) => ({ custom: { keywords } }) as unknown as ScannerConfig;

describe('scanner client', () => {
  it('scans in the worker once it is up, and says so', async () => {
    const worker = fakeWorker();
    const fallbackScan = vi.fn(async () => [] as Finding[]);
    const client = createScannerClient({ signal: new AbortController().signal, fallbackScan, fallbackRedact: vi.fn(), connect: async () => worker });
    expect(await client.ready).toBe('worker');
    await client.configure(config('orion'));
    expect((await client.scan('project orion')).map((f) => f.rule)).toEqual(['custom.orion']);
    expect(fallbackScan).not.toHaveBeenCalled();
  });

  it('a worker scan started after configure(pending) waits for the new detectors', async () => {
    const worker = fakeWorker();
    const client = createScannerClient({ signal: new AbortController().signal, fallbackScan: vi.fn(), fallbackRedact: vi.fn(), connect: async () => worker });
    await client.ready;
    await client.configure(config('orion'));
    let deliver!: (c: ScannerConfig) => void;
    void client.configure(new Promise<ScannerConfig>((r) => (deliver = r))); // the new policy's config is on its way
    const scanned = client.scan('orion and vega');
    deliver(config('vega'));
    expect((await scanned).map((f) => f.rule)).toEqual(['custom.vega']);
  });

  it('falls back to the background when the worker dies, and reports it (never silently)', async () => {
    const worker = fakeWorker();
    const onFallback = vi.fn();
    const fallbackScan = vi.fn(async () => [finding('bg')]);
    const client = createScannerClient({ signal: new AbortController().signal, fallbackScan, fallbackRedact: vi.fn(), onFallback, connect: async () => worker });
    await client.ready;
    worker.alive = false;
    expect((await client.scan('x')).map((f) => f.rule)).toEqual(['bg']);
    expect(client.via).toBe('background');
    await client.scan('y');
    expect(onFallback).toHaveBeenCalledTimes(1);
  });

  it('a frame that cannot start means background scanning from the start (ready says so)', async () => {
    const onFallback = vi.fn();
    const client = createScannerClient({
      signal: new AbortController().signal,
      fallbackScan: vi.fn(async () => []),
      fallbackRedact: vi.fn(),
      onFallback,
      connect: async () => {
        throw new Error('not web-accessible');
      },
    });
    expect(await client.ready).toBe('background');
    expect(client.via).toBe('background');
    expect(onFallback).not.toHaveBeenCalled(); // the first status report carries it
  });
});
