import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, toJson } from '../../../src/engine/inventory-export';
import type { InventorySnapshot } from '../../../src/contracts/events';

const snapshot: InventorySnapshot = {
  generatedAt: '2025-03-10T10:00:00.000Z',
  apps: [
    {
      host: 'chatgpt.com',
      appId: 'chatgpt',
      tier: 'tolerated',
      firstSeen: '2025-03-01T09:00:00.000Z',
      lastSeen: '2025-03-10T09:59:00.000Z',
      visits: 12,
      promptsChecked: 5,
      findings: { pii: 3, credential: 1 },
      actions: { warn: 2, block: 1 },
      overrides: 1,
    },
    {
      host: 'claude.ai',
      appId: null,
      tier: null,
      firstSeen: '2025-03-02T09:00:00.000Z',
      lastSeen: '2025-03-02T09:00:00.000Z',
      visits: 1,
      promptsChecked: 0,
      findings: {},
      actions: {},
      overrides: 0,
    },
  ],
  categories: { credential: 1, financial: 0, pii: 3, source_code: 0, confidential: 0, custom: 0 },
  recent: [{ time: '2025-03-10T09:59:00.000Z', host: 'chatgpt.com', channel: 'paste', action: 'block', userDecision: 'none', categories: ['credential', 'pii'] }],
  daily: [{ day: '2025-03-10', visits: 3, promptsChecked: 5, findings: 4, blocked: 1, redacted: 0, warned: 2, overrides: 1 }],
  totals: { apps: 2, visits: 13, promptsChecked: 5, findings: 4, overrides: 1 },
};

describe('inventory CSV export', () => {
  it('writes the apps table with a header, one row per app, CRLF lines', () => {
    const csv = toCsv(snapshot);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'host,app_id,tier,first_seen,last_seen,visits,prompts_checked,findings_credential,findings_financial,findings_pii,findings_source_code,findings_confidential,findings_custom,action_allow,action_monitor,action_warn,action_justify,action_redact,action_block,sent_anyway',
    );
    expect(lines[1]).toBe('chatgpt.com,chatgpt,tolerated,2025-03-01T09:00:00.000Z,2025-03-10T09:59:00.000Z,12,5,1,0,3,0,0,0,0,0,2,0,0,1,1');
    expect(lines[2]).toBe('claude.ai,,,2025-03-02T09:00:00.000Z,2025-03-02T09:00:00.000Z,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0');
    expect(lines[3]).toBe('');
    expect(lines).toHaveLength(4);
  });

  it('writes the recent and daily tables', () => {
    expect(toCsv(snapshot, 'recent')).toBe('time,host,channel,action,user_decision,categories\r\n2025-03-10T09:59:00.000Z,chatgpt.com,paste,block,none,credential pii\r\n');
    expect(toCsv(snapshot, 'daily').split('\r\n')[1]).toBe('2025-03-10,3,5,4,1,0,2,1');
  });

  it('quotes per RFC 4180 and guards against formula injection', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });
});

describe('inventory JSON export', () => {
  it('is the snapshot with a format header', () => {
    const parsed = JSON.parse(toJson(snapshot));
    expect(parsed).toEqual({ format: 'shadow-ai-guard/inventory', version: 1, ...snapshot });
  });
});
