import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkProfileFolder, type ProfileText } from '../engine/profiles/check-folder';
import { loadProfile } from '../engine/profiles/load-profile';
import { NATIONAL_PROFILE_ID } from '../engine/profiles/national-lines';
import type { Problem } from '../engine/problems';
import type { Profile } from '../schema/profile';
import { display, ROOT } from './files';

export const PROFILES_DIR = join(ROOT, 'flows', 'profiles');
/** The profile the app starts with unless the user chooses another; set at build time. */
export const DEFAULT_PROFILE_ENV = 'TILTAKSKORT_PROFILE';
export const NATIONAL_PROFILE = NATIONAL_PROFILE_ID;

/** The list at /flows/profiles/index.json. */
export interface ProfileCatalog {
  format: 1;
  default: string;
  profiles: { id: string; name: Profile['name']; language: Profile['language']; file: string }[];
}

/**
 * Load every profile in flows/profiles/ (sorted by id); problems come back with file:line, with
 * those of the folder as a whole (national.yaml missing, two profiles of one name).
 */
export function loadProfiles(dir = PROFILES_DIR): { profiles: Profile[]; problems: Problem[] } {
  const profiles: Profile[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { profiles, problems };
  const texts: ProfileText[] = [];
  for (const name of profileFileNames(dir)) {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    texts.push({ file: display(path), text });
    const result = loadProfile(display(path), text);
    problems.push(...result.problems);
    if (result.status !== 'failure') profiles.push(result.value);
  }
  problems.push(...checkProfileFolder(display(dir), texts));
  return { profiles, problems };
}

/** The profile files in a folder, by name: the order the app lists them in. */
const profileFileNames = (dir: string): string[] => readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();

/**
 * The checks of a profiles folder as a whole (national.yaml in it, no two profiles of one name), for
 * a command that checks a folder file by file. `show` writes a path as the command prints its files.
 * A file that cannot be read is left to the command, which reports it as FILE_READ.
 */
export function profileFolderProblems(dir: string, show: (path: string) => string = display): Problem[] {
  if (!existsSync(dir)) return [];
  const texts: ProfileText[] = [];
  for (const name of profileFileNames(dir)) {
    try {
      texts.push({ file: show(join(dir, name)), text: readFileSync(join(dir, name), 'utf8') });
    } catch {
      texts.push({ file: show(join(dir, name)), text: '' });
    }
  }
  return checkProfileFolder(show(dir), texts);
}

/** The default profile: the build's environment variable, else the national one. */
export function defaultProfileId(profiles: Profile[], env: NodeJS.ProcessEnv = process.env, published?: string): { id: string; problem?: string } {
  const wanted = env[DEFAULT_PROFILE_ENV];
  if (wanted && profiles.some((p) => p.id === wanted)) return { id: wanted };
  // Republishing keeps the default the site already has: fixing one number must not move every user
  // who never chose a profile to another municipality's (or only the national) numbers.
  if (!wanted && published && profiles.some((p) => p.id === published)) return { id: published };
  const fallback = profiles.some((p) => p.id === NATIONAL_PROFILE) ? NATIONAL_PROFILE : (profiles[0]?.id ?? NATIONAL_PROFILE);
  return wanted ? { id: fallback, problem: `${DEFAULT_PROFILE_ENV}=${wanted} names no profile in flows/profiles/ (there are: ${profiles.map((p) => p.id).join(', ')})` } : { id: fallback };
}

/** Every profile file the app may fetch, by path under /flows/profiles/. */
export function profileAssets(profiles: Profile[], defaultId: string): Map<string, string> {
  const files = new Map<string, string>();
  const catalog: ProfileCatalog = {
    format: 1,
    default: defaultId,
    profiles: profiles.map((p) => ({ id: p.id, name: p.name, language: p.language, file: `${p.id}.json` })),
  };
  files.set('index.json', JSON.stringify(catalog));
  for (const p of profiles) files.set(`${p.id}.json`, JSON.stringify(p));
  return files;
}
