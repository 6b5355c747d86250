import { describe, expect, it } from 'vitest';
import { decodeIfText, looksLikeTextFile, MAX_SCAN_BYTES, readFileForScan, readFilesForScan } from '../../../src/content/file-text';

const file = (content: BlobPart | BlobPart[], name: string, type = '') => new File(Array.isArray(content) ? content : [content], name, { type });
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const PDF = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]);

describe('file-text: which files are read and scanned', () => {
  it('reads text MIME types and text-ish application types', async () => {
    for (const type of ['text/plain', 'text/csv', 'text/x-python', 'application/json', 'application/x-yaml', 'application/x-pem-file', 'application/ld+json', 'image/svg+xml']) {
      expect(looksLikeTextFile({ name: 'blob', type }), type).toBe(true);
    }
    expect((await readFileForScan(file('a,b\n1,2', 'data.csv', 'text/csv'))).text).toBe('a,b\n1,2');
  });

  it('reads files browsers give no MIME type by their name: .env, .pem, .key, source code, dotfiles', async () => {
    for (const name of ['.env', '.env.production', 'prod.env', 'server.pem', 'id.key', 'main.ts', 'deploy.sh', 'terraform.tfvars', '.npmrc', 'Dockerfile', 'app.log']) {
      expect(looksLikeTextFile({ name, type: '' }), name).toBe(true);
    }
    const env = await readFileForScan(file('AWS_SECRET_ACCESS_KEY=abc\n', '.env'));
    expect(env).toMatchObject({ text: 'AWS_SECRET_ACCESS_KEY=abc\n', truncated: false });
  });

  it('sniffs files with no telling name or type (id_rsa, credentials): text if no NUL byte and valid UTF-8', async () => {
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n';
    expect(looksLikeTextFile({ name: 'id_rsa', type: '' })).toBe(false);
    expect((await readFileForScan(file(key, 'id_rsa'))).text).toBe(key);
    expect((await readFileForScan(file('[default]\naws_access_key_id = x\n', 'credentials', 'application/octet-stream'))).text).toContain('aws_access_key_id');
  });

  it('does not read binary files: images by type, PNG/PDF/zip bytes by sniffing', async () => {
    expect(await readFileForScan(file(PNG, 'photo.png', 'image/png'))).toMatchObject({ text: null, truncated: false });
    expect((await readFileForScan(file(PNG, 'noext'))).text).toBeNull();
    expect((await readFileForScan(file(PDF, 'report.pdf', 'application/pdf'))).text).toBeNull();
    expect((await readFileForScan(file(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), 'book.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'))).text).toBeNull();
  });

  it('an image is never read at all (not even sniffed)', async () => {
    let reads = 0;
    class CountingFile extends File {
      override arrayBuffer() {
        reads++;
        return super.arrayBuffer();
      }
      override slice(...args: Parameters<Blob['slice']>) {
        reads++;
        return super.slice(...args);
      }
      override text() {
        reads++;
        return super.text();
      }
    }
    expect((await readFileForScan(new CountingFile([PNG], 'photo.jpg', { type: 'image/jpeg' }))).text).toBeNull();
    expect(reads).toBe(0);
    await readFileForScan(new CountingFile([PNG], 'noext'));
    expect(reads, 'the counting works: an unknown file is sniffed').toBeGreaterThan(0);
  });

  it('decodes UTF-16 text with a byte-order mark (Windows "Unicode" .txt)', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Array.from('key=v', (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(decodeIfText(bytes, { complete: true })).toBe('key=v');
    expect((await readFileForScan(file(bytes, 'notes'))).text).toContain('key=v');
  });

  it('a character cut at the end of a sniffed prefix is not taken for binary', () => {
    const euro = new TextEncoder().encode('price 5€');
    expect(decodeIfText(euro.slice(0, euro.length - 1), { complete: false })).toBe('price 5');
    expect(decodeIfText(euro.slice(0, euro.length - 1), { complete: true })).toBeNull();
  });

  it('scans only the first MAX_SCAN_BYTES of a larger text file, and says so', async () => {
    const big = file(['a'.repeat(MAX_SCAN_BYTES), 'TAIL_BEYOND_THE_LIMIT'], 'huge.log', 'text/plain');
    const read = await readFileForScan(big);
    expect(read.truncated).toBe(true);
    expect(read.text!.length).toBe(MAX_SCAN_BYTES);
    expect(read.text).not.toContain('TAIL');
  });

  it('reads every file of an upload, in order', async () => {
    const out = await readFilesForScan([file('one', 'a.txt', 'text/plain'), file(PNG, 'b.png', 'image/png'), file('three', 'c.md')]);
    expect(out.map((c) => [c.file.name, c.text])).toEqual([
      ['a.txt', 'one'],
      ['b.png', null],
      ['c.md', 'three'],
    ]);
  });
});
