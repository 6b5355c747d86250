import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ManagedConfigSchema, parseManagedConfig } from '../../../src/contracts/managed-config';
import { DEV_EXTENSION_ID, GECKO_ID } from '../../../src/contracts/extension-id';

const sample = (name: string) => readFileSync(new URL(`../../../docs/deployment/samples/${name}`, import.meta.url), 'utf8');

/** Validates like the extension does: strict schema, no issues at all. */
function expectValidConfig(raw: unknown) {
  const { issues } = parseManagedConfig(raw);
  expect(issues, JSON.stringify(issues)).toEqual([]);
  const config = ManagedConfigSchema.parse(raw);
  expect(config).toMatchObject({ endpoint: 'https://guard.example.com', orgId: 'example', failMode: 'closed' });
  expect(config.signingKeys).toHaveLength(2);
  return config;
}

// ---- a tiny .reg parser (enough for our samples: REG_SZ strings, dwords, numbered list subkeys)
type RegTree = { [k: string]: RegTree | string | number };
function parseReg(text: string): Map<string, Record<string, string | number>> {
  const keys = new Map<string, Record<string, string | number>>();
  let current: Record<string, string | number> | null = null;
  const lines = text.split(/\r?\n/);
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  for (const line of lines.slice(1)) {
    if (line.trim() === '' || line.startsWith(';')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = {};
      keys.set(section[1]!, current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-fA-F]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`unparsed .reg line: ${line}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current[unescape(value[1]!)] = value[2] !== undefined ? unescape(value[2]) : parseInt(value[3]!, 16);
  }
  return keys;
}
/** The subtree under `root`, with numbered subkeys/values turned into lists (as Chrome does). */
function regSubtree(keys: Map<string, Record<string, string | number>>, root: string): unknown {
  const tree: RegTree = {};
  for (const [path, values] of keys) {
    if (path !== root && !path.startsWith(`${root}\\`)) continue;
    let node = tree;
    for (const part of path.slice(root.length).split('\\').filter(Boolean)) node = (node[part] ??= {}) as RegTree;
    Object.assign(node, values);
  }
  const listify = (n: unknown): unknown => {
    if (typeof n !== 'object' || n === null) return n;
    const entries = Object.entries(n);
    if (entries.length > 0 && entries.every(([k]) => /^[1-9]\d*$/.test(k))) return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => listify(v));
    return Object.fromEntries(entries.map(([k, v]) => [k, listify(v)]));
  };
  return listify(tree);
}

// ---- a tiny plist (XML) parser: dict, array, key, string, integer, real, true, false
function parsePlist(xml: string): unknown {
  const tokens = [...xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<(\/?)(dict|array|key|string|integer|real|true|false)(\/?)>([^<]*)/g)].map((m) => ({
    close: m[1] === '/',
    tag: m[2]!,
    selfClosing: m[3] === '/',
    text: m[4]!,
  }));
  let i = 0;
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const value = (): unknown => {
    const t = tokens[i++]!;
    switch (t.tag) {
      case 'string':
        i++; // closing tag
        return unescape(t.text);
      case 'integer':
        i++;
        return parseInt(t.text, 10);
      case 'real':
        i++;
        return parseFloat(t.text);
      case 'true':
      case 'false':
        if (!t.selfClosing) i++;
        return t.tag === 'true';
      case 'array': {
        const out: unknown[] = [];
        while (!(tokens[i]!.close && tokens[i]!.tag === 'array')) out.push(value());
        i++;
        return out;
      }
      case 'dict': {
        const out: Record<string, unknown> = {};
        while (!(tokens[i]!.close && tokens[i]!.tag === 'dict')) {
          const k = tokens[i++]!;
          if (k.tag !== 'key') throw new Error(`expected <key>, got <${k.tag}>`);
          i++; // </key>
          out[unescape(k.text)] = value();
        }
        i++;
        return out;
      }
      default:
        throw new Error(`unexpected <${t.close ? '/' : ''}${t.tag}>`);
    }
  };
  return value();
}

describe('deployment samples (docs/deployment/samples) hold valid managed configuration', () => {
  it('managed-config.json', () => {
    expectValidConfig(JSON.parse(sample('managed-config.json')));
  });

  for (const [file, vendor] of [
    ['chrome-windows.reg', 'Google\\Chrome'],
    ['edge-windows.reg', 'Microsoft\\Edge'],
  ] as const) {
    it(`${file}: force-installs and configures the extension under HKLM\\Software\\Policies\\${vendor}`, () => {
      const keys = parseReg(sample(file));
      const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`;
      const forcelist = keys.get(`${base}\\ExtensionInstallForcelist`);
      expect(Object.values(forcelist ?? {}).some((v) => String(v).startsWith(`${DEV_EXTENSION_ID};https://`))).toBe(true);
      const config = expectValidConfig(regSubtree(keys, `${base}\\3rdparty\\extensions\\${DEV_EXTENSION_ID}\\policy`));
      expect(config.policyRefreshMinutes).toBe(15);
      expect(config.identity?.corporateDomains).toEqual(['example.com']);
      for (const path of keys.keys()) expect(path.startsWith(base), path).toBe(true);
    });
  }

  it('chrome-edge-macos.mobileconfig: Chrome and Edge payloads (force-install + extension domain)', () => {
    const profile = parsePlist(sample('chrome-edge-macos.mobileconfig')) as { PayloadType: string; PayloadContent: Record<string, unknown>[] };
    expect(profile.PayloadType).toBe('Configuration');
    for (const app of ['com.google.Chrome', 'com.microsoft.Edge']) {
      const install = profile.PayloadContent.find((p) => p.PayloadType === app);
      expect(install?.ExtensionInstallForcelist).toEqual([`${DEV_EXTENSION_ID};https://guard.example.com/extension/updates.xml`]);
      const ext = profile.PayloadContent.find((p) => p.PayloadType === `${app}.extensions.${DEV_EXTENSION_ID}`);
      expect(ext).toBeDefined();
      const config = Object.fromEntries(Object.entries(ext!).filter(([k]) => !k.startsWith('Payload')));
      expectValidConfig(config);
    }
    const uuids = [profile, ...profile.PayloadContent].map((p) => (p as { PayloadUUID: string }).PayloadUUID);
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it('linux-chrome-policy.json: /etc/opt/chrome and /etc/chromium policy file, with an inline bootstrap policy', () => {
    const file = JSON.parse(sample('linux-chrome-policy.json')) as { ExtensionInstallForcelist: string[]; '3rdparty': { extensions: Record<string, unknown> } };
    expect(file.ExtensionInstallForcelist[0]).toMatch(new RegExp(`^${DEV_EXTENSION_ID};https://`));
    const config = expectValidConfig(file['3rdparty'].extensions[DEV_EXTENSION_ID]);
    expect(config.inlinePolicy).toMatchObject({ version: 1, orgId: 'example' });
  });

  it('google-admin-console.json: each setting wrapped in {"Value": …}', () => {
    const wrapped = JSON.parse(sample('google-admin-console.json')) as Record<string, { Value: unknown }>;
    for (const [k, v] of Object.entries(wrapped)) expect(Object.keys(v), k).toEqual(['Value']);
    expectValidConfig(Object.fromEntries(Object.entries(wrapped).map(([k, v]) => [k, v.Value])));
  });

  it('firefox-policies.json: ExtensionSettings force_installed + 3rdparty.Extensions', () => {
    const file = JSON.parse(sample('firefox-policies.json')) as {
      policies: { ExtensionSettings: Record<string, { installation_mode: string; install_url: string }>; '3rdparty': { Extensions: Record<string, unknown> } };
    };
    expect(file.policies.ExtensionSettings[GECKO_ID]).toMatchObject({ installation_mode: 'force_installed', install_url: expect.stringMatching(/^https:\/\/.+\.xpi$/) });
    expectValidConfig(file.policies['3rdparty'].Extensions[GECKO_ID]);
  });

  it('the README shows every sample', () => {
    const readme = readFileSync(new URL('../../../docs/deployment/README.md', import.meta.url), 'utf8');
    for (const f of ['managed-config.json', 'chrome-windows.reg', 'edge-windows.reg', 'chrome-edge-macos.mobileconfig', 'linux-chrome-policy.json', 'google-admin-console.json', 'firefox-policies.json']) {
      expect(readme, f).toContain(`samples/${f}`);
    }
  });
});
