import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { SourceFile } from '../engine/authoring';

/** The project root: tools start here (npm runs scripts in it); the CLI then moves to the user's folder. */
export const ROOT = process.cwd();

const posix = (p: string): string => p.split(sep).join('/');

/**
 * A path as authors see it: relative to the folder they work in, with forward slashes; a path outside
 * that folder in full (/var/www/tiltakskort/flows, not ../../var/www/tiltakskort/flows).
 */
export const display = (p: string): string => {
  const rel = posix(relative(process.cwd(), resolve(p)));
  return rel.startsWith('../') || rel === '..' ? posix(resolve(p)) : rel || p;
};

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

export type FileKind = 'flow' | 'scenario' | 'profile' | 'vocabulary' | 'holidays' | 'publisher';

/**
 * What a file whose place says "flow" is by its top-level keys, when that is something else: a contact
 * profile (`contacts:`, no `phases:`) or a test scenario (`answers:` and `expect:`, no `phases:`) an
 * adviser saved outside its folder. Checked as a flow it would get a screenful of errors about flows
 * that hide the one thing to do: move it.
 */
export function misplacedKind(text: string): 'profile' | 'scenario' | undefined {
  if (/^phases:/m.test(text)) return undefined;
  if (/^contacts:/m.test(text)) return 'profile';
  if (/^answers:/m.test(text) && /^expect:/m.test(text)) return 'scenario';
  return undefined;
}

/** What a YAML file is, by where it lives: scenarios/ and profiles/ folders, vocabulary.yaml, else a flow. */
export function kindOf(path: string): FileKind {
  // The folder and file names only: the same file is the same kind whichever folder it is checked
  // from, and a folder above the project (…/scenarios/tiltakskort/…) never decides.
  const p = posix(resolve(path)).split('/').slice(-3).join('/');
  if (/(^|\/)scenarios\//.test(p)) return 'scenario';
  if (/(^|\/)vocabulary\.ya?ml$/.test(p)) return 'vocabulary';
  if (/(^|\/)profiles\/holidays\.ya?ml$/.test(p)) return 'holidays';
  if (/(^|\/)(profiles|invalid-profiles)\//.test(p)) return 'profile';
  if (/(^|\/)publisher\.ya?ml$/.test(p)) return 'publisher';
  return 'flow';
}
