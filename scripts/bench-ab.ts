/**
 * What a change costs: the engine of the working tree against the engine of an earlier commit,
 * in ONE process, interleaved, on the bench's mixed text (public API only).
 *
 *   npm run bench:ab -- a16656b                 # 1 KB prompts and 700 KB texts
 *   npm run bench:ab -- a16656b --kb 1,10,100   # other sizes (KB)
 *
 * Each round scans the same slices with the base engine, then with the current one, and keeps the
 * smallest CPU time of seven rounds for each: on a shared machine whole runs move by tens of per
 * cent, and two engines timed minutes apart compare the machine, not the code. The base engine is
 * `git archive <rev> src` in a temporary directory next to this checkout's node_modules. Figures,
 * not tests (see bench/README.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createScanner } from '../src/engine/index';
import { CORPUS_DIR } from './corpus/generate';
import { Rng } from './corpus/prng';
import { loadCorpus } from './corpus/score';

const ROUNDS = 7;
/** Characters scanned per engine per round, whatever the slice size (about 0.5 s of CPU). */
const CHARS_PER_ROUND = 8_000_000;

type Scan = (t: string) => unknown;

async function main(): Promise<void> {
  const rev = process.argv[2];
  if (!rev || rev.startsWith('--')) {
    console.error('usage: npm run bench:ab -- <git revision> [--kb 1,700]');
    process.exit(2);
  }
  const kbArg = process.argv.indexOf('--kb');
  const sizes = (kbArg > 0 ? process.argv[kbArg + 1]! : '1,700').split(',').map((s) => Number(s) * 1000);
  if (sizes.some((n) => !(n > 0))) {
    console.error('--kb takes sizes in KB separated by commas, e.g. --kb 1,10,700');
    process.exit(2);
  }

  const root = process.cwd(); // npm run sets it to the repository root
  const dir = mkdtempSync(join(tmpdir(), 'bench-ab-'));
  try {
    const tar = execFileSync('git', ['archive', rev, 'src'], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const base = (await import(pathToFileURL(join(dir, 'src/engine/index.ts')).href)) as { createScanner: () => { scan: Scan } };
    const engines: [string, { scan: Scan }][] = [
      [`base ${rev}`, base.createScanner()],
      ['working tree', createScanner()],
    ];

    const texts = loadCorpus(resolve(CORPUS_DIR)).map((r) => r.text);
    const mixed = new Rng('bench-ab').shuffle(texts).join('\n\n');
    console.log(`Corpus mix: ${(mixed.length / 1e6).toFixed(2)} M chars; ${ROUNDS} interleaved rounds, smallest CPU time kept.\n`);
    console.log('| size | base MB/s | working tree MB/s | time, working tree / base |');
    console.log('|---:|---:|---:|---:|');
    for (const size of sizes) {
      const count = Math.max(1, Math.min(300, Math.floor(mixed.length / size)));
      const step = Math.floor((mixed.length - size) / Math.max(1, count - 1)) || 1;
      const slices = Array.from({ length: count }, (_, i) => mixed.slice(i * step, i * step + size)).filter((s) => s.length > 0);
      const chars = slices.reduce((n, s) => n + s.length, 0);
      const bytes = slices.reduce((n, s) => n + Buffer.byteLength(s), 0);
      const reps = Math.max(1, Math.round(CHARS_PER_ROUND / chars));
      for (const [, e] of engines) for (const s of slices.slice(0, 20)) e.scan(s); // warm-up
      const best = engines.map(() => Infinity);
      for (let round = 0; round < ROUNDS; round++) {
        engines.forEach(([, e], i) => {
          const c0 = process.cpuUsage();
          for (let r = 0; r < reps; r++) for (const s of slices) e.scan(s);
          const c = process.cpuUsage(c0);
          best[i] = Math.min(best[i]!, (c.user + c.system) / 1000);
        });
      }
      const mbps = (ms: number) => ((bytes * reps) / 1e6 / (ms / 1000)).toFixed(1);
      console.log(`| ${size / 1000} KB | ${mbps(best[0]!)} | ${mbps(best[1]!)} | ${(best[1]! / best[0]!).toFixed(3)} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
