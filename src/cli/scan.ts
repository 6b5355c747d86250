/**
 * Scan text for sensitive data with the extension's engine, locally.
 *
 *   npm run scan -- [--policy FILE] [--format text|json] [--min-score N] [FILE|-]
 *       Scans a file (or stdin when FILE is `-` or absent). `text` (default) prints a table with
 *       masked previews; `json` prints {"findings":[…]} (Finding objects, offsets are UTF-16
 *       offsets into the original text, end exclusive).
 *
 *   npm run scan -- --jsonl [--policy FILE] [--min-score N]
 *       Reads JSON lines {"id": …, "text": "…"} on stdin (streamed, one line at a time) and writes
 *       one line per input: {"id": …, "findings": [{"rule", "category", "start", "end", "score"}]}.
 *       Blank lines are skipped. A bad line (not JSON, no string `text`) is reported on stderr
 *       with its line number and produces no output; the other lines are still processed.
 *
 *   --policy FILE  a policy document (its `detectors` are used), a signed policy envelope
 *                  (payload decoded, signature NOT checked: scanning only), an object with a
 *                  `detectors` field, or a bare custom-detectors object.
 *
 * Exit codes: 0 success (with or without findings); 1 if any input line was bad or the input
 * could not be read; 2 usage / policy errors.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CustomDetectorsSchema, type CustomDetectors } from '../contracts/custom-detectors';
import type { Finding } from '../contracts/findings';
import { PolicyDocumentSchema, SignedPolicyEnvelopeSchema } from '../contracts/policy';
import { createScanner, type Scanner } from '../engine/index';

class UsageError extends Error {}

const USAGE = `usage: npm run scan -- [--policy FILE] [--format text|json] [--min-score N] [FILE|-]
       npm run scan -- --jsonl [--policy FILE] [--min-score N]   < lines of {"id":…,"text":…}`;

/** Custom detectors from a policy-ish JSON file (see the header comment for accepted shapes). */
export function detectorsFromPolicyJson(raw: unknown): CustomDetectors {
  let value = raw;
  const envelope = SignedPolicyEnvelopeSchema.safeParse(value);
  if (envelope.success) value = JSON.parse(Buffer.from(envelope.data.payload, 'base64').toString('utf8')) as unknown;
  const doc = PolicyDocumentSchema.safeParse(value);
  if (doc.success) return doc.data.detectors;
  if (typeof value === 'object' && value !== null && 'detectors' in value) {
    return CustomDetectorsSchema.parse((value as { detectors: unknown }).detectors);
  }
  return CustomDetectorsSchema.parse(value);
}

function loadScanner(policyFile: string | undefined, minScore: number | undefined): Scanner {
  let custom: CustomDetectors | undefined;
  if (policyFile) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(policyFile, 'utf8'));
    } catch (e) {
      throw new UsageError(`cannot read policy ${policyFile}: ${e instanceof Error ? e.message : String(e)}`);
    }
    try {
      custom = detectorsFromPolicyJson(raw);
    } catch (e) {
      throw new UsageError(`invalid detectors in ${policyFile}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  try {
    return createScanner({ custom, minScore });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

async function readAll(file: string | undefined): Promise<string> {
  if (file && file !== '-') return readFileSync(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function write(line: string): Promise<void> | void {
  if (!process.stdout.write(line)) return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

function textReport(name: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return `${name}: no findings\n`;
  const rows = findings.map((f) => [String(f.line), `${f.start}-${f.end}`, f.rule, f.score.toFixed(2), f.preview, f.label]);
  const head = ['line', 'span', 'rule', 'score', 'preview', 'label'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]!].length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length))).join('  ');
  return `${name}: ${findings.length} finding${findings.length === 1 ? '' : 's'}\n${fmt(head)}\n${rows.map(fmt).join('\n')}\n`;
}

async function runJsonl(scanner: Scanner): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let bad = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      bad++;
      process.stderr.write(`line ${lineNo}: invalid JSON (${e instanceof Error ? e.message : String(e)})\n`);
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record) || typeof (record as { text?: unknown }).text !== 'string') {
      bad++;
      process.stderr.write(`line ${lineNo}: expected an object with a string "text" field\n`);
      continue;
    }
    const { id, text } = record as { id?: unknown; text: string };
    const findings = scanner.scan(text).map((f) => ({ rule: f.rule, category: f.category, start: f.start, end: f.end, score: f.score }));
    await write(`${JSON.stringify({ id: id ?? null, findings })}\n`);
  }
  return bad > 0 ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        policy: { type: 'string' },
        format: { type: 'string', default: 'text' },
        jsonl: { type: 'boolean', default: false },
        'min-score': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not ${values.format}`);
    if (positionals.length > 1) throw new UsageError('at most one FILE');
    if (values.jsonl && positionals.length > 0 && positionals[0] !== '-') throw new UsageError('--jsonl reads stdin only');
    let minScore: number | undefined;
    if (values['min-score'] !== undefined) {
      minScore = Number(values['min-score']);
      if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) throw new UsageError('--min-score must be a number between 0 and 1');
    }
    const scanner = loadScanner(values.policy, minScore);
    if (values.jsonl) return await runJsonl(scanner);

    const file = positionals[0];
    let text: string;
    try {
      text = await readAll(file);
    } catch (e) {
      process.stderr.write(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    const findings = scanner.scan(text);
    if (values.format === 'json') await write(`${JSON.stringify({ findings })}\n`);
    else await write(textReport(!file || file === '-' ? 'stdin' : file, findings));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`scan: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`scan: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
