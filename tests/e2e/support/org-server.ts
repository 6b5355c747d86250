import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ManagedConfig } from '../../../src/contracts/managed-config';
import type { PolicyDocumentInput } from '../../../src/contracts/policy';
import { generateSigningKeyPair, type SigningKeyPair } from '../../../src/engine/policy/crypto';
import { startServer, type RunningServer } from '../../../src/server/server';

/** The reference org endpoint, run in-process for a test, with its own key and policy file. */
export interface OrgServer {
  url: string;
  orgId: string;
  key: SigningKeyPair;
  enrollmentToken: string;
  adminToken: string;
  /** Replaces the policy file the server signs and serves (takes effect on the next poll). */
  setPolicy(policy: PolicyDocumentInput): void;
  /** Managed config pointing a browser at this server, the way admins deploy it. */
  managedConfig(extra?: Partial<ManagedConfig>): ManagedConfig;
  /** The org inventory, read with the admin token. */
  inventory(): Promise<unknown>;
  close(): Promise<void>;
}

export async function startOrgServer(policy: PolicyDocumentInput, opts: { orgId?: string; port?: number } = {}): Promise<OrgServer> {
  const orgId = opts.orgId ?? 'acme-e2e';
  const dir = mkdtempSync(join(tmpdir(), 'sag-org-'));
  const policyFile = join(dir, 'policy.json');
  const key = await generateSigningKeyPair();
  const enrollmentToken = `enroll-${key.kid}`;
  const adminToken = `admin-${key.kid}`;
  writeFileSync(policyFile, JSON.stringify(policy));
  const server: RunningServer = await startServer({
    port: opts.port ?? 0,
    dbPath: ':memory:',
    org: { id: orgId, policyFile, signingKeyPem: key.privateKeyPem, kid: key.kid, enrollmentToken },
    adminToken,
    log: () => undefined,
  });
  return {
    url: server.url,
    orgId,
    key,
    enrollmentToken,
    adminToken,
    setPolicy(next) {
      writeFileSync(policyFile, JSON.stringify(next));
    },
    managedConfig(extra = {}) {
      return {
        endpoint: server.url,
        orgId,
        signingKeys: [{ kid: key.kid, publicKey: key.publicKey }],
        enrollmentToken,
        ...extra,
      };
    },
    async inventory() {
      const res = await fetch(`${server.url}/v1/orgs/${orgId}/inventory`, { headers: { authorization: `Bearer ${adminToken}` } });
      return res.json();
    },
    async close() {
      await server.close(500);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
