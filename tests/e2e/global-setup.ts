/**
 * Global setup of the "e2e" vitest project: one production build per test run, shared by every
 * e2e file through inject('e2eBuildDir'), removed at the end. Runs only when e2e files are selected.
 */
import type { TestProject } from 'vitest/node';
import { buildApp, removeBuild } from './build';

export default async function setup(project: TestProject): Promise<() => void> {
  // No Chromium check here: a throw would abort the whole run; each e2e file fails on its own instead.
  const started = Date.now();
  const dir = await buildApp();
  if (process.env.E2E_VERBOSE) console.log(`e2e: built the app into ${dir} in ${Date.now() - started} ms`);
  project.provide('e2eBuildDir', dir);
  return () => removeBuild(dir);
}
