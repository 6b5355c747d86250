import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { checkPolicyDocument, signPolicyJson } from '../engine/policy';

export interface ServedPolicy {
  body: string;
  etag: string;
  version: number;
}

/**
 * The org's policy file, signed with the org key. Re-read when the file changes (checked on
 * request, by mtime and size); a file that fails validation is not served: the last good one
 * stays, and the error is logged.
 */
export class PolicySource {
  private served: ServedPolicy | null = null;
  private stamp = '';
  private lastError: string | null = null;

  constructor(
    private readonly opts: { file: string; orgId: string; privateKeyPem: string; kid: string; log: (line: string) => void },
  ) {}

  async get(): Promise<ServedPolicy | null> {
    let st;
    try {
      st = await stat(this.opts.file);
    } catch (e) {
      this.report(`policy file ${this.opts.file} unreadable: ${(e as Error).message}`);
      return this.served;
    }
    const stamp = `${st.mtimeMs}:${st.size}`;
    if (stamp === this.stamp) return this.served;
    this.stamp = stamp;
    const text = await readFile(this.opts.file, 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      this.report(`policy file ${this.opts.file} is not JSON (${(e as Error).message}); still serving version ${this.served?.version ?? 'none'}`);
      return this.served;
    }
    const checked = checkPolicyDocument(json, Date.now(), { orgId: this.opts.orgId });
    if (!checked.ok) {
      this.report(`policy file ${this.opts.file} refused (${checked.reason}): ${checked.message} Still serving version ${this.served?.version ?? 'none'}.`);
      return this.served;
    }
    if (this.served && checked.policy.version <= this.served.version) {
      this.opts.log(`warning: policy file changed but its version is ${checked.policy.version} (served: ${this.served.version}); browsers that have a newer or equal version refuse it (older_version)`);
    }
    const envelope = await signPolicyJson(text, this.opts.privateKeyPem, this.opts.kid);
    const body = JSON.stringify(envelope);
    this.served = { body, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`, version: checked.policy.version };
    this.lastError = null;
    this.opts.log(`policy version ${checked.policy.version} for org ${this.opts.orgId} signed with key ${this.opts.kid}`);
    return this.served;
  }

  private report(message: string): void {
    if (message !== this.lastError) this.opts.log(`error: ${message}`);
    this.lastError = message;
  }
}
