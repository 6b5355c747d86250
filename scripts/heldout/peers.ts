/**
 * The benchmark's peer libraries (scripts/bench-peers.ts adapters) on the held-out, hand-written set.
 * Each peer is scored only on the categories it claims (as in scripts/bench.ts).
 *
 *   node --import tsx scripts/heldout/peers.ts            # batch 1 (tests/corpus-heldout)
 *   node --import tsx scripts/heldout/peers.ts --batch4   # batch N (tests/corpus-heldout/batchN)
 */
import { loadPeers } from '../bench-peers';
import { loadEngineOrExit } from '../corpus/engine';
import { fmtRatio, loadCorpus, score, type SpanLike } from '../corpus/score';
import { HELDOUT_BATCHES } from './build';

async function main(): Promise<void> {
  const flag = process.argv.find((a) => /^--batch\d+$/.test(a));
  const batch = flag ? Number(flag.slice('--batch'.length)) : 1;
  // By name, not position: a batch may be added out of order (written later, measured earlier).
  const b = HELDOUT_BATCHES.find((x) => x.name === `batch ${batch}`);
  if (!b) throw new Error(`no held-out batch ${batch} (batches: ${HELDOUT_BATCHES.map((x) => x.name.slice(6)).join(', ')})`);
  const records = loadCorpus(b.dir);
  const { createScanner } = await loadEngineOrExit();
  const engine = createScanner();
  const { peers, unavailable } = await loadPeers();
  const libs = [{ name: 'this engine', version: '-', categories: undefined as string[] | undefined, scan: (t: string): SpanLike[] | Promise<SpanLike[]> => engine.scan(t) }, ...peers];

  console.log(`\nHeld-out, hand-written${batch > 1 ? ` batch ${batch}` : ''}: ${records.length} records. Recall / precision per category (only categories a library claims).\n`);
  console.log('| library | credential | financial | pii | source_code | confidential |');
  console.log('|---|---|---|---|---|---|');
  const crashNotes: string[] = [];
  for (const lib of libs) {
    const findings: SpanLike[][] = [];
    const crashed: string[] = [];
    for (const r of records) {
      try {
        findings.push(await lib.scan(r.text));
      } catch {
        // A peer that throws on a record (e.g. a WebAssembly trap) is scored as finding nothing there.
        crashed.push(r.id);
        findings.push([]);
      }
    }
    const s = lib.categories ? score(records, findings, lib.categories) : score(records, findings);
    const cell = (c: string): string => {
      const v = s.byCategory[c];
      if (!v || (lib.categories && !lib.categories.includes(c))) return '—';
      return `${fmtRatio(v.recall)} / ${fmtRatio(v.precision)}`;
    };
    const version = 'version' in lib ? lib.version : '';
    console.log(`| ${lib.name}${version && version !== '-' ? ` ${version}` : ''} | ${cell('credential')} | ${cell('financial')} | ${cell('pii')} | ${cell('source_code')} | ${cell('confidential')} |`);
    if (crashed.length) crashNotes.push(`${lib.name}: threw on ${crashed.length} record(s), scored as no findings there: ${crashed.join(', ')}`);
  }
  for (const n of crashNotes) console.log(`\n${n}`);
  for (const u of unavailable) console.log(`\n${u.name}: unavailable (${u.reason})`);
}

void main();
