import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { EDITORS } from './catalog';

/**
 * Builds the page-side code of the fixture sites with esbuild, from the real npm packages, into
 * tests/e2e/.build/<content hash>/. The hash covers the client sources, this file and the
 * versions of esbuild and of every editor package, so an unchanged tree reuses the last build
 * (a few ms) and parallel workers converge on the same directory (build into a temp dir, rename).
 */

const HERE = dirname(fileURLToPath(import.meta.url));
const CLIENT = join(HERE, 'client');
export const BUILD_ROOT = resolve(HERE, '..', '.build');

const VERSIONED_PACKAGES = [
  'esbuild',
  'prosemirror-state',
  'prosemirror-view',
  'prosemirror-model',
  'prosemirror-schema-basic',
  'prosemirror-keymap',
  'prosemirror-commands',
  'prosemirror-history',
  '@tiptap/core',
  '@tiptap/starter-kit',
  '@tiptap/pm',
  'quill',
  'lexical',
  '@lexical/rich-text',
  '@lexical/history',
  '@lexical/utils',
];

export interface FixtureBuild {
  /** Directory holding the built files. */
  dir: string;
  /** Content hash; part of the asset URLs. */
  id: string;
  files: ReadonlySet<string>;
  /** Whether an existing build was reused. */
  cached: boolean;
  ms: number;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** The directory of package `name` as Node would find it from `fromDir` (ignores "exports"). */
function packageDir(name: string, fromDir = HERE): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

function packageVersion(name: string, fromDir = HERE): string {
  const dir = packageDir(name, fromDir);
  return dir ? (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version : 'missing';
}

function contentHash(): string {
  const hash = createHash('sha256');
  for (const file of [...listFiles(CLIENT), fileURLToPath(import.meta.url), join(HERE, 'catalog.ts')].sort()) {
    hash.update(relative(HERE, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  for (const name of VERSIONED_PACKAGES) hash.update(`${name}@${packageVersion(name)}\n`);
  // The copy of lexical the @lexical/* packages resolve to (see lexicalSingleton).
  const lexicalDir = lexicalDirForPlugins();
  hash.update(`lexical-for-plugins:${relative(HERE, lexicalDir)}@${packageVersion('lexical', dirname(lexicalDir))}`);
  return hash.digest('hex').slice(0, 16);
}

/** Where `lexical` resolves from @lexical/rich-text (a nested copy when versions differ). */
function lexicalDirForPlugins(): string {
  const richText = packageDir('@lexical/rich-text');
  return (richText && packageDir('lexical', richText)) ?? 'missing';
}

/**
 * Lexical keeps its state in module singletons: the editor and every @lexical/* plugin must share
 * ONE copy of `lexical`. When the installed `lexical` differs from the version @lexical/* depend
 * on, npm nests a second copy; this plugin resolves every `lexical` import to the plugins' copy.
 */
function lexicalSingleton(): Plugin {
  return {
    name: 'lexical-singleton',
    setup(build) {
      const richTextDir = packageDir('@lexical/rich-text');
      if (!richTextDir) return;
      build.onResolve({ filter: /^lexical$/ }, async (args) => {
        if (args.pluginData === 'lexical-singleton') return undefined;
        return build.resolve('lexical', { kind: args.kind, resolveDir: richTextDir, pluginData: 'lexical-singleton' });
      });
    },
  };
}

async function runEsbuild(outdir: string): Promise<void> {
  const { build } = await import('esbuild');
  const common = {
    bundle: true,
    outdir,
    platform: 'browser' as const,
    target: 'chrome110',
    minify: true,
    sourcemap: 'linked' as const,
    legalComments: 'none' as const,
    logLevel: 'silent' as const,
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
  };
  const editors = Object.fromEntries(EDITORS.map((kind) => [`editor-${kind}`, join(CLIENT, 'editors', `${kind}.ts`)]));
  await Promise.all([
    build({ ...common, entryPoints: { shell: join(CLIENT, 'shell.ts') }, format: 'iife' }),
    build({ ...common, entryPoints: editors, format: 'esm', plugins: [lexicalSingleton()] }),
  ]);
}

let pending: Promise<FixtureBuild> | undefined;

/** Builds (or reuses) the fixture assets. Memoised per process. */
export function buildFixtureAssets(): Promise<FixtureBuild> {
  pending ??= doBuild().catch((err: unknown) => {
    pending = undefined;
    throw err;
  });
  return pending;
}

async function doBuild(): Promise<FixtureBuild> {
  const started = performance.now();
  const id = contentHash();
  const dir = join(BUILD_ROOT, id);
  const manifest = join(dir, 'manifest.json');
  let cached = true;
  if (!existsSync(manifest)) {
    cached = false;
    mkdirSync(BUILD_ROOT, { recursive: true });
    const tmp = join(BUILD_ROOT, `.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`);
    try {
      await runEsbuild(tmp);
      const files = listFiles(tmp).map((f) => relative(tmp, f));
      writeFileSync(join(tmp, 'manifest.json'), JSON.stringify({ id, files }, null, 2));
      try {
        renameSync(tmp, dir);
      } catch (err) {
        // Another worker won the race with an identical build.
        if (!existsSync(manifest)) throw err;
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    pruneOldBuilds(id);
  }
  const { files } = JSON.parse(readFileSync(manifest, 'utf8')) as { files: string[] };
  return { dir, id, files: new Set(files), cached, ms: Math.round(performance.now() - started) };
}

/** Removes builds of other content hashes older than an hour (a running worker may still use a recent one). */
function pruneOldBuilds(current: string): void {
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const name of readdirSync(BUILD_ROOT)) {
    if (name === current) continue;
    const path = join(BUILD_ROOT, name);
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // already gone
    }
  }
}
