/**
 * Which files the extension reads and scans before they reach an AI site, and how: the same rule
 * for a file chosen in a file input (src/content/file-input.ts) and a file dropped or pasted
 * into the composer (src/content/interceptor.ts). Files are read locally, in the page's content
 * script; their text goes to the scanner like a prompt and never anywhere else.
 *
 * - **Text-like** files are read and scanned: a `text/*` or text-ish MIME type (JSON, XML, YAML,
 *   JavaScript, shell, SQL, PEM, TOML, …), or a file name ending in a known source / config /
 *   data / key extension (`.env`, `.pem`, `.key`, `.ts`, `.py`, `.csv`, `.log`, …), or — for any
 *   other file that is not an image, audio, video or font — content that looks like text: its
 *   first 8 KB have no NUL byte and decode as UTF-8 (this catches `id_rsa`, `Dockerfile`,
 *   `credentials` and other names without a telling extension or MIME type). UTF-16 text with a
 *   byte-order mark is decoded as such.
 * - At most the first {@link MAX_SCAN_BYTES} of a text file are scanned; the rest of a larger
 *   file is not (`truncated`).
 * - **Binary** files (images, PDFs, archives, office documents, …) are not read: they cannot be
 *   scanned here and pass with metadata only (no findings), as dropped binary files always have.
 */

/** Text beyond this many bytes of one file is not scanned. */
export const MAX_SCAN_BYTES = 5 * 1024 * 1024;
/** How much of a file of unknown type is sniffed to tell text from binary. */
const SNIFF_BYTES = 8 * 1024;

const TEXT_MIME =
  /^(text\/|application\/(json|ld\+json|xml|x-yaml|yaml|toml|javascript|ecmascript|typescript|x-javascript|x-typescript|x-sh|x-shellscript|sql|x-sql|graphql|x-httpd-php|x-python|x-ruby|x-perl|x-pem-file|pem-certificate-chain|x-ndjson|x-www-form-urlencoded|csv|x-csv|x-tex|x-latex|rtf)$|[a-z0-9.+-]+\/[a-z0-9.+-]+\+(json|xml)$)/i;

/** MIME types whose content is never text: not read, not sniffed. */
const BINARY_MIME = /^(image|audio|video|font)\//i;

/** File name extensions of text files browsers give no (or a non-text) MIME type. */
const TEXT_EXTENSIONS = new Set(
  (
    'txt text md markdown rst adoc log out err csv tsv psv json jsonl ndjson json5 geojson xml yaml yml toml ini cfg conf config properties ' +
    'env envrc dotenv pem key crt cer csr pub asc gpg p8 ppk keystore htpasswd netrc npmrc pypirc pgpass tfvars tfstate hcl tf ' +
    'sql graphql gql proto ts tsx mts cts js jsx mjs cjs py pyw rb php java kt kts scala groovy gradle go rs c h cc cpp cxx hpp hh cs fs vb swift ' +
    'm mm dart lua pl pm r jl ex exs erl hs clj cljs elm ml sh bash zsh fish ps1 psm1 bat cmd vue svelte astro html htm xhtml css scss sass less ' +
    'ipynb tex bib srt vtt diff patch sol vy zig nim cmake make mk dockerfile containerfile gitignore gitattributes editorconfig lock'
  ).split(' '),
);

export interface FileContent {
  file: File;
  /** The text that is scanned; null for a binary file (not read). */
  text: string | null;
  /** Only the first {@link MAX_SCAN_BYTES} were read. */
  truncated: boolean;
}

const extensionOf = (name: string): string => {
  const base = name.slice(name.lastIndexOf('/') + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  // `.env`, `.npmrc`: a leading dot names the file; `Dockerfile`, `Makefile`: the name is the type.
  return dot >= 0 ? base.slice(dot + 1) : base;
};

/** True when the file's MIME type or name says it is text (no need to look inside). */
export function looksLikeTextFile(file: Pick<File, 'name' | 'type'>): boolean {
  const type = file.type.split(';')[0]!.trim();
  return TEXT_MIME.test(type) || TEXT_EXTENSIONS.has(extensionOf(file.name)) || /^\.env(\..+)?$/i.test(file.name.slice(file.name.lastIndexOf('/') + 1));
}

/** Bytes → text, or null when they do not look like text (a NUL byte, or not UTF-8/UTF-16). */
export function decodeIfText(bytes: Uint8Array, { complete }: { complete: boolean }): string | null {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  if (bytes.includes(0)) return null;
  try {
    // `stream: true` on a prefix: a character cut at the end is not an error.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
  } catch {
    return null;
  }
}

/** Reads one file for scanning (see the module comment for what counts as text). */
export async function readFileForScan(file: File): Promise<FileContent> {
  const type = file.type.split(';')[0]!.trim();
  const byType = looksLikeTextFile(file);
  if (!byType && BINARY_MIME.test(type)) return { file, text: null, truncated: false };
  if (!byType) {
    const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    if (decodeIfText(head, { complete: file.size <= SNIFF_BYTES }) === null) return { file, text: null, truncated: false };
  }
  const truncated = file.size > MAX_SCAN_BYTES;
  const bytes = new Uint8Array(await (truncated ? file.slice(0, MAX_SCAN_BYTES) : file).arrayBuffer());
  // A file named like text whose bytes are not (a DER `.crt`, a binary `.key`): decoded leniently,
  // so whatever readable text it holds is still scanned.
  const text = decodeIfText(bytes, { complete: !truncated }) ?? new TextDecoder('utf-8').decode(bytes);
  return { file, text, truncated };
}

/** Reads every file of one upload, in order. */
export function readFilesForScan(files: readonly File[]): Promise<FileContent[]> {
  return Promise.all(files.map((f) => readFileForScan(f)));
}
