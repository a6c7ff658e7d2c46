#!/usr/bin/env node
// Starts the author CLI. It bundles src/cli/main.ts with esbuild into node_modules/.cache once, and
// again only when a source file changed, so each run starts in a fraction of the time tsx needs.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src', 'cli', 'main.ts');
// One bundle per checkout: copies of the project that share node_modules (a symlink) must not run
// each other's code.
const bundle = join(root, 'node_modules', '.cache', 'tiltakskort', `flows-cli-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.mjs`);
const lockFile = join(root, 'package-lock.json');

function newestSource(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    newest = Math.max(newest, st.isDirectory() ? newestSource(path) : st.mtimeMs);
  }
  return newest;
}

// Rebuilt when a source file or the installed packages (package-lock.json) changed; without a
// package-lock.json there is nothing to compare with, so on every run.
const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(newestSource(join(root, 'src')), existsSync(lockFile) ? statSync(lockFile).mtimeMs : Infinity);
if (stale) {
  const { build } = await import('esbuild');
  mkdirSync(dirname(bundle), { recursive: true });
  const result = await build({
    entryPoints: [entry],
    outfile: bundle,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'error',
  });
  // Write then rename, so a CLI started at the same moment never reads half a bundle.
  const tmp = `${bundle}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, bundle);
}
// The CLI reads the project (flows/, vocabulary, profiles) from the project root, and the paths a
// person types from the folder they typed them in: npm starts scripts in the root and says where the
// person was in INIT_CWD (src/cli/main.ts moves there once the project root is known).
process.env.INIT_CWD ??= process.cwd();
process.chdir(root);
await import(pathToFileURL(bundle).href);
