/**
 * A production build of the app into a folder, with the project's own vite.config.ts (so the flows
 * plugin, and whatever else the config adds, run exactly as in `npm run build`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type PluginOption } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Build into `outDir` (default: a new temp folder) and return the folder. `plugins` are added after
 * the config's own (a test can change what the build emits, e.g. a republished flow).
 */
export async function buildApp(outDir = mkdtempSync(join(tmpdir(), 'tiltakskort-build-')), opts: { plugins?: PluginOption[] } = {}): Promise<string> {
  // Vite takes NODE_ENV from the environment when it is set; under vitest it is "test", which would
  // ship React's development build. Build as production, then put the environment back.
  const saved = { NODE_ENV: process.env.NODE_ENV, VITE_CONFIG_NATIVE_IGNORE_WARNING: process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING };
  process.env.NODE_ENV = 'production';
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
      ...(opts.plugins ? { plugins: opts.plugins } : {}),
    });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  return outDir;
}

export function removeBuild(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
