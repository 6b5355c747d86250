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

  it('while a new configuration is on its way, scans go to the background (policy in force), then to the worker with the new detectors', async () => {
    const worker = fakeWorker();
    const fallbackScan = vi.fn(async () => [finding('bg')]);
    const client = createScannerClient({ signal: new AbortController().signal, fallbackScan, fallbackRedact: vi.fn(), connect: async () => worker });
    await client.ready;
    await client.configure(config('orion'));
    let deliver!: (c: ScannerConfig) => void;
    const applied = client.configure(new Promise<ScannerConfig>((r) => (deliver = r))); // the new policy's config is on its way
    expect((await client.scan('orion and vega')).map((f) => f.rule), 'not the previous detectors').toEqual(['bg']);
    deliver(config('vega'));
    await applied;
    expect((await client.scan('orion and vega')).map((f) => f.rule)).toEqual(['custom.vega']);
    expect(fallbackScan).toHaveBeenCalledTimes(1);
  });

  it('a scan is not held while the worker compiles its configuration (seconds on a loaded machine)', async () => {
    const worker = fakeWorker();
    let compiled!: () => void;
    const slow = { ...worker, configure: (c: ScannerConfig) => new Promise<void>((r) => (compiled = () => (worker.configure(c), r()))) };
    const fallbackScan = vi.fn(async () => [finding('bg')]);
    const client = createScannerClient({ signal: new AbortController().signal, fallbackScan, fallbackRedact: vi.fn(), connect: async () => slow });
    await client.ready;
    const applied = client.configure(config('orion'));
    await vi.waitFor(() => expect(compiled).toBeTypeOf('function')); // the worker is compiling now
    expect((await client.scan('project orion')).map((f) => f.rule)).toEqual(['bg']);
    compiled();
    await applied;
    expect((await client.scan('project orion')).map((f) => f.rule)).toEqual(['custom.orion']);
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
