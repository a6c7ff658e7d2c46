import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from '../engine/authoring';

export const ROOT = process.cwd();

/** A path as authors see it: relative to the project root, with forward slashes. */
export const display = (p: string): string => relative(ROOT, p).split(sep).join('/') || p;

export function readSource(path: string): SourceFile {
  return { path: display(path), text: readFileSync(path, 'utf8') };
}

export function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Every .yaml/.yml file under the given files or folders, sorted, without node_modules. */
export function yamlFiles(paths: string[]): string[] {
  const out: string[] = [];
  const visit = (p: string): void => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (name !== 'node_modules' && !name.startsWith('.')) visit(join(p, name));
    } else if (/\.ya?ml$/.test(p)) out.push(p);
  };
  for (const p of paths) visit(p);
  return out;
}

export type FileKind = 'flow' | 'scenario' | 'profile' | 'vocabulary' | 'holidays';

/** What a YAML file is, by where it lives: scenarios/ and profiles/ folders, vocabulary.yaml, else a flow. */
export function kindOf(path: string): FileKind {
  const p = display(path);
  if (/(^|\/)scenarios\//.test(p)) return 'scenario';
  if (/(^|\/)vocabulary\.ya?ml$/.test(p)) return 'vocabulary';
  if (/(^|\/)profiles\/holidays\.ya?ml$/.test(p)) return 'holidays';
  if (/(^|\/)(profiles|invalid-profiles)\//.test(p)) return 'profile';
  return 'flow';
}
