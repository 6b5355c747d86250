// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/contracts/findings';
import type { Decision, FindingSummary } from '../../../src/contracts/messages';
import { ProtectionController, type Outcome, type ProtectionDeps } from '../../../src/content/protection';
import type { VerdictChoice, VerdictView } from '../../../src/ui/inline/model';

/** Files chosen for upload (file input) or dropped into the composer: ProtectionController.decideFiles. */

const KEY = 'AKIAQWERTYUIOPASDFGH';
const EMAIL = 'jane@example.com';

const decision = (action: Decision['action'], extra: Partial<Decision> = {}): Decision => ({
  action,
  canRedact: action !== 'block',
  canSendAnyway: action !== 'block',
  needsJustification: action === 'justify',
  policyVersion: null,
  ...extra,
});

function scanText(text: string): Finding[] {
  const out: Finding[] = [];
  const add = (value: string, rule: string, category: Finding['category'], label: string) => {
    const start = text.indexOf(value);
    if (start >= 0) out.push({ rule, category, label, preview: `${value.slice(0, 2)}…`, line: text.slice(0, start).split('\n').length, start, end: start + value.length, score: 1 });
  };
  add(KEY, 'credential.aws_access_key_id', 'credential', 'AWS access key ID');
  add(EMAIL, 'pii.email', 'pii', 'E-mail address');
  return out;
}

function harness(choice: VerdictChoice = { kind: 'cancel' }) {
  const asked: VerdictView[] = [];
  const reports: Outcome[] = [];
  const deps: ProtectionDeps = {
    scan: vi.fn(async (text: string) => scanText(text)),
    redact: vi.fn(async (text: string) => ({ text, replacements: [] })),
    evaluate: vi.fn(async (_channel: string, findings: FindingSummary[]) =>
      decision(findings.some((f) => f.category === 'credential') ? 'block' : findings.length ? 'warn' : 'allow'),
    ),
    report: vi.fn((o: Outcome) => void reports.push(o)),
    ask: vi.fn(async (view: VerdictView) => {
      asked.push(view);
      return choice;
    }),
    dismiss: vi.fn(),
    setIndicator: vi.fn(),
    isAsking: () => false,
  };
  return { deps, asked, reports, controller: new ProtectionController(deps) };
}

const text = (name: string, content: string, type = '') => new File([content], name, { type });
const PNG = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])], 'shot.png', { type: 'image/png' });

describe('ProtectionController.decideFiles', () => {
  it('a clean text file: scanned, allowed, reported exactly once as allow on the file channel, nothing shown', async () => {
    const { controller, deps, reports } = harness();
    expect(await controller.decideFiles([text('notes.txt', 'meeting at noon', 'text/plain')])).toBe(true);
    expect(deps.scan).toHaveBeenCalledWith('meeting at noon');
    expect(deps.evaluate).toHaveBeenCalledWith('file', []);
    expect(deps.ask).not.toHaveBeenCalled();
    expect(reports).toEqual([{ channel: 'file', action: 'allow', userDecision: 'none', findings: [], justification: undefined }]);
  });

  it('a credential in a .env (no MIME type): blocked, the file panel names the file and line, cancel → not delivered, one event', async () => {
    const { controller, asked, reports } = harness({ kind: 'cancel' });
    const env = text('.env', `DEBUG=1\nAWS_ACCESS_KEY_ID=${KEY}\n`);
    expect(await controller.decideFiles([env])).toBe(false);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ action: 'block', subject: 'file', canRedact: false, canSendAnyway: false });
    expect(asked[0]!.items).toEqual([{ rule: 'credential.aws_access_key_id', category: 'credential', label: 'AWS access key ID', preview: 'AK…', line: 2, file: '.env' }]);
    expect(reports).toEqual([
      { channel: 'file', action: 'block', userDecision: 'cancelled', findings: [{ rule: 'credential.aws_access_key_id', category: 'credential', count: 1 }], justification: undefined },
    ]);
  });

  it('warn → "Send anyway" with a reason delivers the files, reported once as sent_anyway with the reason', async () => {
    const { controller, reports } = harness({ kind: 'send_anyway', justification: 'customer list for ticket 7' });
    expect(await controller.decideFiles([text('contacts.csv', `name,email\nJane,${EMAIL}\n`, 'text/csv')])).toBe(true);
    expect(reports).toEqual([
      { channel: 'file', action: 'warn', userDecision: 'sent_anyway', findings: [{ rule: 'pii.email', category: 'pii', count: 1 }], justification: 'customer list for ticket 7' },
    ]);
  });

  it('redact cannot rewrite a file: the panel never offers it, even when the decision would', async () => {
    const { controller, deps, asked } = harness({ kind: 'redact' });
    deps.evaluate = vi.fn(async () => decision('redact', { canRedact: true, canSendAnyway: true, needsJustification: true }));
    expect(await controller.decideFiles([text('a.txt', EMAIL, 'text/plain')])).toBe(false);
    expect(asked[0]).toMatchObject({ action: 'redact', subject: 'file', canRedact: false, canSendAnyway: true, needsJustification: true });
    expect(deps.redact).not.toHaveBeenCalled();
  });

  it('each file is scanned on its own; findings of all files are decided and reported together, once', async () => {
    const { controller, deps, asked, reports } = harness({ kind: 'cancel' });
    const files = [text('a.txt', `x\n${EMAIL}`, 'text/plain'), PNG, text('b.pem', `k=${KEY}`)];
    expect(await controller.decideFiles(files)).toBe(false);
    expect(vi.mocked(deps.scan).mock.calls.map(([t]) => t)).toEqual([`x\n${EMAIL}`, `k=${KEY}`]); // the PNG is not read
    expect(asked[0]!.items.map((i) => [i.file, i.line, i.rule])).toEqual([
      ['a.txt', 2, 'pii.email'],
      ['b.pem', 1, 'credential.aws_access_key_id'],
    ]);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.findings).toEqual([
      { rule: 'pii.email', category: 'pii', count: 1 },
      { rule: 'credential.aws_access_key_id', category: 'credential', count: 1 },
    ]);
  });

  it('binary files that cannot be scanned pass, as dropped ones always have, and are still reported once', async () => {
    const { controller, deps, reports } = harness();
    expect(await controller.decideFiles([PNG])).toBe(true);
    expect(deps.scan).not.toHaveBeenCalled();
    expect(reports).toEqual([{ channel: 'file', action: 'allow', userDecision: 'none', findings: [], justification: undefined }]);
  });

  it('the report carries counts and rule ids only: no file name, no content, no matched value', async () => {
    const { controller, deps } = harness({ kind: 'send_anyway' });
    deps.evaluate = vi.fn(async (_c, findings) => decision(findings.length ? 'warn' : 'allow'));
    await controller.decideFiles([text('customer-secrets-2024.env', `AWS=${KEY}\nmail=${EMAIL}`)]);
    const sent = JSON.stringify(vi.mocked(deps.report).mock.calls);
    for (const leak of ['customer-secrets-2024', KEY, EMAIL, 'AWS=', 'AK…']) expect(sent).not.toContain(leak);
  });

  it('files already decided and handed over pass again without a second decision or event (a page copying a drop into its input) — until the policy changes', async () => {
    const { controller, deps, reports } = harness();
    const file = text('a.txt', 'clean', 'text/plain');
    expect(await controller.decideFiles([file])).toBe(true);
    expect(await controller.decideFiles([file])).toBe(true);
    expect(deps.scan).toHaveBeenCalledTimes(1);
    expect(reports).toHaveLength(1);
    controller.policyChanged();
    expect(await controller.decideFiles([file])).toBe(true);
    expect(deps.scan).toHaveBeenCalledTimes(2);
    expect(reports).toHaveLength(2);
  });

  it('refused files are decided again when chosen again (they were never handed over)', async () => {
    const { controller, asked } = harness({ kind: 'cancel' });
    const file = text('k.pem', KEY);
    expect(await controller.decideFiles([file])).toBe(false);
    expect(await controller.decideFiles([file])).toBe(false);
    expect(asked).toHaveLength(2);
  });

  it('the policy changed while the panel was open: "Send anyway" is not acted on, the files are decided again', async () => {
    const { controller, deps } = harness();
    let round = 0;
    deps.ask = vi.fn(async () => {
      if (round++ === 0) controller.policyChanged();
      return round === 1 ? { kind: 'send_anyway' as const } : { kind: 'cancel' as const };
    });
    deps.evaluate = vi.fn(async () => decision('warn'));
    expect(await controller.decideFiles([text('a.txt', EMAIL, 'text/plain')])).toBe(false);
    expect(deps.ask).toHaveBeenCalledTimes(2);
    expect(vi.mocked(deps.report).mock.calls.map(([o]) => o.userDecision)).toEqual(['cancelled']);
  });
});

describe('dropped files go the same way as chosen files', () => {
  let composer: HTMLTextAreaElement;
  let drops: Event[];
  beforeEach(() => {
    document.body.innerHTML = '<textarea></textarea>';
    composer = document.querySelector('textarea')!;
    drops = [];
    composer.addEventListener('drop', (e) => drops.push(e));
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });
  const flush = () => new Promise((r) => setTimeout(r, 30));

  it('a clean dropped file is handed to the page and reported once as allow (channel file)', async () => {
    const { controller, reports } = harness();
    const file = text('clean.md', '# notes');
    expect(controller.onIncoming({ composer, channel: 'drop', text: '', files: [file] })).toBe(true);
    await flush();
    expect(drops.map((e) => e.type)).toEqual(['drop']); // redispatchFiles (happy-dom keeps no dataTransfer on it)
    expect(reports).toEqual([{ channel: 'file', action: 'allow', userDecision: 'none', findings: [], justification: undefined }]);
  });

  it('a dropped .env with a key (no MIME type) is scanned and refused: nothing reaches the page', async () => {
    const { controller, asked, reports } = harness({ kind: 'cancel' });
    controller.onIncoming({ composer, channel: 'drop', text: '', files: [text('.env', `KEY=${KEY}`)] });
    await flush();
    expect(drops).toHaveLength(0);
    expect(asked[0]).toMatchObject({ subject: 'file', action: 'block' });
    expect(reports.map((r) => [r.channel, r.action, r.userDecision])).toEqual([['file', 'block', 'cancelled']]);
  });

  it('a paste carrying text and a file: both are decided, in turn, and neither is lost', async () => {
    // happy-dom has no execCommand; the textarea write-back falls back to setRangeText.
    Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
    const { controller, reports } = harness();
    const pastes: Event[] = [];
    composer.addEventListener('paste', (e) => pastes.push(e));
    expect(controller.onIncoming({ composer, channel: 'paste', text: 'see the chart', files: [PNG] })).toBe(true);
    await flush();
    expect(composer.value).toBe('see the chart'); // the text, inserted by us
    expect(pastes.map((e) => e.type)).toEqual(['paste']); // the file, handed to the page
    expect(reports.map((r) => [r.channel, r.action])).toEqual([['file', 'allow']]); // clean pasted text is not reported; the file is
  });

  it('text and a file with a secret in one paste: the text goes in, the file is refused on its own', async () => {
    Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
    const { controller, asked, reports } = harness({ kind: 'cancel' });
    const pastes: Event[] = [];
    composer.addEventListener('paste', (e) => pastes.push(e));
    controller.onIncoming({ composer, channel: 'paste', text: 'config attached', files: [text('.env', `KEY=${KEY}`)] });
    await flush();
    expect(composer.value).toBe('config attached');
    expect(pastes).toHaveLength(0);
    expect(asked.map((v) => v.subject)).toEqual(['file']);
    expect(reports.map((r) => [r.channel, r.action, r.userDecision])).toEqual([['file', 'block', 'cancelled']]);
  });
});
