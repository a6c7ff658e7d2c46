import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rollup } from 'vite';

/** V8's explicit compile hint: compile every function of this file as it loads (Chrome 136 and later). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Marks the code a walk needs so V8 compiles all of it as it loads, instead of each function the
 * first time it runs. That code loads while the start page is read (the app's shell on the first
 * sign of use, the walk right after), but the user's first taps still compiled what only a real tap
 * runs: ≈ 4–7 ms at 4× CPU in the first tap on a choice and in the first answer (traces). Other
 * browsers read a comment. `modules` are the dynamically imported modules whose chunks, with every
 * chunk they import, get the hint; the entry chunk (the first screen's few KB) never does.
 * The comment goes on the written file's first line, after Vite's own preamble, so the source map
 * gets an empty first line to match.
 */
export function compileHintsPlugin(modules: readonly string[]): Plugin {
  return {
    name: 'tiltakskort-compile-hints',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const marked = new Set<Rollup.OutputChunk>();
      const mark = (chunk: Rollup.OutputChunk | undefined): void => {
        if (!chunk || chunk.isEntry || marked.has(chunk)) return;
        marked.add(chunk);
        for (const imported of chunk.imports) mark(byFile.get(imported));
      };
      for (const chunk of chunks) if (modules.some((m) => chunk.facadeModuleId?.endsWith(m))) mark(chunk);
      if (marked.size < modules.length) this.error(`compile hints: no chunk for one of ${modules.join(', ')}`);
      for (const chunk of marked) {
        const file = join(dir, chunk.fileName);
        writeFileSync(file, `${COMPILE_HINT}\n${readFileSync(file, 'utf8')}`);
        if (chunk.sourcemapFileName) {
          const mapFile = join(dir, chunk.sourcemapFileName);
          const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { mappings: string };
          writeFileSync(mapFile, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
        }
      }
    },
  };
}
