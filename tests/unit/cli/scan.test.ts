import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintValue } from '../../../src/engine';

const ROOT = resolve(__dirname, '../../..');
const GHP = 'ghp_t1FAKEdS1XdL9gqguFqLopfwlUEZwjEJ20VJ';
const AKIA = 'AKIAZ7FAKEKEYQ2W3E4R';

function run(args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/scan.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'scan-cli-'));

describe('scan CLI', { timeout: 60_000 }, () => {
  it('prints a text table with masked previews', async () => {
    const file = join(tmp, 'prompt.txt');
    writeFileSync(file, `hello\nGITHUB_TOKEN=${GHP}\n`);
    const r = await run([file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('credential.github_pat');
    expect(r.stdout).toContain('ghp_••••••••20VJ');
    expect(r.stdout).not.toContain(GHP);
  });

  it('prints JSON findings for stdin', async () => {
    const text = `😀 key ${AKIA}`;
    const r = await run(['--format', 'json', '-'], text);
    expect(r.code).toBe(0);
    const { findings } = JSON.parse(r.stdout) as { findings: { rule: string; start: number; end: number }[] };
    expect(findings).toHaveLength(1);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe(AKIA);
  });

  it('streams JSON lines, reports bad lines with their number and carries on', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: `token ${GHP}` }),
      'not json',
      '',
      JSON.stringify({ id: 7, text: 'nothing to see' }),
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: `😀\u200B ${AKIA}` }),
    ].join('\n');
    const r = await run(['--jsonl'], lines + '\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line 2: invalid JSON/);
    expect(r.stderr).toMatch(/line 5: .*"text"/);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; findings: { rule: string; category: string; start: number; end: number; score: number }[] });
    expect(out.map((o) => o.id)).toEqual(['a', 7, 'd']);
    expect(out[0]!.findings[0]).toEqual({ rule: 'credential.github_pat', category: 'credential', start: 6, end: 6 + GHP.length, score: 0.7 }); // its checksum does not verify: reported, at 0.7
    expect(out[1]!.findings).toEqual([]);
    const d = `😀\u200B ${AKIA}`;
    expect(d.slice(out[2]!.findings[0]!.start, out[2]!.findings[0]!.end)).toBe(AKIA);
  });

  it('exits 0 with no output on empty input', async () => {
    const r = await run(['--jsonl'], '');
    expect(r).toEqual({ code: 0, stdout: '', stderr: expect.any(String) });
    expect(r.stderr).not.toMatch(/line/);
  });

  it('handles a multi-megabyte line', async () => {
    const big = 'lorem ipsum dolor sit amet '.repeat(200_000) + GHP;
    const r = await run(['--jsonl'], JSON.stringify({ id: 'big', text: big }) + '\n');
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout) as { findings: { start: number }[] };
    expect(o.findings.map((f) => f.start)).toEqual([big.length - GHP.length]);
  });

  it('uses custom detectors from a policy file (bare, wrapped or a policy document)', async () => {
    const salt = 'salt-for-tests';
    const detectors = {
      keywords: [{ id: 'code_names', label: 'Code name', terms: ['Bluebird'] }],
      fingerprints: [{ id: 'customers', label: 'Customer', salt, hashes: [fingerprintValue('CUST-123456', salt)] }],
    };
    const bare = join(tmp, 'bare.json');
    const wrapped = join(tmp, 'wrapped.json');
    writeFileSync(bare, JSON.stringify(detectors));
    writeFileSync(wrapped, JSON.stringify({ detectors }));
    for (const file of [bare, wrapped]) {
      const r = await run(['--jsonl', '--policy', file], JSON.stringify({ id: 1, text: 'Project bluebird for CUST-123456.' }) + '\n');
      expect(r.code, r.stderr).toBe(0);
      const rules = (JSON.parse(r.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
      expect(rules).toEqual(['custom.code_names', 'custom.customers']);
    }
  });

  it('fails clearly on a bad policy or bad arguments', async () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ patterns: [{ id: 'oops', label: 'x', regex: '(' }] }));
    const r = await run(['--policy', bad, '-'], 'text');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/oops/);
    const u = await run(['--format', 'xml']);
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/--format/);
  });
});
