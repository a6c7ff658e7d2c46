/**
 * The production build marks the app's shell and the walk for V8 to compile as they load
 * (src/build/vite-plugin-compile-hints.ts), and nothing else: not the first screen's entry, not the
 * pages loaded only when opened. Every chunk's source map still lines up with its file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { COMPILE_HINT } from '../../src/build/vite-plugin-compile-hints';

describe('compile hints in the build', () => {
  const assets = join(inject('e2eBuildDir'), 'assets');
  const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const hinted = (prefix: string): boolean[] =>
    scripts.filter((f) => f.startsWith(`${prefix}-`)).map((f) => readFileSync(join(assets, f), 'utf8').startsWith(`${COMPILE_HINT}\n`));

  it('marks the shell and the walk, and their imports', () => {
    for (const chunk of ['boot', 'FlowRunner', 'useWalk', 'texts']) expect(hinted(chunk), chunk).toEqual([true]);
  });

  it('leaves the first screen and the pages opened on demand alone', () => {
    for (const chunk of ['index', 'Trainer', 'About', 'SettingsView', 'DiagramView']) expect(hinted(chunk), chunk).toEqual([false]);
  });

  it('keeps every source map in line with its file (one line of mappings per line of code)', () => {
    for (const f of scripts.filter((f) => existsSync(join(assets, `${f}.map`)))) {
      const code = readFileSync(join(assets, f), 'utf8');
      const map = JSON.parse(readFileSync(join(assets, `${f}.map`), 'utf8')) as { mappings: string };
      // The last line is the sourceMappingURL comment, which maps to nothing.
      expect(map.mappings.split(';').length, f).toBe(code.split('\n').length - 1);
    }
  });
});
