import * as Comlink from 'comlink';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScannerApi, ScannerConfig } from '../../../src/contracts/scanner-api';
import * as engine from '../../../src/engine';
import { runScannerWorker } from '../../../src/content/scanner-host/worker';

vi.mock('../../../src/engine', { spy: true });

/** Starts the worker code on a fake global scope and connects one port to it, as the frame does. */
function connect(): { api: Comlink.Remote<ScannerApi>; close(): void } {
  let onMessage!: (e: MessageEvent) => void;
  runScannerWorker({ addEventListener: (_type, l) => (onMessage = l) });
  const channel = new MessageChannel();
  onMessage({ data: { port: channel.port2 } } as unknown as MessageEvent);
  const api = Comlink.wrap<ScannerApi>(channel.port1 as unknown as Comlink.Endpoint);
  return { api, close: () => channel.port1.close() };
}

const projectOrion = { custom: { keywords: [{ id: 'orion', label: 'Project Orion', terms: ['Orion'] }] } } as ScannerConfig;

describe('scanner worker', () => {
  let close = () => {};
  afterEach(() => close());

  it('answers the start-up round trip without compiling, compiles once per configuration, again only when it changes', async () => {
    const worker = connect();
    close = worker.close;
    const compiles = vi.mocked(engine.createScanner);
    compiles.mockClear();

    expect(await worker.api.scan('')).toEqual([]); // the client's liveness check
    expect(compiles).not.toHaveBeenCalled();

    await worker.api.configure(projectOrion);
    await worker.api.configure(projectOrion); // the same policy, told again (a reload, a broadcast)
    expect(compiles).toHaveBeenCalledTimes(1);
    expect((await worker.api.scan('status of Orion')).map((f) => f.rule)).toEqual(['custom.orion']);

    await worker.api.configure({});
    expect(compiles).toHaveBeenCalledTimes(2);
    expect(await worker.api.scan('status of Orion')).toEqual([]);
  });

  it('scans with the built-in rules when no configuration came', async () => {
    const worker = connect();
    close = worker.close;
    const found = await worker.api.scan('DB_PASSWORD=Kestrel-Harbour-5190');
    expect(found.map((f) => f.category)).toContain('credential');
  });
});
