/** Loads the engine for eval/bench/tests with a clear message while it does not exist yet. */
import type { SpanLike } from './score';

export interface EngineScanner {
  scan: (text: string) => (SpanLike & { score?: number })[];
}
export interface EngineModule {
  createScanner: () => EngineScanner;
}

export async function tryLoadEngine(): Promise<EngineModule | Error> {
  try {
    const mod = (await import('../../src/engine/index')) as Partial<EngineModule>;
    if (typeof mod.createScanner !== 'function') return new Error('src/engine/index.ts does not export createScanner()');
    return mod as EngineModule;
  } catch (e) {
    return e as Error;
  }
}

/** For scripts: exit(2) with an explanation when the engine is missing. */
export async function loadEngineOrExit(): Promise<EngineModule> {
  const m = await tryLoadEngine();
  if (m instanceof Error) {
    console.error(`The engine is not available yet (${m.message.split('\n')[0]}).\nExpected src/engine/index.ts exporting createScanner().`);
    process.exit(2);
  }
  return m;
}
