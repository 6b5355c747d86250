/**
 * Deterministic generator for the labelled evaluation corpus in tests/corpus/*.jsonl.
 *
 *   node --import tsx scripts/corpus/generate.ts          # (re)write tests/corpus/*.jsonl
 *   node --import tsx scripts/corpus/generate.ts --check  # exit 1 if the files would change
 *
 * Every record is built by a template that appends text and records label offsets as it inserts
 * sensitive values, so labels are correct by construction. Each record has its own PRNG stream
 * (seeded from group + index), so editing one template does not reshuffle unrelated records.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc, type CorpusRecord } from './doc';
import { Rng } from './prng';
import {
  CONFIDENTIAL_TEMPLATES,
  CREDENTIAL_TEMPLATES,
  FINANCIAL_TEMPLATES,
  PII_TEMPLATES,
  SOURCE_TEMPLATES,
  type Template,
} from './templates';
import { MIXED_TEMPLATES, NEGATIVE_TEMPLATES } from './negatives';

export const SEED = 'corpus-v1';

interface Group {
  file: string;
  prefix: string;
  count: number;
  templates: [number, Template][];
}

export const GROUPS: Group[] = [
  { file: 'credentials.jsonl', prefix: 'cred', count: 520, templates: CREDENTIAL_TEMPLATES },
  { file: 'financial.jsonl', prefix: 'fin', count: 280, templates: FINANCIAL_TEMPLATES },
  { file: 'pii.jsonl', prefix: 'pii', count: 420, templates: PII_TEMPLATES },
  { file: 'source_code.jsonl', prefix: 'code', count: 260, templates: SOURCE_TEMPLATES },
  { file: 'confidential.jsonl', prefix: 'conf', count: 170, templates: CONFIDENTIAL_TEMPLATES },
  { file: 'mixed.jsonl', prefix: 'mix', count: 250, templates: MIXED_TEMPLATES },
  { file: 'negatives.jsonl', prefix: 'neg', count: 650, templates: NEGATIVE_TEMPLATES },
];

function kindOf(name: string): string {
  return name.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
}

export function generateGroup(group: Group): CorpusRecord[] {
  const chooser = new Rng(`${SEED}:${group.prefix}:choose`);
  const records: CorpusRecord[] = [];
  for (let i = 0; i < group.count; i++) {
    const tpl = chooser.weighted(group.templates.map(([w, t]) => [w, t] as const));
    const rng = new Rng(`${SEED}:${group.prefix}:${i}`);
    const d = new Doc();
    tpl(rng, d);
    const labels = d.labels.slice().sort((a, b) => a.start - b.start || b.end - a.end);
    const rec: CorpusRecord = {
      id: `${group.prefix}-${String(i + 1).padStart(4, '0')}`,
      kind: kindOf(tpl.name || 'anonymous'),
      text: d.text,
      labels,
    };
    records.push(rec);
  }
  return records;
}

/** All groups: file name → records. Pure and deterministic. */
export function generateCorpus(): Map<string, CorpusRecord[]> {
  const out = new Map<string, CorpusRecord[]>();
  for (const g of GROUPS) out.set(g.file, generateGroup(g));
  return out;
}

export function serialize(records: readonly CorpusRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/corpus');

function main(): void {
  const check = process.argv.includes('--check');
  const corpus = generateCorpus();
  let drift = 0;
  let total = 0;
  let labels = 0;
  let bytes = 0;
  mkdirSync(CORPUS_DIR, { recursive: true });
  for (const [file, records] of corpus) {
    const path = join(CORPUS_DIR, file);
    const text = serialize(records);
    total += records.length;
    labels += records.reduce((s, r) => s + r.labels.length, 0);
    bytes += Buffer.byteLength(text);
    if (check) {
      let old = '';
      try {
        old = readFileSync(path, 'utf8');
      } catch {
        /* missing file counts as drift */
      }
      if (old !== text) {
        drift++;
        console.error(`drift: ${file}`);
      }
    } else writeFileSync(path, text);
  }
  console.log(`${check ? 'checked' : 'wrote'} ${corpus.size} files, ${total} records, ${labels} labels, ${(bytes / 1e6).toFixed(2)} MB`);
  if (drift) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
